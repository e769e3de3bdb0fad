/*
 * ranking — the ranked tables `gongkai score` prints on stdout: one for
 * 镇街 (towns and streets) and one for 部门 (departments), each unit with
 * its rank, name, total (two decimals) and grade, and beside a capped grade
 * what capped it.  In the CLI's language; columns padded by display width
 * so Chinese names line up.
 */
#include "score/scoring.h"
#include "common/criteria.h"
#include "common/msg.h"
#include "common/textin.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>

static void cell(FILE *out, const char *s, int w, int right)
{
	int pad = w - text_width(s);
	if (right)
		for (int i = 0; i < pad; i++)
			fputc(' ', out);
	fputs(s, out);
	if (!right)
		for (int i = 0; i < pad; i++)
			fputc(' ', out);
}

void print_ranking(FILE *out, const struct scoring *s)
{
	size_t *order = xmalloc((s->n ? s->n : 1) * sizeof(size_t));
	for (int g = 0; g < NGROUPS; g++) {
		size_t n = 0;
		for (size_t i = 0; i < s->n; i++)
			if ((int)s->res[i].group == g)
				order[n++] = i;
		if (!n)
			continue;
		/* by position within the group (rank_units set it: rank, then code) */
		for (size_t i = 1; i < n; i++)
			for (size_t k = i; k > 0 && s->res[order[k - 1]].position > s->res[order[k]].position; k--) {
				size_t x = order[k];
				order[k] = order[k - 1];
				order[k - 1] = x;
			}
		const char *head[4] = { _("Rank"), _("Unit"), _("Total"), _("Grade") };
		int w[4] = { text_width(head[0]), text_width(head[1]), text_width(head[2]), 0 };
		for (size_t i = 0; i < n; i++) {
			int nw = text_width(s->u[order[i]].name);
			if (nw > w[1])
				w[1] = nw;
		}
		if (w[0] < 3)
			w[0] = 3;
		if (w[2] < 6)
			w[2] = 6;
		fprintf(out, _("%s: %zu units\n"), group_title(g), n);
		for (int c = 0; c < 4; c++) {
			cell(out, head[c], c < 3 ? w[c] : 0, c == 0 || c == 2);
			fputs(c < 3 ? "  " : "\n", out);
		}
		for (size_t i = 0; i < n; i++) {
			const struct unit_result *r = &s->res[order[i]];
			char rank[16], total[32];
			snprintf(rank, sizeof(rank), "%d", r->rank);
			fmt_points(r->total, total);
			char *grade = grade_words(r);
			cell(out, rank, w[0], 1);
			fputs("  ", out);
			cell(out, s->u[order[i]].name, w[1], 0);
			fputs("  ", out);
			cell(out, total, w[2], 1);
			fprintf(out, "  %s\n", grade);
			free(grade);
		}
		if (g + 1 < NGROUPS)
			fputc('\n', out);
	}
	free(order);
}
