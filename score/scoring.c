/*
 * scoring — the score stage from database to database; see scoring.h.
 */
#include "score/scoring.h"
#include "common/date.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/progress.h"
#include "common/util.h"
#include "score/copies.h"
#include "score/engine.h"
#include "score/previous.h"
#include "score/rank.h"
#include "score/text.h"

#include <stdlib.h>
#include <string.h>

long scoring_find(const struct scoring *s, const char *code)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->u[i].code, code))
			return (long)i;
	return -1;
}

static int known_unit(const char *code, void *ctx)
{
	return scoring_find(ctx, code) >= 0;
}

struct applies_ctx {
	const struct scoring *s;
	const struct engine *e;
};

static int criterion_applies(const char *code, int c, void *ctx)
{
	const struct applies_ctx *a = ctx;
	long i = scoring_find(a->s, code);
	return i < 0 ? -1 : engine_applies(a->e, &a->s->u[i], c);
}

const char *display_path(const struct config *cfg, const char *path)
{
	size_t n = cfg->dir ? strlen(cfg->dir) : 0;
	if (n && !strncmp(path, cfg->dir, n) && path[n] == '/' && strcmp(cfg->dir, "/"))
		return path + n + 1;
	return path;
}

static void add_copy(struct unit_in *u, const struct unit_in *other, const struct copy_pair *p)
{
	u->copies = xrealloc(u->copies, (u->ncopies + 1) * sizeof(*u->copies));
	u->copies[u->ncopies].code = xstrdup(other->code);
	u->copies[u->ncopies].name = xstrdup(other->name);
	u->copies[u->ncopies].similarity = (long long)(p->inter * 10000 / p->uni);
	u->ncopies++;
}

/* Copied summaries: in a pair the one received later is the copy; at the same time both are. */
static void find_copies(const struct rubric *r, struct scoring *s)
{
	size_t *who = xmalloc((s->n ? s->n : 1) * sizeof(size_t));
	unsigned **text = xmalloc((s->n ? s->n : 1) * sizeof(unsigned *));
	size_t *len = xmalloc((s->n ? s->n : 1) * sizeof(size_t));
	size_t m = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (!s->u[i].has_package)
			continue;
		who[m] = i;
		text[m] = text_ngram_chars(s->u[i].summary, &len[m]);
		m++;
	}
	struct copy_input in = { (const unsigned *const *)text, len, m, (int)r->c09_ngram, r->c09_similarity };
	struct copy_pair *pairs;
	size_t np;
	copies_find(&in, &pairs, &np);
	for (size_t k = 0; k < np; k++) {
		struct unit_in *a = &s->u[who[pairs[k].a]], *b = &s->u[who[pairs[k].b]];
		if (a->received >= b->received)
			add_copy(a, b, &pairs[k]);
		if (b->received >= a->received)
			add_copy(b, a, &pairs[k]);
	}
	free(pairs);
	for (size_t k = 0; k < m; k++)
		free(text[k]);
	free(text);
	free(len);
	free(who);
}

