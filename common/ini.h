/*
 * ini — iniparser adapter for config.ini and submission.ini.
 *
 * iniparser 4.1 gives up on a byte-order mark, on lines of 1,024 bytes or
 * more and on any syntax error, and reports through a global callback.  This
 * adapter takes already-decoded UTF-8 text (textin.h strips the BOM and
 * converts GB18030), checks line lengths and the lines' syntax itself (a
 * comment may follow "[section]"; a section or a key appearing twice, a key
 * before any section, a line that is none of these: each an error naming
 * FILE:LINE and quoting the line, never the library's text), and remembers
 * which keys were read so that a key the program does not know can be
 * reported with its section.
 *
 * Values are returned as strings; parse them with parse.h, never with
 * iniparser's getint/getdouble (octal "010", locale-dependent atof).
 */
#ifndef GK_INI_H
#define GK_INI_H

#include "common/diag.h"

struct ini;

/* Parse decoded text; NULL (with a diag) on a syntax error. */
struct ini *ini_parse(const char *text, size_t len, const char *display, struct diags *d);
/* Value of [section] key, or NULL; marks the key as known. Names are lower case. */
const char *ini_get(struct ini *ini, const char *section, const char *key);
/* Has the file got this section at all? */
int ini_has_section(struct ini *ini, const char *section);
/* One diag per key that no ini_get asked for. Returns how many. */
int ini_report_unknown(struct ini *ini, struct diags *d);
void ini_free(struct ini *ini);

#endif
