/*
 * cmd_check — `gongkai check DIR...`: what a unit runs before it sends.
 * The same reading and checks as collect, nothing stored.  Without a
 * config.ini (a unit usually has none) the unit code and year are not
 * compared with the roster; everything else is checked.  A package that
 * passes is scored in an archive of its own to foresee deductions (review.md,
 * "check also warns"); without a config.ini with the default rubric, no
 * holidays (weekends only), no duties and the year the package names.
 */
#include "collect/collect.h"
#include "collect/package.h"
#include "common/args.h"
#include "common/msg.h"
#include "collect/store.h"
#include "common/criteria.h"
#include "common/db.h"
#include "common/roster.h"
#include "score/score.h"
#include "common/util.h"

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_foreseen(int criterion, long long points, const char *sentence, void *ctx)
{
	size_t *n = ctx;
	char p[32];
	fprintf(stderr, _("note: %s (C%02d %s): %s points would be lost\n"), sentence, criterion, criterion_name(criterion),
		fmt_points(points, p));
	(*n)++;
}

/* A package that passed: store it in an archive of its own and let the score stage's rules say which
 * deductions they already see (review.md, "check also warns").  Nothing is stored anywhere else.
 * duties_known 0: roster is a one-unit roster without duties made up by check (no config.ini). */
static void foresee(const struct package *p, const char *dir, const char *code, const struct config *cfg,
		    const struct roster *roster, int duties_known)
{
	sqlite3 *db = db_open(":memory:");
	if (!db)
		return;
	struct store st;
	int version;
	size_t n = 0;
	if (roster_store(db, cfg->year, roster) == 0 && store_open(&st, db, cfg->year) == 0) {
		if (store_begin(&st) == 0 && store_package(&st, p, cfg, &version) == 0 && store_commit(&st) == 0)
			score_foresee(cfg, db, code, duties_known, print_foreseen, &n);
		store_close(&st);
	}
	db_close(db);
	if (n)
		printf(ngettext("%s: %zu deduction foreseen (see above); the package can still be sent\n",
				"%s: %zu deductions foreseen (see above); the package can still be sent\n", n),
		       dir, n);
}

/* No config.ini: what the unit's own package allows.  The rubric's defaults (config.ini without rubric
 * sections), no holidays or adjusted workdays, the year the package names, and the unit alone, without
 * duties: C01 checks only the every-unit categories and C13 is left out. */
static void foresee_alone(const struct package *p, const char *dir, const char *code)
{
	if (p->year <= 0) {
		fprintf(stderr, "%s\n", _("note: without config.ini the unit's duties, the calendar and the year are unknown: "
					  "foreseeable deductions are not checked"));
		return;
	}
	fprintf(stderr, _("note: without config.ini the unit's duties and the holiday calendar are unknown: deductions are "
			  "foreseen with the default rubric for the year the package names (%d); C01 only for the categories "
			  "every unit must disclose, C02 counting weekends only as days off, C13 (it depends on the duties) not "
			  "at all\n"),
		p->year);
	struct config def;
	memset(&def, 0, sizeof(def));
	def.year = p->year;
	rubric_defaults(&def.rubric);
	limits_default(&def.limits);
	struct unit u;
	memset(&u, 0, sizeof(u));
	u.code = xstrdup(code);
	u.name = xstrdup(code); /* the name is the roster's: unknown here, and never shown by check */
	u.type = UNIT_DEPT;     /* unknown too; the foreseen rules do not depend on it */
	u.email = xstrdup("");
	struct roster alone = { &u, 1, NULL };
	foresee(p, dir, code, &def, &alone, 0);
	free(u.code);
	free(u.name);
	free(u.email);
	rubric_release(&def.rubric);
}

static int check_one(const char *dir, const struct config *cfg, const struct roster *roster)
{
	char *copy = xstrdup(dir);
	size_t len = strlen(copy);
	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	const char *code = basename(copy);
	char *real = NULL;
	if (!strcmp(code, ".") || !strcmp(code, "..")) {
		/* "gongkai check ." inside the package: the code is the folder's own name */
		real = realpath(copy, NULL);
		if (real)
			code = strrchr(real, '/') + 1;
	}
	struct limits lim;
	if (cfg)
		lim = cfg->limits;
	else
		limits_default(&lim);
	struct diags d = DIAGS_INIT;
	d.max_items = lim.problems; /* the same bounds as collect's: the same verdict */
	d.max_bytes = lim.message_bytes;
	struct package p;
	int ok;
	if (roster && roster_find(roster, code) < 0) {
		memset(&p, 0, sizeof(p));
		p.code = xstrdup(code);
		package_validate(&p, copy, cfg, roster, &d); /* only says: not a roster code */
		ok = 0;
	} else {
		/* validate even when a file is missing or unreadable: every problem at once */
		ok = package_load(&p, copy, copy, code, &lim, &d) == 0;
		ok = package_validate(&p, copy, cfg, roster, &d) == 0 && ok;
	}
	diag_print(&d, stderr);
	if (ok && cfg && roster)
		foresee(&p, copy, code, cfg, roster, 1);
	else if (ok)
		foresee_alone(&p, copy, code);
	if (ok)
		printf(ngettext("%s: OK, ready to send (%zu catalogue row)\n", "%s: OK, ready to send (%zu catalogue rows)\n",
				p.nrows),
		       copy, p.nrows);
	else
		printf(ngettext("%s: %zu problem; fix it and check again\n", "%s: %zu problems; fix them and check again\n",
				d.errors),
		       copy, d.errors);
	package_release(&p);
	diag_clear(&d);
	free(real);
	free(copy);
	return ok;
}

int cmd_check(const struct args *a, const struct config *cfg)
{
	char **dirs = a->operand;
	int ndirs = a->noperands;
	struct roster roster = { NULL, 0, NULL };
	const struct roster *use_roster = NULL;
	if (cfg) {
		if (roster_load_print(&roster, cfg->roster) < 0)
			return 2;
		use_roster = &roster;
	}
	int bad = 0;
	for (int i = 0; i < ndirs; i++)
		bad += !check_one(dirs[i], cfg, use_roster);
	roster_release(&roster);
	return bad ? 1 : 0;
}
