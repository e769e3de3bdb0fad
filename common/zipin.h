/*
 * zipin — reading parts of a ZIP archive held in memory (an .xlsx or .docx),
 * on top of libzip.  The only file that includes <zip.h>.
 *
 * libzip trusts the sizes an archive declares, so a part is streamed in
 * chunks and counted: reading stops with ZIPIN_TOO_LARGE as soon as the
 * count passes the part's declared size or the caller's cap, whatever the
 * archive says (a ZIP bomb costs at most the cap in time, one chunk in
 * memory).  Archives holding two entries of the same name, encrypted
 * entries, and OLE compound files (old .xls/.doc, or an Office file
 * encrypted with a password) are refused.  Part names are looked up without
 * regard to case, with or without a leading '/', as OPC says.
 */
#ifndef GK_ZIPIN_H
#define GK_ZIPIN_H

#include <stddef.h>

enum zipin_error {
	ZIPIN_OK = 0,
	ZIPIN_NOT_ZIP,   /* not a ZIP archive at all (empty, text, …) */
	ZIPIN_OLE,       /* an OLE compound file: old binary Office file or a password-encrypted one */
	ZIPIN_DAMAGED,   /* truncated or inconsistent archive, bad CRC, bad compressed data */
	ZIPIN_DUPLICATE, /* two entries with the same name */
	ZIPIN_ENCRYPTED, /* an entry needs a password */
	ZIPIN_MISSING,   /* no such part */
	ZIPIN_TOO_LARGE, /* a part expands beyond its declared size or the cap */
	ZIPIN_STOPPED,   /* the caller's chunk function asked to stop */
};

struct zipin;

/* Open the archive in data[0..len) (which must outlive it). NULL with *err set on failure. */
struct zipin *zipin_open(const void *data, size_t len, enum zipin_error *err);
void zipin_close(struct zipin *z);

/* Does the archive hold the part `name`? */
int zipin_has(struct zipin *z, const char *name);

/* Called with each chunk of a part, in order; return non-zero to stop. */
typedef int (*zipin_chunk_fn)(const char *buf, size_t len, void *ctx);

/*
 * Stream the part `name` through fn, at most `cap` bytes.  fn is called
 * once more with len 0 at a clean end (after the CRC was checked).
 */
enum zipin_error zipin_stream(struct zipin *z, const char *name, size_t cap, zipin_chunk_fn fn, void *ctx);

#endif
