/* archive — see archive.h. */
#include "common/archive.h"
#include "common/config.h"
#include "common/db.h"

sqlite3 *archive_open(struct archive_lock *l, const struct config *cfg, enum lock_mode mode, const char *who)
{
	if (lock_archive(l, cfg, mode, who) < 0)
		return NULL;
	sqlite3 *db = db_open_existing(cfg->database);
	if (!db)
		lock_release(l);
	return db;
}

void archive_close(sqlite3 *db, struct archive_lock *l)
{
	db_close(db);
	lock_release(l);
}
