/*
 * fuzz_docx — libFuzzer target for the Word summary reader
 * (collect/docx_read.c over common/zipin.c and common/xmlin.c): the
 * input is the bytes of a package's .docx, read exactly as collect reads
 * it.  Any crash, leak, overflow or undefined behaviour is a bug; problems
 * in the input must only ever become diags.
 *
 *   make fuzz-docx   (builds with clang -fsanitize=fuzzer,address,undefined and runs on corpus_docx/)
 */
#include "collect/package.h"
#include "collect/readers.h"
#include "common/diag.h"
#include "common/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct package p;
	memset(&p, 0, sizeof(p));
	p.code = xstrdup("czj");
	p.form = PKG_FORM_WORKBOOK;
	p.file_name[PKG_SUMMARY] = xstrdup("年度工作总结.docx");
	p.file[PKG_SUMMARY].raw = xmalloc(size + 1);
	memcpy(p.file[PKG_SUMMARY].raw, data, size);
	p.file[PKG_SUMMARY].raw[size] = '\0';
	p.file[PKG_SUMMARY].raw_len = size;
	struct diags d = DIAGS_INIT;
	read_docx(&p, "czj/年度工作总结.docx", &d);
	diag_clear(&d);
	package_release(&p);
	return 0;
}
