/*
 * foresee — the deductions `check` can already foresee for one package
 * (review.md, "check also warns"): the score stage's own rules, run on a
 * package that check stored in an archive of its own (an in-memory
 * database), limited to the criteria that need only that package and the
 * configuration: C01–C04, C08 identities 1–6 and 9, C09 length and topics
 * (a copied summary needs the other units, a repeated one last year's) and
 * C10–C13.  C05–C07 depend on replies, reviews and the day the office
 * receives the package; identities 7 and 8 and the year-on-year flags
 * compare with last year, which check never has; findings are the
 * evaluators'.  Without a config.ini the caller gives the default rubric, an
 * empty calendar and a unit without duties, and C13 (which depends on the
 * duties) is left out.
 */
#include "score/score.h"
#include "common/criteria.h"
#include "common/db.h"
#include "common/util.h"
#include "score/engine.h"
#include "score/scoring.h"

#include <stdlib.h>
#include <string.h>

static int foreseeable(int criterion, const struct reason *r, int duties_known)
{
	if (!r || r->role != R_DEDUCTION)
		return 0;
	if (criterion < 1 || criterion > NCRIT || criterion == 5 || criterion == 6 || criterion == 7)
		return 0;
	if (criterion == 13 && !duties_known)
		return 0;
	/* across years (identities 7 and 8, a summary repeating last year's) and across units (a copied summary) */
	return r != &reasons[RS_LOGIC_CARRIED] && r != &reasons[RS_LOGIC_IN_FORCE] && r != &reasons[RS_SUMMARY_REPEATS] &&
	       r != &reasons[RS_COPIED_SUMMARY];
}

int score_foresee(const struct config *cfg, sqlite3 *db, const char *unit, int duties_known, foresee_fn fn, void *ctx)
{
	struct scoring s;
	memset(&s, 0, sizeof(s));
	if (load_units(db, cfg->year, &s) < 0)
		return -1;
	long i = scoring_find(&s, unit);
	int rc = 0;
	if (i < 0 || !s.u[i].has_package) {
		scoring_release(&s);
		return 0;
	}
	struct engine e;
	engine_init(&e, &cfg->rubric, &cfg->cal, cfg->year, cfg->deadline);
	struct load_stmts ls;
	if (load_stmts_prepare(db, &ls) < 0) {
		engine_release(&e);
		scoring_release(&s);
		return -1;
	}
	struct unit_in *u = &s.u[i];
	struct unit_result res;
	memset(&res, 0, sizeof(res));
	if (load_detail(db, &ls, u) < 0) {
		rc = -1;
	} else {
		engine_score_unit(&e, u, &res);
		for (size_t k = 0; k < res.nd; k++) {
			const struct rded *d = &res.d[k];
			int c = d->r ? d->r->criterion : 0;
			if (!foreseeable(c, d->r, duties_known) || d->points <= 0)
				continue;
			char *sentence = rded_sentence(d);
			fn(c, d->points, sentence, ctx);
			free(sentence);
		}
	}
	unload_detail(u);
	unit_result_release(&res);
	load_stmts_finalize(&ls);
	engine_release(&e);
	scoring_release(&s);
	return rc;
}
