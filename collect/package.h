/*
 * package — one unit's package read from its folder and checked completely.
 *
 * A folder holds one of two forms: the CSV form (submission.ini, stats.csv,
 * catalog.csv, summary.txt; input.md) or the workbook form (one .xlsx and a
 * summary, summary.txt or one .docx; workbook.md).  package_load() finds the
 * form and reads the files' bytes; package_validate() decodes them,
 * validates every value and appends every problem it finds to a diag list;
 * it never stops at the first.  Both forms end up the same in memory.  A package with any error must not be stored.  The same function
 * serves `check` and `collect`, so both judge a package identically.
 */
#ifndef GK_PACKAGE_H
#define GK_PACKAGE_H

#include "common/config.h"
#include "common/date.h"
#include "common/digest.h"
#include "common/roster.h"
#include "common/textin.h"
#include "common/util.h"

#include <time.h>

/*
 * The file slots of a package.  The CSV form fills all four; the workbook
 * form keeps its workbook in PKG_STATS and its summary (summary.txt or a
 * .docx) in PKG_SUMMARY, the other two slots empty.
 */
enum { PKG_SUBMISSION, PKG_STATS, PKG_CATALOG, PKG_SUMMARY, PKG_NFILES };
extern const char *const package_file_names[PKG_NFILES];
enum pkg_form { PKG_FORM_CSV, PKG_FORM_WORKBOOK };

/* A good catalogue row.  Its texts live in the package's rowtext, at these offsets. */
struct cat_row {
	long line;
	size_t index_no, title, category, url;
	int has_formed;
	day_t formed_on, published_on;
	int has_chars;
	long long chars;
};

struct package {
	char *code;               /* the folder name */
	enum pkg_form form;
	char *file_name[PKG_NFILES]; /* each slot's file name in the folder (owned); NULL: the form has no such file */
	struct text file[PKG_NFILES];
	char file_digest[PKG_NFILES][DIGEST_HEX];
	char digest[DIGEST_HEX];  /* over the files' names and SHA-256s */
	time_t received;          /* newest mtime of the package's files */
	char *contact, *phone;
	int year;                 /* the year the package names (submission.ini or the workbook); 0 when missing or not a year */
	long long *stats;         /* by stat_codes() index */
	struct strbuf stats_json; /* the same as the database stores them: {"code": value, …} */
	struct cat_row *rows;
	size_t nrows, rows_alloc;
	struct strbuf rowtext;    /* the rows' texts end to end, each NUL-terminated: one allocation, not four a row */
	char *summary;            /* decoded, CRLF turned into LF */
	/* each file's bytes as stored (package_pack): a zstd frame, or NULL before packing */
	char *packed[PKG_NFILES];
	size_t packed_len[PKG_NFILES];
};

/* A text of a catalogue row (an offset in struct cat_row). */
static inline const char *row_text(const struct package *p, size_t offset)
{
	return p->rowtext.buf + offset;
}

/*
 * Find the package's form and read the raw bytes of its files, and compute
 * digest and received time, without decoding or validating.  Refuses mixed
 * forms, two workbooks or two summaries, old binary Office files, a folder
 * or file that is a symbolic link, anything but a regular file, a file with
 * more than one name (a hard link could make one unit's edits another's
 * versions), a file larger than limits->file_bytes (NULL: limits_default())
 * and a file whose size or time changed while it was read.  -1 with diags
 * when a file cannot be used or the folder is not one form.
 */
int package_load(struct package *p, const char *dir, const char *display_dir, const char *code,
		 const struct limits *limits, struct diags *d);

/* Compress each file's bytes for storing (in a reading thread: collect/cmd_collect.c).  0, or -1. */
int package_pack(struct package *p);

/*
 * Decode and validate a loaded package.  cfg and roster may be NULL (check
 * without a config): then unit and year are not compared.  0 when clean.
 */
int package_validate(struct package *p, const char *display_dir, const struct config *cfg,
		     const struct roster *roster, struct diags *d);
void package_release(struct package *p);

/*
 * The package digest: SHA-256 over "NAME SHA256\n" of each present file in
 * slot order (name[i] the file's name in the folder, sha[i] NULL: absent).
 * package_load() computes p->digest with it, and verify recomputes stored
 * digests with it.
 */
void package_digest(const char *const name[PKG_NFILES], const char *const sha[PKG_NFILES], char out[DIGEST_HEX]);
/* The slot a package file's name belongs to (a CSV form name, any .xlsx, any .docx), or -1. */
int package_slot(const char *name);
/* "YYYY-MM-DD HH:MM" local time into buf (at least 17 bytes). */
char *format_received(time_t t, char *buf, size_t n);

#endif
