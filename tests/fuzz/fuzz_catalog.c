/* fuzz_catalog — the catalog.csv reader (collect/catalog_read.c) over csvin and libcsv. */
#include "collect/package.h"
#include "collect/readers.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct package p;
	memset(&p, 0, sizeof(p));
	p.code = xstrdup("fuzz");
	fuzz_text(&p.file[PKG_CATALOG], data, size);
	struct diags d = DIAGS_INIT;
	if (text_decode(&p.file[PKG_CATALOG], "catalog.csv", &d) == 0)
		read_catalog(&p, "catalog.csv", &d);
	for (size_t i = 0; i < p.nrows; i++) /* every kept row's texts are readable */
		(void)strlen(row_text(&p, p.rows[i].title));
	diag_clear(&d);
	package_release(&p);
	return 0;
}
