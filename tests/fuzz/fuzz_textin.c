/* fuzz_textin — the text decoder (common/textin.c): UTF-8, BOM, GB18030, NUL bytes, bad bytes. */
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct text t;
	fuzz_text(&t, data, size);
	struct diags d = DIAGS_INIT;
	if (text_decode(&t, "fuzz.csv", &d) == 0) {
		if (utf8_valid_prefix(t.utf8, t.len) != t.len || t.utf8[t.len] != '\0')
			abort(); /* decoded text is always valid, NUL-terminated UTF-8 */
		(void)utf8_len(t.utf8);
	} else if (d.errors == 0) {
		abort(); /* a failure always says why */
	}
	diag_clear(&d);
	text_release(&t);
	return 0;
}
