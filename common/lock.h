/*
 * lock — one writer at a time on an archive.
 *
 * An archive (the SQLite database) has a lock file beside it, DB.lock, on
 * which every run takes an flock(2): LOCK_EX for a run that writes
 * (collect, score, run, and later finalize and the portal's uploads),
 * LOCK_SH for one that reads several tables and wants them to agree
 * (export, report, verify).  The holder of an exclusive lock writes what it
 * is ("collect, process 1234, since 2026-12-01 10:02") into the file, so a
 * second run can say who holds the archive.
 *
 * Why flock and not only SQLite's BEGIN IMMEDIATE: SQLite serialises single
 * transactions, but collect commits in batches and score rewrites its
 * tables in several, so two runs could still interleave their batches; a
 * run-long lock makes the whole run the unit of exclusion.  flock is
 * released by the kernel when the process dies (even by SIGKILL), so there
 * is never a stale lock to clean up, and it belongs to the open file
 * description, so two threads of one server that each call lock_acquire()
 * exclude each other exactly as two processes do.  The lock file is never
 * removed (removing it would let two runs lock two different files); it
 * holds no data and may be deleted only when no gongkai runs.
 *
 * Nothing here prints or exits: lock_acquire() returns a result and fills
 * in a description of the other holder; the caller (a command, or a server
 * answering "busy") decides what to say.  The callback `waiting`, when
 * given, is called once before a wait begins.
 */
#ifndef GK_LOCK_H
#define GK_LOCK_H

#include <stddef.h>

enum lock_mode { LOCK_SHARED, LOCK_EXCLUSIVE };
enum lock_result { LOCK_TAKEN, LOCK_BUSY, LOCK_FAILED };

struct archive_lock {
	int fd;     /* -1 when not held */
	int exclusive;
	char *path; /* DB.lock; owned */
};

/*
 * Take the lock of the archive at db_path, waiting up to wait_seconds (0:
 * do not wait).  who names this run ("collect") for others to read.  On
 * LOCK_BUSY, holder (size n) describes the run holding it; on LOCK_FAILED
 * errno tells why the lock file could not be opened.  The lock is released
 * by lock_release() or when the process ends.
 */
enum lock_result lock_acquire(struct archive_lock *l, const char *db_path, enum lock_mode mode, const char *who,
			      int wait_seconds, void (*waiting)(const char *holder, int seconds, void *ctx), void *ctx,
			      char *holder, size_t n);
void lock_release(struct archive_lock *l);

/*
 * For the commands: take the lock of cfg's database for the whole command,
 * saying on stderr that it waits ([limits] lock_wait seconds at most) and,
 * when the wait is over, which run holds the archive.  0, or -1 after
 * printing an error (the command exits 2).  A reader (LOCK_SHARED) of a
 * database that does not exist yet takes no lock and lets the database's
 * own message be said.
 */
struct config;
int lock_archive(struct archive_lock *l, const struct config *cfg, enum lock_mode mode, const char *who);

#endif
