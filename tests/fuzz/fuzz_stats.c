/* fuzz_stats — the stats.csv reader (collect/stats_read.c) over csvin and libcsv. */
#include "collect/package.h"
#include "collect/readers.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct package p;
	memset(&p, 0, sizeof(p));
	p.code = xstrdup("fuzz");
	fuzz_text(&p.file[PKG_STATS], data, size);
	struct diags d = DIAGS_INIT;
	if (text_decode(&p.file[PKG_STATS], "stats.csv", &d) == 0)
		read_stats(&p, "stats.csv", &d);
	diag_clear(&d);
	package_release(&p);
	return 0;
}
