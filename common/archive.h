/*
 * archive — a command's hold on the archive: its lock (common/lock.h) taken
 * for the whole command, then the existing database opened.  The pair the
 * read-and-write commands repeat, in one place, so that every one releases
 * the lock when the database cannot be opened and closes in the same order.
 */
#ifndef GK_ARCHIVE_H
#define GK_ARCHIVE_H

#include "common/lock.h"

#include <sqlite3.h>

struct config;

/*
 * Take the lock (lock_archive()) and open cfg's database (db_open_existing()).
 * The database, or NULL after printing an error with the lock released
 * again (the command exits 2).
 */
sqlite3 *archive_open(struct archive_lock *l, const struct config *cfg, enum lock_mode mode, const char *who);
/* Close the database, then release the lock. */
void archive_close(sqlite3 *db, struct archive_lock *l);

#endif
