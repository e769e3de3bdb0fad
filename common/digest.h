/* digest — SHA-256 (nettle) as lower-case hex. */
#ifndef GK_DIGEST_H
#define GK_DIGEST_H

#include <stddef.h>

#define DIGEST_HEX 65 /* 64 hex digits and NUL */

void sha256_hex(const void *data, size_t len, char out[DIGEST_HEX]);

#endif
