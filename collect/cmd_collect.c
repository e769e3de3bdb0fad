/*
 * cmd_collect — `gongkai collect`: read every folder of the inbox, store
 * new or changed packages as new versions, reject bad ones with every
 * reason, leave unchanged ones alone, and name the roster units that sent
 * nothing.  One line per unit on stdout; problems on stderr.
 *
 * A package whose files' digests equal the newest stored version is
 * "unchanged" and is not even parsed, so running collect again is cheap.
 * Only one package is in memory at a time.
 */
#include "collect/collect.h"
#include "collect/package.h"
#include "collect/store.h"
#include "common/args.h"
#include "common/db.h"
#include "common/msg.h"
#include "common/progress.h"
#include "common/roster.h"
#include "common/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Packages per transaction: one commit (and its fsyncs) per batch, not per package. */
enum { BATCH = 200 };

struct tally {
	size_t accepted, unchanged, rejected, missing;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The inbox's entries, sorted, without hidden ones. NULL after printing an error. */
static char **list_inbox(const char *inbox, size_t *n)
{
	DIR *dir = opendir(inbox);
	if (!dir) {
		error(_("cannot open the inbox %s: %s"), inbox, strerror(errno));
		return NULL;
	}
	struct vec names = VEC_INIT;
	struct dirent *e;
	while ((e = readdir(dir)))
		if (e->d_name[0] != '.')
			vec_push(&names, xstrdup(e->d_name));
	closedir(dir);
	if (names.n)
		qsort(names.item, names.n, sizeof(char *), by_name);
	*n = names.n;
	vec_push(&names, NULL); /* never an empty array */
	return (char **)names.item;
}

/* "code name" for a roster unit, just "code" for a stray folder; caller frees. */
static char *unit_label(const struct roster *r, const char *code)
{
	int i = roster_find(r, code);
	return i >= 0 ? xasprintf("%s %s", code, r->u[i].name) : xstrdup(code);
}

/* Handle one inbox folder. Returns -1 only on a database error. */
static int collect_one(const struct config *cfg, const struct roster *roster, struct store *st, const char *name,
		       struct tally *t)
{
	char *dir = path_join(cfg->inbox, name);
	struct diags d = DIAGS_INIT;
	struct package p;
	int rc = 0, version = 0;
	char newest_digest[DIGEST_HEX];
	char *label = unit_label(roster, name);

	int loaded;
	if (roster_find(roster, name) < 0) {
		memset(&p, 0, sizeof(p));
		p.code = xstrdup(name);
		package_validate(&p, dir, cfg, roster, &d); /* only says: not a roster code */
		loaded = 0;
	} else {
		loaded = package_load(&p, dir, dir, name, &d) == 0;
	}
	if (loaded && store_newest(st, name, &version, newest_digest) < 0) {
		rc = -1;
		goto out;
	}
	if (loaded && version > 0 && !strcmp(newest_digest, p.digest)) {
		printf(_("%s: unchanged (version %d)\n"), label, version);
		t->unchanged++;
		goto out;
	}
	if (loaded && package_validate(&p, dir, cfg, roster, &d) == 0) {
		diag_print(&d, stderr); /* warnings */
		if (store_package(st, &p, cfg, &version) < 0) {
			rc = -1;
			goto out;
		}
		int late = store_first_days_late(st, name);
		late = late < 0 ? 0 : late;
		printf(ngettext("%s: accepted as version %d, %d day late\n", "%s: accepted as version %d, %d days late\n",
				(unsigned long)late),
		       label, version, late);
		t->accepted++;
		goto out;
	}
	diag_print(&d, stderr);
	if (roster_find(roster, name) >= 0) {
		struct strbuf sb = STRBUF_INIT;
		diag_format(&d, &sb);
		rc = store_rejection(st, name, p.digest, p.received, sb_str(&sb));
		sb_release(&sb);
	}
	printf(ngettext("%s: rejected, %zu problem (see above)\n", "%s: rejected, %zu problems (see above)\n", d.errors),
	       label, d.errors);
	t->rejected++;
out:
	package_release(&p);
	diag_clear(&d);
	free(label);
	free(dir);
	return rc;
}

int collect_inbox(const struct config *cfg, sqlite3 *db)
{
	struct roster roster;
	struct diags d = DIAGS_INIT;
	int rc = 2;
	if (roster_load(&roster, cfg->roster, &d) < 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		roster_release(&roster);
		return 2;
	}
	diag_print(&d, stderr);
	diag_clear(&d);
	size_t n = 0;
	char **names = list_inbox(cfg->inbox, &n);
	struct store st;
	if (!names || roster_store(db, &roster) < 0 || store_open(&st, db) < 0)
		goto out;
	struct tally t = { 0, 0, 0, 0 };
	struct progress bar;
	progress_start(&bar, _("collect"), n);
	size_t i;
	int in_tx = 0;
	for (i = 0; i < n; i++) {
		if (!in_tx && store_begin(&st) < 0)
			break;
		in_tx = 1;
		if (collect_one(cfg, &roster, &st, names[i], &t) < 0)
			break;
		if ((i + 1) % BATCH == 0 || i + 1 == n) {
			if (store_commit(&st) < 0)
				break;
			in_tx = 0;
			fflush(stdout);
		}
		progress_update(&bar, i + 1);
	}
	if (in_tx)
		db_exec(db, "ROLLBACK");
	progress_end(&bar);
	if (i == n) {
		for (size_t u = 0; u < roster.n; u++) {
			int version;
			char digest[DIGEST_HEX];
			if (store_newest(&st, roster.u[u].code, &version, digest) < 0)
				break;
			if (version == 0 && !bsearch(&roster.u[u].code, names, n, sizeof(char *), by_name)) {
				printf(_("%s %s: missing, nothing received\n"), roster.u[u].code, roster.u[u].name);
				t.missing++;
			}
		}
		info(_("collect: %zu accepted, %zu unchanged, %zu rejected, %zu missing"), t.accepted, t.unchanged,
		     t.rejected, t.missing);
		rc = t.rejected || t.missing ? 1 : 0;
	}
	store_close(&st);
out:
	if (names)
		for (size_t k = 0; k < n; k++)
			free(names[k]);
	free(names);
	roster_release(&roster);
	return rc;
}

int cmd_collect(int argc, char **argv, const struct config *cfg)
{
	char **operands;
	int noperands;
	if (args_parse(argc, argv, NULL, 0, &operands, &noperands) < 0 || noperands > 0) {
		if (noperands > 0)
			error(_("collect takes no arguments; the inbox is [paths] inbox in %s"), cfg->path);
		free(operands);
		return 2;
	}
	free(operands);
	sqlite3 *db = db_open(cfg->database);
	if (!db)
		return 2;
	int rc = collect_inbox(cfg, db);
	db_close(db);
	return rc;
}
