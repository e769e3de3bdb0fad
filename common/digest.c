/* digest — SHA-256 through nettle; see digest.h. */
#include "common/digest.h"

#include <nettle/sha2.h>
#include <stdio.h>

void sha256_hex(const void *data, size_t len, char out[DIGEST_HEX])
{
	struct sha256_ctx ctx;
	unsigned char d[SHA256_DIGEST_SIZE];
	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
	sha256_digest(&ctx, sizeof(d), d);
	for (size_t i = 0; i < sizeof(d); i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}
