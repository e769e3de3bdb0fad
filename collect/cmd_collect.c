/*
 * cmd_collect — `gongkai collect`: read every folder of the inbox, store
 * new or changed packages as new versions, reject bad ones with every
 * reason, leave unchanged ones alone, and name the roster units that sent
 * nothing.  One line per unit on stdout; problems on stderr.
 *
 * A package whose files' digests equal the newest stored version is
 * "unchanged" and is not even parsed, so running collect again is cheap.
 * At most READ_AHEAD packages are in memory at a time.
 */
#include "collect/collect.h"
#include "collect/package.h"
#include "collect/readahead.h"
#include "collect/store.h"
#include "common/args.h"
#include "common/codes.h"
#include "common/db.h"
#include "common/journal.h"
#include "common/lock.h"
#include "common/msg.h"
#include "common/progress.h"
#include "common/roster.h"
#include "common/util.h"
#include "review/review.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Packages per transaction: one commit (and its fsyncs) per batch, not per package. */
enum { BATCH = 200 };
/* Packages read ahead of the writer, at most: bounds memory whatever the inbox size. */
enum { READ_AHEAD = 8 };

/* Reading threads: one per processor (the writer mostly waits for the disk or for them). */
static size_t reading_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > READAHEAD_MAX_WORKERS ? READAHEAD_MAX_WORKERS : (size_t)n;
}

struct tally {
	size_t accepted, unchanged, rejected, missing, refused;
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

/* "code name" for a roster unit, just "code" for a stray folder, control characters escaped; caller frees. */
static char *unit_label(const struct roster *r, const char *code)
{
	int i = roster_find(r, code);
	struct strbuf sb = STRBUF_INIT;
	sb_add_escaped(&sb, code, strlen(code), 0);
	if (i >= 0) {
		sb_addc(&sb, ' ');
		sb_add_escaped(&sb, r->u[i].name, strlen(r->u[i].name), 0);
	}
	return sb_detach(&sb);
}

/* What a reading thread found out about one inbox folder. */
struct job {
	char *name, *dir;
	struct package p;
	struct diags d;
	enum { JOB_UNCHANGED, JOB_VALID, JOB_INVALID } state;
	int version; /* the newest stored version, for an unchanged package */
};

/* The newest stored digest of every unit, read once before the reading starts. */
struct newest {
	char *unit;
	int version;
	char digest[DIGEST_HEX];
};

struct run {
	int final; /* the year is final: nothing is stored (review.md) */
	const struct config *cfg;
	const struct roster *roster;
	char **names;
	struct newest *newest;
	size_t nnewest;
};

static int by_unit(const void *a, const void *b)
{
	return strcmp(((const struct newest *)a)->unit, ((const struct newest *)b)->unit);
}

static int load_newest(sqlite3 *db, struct run *r)
{
	sqlite3_stmt *st = db_prepare_year(db, "SELECT unit, version, digest FROM newest_package WHERE year = ?", r->cfg->year);
	if (!st)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (r->nnewest == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			r->newest = xrealloc(r->newest, alloc * sizeof(*r->newest));
		}
		struct newest *n = &r->newest[r->nnewest++];
		n->unit = xstrdup((const char *)sqlite3_column_text(st, 0));
		n->version = sqlite3_column_int(st, 1);
		snprintf(n->digest, sizeof(n->digest), "%s", (const char *)sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(db, "newest versions");
	if (r->nnewest)
		qsort(r->newest, r->nnewest, sizeof(*r->newest), by_unit);
	return 0;
}

static const struct newest *find_newest(const struct run *r, const char *unit)
{
	struct newest key = { .unit = (char *)unit };
	return r->nnewest ? bsearch(&key, r->newest, r->nnewest, sizeof(key), by_unit) : NULL;
}

static void job_free(void *v)
{
	struct job *j = v;
	if (!j)
		return;
	package_release(&j->p);
	diag_clear(&j->d);
	free(j->dir);
	free(j);
}

/* In a reading thread: read, recognise unchanged, validate.  No database, nothing shared is written. */
static void *prepare(size_t i, void *ctx)
{
	struct run *r = ctx;
	struct job *j = xcalloc(1, sizeof(*j));
	j->name = r->names[i];
	j->dir = path_join(r->cfg->inbox, j->name);
	j->state = JOB_INVALID;
	j->d.max_items = r->cfg->limits.problems; /* the same bounds as check's */
	j->d.max_bytes = r->cfg->limits.message_bytes;
	if (roster_find(r->roster, j->name) < 0) {
		j->p.code = xstrdup(j->name);
		package_validate(&j->p, j->dir, r->cfg, r->roster, &j->d); /* only says: not a roster code */
		return j;
	}
	if (package_load(&j->p, j->dir, j->dir, j->name, &r->cfg->limits, &j->d) < 0) {
		/* a missing or unreadable file: still report every problem of the others */
		package_validate(&j->p, j->dir, r->cfg, r->roster, &j->d);
		return j;
	}
	const struct newest *n = find_newest(r, j->name);
	if (n && !strcmp(n->digest, j->p.digest)) {
		j->state = JOB_UNCHANGED;
		j->version = n->version;
	} else if (package_validate(&j->p, j->dir, r->cfg, r->roster, &j->d) == 0) {
		/* compressed here, beside the reading, so the one writer has less to write
		 * (cannot fail for files within [limits] file_mib; said if it ever does) */
		if (package_pack(&j->p) == 0)
			j->state = JOB_VALID;
		else
			diag_err(&j->d, j->dir, 0, NULL, _("the files could not be compressed for storing; nothing was stored"));
	}
	return j;
}

/*
 * What collect says about one unit, held back until its batch commits: a
 * unit is reported accepted only once its version is really stored.
 */
struct said {
	char *line;  /* the stdout line */
	char *label; /* the unit, for "not stored" */
	int accepted;
};

struct batch {
	struct said *s;
	size_t n, alloc;
	size_t accepted, unchanged, rejected, refused;
};

static void say(struct batch *b, char *line, const char *label, int accepted)
{
	if (b->n == b->alloc) {
		b->alloc = b->alloc ? b->alloc * 2 : 64;
		b->s = xrealloc(b->s, b->alloc * sizeof(*b->s));
	}
	b->s[b->n++] = (struct said){ line, xstrdup(label), accepted };
}

/* The batch is stored: say everything, count it. */
static void batch_committed(struct batch *b, struct tally *t)
{
	for (size_t i = 0; i < b->n; i++)
		fputs(b->s[i].line, stdout);
	fflush(stdout);
	t->accepted += b->accepted;
	t->unchanged += b->unchanged;
	t->rejected += b->rejected;
	t->refused += b->refused;
}

/* The batch was rolled back: what was accepted in it was not stored after all.  Returns how many. */
static size_t batch_lost(struct batch *b)
{
	size_t lost = 0;
	for (size_t i = 0; i < b->n; i++) {
		if (b->s[i].accepted) {
			printf(_("%s: not stored (see the database error); run collect again\n"), b->s[i].label);
			lost++;
		} else {
			fputs(b->s[i].line, stdout);
		}
	}
	fflush(stdout);
	return lost;
}

static void batch_clear(struct batch *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->s[i].line);
		free(b->s[i].label);
	}
	b->n = b->accepted = b->unchanged = b->rejected = b->refused = 0;
}

