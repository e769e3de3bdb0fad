/*
 * fuzz_workbook — libFuzzer target for the workbook reader
 * (collect/workbook_read.c over common/zipin.c and common/xmlin.c): the
 * input is the bytes of a package's .xlsx, read exactly as collect reads
 * it.  Any crash, leak, overflow or undefined behaviour is a bug; problems
 * in the input must only ever become diags.
 *
 *   make fuzz-workbook   (builds with clang -fsanitize=fuzzer,address,undefined and runs on corpus_workbook/)
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
	p.file_name[PKG_STATS] = xstrdup("报送表.xlsx");
	p.file[PKG_STATS].raw = xmalloc(size + 1);
	memcpy(p.file[PKG_STATS].raw, data, size);
	p.file[PKG_STATS].raw[size] = '\0';
	p.file[PKG_STATS].raw_len = size;
	struct diags d = DIAGS_INIT;
	read_workbook(&p, "czj/报送表.xlsx", NULL, &d);
	diag_clear(&d);
	package_release(&p);
	return 0;
}
