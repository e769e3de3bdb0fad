/*
 * collect — the first stage: templates for units, checking and collecting
 * packages into the database, and the status list.  Other stages read what
 * this stage stores (tables unit, package, stat, catalog; see common/db.h).
 */
#ifndef GK_COLLECT_H
#define GK_COLLECT_H

#include "common/args.h"
#include "common/config.h"

#include <sqlite3.h>

/* Collect the whole inbox into db. Exit status: 0, 1 (something rejected or missing), 2. */
int collect_inbox(const struct config *cfg, sqlite3 *db);

int cmd_template(const struct args *a, const struct config *cfg);
int cmd_check(const struct args *a, const struct config *cfg);
int cmd_collect(const struct args *a, const struct config *cfg);
int cmd_status(const struct args *a, const struct config *cfg);
int cmd_verify(const struct args *a, const struct config *cfg);

#endif
