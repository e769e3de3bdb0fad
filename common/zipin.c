/*
 * zipin — see zipin.h.  libzip 1.7.3 (Debian 12): zip_fread delivers
 * whatever the compressed data expands to regardless of the declared size,
 * and checks the CRC only at the end of the data; both are handled here.
 */
#include "common/zipin.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

enum { CHUNK = 64 * 1024, MAX_ENTRIES = 10000 };

struct zipin {
	zip_t *za;
};

static enum zipin_error from_libzip(int code)
{
	switch (code) {
	case ZIP_ER_NOZIP: return ZIPIN_NOT_ZIP;
	case ZIP_ER_EXISTS: return ZIPIN_DUPLICATE;
	case ZIP_ER_NOPASSWD:
	case ZIP_ER_WRONGPASSWD:
	case ZIP_ER_ENCRNOTSUPP: return ZIPIN_ENCRYPTED;
	case ZIP_ER_NOENT: return ZIPIN_MISSING;
	default: return ZIPIN_DAMAGED;
	}
}

struct zipin *zipin_open(const void *data, size_t len, enum zipin_error *err)
{
	static const unsigned char ole[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
	if (len >= sizeof(ole) && !memcmp(data, ole, sizeof(ole))) {
		*err = ZIPIN_OLE;
		return NULL;
	}
	if (len < 22) { /* shorter than an end-of-central-directory record: libzip says the same, less clearly */
		*err = ZIPIN_NOT_ZIP;
		return NULL;
	}
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	if (!src) {
		zip_error_fini(&ze);
		*err = ZIPIN_DAMAGED;
		return NULL;
	}
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	if (!za) {
		int code = zip_error_code_zip(&ze);
		zip_source_free(src);
		zip_error_fini(&ze);
		/* a truncated archive with a ZIP signature is damaged, not "not a ZIP" */
		*err = code == ZIP_ER_NOZIP && !memcmp(data, "PK\3\4", 4) ? ZIPIN_DAMAGED : from_libzip(code);
		return NULL;
	}
	zip_error_fini(&ze);
	if (zip_get_num_entries(za, 0) > MAX_ENTRIES) {
		zip_discard(za);
		*err = ZIPIN_DAMAGED;
		return NULL;
	}
	struct zipin *z = xcalloc(1, sizeof(*z));
	z->za = za;
	*err = ZIPIN_OK;
	return z;
}

void zipin_close(struct zipin *z)
{
	if (!z)
		return;
	zip_discard(z->za);
	free(z);
}

static zip_int64_t locate(struct zipin *z, const char *name)
{
	while (*name == '/')
		name++;
	return zip_name_locate(z->za, name, ZIP_FL_NOCASE | ZIP_FL_ENC_RAW);
}

int zipin_has(struct zipin *z, const char *name)
{
	return locate(z, name) >= 0;
}

enum zipin_error zipin_stream(struct zipin *z, const char *name, size_t cap, zipin_chunk_fn fn, void *ctx)
{
	zip_int64_t idx = locate(z, name);
	if (idx < 0)
		return ZIPIN_MISSING;
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) < 0)
		return ZIPIN_DAMAGED;
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
		return ZIPIN_ENCRYPTED;
	zip_uint64_t limit = cap;
	if ((st.valid & ZIP_STAT_SIZE) && st.size < limit)
		limit = st.size;
	if ((st.valid & ZIP_STAT_SIZE) && st.size > cap)
		return ZIPIN_TOO_LARGE;
	zip_file_t *f = zip_fopen_index(z->za, (zip_uint64_t)idx, 0);
	if (!f)
		return from_libzip(zip_error_code_zip(zip_get_error(z->za)));
	char *buf = xmalloc(CHUNK);
	zip_uint64_t total = 0;
	enum zipin_error rc = ZIPIN_OK;
	for (;;) {
		zip_int64_t n = zip_fread(f, buf, CHUNK);
		if (n < 0) {
			rc = from_libzip(zip_error_code_zip(zip_file_get_error(f)));
			if (rc == ZIPIN_MISSING || rc == ZIPIN_NOT_ZIP)
				rc = ZIPIN_DAMAGED;
			break;
		}
		if (n == 0) {
			if (fn("", 0, ctx))
				rc = ZIPIN_STOPPED;
			break;
		}
		total += (zip_uint64_t)n;
		if (total > limit) { /* more than declared, or than the cap: stop before handing it on */
			rc = ZIPIN_TOO_LARGE;
			break;
		}
		if (fn(buf, (size_t)n, ctx)) {
			rc = ZIPIN_STOPPED;
			break;
		}
	}
	free(buf);
	zip_fclose(f);
	return rc;
}
