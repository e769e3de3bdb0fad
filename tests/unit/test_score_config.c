/*
 * test_score_config — the shipped config.ini (repository root) spells out
 * every rubric key with exactly the built-in default (rubric.md), so that
 * reading it gives the same rubric as leaving the keys out.
 */
#include "common/config.h"
#include "common/msg.h"
#include "common/util.h"
#include "tests/unit/score_check.h"

#include <stdlib.h>
#include <string.h>

static void same_list(const struct strlist *a, const struct strlist *b, const char *what)
{
	int same = a->n == b->n;
	for (size_t i = 0; same && i < a->n; i++)
		same = !strcmp(a->s[i], b->s[i]);
	if (!same) {
		fprintf(stderr, "%s differs from the default\n", what);
		failures++;
	}
}

int main(void)
{
	msg_init("en");
	const char *root = getenv("ROOT");
	char *path = path_join(root && *root ? root : ".", "config.ini");
	struct config c;
	struct diags d = DIAGS_INIT;
	int rc = config_load(&c, path, &d);
	diag_print(&d, stderr);
	CHECK_LL(rc, 0);
	CHECK_LL(d.n, 0);
	diag_clear(&d);
	if (rc < 0) {
		config_release(&c);
		free(path);
		return 1;
	}
	struct rubric def;
	rubric_defaults(&def);
	const struct rubric *r = &c.rubric;
	for (int k = 1; k <= NCRIT; k++)
		CHECK_LL(r->points[k], def.points[k]);
	CHECK_LL(r->points[1] + r->points[2] + r->points[3] + r->points[4] + r->points[5] + r->points[6] +
			 r->points[7] + r->points[8] + r->points[9] + r->points[10] + r->points[11] + r->points[12],
		 10000);
	CHECK_LL(r->bonus_cap, def.bonus_cap);
	CHECK_LL(r->band_excellent, 9000);
	CHECK_LL(r->band_good, 8000);
	CHECK_LL(r->band_pass, 6000);
	CHECK_LL(r->sham_cap, def.sham_cap);
	CHECK_LL(r->c01_per_missing, def.c01_per_missing);
	CHECK_LL(r->c02_max_workdays, def.c02_max_workdays);
	CHECK_LL(r->c02_per_row, def.c02_per_row);
	CHECK_LL(r->c03_per_row, def.c03_per_row);
	CHECK_LL(r->c03_min_chars, def.c03_min_chars);
	CHECK_LL(r->c05_per_case, def.c05_per_case);
	CHECK_LL(r->c06_per_case, def.c06_per_case);
	CHECK_LL(r->c07_per_day, def.c07_per_day);
	CHECK_LL(r->c08_per_identity, def.c08_per_identity);
	CHECK_LL(r->c09_min_chars, def.c09_min_chars);
	CHECK_LL(r->c09_short, def.c09_short);
	CHECK_LL(r->c09_per_topic, def.c09_per_topic);
	CHECK_LL(r->c09_copied, def.c09_copied);
	CHECK_LL(r->c09_similarity, 80);
	CHECK_LL(r->c09_ngram, 3);
	CHECK_LL(r->c10_min, def.c10_min);
	CHECK_LL(r->c11_min, def.c11_min);
	CHECK_LL(r->c12_min, def.c12_min);
	CHECK_STR(r->c13_duty, def.c13_duty);
	same_list(&r->required, &def.required, "[rubric] required");
	same_list(&r->placeholders, &def.placeholders, "[c03] placeholders");
	CHECK_LL(r->ntopics, def.ntopics);
	for (size_t g = 0; g < r->ntopics && g < def.ntopics; g++)
		same_list(&r->topics[g], &def.topics[g], "[c09] topics");
	CHECK_LL(c.year, 2025);
	CHECK_LL(c.cal.nholidays, 1 + 8 + 3 + 5 + 3 + 8);
	CHECK_LL(c.cal.nworkdays, 5);
	CHECK_STR(c.language, "zh_CN");
	rubric_release(&def);
	config_release(&c);
	free(path);
	if (failures)
		fprintf(stderr, "%d checks failed\n", failures);
	return failures != 0;
}
