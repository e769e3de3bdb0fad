/*
 * outdir — the folder an output goes into must already be there.
 *
 * Every command that writes a file (report, export, and any later one) and
 * every command whose output is a folder (template, notices) asks through
 * outpath_check(), which calls outdir_check(): a file whose folder does not
 * exist (or is not a folder) is refused with one message naming that
 * folder, and nothing is created — no folder, no file (exit 2).  A folder
 * target may itself be new (the command makes it, with outdir_make()), but
 * the folder above it must exist: gongkai never makes missing parents, so a
 * typing mistake in -o never leaves a tree of empty folders behind.
 */
#ifndef GK_OUTDIR_H
#define GK_OUTDIR_H

/* 0 when the folder that holds `target` exists; else -1 after printing the error. is_folder: target is a folder. */
int outdir_check(const char *target, int is_folder);
/* Make the folder `dir` if it is not there yet (its parent must exist); 0, or -1 after printing the error. */
int outdir_make(const char *dir);

#endif
