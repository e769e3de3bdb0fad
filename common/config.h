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

/*
 * [limits]: what one package may cost (file size, problems listed, message
 * bytes stored) and how long a run waits for another holding the archive.
 * check and collect read packages with the same limits (limits_default()
 * when there is no config.ini).
 */
struct limits {
	long long file_bytes;   /* [limits] file_mib: the largest file of a package */
	size_t problems;        /* [limits] problems: problems listed per package; the rest are counted */
	size_t message_bytes;   /* [limits] message_kib: message text kept per rejected package */
	int lock_wait;          /* [limits] lock_wait: seconds to wait for another run (0: stop at once) */
};
/* Largest [limits] file_mib: a decoded GB18030 file grows by half, and SQLite stores at most 10^9 bytes a value. */
enum { LIMITS_MAX_FILE_MIB = 600 };
void limits_default(struct limits *l);

struct config {
	char *path;          /* as given on the command line */
	char *dir;           /* its folder */
	char *district;      /* [district] name */
	char *office;        /* [district] office */
	int year;            /* [district] year */
	char *roster;        /* [paths] …, resolved */
	char *inbox;
	char *findings;      /* may not exist: findings are optional */
	char *baseline;      /* [paths] baseline: last year's figures for a first year; NULL when not set */
	char *database;
	char *report;
	char *export_csv;
	char *objections;    /* [paths] objections: may not exist (review.md) */
	char *notices;       /* [paths] notices: the folder `notices` writes into */
	char *narrative;     /* [paths] narrative: folder of the office's own paragraphs 1.txt…6.txt, or NULL */
	day_t deadline;      /* [collect] deadline */
	day_t resend_by;     /* [review] resend_by: a returned package comes back by then (default deadline + 5) */
	day_t objections_until; /* [review] objections_until: objections due (default deadline + 15) */
	struct calendar cal; /* [calendar] holidays, workdays */
	char *language;      /* [report] language: "zh_CN" or "en" */
	char *font_body;     /* [report] font_body, font_heading, font_fallback: TrueType files */
	char *font_heading;
	char *font_fallback;
	long long cards_per_volume; /* [report] cards_per_volume: scorecards per volume file (report/volumes.c) */
	char *published_at;  /* [report] published_at: where the report is published, or NULL */
	char *contact;       /* [report] contact: whom readers ask about it, or NULL */
	struct rubric rubric;
	struct limits limits;
};

/* 0, or -1 with diags. */
int config_load(struct config *c, const char *path, struct diags *d);
void config_release(struct config *c);

#endif
