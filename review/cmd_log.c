/*
 * cmd_log — `gongkai log [--csv]`: the record (common/journal.c), oldest
 * first: time, command, user, working year and what changed, in the
 * language of the messages.  The CSV (UTF-8 with BOM) has the header
 * time,command,user,year,details and the commands' English codes.
 */
#include "review/review.h"
#include "common/archive.h"
#include "common/args.h"
#include "common/csvin.h"
#include "common/db.h"
#include "common/journal.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *command_text(const char *code)
{
	if (!strcmp(code, "collect"))
		return _("collect");
	if (!strcmp(code, "score"))
		return _("score");
	if (!strcmp(code, "finalize"))
		return _("finalize");
	if (!strcmp(code, "reopen"))
		return _("reopen");
	return code;
}

static void print_row(const char *at, const char *user, const struct journal_entry *e, void *ctx)
{
	int csv = *(int *)ctx;
	struct strbuf details = STRBUF_INIT;
	journal_details(e, &details);
	if (csv) {
		printf("%s,%s,", at, e->command);
		csv_put(stdout, user);
		printf(",%d,", e->year);
		csv_put(stdout, sb_str(&details));
		putchar('\n');
	} else {
		printf("%s  %s  %s  %d  %s\n", at, command_text(e->command), user, e->year, sb_str(&details));
	}
	sb_release(&details);
}

int cmd_log(const struct args *a, const struct config *cfg)
{
	int csv = arg_given(a, "--csv");
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_SHARED, "log");
	if (!db)
		return 2;
	if (csv)
		fputs("\xEF\xBB\xBF" "time,command,user,year,details\n", stdout);
	int rc = journal_each(db, print_row, &csv) < 0 ? 2 : 0;
	archive_close(db, &lock);
	return rc;
}
