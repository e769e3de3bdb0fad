/* fuzz_workbook — the workbook reader (collect/workbook_read.c, collect/ooxml.c) over common/zipin.c (libzip) and common/xmlin.c (expat): the input is a package's .xlsx. */
#include "collect/package.h"
#include "collect/readers.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct package p;
	memset(&p, 0, sizeof(p));
	p.code = xstrdup("czj");
	p.form = PKG_FORM_WORKBOOK;
	p.file_name[PKG_STATS] = xstrdup("报送表.xlsx");
	fuzz_text(&p.file[PKG_STATS], data, size);
	struct diags d = DIAGS_INIT;
	read_workbook(&p, "czj/报送表.xlsx", NULL, &d);
	if (!p.stats || !p.stats_json.len || !p.contact || !p.phone)
		abort(); /* read_workbook() always leaves a complete (if empty) package */
	diag_clear(&d);
	package_release(&p);
	return 0;
}
