/*
 * rules_summary — C09, the year-end summary: its length without white
 * space, the topic groups it must mention, and whether it is a copy of
 * another unit's (found beforehand by copies.c and handed in as
 * unit_in.copies).  A copy is sham disclosure for the grade cap.  And
 * (years.md) whether it repeats the unit's own summary of last year: with G
 * this year's set of n-grams and P last year's, formed as for copies,
 * |G ∩ P| × 100 ≥ repeat_percent × |G| and |G| > 0 loses repeat_penalty (not
 * a sham); no summary of last year: not checkable.  |G| and |G ∩ P| are
 * counted beforehand with last year's figures (previous.c, with
 * text_gram_overlap()) and handed in as unit_in.prev.
 */
#include "score/rules.h"
#include "common/util.h"
#include "score/text.h"

#include <stdlib.h>
#include <string.h>

/* The repeat of last year's summary: the points it loses (a deduction when it does). */
static long long repeats_last_year(const struct rubric *r, const struct unit_in *u, struct unit_result *res)
{
	if (!u->prev.has_summary) {
		res->unchecked |= NC_REPEAT;
		return 0;
	}
	size_t ng = u->prev.summary_grams, inter = u->prev.summary_common;
	if (ng == 0 || (long long)inter * 100 < r->c09_repeat_percent * (long long)ng || r->c09_repeat == 0)
		return 0;
	struct rded *d = result_add(res, RS_SUMMARY_REPEATS, r->c09_repeat);
	d->file = xstrdup("summary.txt");
	rarg_num(d->a, 1, (long long)(inter * 10000 / ng)); /* ten-thousandths, rounded down */
	rarg_num(d->a, 2, r->c09_repeat_percent);
	return r->c09_repeat;
}

void rule_c09(const struct engine *e, const struct unit_in *u, const struct unit_ctx *uc, struct unit_result *res)
{
	(void)uc;
	const struct rubric *r = e->r;
	long long lost = 0;
	const char *summary = u->summary ? u->summary : "";
	long long len = (long long)text_len_nospace(summary);
	if (len < r->c09_min_chars && r->c09_short > 0) {
		struct rded *d = result_add(res, RS_SUMMARY_SHORT, r->c09_short);
		d->file = xstrdup("summary.txt");
		rarg_num(d->a, 1, len);
		rarg_num(d->a, 2, r->c09_min_chars);
		lost += r->c09_short;
	}
	for (size_t g = 0; g < r->ntopics; g++) {
		const struct strlist *grp = &r->topics[g];
		int found = 0;
		for (size_t k = 0; k < grp->n && !found; k++)
			found = strstr(summary, grp->s[k]) != NULL;
		if (found || r->c09_per_topic == 0)
			continue;
		struct strbuf words = STRBUF_INIT;
		for (size_t k = 0; k < grp->n; k++)
			sb_addf(&words, "%s%s", k ? "\n" : "", grp->s[k]);
		struct rded *d = result_add(res, RS_SUMMARY_TOPIC, r->c09_per_topic);
		d->file = xstrdup("summary.txt");
		rarg_str(d->a, 1, sb_str(&words));
		sb_release(&words);
		lost += r->c09_per_topic;
	}
	if (u->ncopies) {
		struct rded *d = result_add(res, RS_COPIED_SUMMARY, r->c09_copied);
		d->file = xstrdup("summary.txt");
		for (size_t k = 0; k < u->ncopies; k++) {
			struct rarg *a = rded_detail(d, RS_D_COPY_OF);
			rarg_str(a, 1, u->copies[k].code);
			rarg_str(a, 2, u->copies[k].name ? u->copies[k].name : "");
			rarg_num(a, 3, u->copies[k].similarity);
		}
		lost += r->c09_copied;
		res->sham = 1;
		res->copied = 1;
	}
	lost += repeats_last_year(r, u, res);
	res->crit[9] = lost >= r->points[9] ? 0 : r->points[9] - lost;
}
