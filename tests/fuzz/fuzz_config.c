/* fuzz_config — config.ini (common/config.c over common/ini.c and iniparser) with the rubric (common/rubric.c). */
#include "common/config.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	struct config c;
	struct diags d = DIAGS_INIT;
	(void)config_load(&c, path, &d);
	diag_clear(&d);
	config_release(&c);
	return 0;
}
