/* fuzz_docx — the Word summary reader (collect/docx_read.c, collect/ooxml.c) over common/zipin.c (libzip) and common/xmlin.c (expat): the input is a package's .docx. */
#include "collect/package.h"
#include "collect/readers.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct package p;
	memset(&p, 0, sizeof(p));
	p.code = xstrdup("czj");
	p.form = PKG_FORM_WORKBOOK;
	p.file_name[PKG_SUMMARY] = xstrdup("年度工作总结.docx");
	fuzz_text(&p.file[PKG_SUMMARY], data, size);
	struct diags d = DIAGS_INIT;
	read_docx(&p, "czj/年度工作总结.docx", &d);
	if (d.errors == 0 && !p.summary)
		abort(); /* a document read without a problem has its text */
	diag_clear(&d);
	package_release(&p);
	return 0;
}