/* In the writing thread: store or record, and note what to say. -1 only on a database error. */
static int finish(struct job *j, const struct run *r, struct store *st, struct batch *b)
{
	char *label = unit_label(r->roster, j->name);
	int rc = 0, version;
	if (r->final && j->state != JOB_UNCHANGED) {
		say(b,
		    xasprintf(_("%s: not collected: the scores of %d are final (gongkai reopen --reason TEXT makes them a draft again)\n"),
			      label, r->cfg->year),
		    label, 0);
		b->refused++;
		free(label);
		return 0;
	}
	diag_print(&j->d, stderr); /* the problems, or a valid package's warnings */
	switch (j->state) {
	case JOB_UNCHANGED:
		say(b, xasprintf(_("%s: unchanged (version %d)\n"), label, j->version), label, 0);
		b->unchanged++;
		break;
	case JOB_VALID: {
		if ((rc = store_package(st, &j->p, r->cfg, &version)) < 0) {
			say(b, xstrdup(""), label, 1); /* not stored either */
			break;
		}
		if (rc == 1) { /* another run stored this very content meanwhile */
			say(b, xasprintf(_("%s: unchanged (version %d)\n"), label, version), label, 0);
			b->unchanged++;
			rc = 0;
			break;
		}
		int late = store_first_days_late(st, j->name, r->cfg->deadline);
		late = late < 0 ? 0 : late;
		say(b,
		    xasprintf(ngettext("%s: accepted as version %d, %d day late\n",
				       "%s: accepted as version %d, %d days late\n", (unsigned long)late),
			      label, version, late),
		    label, 1);
		b->accepted++;
		break;
	}
	case JOB_INVALID:
		if (roster_find(r->roster, j->name) >= 0) {
			struct strbuf sb = STRBUF_INIT;
			diag_format(&j->d, &sb);
			rc = store_rejection(st, &j->p, j->name, &j->d, sb_str(&sb));
			sb_release(&sb);
		}
		say(b,
		    xasprintf(ngettext("%s: rejected, %zu problem (see above)\n", "%s: rejected, %zu problems (see above)\n",
				       j->d.errors),
			      label, j->d.errors),
		    label, 0);
		b->rejected++;
		break;
	}
	free(label);
	return rc;
}

