/*
 * rules_summary — C09, the year-end summary: its length without white
 * space, the topic groups it must mention, and whether it is a copy of
 * another unit's (found beforehand by copies.c and handed in as
 * unit_in.copies).  A copy is sham disclosure for the grade cap.
 */
#include "score/rules.h"
#include "common/util.h"
#include "score/text.h"

#include <string.h>

void rules_summary(const struct engine *e, const struct unit_in *u, struct unit_result *res)
{
	const struct rubric *r = e->r;
	long long lost = 0;
	const char *summary = u->summary ? u->summary : "";
	long long len = (long long)text_len_nospace(summary);
	if (len < r->c09_min_chars && r->c09_short > 0) {
		struct deduction *d = result_add(res, 9, "summary_short", r->c09_short);
		d->n[0] = len;
		d->n[1] = r->c09_min_chars;
		d->evidence = xasprintf("summary.txt; chars=%lld<%lld", len, r->c09_min_chars);
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
			sb_addf(&words, "%s%s", k ? "/" : "", grp->s[k]);
		struct deduction *d = result_add(res, 9, "summary_topic", r->c09_per_topic);
		d->evidence = xasprintf("summary.txt; topic=%s", sb_str(&words));
		d->s1 = sb_detach(&words);
		lost += r->c09_per_topic;
	}
	if (u->ncopies) {
		/* s1: the originals' names, s2: their codes, one a line (sentence.c joins them) */
		struct strbuf names = STRBUF_INIT, codes = STRBUF_INIT, ev = STRBUF_INIT;
		sb_adds(&ev, "summary.txt; copy_of=");
		for (size_t k = 0; k < u->ncopies; k++) {
			sb_addf(&names, "%s%s", k ? "\n" : "", u->copies[k].name ? u->copies[k].name : "");
			sb_addf(&codes, "%s%s", k ? "\n" : "", u->copies[k].code);
			sb_addf(&ev, "%s%s (Jaccard %lld.%04lld)", k ? ", " : "", u->copies[k].code,
				u->copies[k].similarity / 10000, u->copies[k].similarity % 10000);
		}
		struct deduction *d = result_add(res, 9, "copied_summary", r->c09_copied);
		d->s1 = sb_detach(&names);
		d->s2 = sb_detach(&codes);
		d->evidence = sb_detach(&ev);
		lost += r->c09_copied;
		res->sham = 1;
	}
	res->crit[9] = lost >= r->points[9] ? 0 : r->points[9] - lost;
}
