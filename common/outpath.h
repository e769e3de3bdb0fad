/*
 * outpath — where an output may go, and writing it without ever leaving
 * half a file under its name.
 *
 * Every command that writes a file the user names (report, export, later
 * notices and the .xlsx export) asks outpath_check() first: a target whose
 * folder does not exist (outdir.h: the folder is named, nothing created), a target that
 * is the database (or its journal or lock file), the config file, the
 * roster, the findings, anything inside the inbox, a folder, a device or
 * other special file, or a symbolic link is refused (the command exits 2,
 * nothing written).  The inputs are compared by identity (device and inode)
 * when both exist, so a hard link or another spelling of the database's
 * path is refused too, and by their resolved paths otherwise.  template,
 * which writes a folder of packages, asks with OUT_FOLDER: the folder may
 * exist but may not be, or be inside, the inbox, nor be a symbolic link.
 *
 * The file itself is written to a temporary file beside the target, created
 * exclusively with a unique name (outpath_temp), and renamed over the
 * target only when complete (outpath_commit): a full disk or a crash leaves
 * the old file intact, and two runs writing the same target at once both
 * succeed (the last rename wins) instead of sharing one temporary file.
 */
#ifndef GK_OUTPATH_H
#define GK_OUTPATH_H

#include "common/config.h"

enum outpath_kind { OUT_FILE, OUT_FOLDER };

/* 0 when target may be written; else -1 after printing why. */
int outpath_check(const struct config *cfg, const char *target, enum outpath_kind kind);

/* A new empty file beside target (same folder, unique name): its descriptor, and *tmp (caller frees);
 * -1 with errno. */
int outpath_temp(const char *target, char **tmp);
/* Make the finished temporary file durable and give it the target's name; on failure remove it.
 * 0, or -1 with errno.  Frees tmp. */
int outpath_commit(char *tmp, const char *target);
/* Give up: remove the temporary file.  Frees tmp. */
void outpath_abandon(char *tmp);

#endif
