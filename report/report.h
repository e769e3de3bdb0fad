/*
 * report — the third stage: the district annual report and scorecards as PDF.
 * Reads everything from the database (written by collect and score).
 */
#ifndef GK_REPORT_H
#define GK_REPORT_H

#include "common/args.h"
#include "common/config.h"

#include <sqlite3.h>

/* Write the PDF to path. 0, or 2 after printing an error. */
int report_write(const struct config *cfg, sqlite3 *db, const char *path);
/* The same, with the scorecards one PDF per unit in cards_dir (NULL: in the report or its volumes, report/volumes.c). */
int report_write_cards(const struct config *cfg, sqlite3 *db, const char *path, const char *cards_dir);

int cmd_report(const struct args *a, const struct config *cfg);

#endif
