/* fuzz_parse — counts, amounts and dates as clerks type them (common/parse.c). */
#include "common/parse.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	long long v;
	day_t day;
	if (parse_count(s, &v) == PARSE_OK && v < 0)
		abort();
	if (parse_hundredths(s, &v) == PARSE_OK && v < 0)
		abort();
	(void)parse_date(s, &day);
	free(normalize_number(s));
	free(s);
	return 0;
}
