/*
 * export_xlsx — the score export written as a workbook; see export_xlsx.c.
 */
#ifndef GK_EXPORT_XLSX_H
#define GK_EXPORT_XLSX_H

#include <stddef.h>

/* Write the export CSV text csv[0..len) as the workbook path (display: the name to give in messages). 0, or -1 after a message. */
int export_xlsx(const char *path, const char *display, const char *csv, size_t len);

#endif
