/*
 * config — config.ini, typed and validated (cli.md).
 *
 * Everything is read once, at start-up, into struct config: a bad key, a
 * value of the wrong type or a date that is not a date is an error naming
 * the file, the section and the key.  The file may carry a byte-order mark
 * and CRLF line ends; relative paths are resolved against its folder.
 */
#ifndef GK_CONFIG_H
#define GK_CONFIG_H

#include "common/date.h"
#include "common/diag.h"
#include "common/rubric.h"

struct config {
	char *path;          /* as given on the command line */
	char *dir;           /* its folder */
	char *district;      /* [district] name */
	char *office;        /* [district] office */
	int year;            /* [district] year */
	char *roster;        /* [paths] …, resolved */
	char *inbox;
	char *findings;      /* may not exist: findings are optional */
	char *database;
	char *report;
	char *export_csv;
	char *objections;    /* [paths] objections: may not exist (review.md) */
	char *notices;       /* [paths] notices: the folder `notices` writes into */
	day_t deadline;      /* [collect] deadline */
	day_t resend_by;     /* [review] resend_by: a returned package comes back by then (default deadline + 5) */
	day_t objections_until; /* [review] objections_until: objections due (default deadline + 15) */
	struct calendar cal; /* [calendar] holidays, workdays */
	char *language;      /* [report] language: "zh_CN" or "en" */
	char *font_body;     /* [report] font_body, font_heading, font_fallback: TrueType files */
	char *font_heading;
	char *font_fallback;
	struct rubric rubric;
};

/* 0, or -1 with diags. */
int config_load(struct config *c, const char *path, struct diags *d);
void config_release(struct config *c);

#endif
