/*
 * ini — see ini.h.  iniparser only loads from a path, so the decoded text is
 * handed to it through an anonymous memory file (memfd), never a temp file.
 */
#include "common/ini.h"
#include "common/msg.h"
#include "common/util.h"

#include <iniparser.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct ini {
	dictionary *dict;
	char *display;
	struct vec used; /* "section:key" strings asked for */
};

/* iniparser reports through one global callback: one parse at a time
 * (collect reads packages in several threads). */
static pthread_mutex_t parse_lock = PTHREAD_MUTEX_INITIALIZER;
static struct strbuf parse_errors = STRBUF_INIT; /* guarded by parse_lock */

static int capture_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&parse_errors, fmt, ap);
	va_end(ap);
	return 0;
}

/* iniparser says "iniparser: syntax error in FILE (LINE):\n-> TEXT\n"; pick the line. */
static long error_line(const char *msg)
{
	const char *p = strrchr(msg, '(');
	return p ? strtol(p + 1, NULL, 10) : 0;
}

struct ini *ini_parse(const char *text, size_t len, const char *display, struct diags *d)
{
	long line = 1;
	size_t start = 0;
	int bad = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || text[i] == '\n') {
			if (i - start >= 1000) {
				diag_err(d, display, line, NULL, _("the line is too long (%zu bytes); keep lines under 1000 bytes"),
					 i - start);
				bad = 1;
			}
			line++;
			start = i + 1;
		}
	}
	if (bad)
		return NULL;
	int fd = memfd_create("gongkai-ini", MFD_CLOEXEC);
	if (fd < 0 || write(fd, text, len) != (ssize_t)len) {
		diag_err(d, display, 0, NULL, _("cannot read the file: %s"), "memfd");
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	char path[64];
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	pthread_mutex_lock(&parse_lock);
	sb_reset(&parse_errors);
	iniparser_set_error_callback(capture_error);
	dictionary *dict = iniparser_load(path);
	iniparser_set_error_callback(NULL);
	char *errors = xstrdup(sb_str(&parse_errors));
	sb_release(&parse_errors);
	pthread_mutex_unlock(&parse_lock);
	close(fd);
	if (!dict) {
		const char *msg = errors;
		const char *arrow = strstr(msg, "-> ");
		char *shown = xstrdup(arrow ? arrow + 3 : "");
		diag_err(d, display, error_line(msg), NULL,
			 _("cannot understand \"%s\"; a line must be [section], key = value, or a comment starting with ;"),
			 trim(shown));
		free(shown);
		free(errors);
		return NULL;
	}
	free(errors);
	struct ini *ini = xcalloc(1, sizeof(*ini));
	ini->dict = dict;
	ini->display = xstrdup(display);
	return ini;
}

const char *ini_get(struct ini *ini, const char *section, const char *key)
{
	char *full = xasprintf("%s:%s", section, key);
	const char *v = iniparser_getstring(ini->dict, full, NULL);
	vec_push(&ini->used, full);
	return v;
}

int ini_has_section(struct ini *ini, const char *section)
{
	return iniparser_find_entry(ini->dict, section);
}

static int was_used(struct ini *ini, const char *full)
{
	for (size_t i = 0; i < ini->used.n; i++)
		if (!strcmp(ini->used.item[i], full))
			return 1;
	return 0;
}

int ini_report_unknown(struct ini *ini, struct diags *d)
{
	int count = 0;
	int nsec = iniparser_getnsec(ini->dict);
	for (int s = 0; s < nsec; s++) {
		const char *sec = iniparser_getsecname(ini->dict, s);
		int nkeys = iniparser_getsecnkeys(ini->dict, sec);
		if (nkeys <= 0)
			continue;
		const char **keys = xcalloc((size_t)nkeys, sizeof(char *));
		iniparser_getseckeys(ini->dict, sec, keys);
		for (int k = 0; k < nkeys; k++) {
			if (was_used(ini, keys[k]))
				continue;
			const char *colon = strchr(keys[k], ':');
			char *col = xasprintf("[%s] %s", sec, colon ? colon + 1 : keys[k]);
			diag_err(d, ini->display, 0, col, _("unknown setting; check its spelling against the documented keys"));
			free(col);
			count++;
		}
		free(keys);
	}
	return count;
}

void ini_free(struct ini *ini)
{
	if (!ini)
		return;
	iniparser_freedict(ini->dict);
	free(ini->display);
	vec_release(&ini->used, free);
	free(ini);
}
