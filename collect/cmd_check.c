/*
 * cmd_check — `gongkai check DIR...`: what a unit runs before it sends.
 * The same reading and checks as collect, nothing stored.  Without a
 * config.ini (a unit usually has none) the unit code and year are not
 * compared with the roster; everything else is checked.
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
 * deductions they already see (review.md, "check also warns").  Nothing is stored anywhere else. */
static void foresee(const struct package *p, const char *dir, const char *code, const struct config *cfg,
		    const struct roster *roster)
{
	sqlite3 *db = db_open(":memory:");
	if (!db)
		return;
	struct store st;
	int version;
	size_t n = 0;
	if (roster_store(db, cfg->year, roster) == 0 && store_open(&st, db, cfg->year) == 0) {
		if (store_begin(&st) == 0 && store_package(&st, p, cfg, &version) == 0 && store_commit(&st) == 0)
			score_foresee(cfg, db, code, print_foreseen, &n);
		store_close(&st);
	}
	db_close(db);
	if (n)
		printf(ngettext("%s: %zu deduction foreseen (see above); the package can still be sent\n",
				"%s: %zu deductions foreseen (see above); the package can still be sent\n", n),
		       dir, n);
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
		foresee(&p, copy, code, cfg, roster);
	else if (ok)
		fprintf(stderr, "%s\n", _("note: without config.ini the unit's duties, the calendar and the year are unknown: "
					  "foreseeable deductions are not checked"));
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
		struct diags d = DIAGS_INIT;
		if (roster_load(&roster, cfg->roster, &d) < 0) {
			diag_print(&d, stderr);
			diag_clear(&d);
			roster_release(&roster);
			return 2;
		}
		diag_clear(&d);
		use_roster = &roster;
	}
	int bad = 0;
	for (int i = 0; i < ndirs; i++)
		bad += !check_one(dirs[i], cfg, use_roster);
	roster_release(&roster);
	return bad ? 1 : 0;
}
