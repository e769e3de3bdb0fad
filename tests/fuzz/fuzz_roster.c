/* fuzz_roster — units.csv (common/roster.c). */
#include "common/roster.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	struct roster r;
	struct diags d = DIAGS_INIT;
	if (roster_load(&r, path, &d) == 0)
		for (size_t i = 0; i < r.n; i++)
			if (roster_find(&r, r.u[i].code) < 0)
				abort(); /* every loaded unit is found by its code */
	diag_clear(&d);
	roster_release(&r);
	return 0;
}