int scoring_run(const struct config *cfg, sqlite3 *db, struct scoring *s)
{
	memset(s, 0, sizeof(*s));
	if (load_units(db, cfg->year, s) < 0)
		return 2;
	if (s->n == 0) {
		error(_("the database has no roster yet; run \"gongkai collect\" first"));
		return 2;
	}
	struct diags d = DIAGS_INIT;
	if (findings_load(&s->findings, cfg->findings, display_path(cfg, cfg->findings), known_unit, s, &d) < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		error(_("the findings could not be read; nothing was scored"));
		return 2;
	}
	diag_print(&d, stderr);
	diag_clear(&d);

	/* objections.csv: read before anything else is worked out (only the rubric is needed to
	 * tell which criteria apply to a unit) */
	struct engine rubric_only;
	memset(&rubric_only, 0, sizeof(rubric_only));
	rubric_only.r = &cfg->rubric;
	struct applies_ctx ac = { s, &rubric_only };
	if (objections_load(&s->objections, cfg->objections, display_path(cfg, cfg->objections), criterion_applies, &ac,
			    &d) < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		error(_("the objections could not be read; nothing was scored"));
		return 2;
	}
	diag_print(&d, stderr);
	diag_clear(&d);

	/* last year's figures: the archive (read beside copy detection), else the baseline file (years.md) */
	struct engine e;
	engine_init(&e, &cfg->rubric, &cfg->cal, cfg->year, cfg->deadline);
	const char **codes = xmalloc((s->n ? s->n : 1) * sizeof(char *));
	const char **summaries = xmalloc((s->n ? s->n : 1) * sizeof(char *));
	for (size_t i = 0; i < s->n; i++) {
		codes[i] = s->u[i].code;
		summaries[i] = s->u[i].has_package ? s->u[i].summary : NULL;
	}
	size_t bad = 0, nneed;
	int *need = engine_prev_codes(&e, &nneed);
	struct prev_source *prev = previous_start(db, cfg, need, nneed, codes, summaries, s->n);
	free(need);

	find_copies(&cfg->rubric, s);

	int failed = previous_finish(prev, cfg, &d, &bad) < 0;
	free(codes);
	free(summaries);
	diag_print(&d, stderr);
	diag_clear(&d);
	if (failed) {
		previous_close(prev);
		engine_release(&e);
		return 2;
	}
	s->baseline_errors = bad;
	if (bad)
		error(ngettext("the baseline file has %zu problem (see above): that row was left out",
			       "the baseline file has %zu problems (see above): those rows were left out", bad),
		      bad);

	struct load_stmts ls;
	if (load_stmts_prepare(db, &ls) < 0) {
		engine_release(&e);
		previous_close(prev);
		return 2;
	}
	const struct finding **mine = xmalloc((s->findings.n ? s->findings.n : 1) * sizeof(*mine));
	struct progress bar;
	progress_start(&bar, _("score"), s->n);
	int rc = 0;
	for (size_t i = 0; i < s->n && !rc; i++) {
		progress_update(&bar, i + 1);
		struct unit_in *u = &s->u[i];
		if (u->has_package)
			u->days_late = days_late(u->first_received, cfg->deadline); /* the configured deadline, now */
		if (u->has_package) {
			if (load_detail(db, &ls, u) < 0)
				rc = 2;
			previous_load(prev, u->code, &u->prev);
		}
		engine_score_unit(&e, u, &s->res[i]);
		unload_detail(u);
		previous_release(&u->prev);
		size_t nm = 0;
		for (size_t k = 0; k < s->findings.n; k++)
			if (!strcmp(s->findings.f[k].unit, u->code))
				mine[nm++] = &s->findings.f[k];
		for (size_t k = 0; k < s->objections.n; k++) {
			const struct objection *o = &s->objections.o[k];
			if (o->decision != DECISION_ACCEPTED || strcmp(o->unit, u->code))
				continue;
			if (o->criterion)
				s->res[i].adjust[o->criterion] += o->points;
			else
				s->res[i].adjust_total += o->points;
		}
		engine_finish(&e, u, mine, nm, &s->res[i]);
	}
	progress_end(&bar);
	free(mine);
	engine_release(&e);
	load_stmts_finalize(&ls);
	previous_close(prev);
	if (rc)
		return rc;
	rank_units(s->u, s->res, s->n);
	if (store_scores(cfg, db, s) < 0)
		return 2;
	return 0;
}

void scoring_release(struct scoring *s)
{
	for (size_t i = 0; i < s->n; i++) {
		unit_in_release(&s->u[i]);
		unit_result_release(&s->res[i]);
	}
	free(s->u);
	free(s->res);
	findings_release(&s->findings);
	objections_release(&s->objections);
	memset(s, 0, sizeof(*s));
}

long long score_units(sqlite3 *db, int year)
{
	sqlite3_stmt *st = db_prepare(db, "SELECT count(*) FROM score WHERE year = ?");
	long long n = st && sqlite3_bind_int(st, 1, year) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW
			      ? sqlite3_column_int64(st, 0)
			      : -1;
	sqlite3_finalize(st);
	return n;
}

int score_objections_pending(const struct config *cfg, sqlite3 *db, size_t *pending)
{
	*pending = 0;
	struct scoring s;
	memset(&s, 0, sizeof(s));
	if (load_units(db, cfg->year, &s) < 0)
		return -1;
	struct engine e;
	memset(&e, 0, sizeof(e));
	e.r = &cfg->rubric;
	struct applies_ctx ac = { &s, &e };
	struct diags d = DIAGS_INIT;
	const char *display = display_path(cfg, cfg->objections);
	int rc = objections_load(&s.objections, cfg->objections, display, criterion_applies, &ac, &d);
	for (size_t k = 0; rc == 0 && k < s.objections.n; k++) {
		const struct objection *o = &s.objections.o[k];
		if (o->decision != DECISION_PENDING)
			continue;
		char *what = o->criterion ? xasprintf("C%02d", o->criterion) : xstrdup(_("total"));
		diag_err(&d, display, o->line, NULL, _("the objection of %s on %s is still pending: %s"), o->unit, what,
			 o->claim);
		free(what);
		(*pending)++;
	}
	diag_print(&d, stderr);
	diag_clear(&d);
	scoring_release(&s);
	return rc;
}