int collect_inbox(const struct config *cfg, sqlite3 *db)
{
	struct roster roster;
	int rc = 2;
	if (db_quick_check(db) < 0)
		return 2;
	if (roster_load_print(&roster, cfg->roster) < 0)
		return 2;
	size_t n = 0;
	char **names = list_inbox(cfg->inbox, &n);
	struct store st;
	int final = names ? review_year_final(db, cfg->year) : -1;
	if (!names || final < 0 || (!final && roster_store(db, cfg->year, &roster) < 0) || store_open(&st, db, cfg->year) < 0)
		goto out;
	struct tally t = { 0, 0, 0, 0, 0 };
	struct run run = { final, cfg, &roster, names, NULL, 0 };
	if (load_newest(db, &run) < 0) {
		store_close(&st);
		goto out;
	}
	struct progress bar;
	progress_start(&bar, _("collect"), n);
	struct readahead ra;
	readahead_start(&ra, n, reading_threads(), READ_AHEAD, prepare, job_free, &run);
	struct batch b = { NULL, 0, 0, 0, 0, 0, 0 };
	size_t i;
	int in_tx = 0;
	for (i = 0; i < n; i++) {
		struct job *j = readahead_next(&ra);
		if (!in_tx && store_begin(&st) < 0) {
			job_free(j);
			break;
		}
		in_tx = 1;
		progress_clear(&bar); /* the unit's lines must not follow the bar on its line */
		int failed = finish(j, &run, &st, &b) < 0;
		job_free(j);
		if (failed)
			break;
		if ((i + 1) % BATCH == 0 || i + 1 == n) {
			if (store_commit(&st) < 0)
				break;
			in_tx = 0;
			progress_clear(&bar);
			batch_committed(&b, &t);
			batch_clear(&b);
		}
		progress_update(&bar, i + 1);
	}
	readahead_finish(&ra);
	if (in_tx)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL); /* the error was said; a failing rollback adds nothing */
	progress_end(&bar);
	if (i < n) {
		size_t lost = batch_lost(&b);
		char *stopped_at = escaped(names[i]);
		error(_("collect stopped at %s because of the database error: %zu new versions were stored before it, "
			"%zu accepted packages of the last batch were not stored after all, and the %zu folders after it were not collected; "
			"nothing stored earlier was changed: run collect again once the cause is fixed"),
		      stopped_at, t.accepted, lost, n - i - 1);
		free(stopped_at);
	} else {
		/* Missing: nothing stored before this run and no folder now (without a folder nothing was stored in it). */
		for (size_t u = 0; u < roster.n; u++) {
			if (!find_newest(&run, roster.u[u].code) &&
			    !bsearch(&roster.u[u].code, names, n, sizeof(char *), by_name)) {
				char *code = escaped(roster.u[u].code), *name = escaped(roster.u[u].name);
				printf(_("%s %s: missing, nothing received\n"), code, name);
				free(code);
				free(name);
				t.missing++;
			}
		}
		info(_("collect: %zu accepted, %zu unchanged, %zu rejected, %zu missing"), t.accepted, t.unchanged,
		     t.rejected, t.missing);
		if (t.refused)
			info(ngettext("collect: %zu package not collected because the scores of %d are final",
				      "collect: %zu packages not collected because the scores of %d are final", t.refused),
			     t.refused, cfg->year);
		struct journal_entry e = JOURNAL_ENTRY("collect", cfg->year);
		e.accepted = (long long)t.accepted;
		e.rejected = (long long)t.rejected;
		e.unchanged = (long long)t.unchanged;
		e.missing = (long long)t.missing;
		e.refused = (long long)t.refused;
		rc = journal_add(db, &e) < 0 ? 2 : t.rejected || t.missing || t.refused ? 1 : 0;
	}
	batch_clear(&b);
	free(b.s);
	for (size_t k = 0; k < run.nnewest; k++)
		free(run.newest[k].unit);
	free(run.newest);
	store_close(&st);
out:
	if (names)
		for (size_t k = 0; k < n; k++)
			free(names[k]);
	free(names);
	roster_release(&roster);
	return rc;
}

int cmd_collect(const struct args *a, const struct config *cfg)
{
	(void)a;
	struct archive_lock lock;
	if (lock_archive(&lock, cfg, LOCK_EXCLUSIVE, "collect") < 0)
		return 2;
	sqlite3 *db = db_open(cfg->database);
	int rc = 2;
	if (db)
		rc = collect_inbox(cfg, db);
	db_close(db);
	lock_release(&lock);
	return rc;
}
