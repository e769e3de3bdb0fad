/* fuzz_findings — the evaluators' findings.csv (score/findings.c). */
#include "score/findings.h"
#include "tests/fuzz/fuzz.h"

/* The sample district's codes count as roster units, so rows get past the unit check. */
static int known(const char *code, void *ctx)
{
	(void)ctx;
	static const char *const codes[] = { "czj", "sfj", "z-a", "jd-b", "jd-cd", "fgj" };
	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (!strcmp(code, codes[i]))
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	struct findings fs;
	memset(&fs, 0, sizeof(fs));
	struct diags d = DIAGS_INIT;
	(void)findings_load(&fs, path, "findings.csv", known, NULL, &d);
	diag_clear(&d);
	findings_release(&fs);
	return 0;
}
