/*
 * template — what `gongkai template` writes for one unit, in Chinese
 * whatever the message language (the files are for clerks): the per-unit
 * part of the how-to (its deadline, the categories it must disclose,
 * whether C13 applies) and the workbook 报送表.xlsx (template_xlsx.c).
 */
#ifndef GK_TEMPLATE_H
#define GK_TEMPLATE_H

#include "collect/package.h"
#include "common/config.h"
#include "common/roster.h"

#define TEMPLATE_WORKBOOK "报送表.xlsx"

/* The unit's own lines of the how-to (name, deadline, required categories, C13), owned by the caller. */
char *template_unit_notes(const struct unit *u, const struct config *cfg);
/* "2025年11月20日" into buf (at least 32 bytes). */
char *template_date_zh(day_t day, char *buf);

/*
 * Write the workbook for unit u at path (which must not exist).  With
 * filled, the cells hold that package's values (a CSV package converted to
 * the workbook form: tests, the sample, the benchmark).  0, or -1 after a
 * message.
 */
int template_workbook(const char *path, const struct unit *u, const struct config *cfg, const struct package *filled);

/*
 * The CSV package in dir (its folder name the unit's code), read and
 * validated as collect would, written as its unit's filled workbook at
 * path: the conversion of tests/tools/pkg2xlsx and bench/to_workbooks.  Its
 * received time in *received.  0, or -1 after diags in d (a package with
 * errors is not converted) or a message.
 */
int template_workbook_of(const char *path, const char *dir, const struct config *cfg, const struct roster *roster,
			 struct diags *d, time_t *received);

#endif
