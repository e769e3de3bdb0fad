/*
 * package — one unit's package read from its folder and checked completely.
 *
 * package_read() reads the four files (submission.ini, stats.csv,
 * catalog.csv, summary.txt), decodes them, validates every value and
 * appends every problem it finds to a diag list; it never stops at the
 * first.  A package with any error must not be stored.  The same function
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

enum { PKG_SUBMISSION, PKG_STATS, PKG_CATALOG, PKG_SUMMARY, PKG_NFILES };
extern const char *const package_file_names[PKG_NFILES];

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
	struct text file[PKG_NFILES];
	char file_digest[PKG_NFILES][DIGEST_HEX];
	char digest[DIGEST_HEX];  /* over the files' names and SHA-256s */
	time_t received;          /* newest mtime of the four files */
	char *contact, *phone;
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
 * Read the raw bytes of the four files and compute digest and received
 * time, without decoding or validating.  Refuses a folder or file that is
 * a symbolic link, anything but a regular file, a file with more than one
 * name (a hard link could make one unit's edits another's versions), a
 * file larger than limits->file_bytes (NULL: limits_default()) and a file
 * whose size or time changed while it was read.  -1 with diags when a file
 * cannot be used.
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
 * A package's digest from its files' SHA-256s (hex), in the order of
 * package_file_names (sha[i] NULL: the file is absent).  package_load()
 * computes p->digest with it, and verify recomputes stored digests with it.
 */
void package_digest(const char *const sha[PKG_NFILES], char out[DIGEST_HEX]);
/* "YYYY-MM-DD HH:MM" local time into buf (at least 17 bytes). */
char *format_received(time_t t, char *buf, size_t n);

#endif
