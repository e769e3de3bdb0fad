/*
 * fuzz_package — a whole package as check sees it without a config
 * (collect/package.c: submission.ini and summary.txt checks, then the two
 * CSV readers).  The input is the four files in package_file_names order,
 * separated by NUL bytes (a NUL is never part of a text file).
 */
#include "collect/package.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct package p;
	memset(&p, 0, sizeof(p));
	p.code = xstrdup("z-a");
	const uint8_t *at = data, *end = data + size;
	for (int i = 0; i < PKG_NFILES; i++) {
		const uint8_t *nul = i < PKG_NFILES - 1 ? memchr(at, '\0', (size_t)(end - at)) : NULL;
		const uint8_t *stop = nul ? nul : end;
		fuzz_text(&p.file[i], at, (size_t)(stop - at));
		at = nul ? nul + 1 : end;
	}
	struct diags d = DIAGS_INIT;
	d.max_items = 100; /* as collect bounds a package's problems */
	d.max_bytes = 64 << 10;
	(void)package_validate(&p, "z-a", NULL, NULL, &d);
	struct strbuf sb = STRBUF_INIT;
	diag_format(&d, &sb);
	if (sb.len > (64 << 10) + 4096)
		abort(); /* the stored messages stay bounded */
	sb_release(&sb);
	diag_clear(&d);
	package_release(&p);
	return 0;
}
