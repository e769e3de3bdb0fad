/*
 * ini — see ini.h.  iniparser only loads from a path, so the decoded text is
 * handed to it through an anonymous memory file (memfd), never a temp file.
 * Before that, prescan() reads the lines itself: iniparser refuses a comment
 * after "[section]", takes a repeated key or section silently (the last
 * wins) and keys before any section, and its own messages name a memfd
 * path; so every such problem is found and worded here, with its line.
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

/* One line of the text, its end and the start of the next. */
static size_t line_end(const char *text, size_t len, size_t start)
{
	const char *nl = memchr(text + start, '\n', len - start);
	return nl ? (size_t)(nl - text) : len;
}

/* A line as the user wrote it, trimmed and shortened for a message (caller frees). */
static char *quoted(const char *s, size_t n)
{
	while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	if (n > 80) { /* at a character boundary */
		n = 80;
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		return xasprintf("%.*s…", (int)n, s);
	}
	return xstrndup(s, n);
}

struct seen {
	char *name; /* section, or "section:key", lower case */
	long line;
};

static long seen_line(const struct vec *v, const char *name)
{
	for (size_t i = 0; i < v->n; i++) {
		const struct seen *e = v->item[i];
		if (!strcmp(e->name, name))
			return e->line;
	}
	return 0;
}

static void seen_add(struct vec *v, const char *name, long line)
{
	struct seen *e = xmalloc(sizeof(*e));
	e->name = xstrdup(name);
	e->line = line;
	vec_push(v, e);
}

static void seen_free(void *p)
{
	struct seen *e = p;
	free(e->name);
	free(e);
}

static char *lower(const char *s, size_t n)
{
	char *r = xstrndup(s, n);
	for (char *p = r; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return r;
}

/*
 * Our own reading of the lines before iniparser sees them: every line is a
 * comment (; or #), blank, "[section]" (a comment may follow it), or
 * "key = value" inside a section; a section or a key in a section may
 * appear only once.  Each problem names its line and quotes it; the text
 * handed to iniparser has the comments after section headers removed (it
 * refuses them).  Returns the normalised text (caller frees) or NULL.
 */
static char *prescan(const char *text, size_t len, const char *display, struct diags *d)
{
	struct strbuf out = STRBUF_INIT;
	struct vec sections = VEC_INIT, keys = VEC_INIT;
	char *section = NULL;
	size_t before = d->errors;
	long line = 1;
	for (size_t start = 0; start <= len; line++) {
		size_t end = line_end(text, len, start);
		const char *s = text + start;
		size_t n = end - start;
		if (n && s[n - 1] == '\r')
			n--;
		size_t i = 0;
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == n || s[i] == ';' || s[i] == '#') {
			sb_add(&out, s, n);
		} else if (s[i] == '[') {
			const char *close = memchr(s + i, ']', n - i);
			size_t after = close ? (size_t)(close - s) + 1 : n;
			while (after < n && (s[after] == ' ' || s[after] == '\t'))
				after++;
			const char *name = s + i + 1;
			size_t nlen = close ? (size_t)(close - name) : 0;
			while (nlen && (*name == ' ' || *name == '\t')) {
				name++;
				nlen--;
			}
			while (nlen && (name[nlen - 1] == ' ' || name[nlen - 1] == '\t'))
				nlen--;
			if (!close || !nlen || (after < n && s[after] != ';' && s[after] != '#')) {
				/* its keys are not "before any section": the header is what is wrong */
				free(section);
				section = xstrdup("");
				char *q = quoted(s, n);
				diag_err(d, display, line, NULL,
					 _("cannot understand \"%s\"; a section is written [name], and only a comment starting with ; "
					   "may follow it"),
					 q);
				free(q);
			} else {
				free(section);
				section = lower(name, nlen);
				long first = seen_line(&sections, section);
				if (first)
					diag_err(d, display, line, NULL,
						 _("the section [%s] appears a second time (first on line %ld); put all its settings "
						   "under one [%s]"),
						 section, first, section);
				else
					seen_add(&sections, section, line);
				sb_addf(&out, "[%s]", section);
			}
		} else {
			const char *eq = memchr(s + i, '=', n - i);
			size_t klen = eq ? (size_t)(eq - (s + i)) : 0;
			while (klen && (s[i + klen - 1] == ' ' || s[i + klen - 1] == '\t'))
				klen--;
			if (!eq || !klen) {
				char *q = quoted(s, n);
				diag_err(d, display, line, NULL,
					 _("cannot understand \"%s\"; a line must be [section], key = value, or a comment starting "
					   "with ;"),
					 q);
				free(q);
			} else if (section && !*section) {
				/* under a header already reported */
			} else if (!section) {
				char *key = xstrndup(s + i, klen);
				diag_err(d, display, line, NULL,
					 _("the setting \"%s\" comes before any [section]; put it under the section it belongs to"),
					 key);
				free(key);
			} else {
				char *key = lower(s + i, klen);
				char *full = xasprintf("%s:%s", section, key);
				long first = seen_line(&keys, full);
				if (first)
					diag_err(d, display, line, NULL,
						 _("[%s] %s is set a second time (first on line %ld); keep one of the two lines"), section,
						 key, first);
				else
					seen_add(&keys, full, line);
				free(full);
				free(key);
			}
			sb_add(&out, s, n);
		}
		sb_addc(&out, '\n');
		if (end >= len)
			break;
		start = end + 1;
	}
	free(section);
	vec_release(&sections, seen_free);
	vec_release(&keys, seen_free);
	if (d->errors > before) {
		sb_release(&out);
		return NULL;
	}
	return sb_detach(&out);
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
	char *norm = prescan(text, len, display, d);
	if (!norm)
		return NULL;
	size_t nlen = strlen(norm);
	int fd = memfd_create("gongkai-ini", MFD_CLOEXEC);
	if (fd < 0 || write(fd, norm, nlen) != (ssize_t)nlen) {
		diag_err(d, display, 0, NULL, _("cannot read the file: %s"), "memfd");
		if (fd >= 0)
			close(fd);
		free(norm);
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
	if (!dict || errors[0]) {
		/* what our own reading let through and iniparser still refused: its line, quoted from the user's
		   text, never the library's message */
		long at = error_line(errors);
		size_t s0 = 0;
		for (long l = 1; l < at && s0 < len; l++)
			s0 = line_end(text, len, s0) + 1;
		char *q = at > 0 && s0 <= len ? quoted(text + s0, line_end(text, len, s0) - s0) : xstrdup("");
		diag_err(d, display, at, NULL,
			 _("cannot understand \"%s\"; a line must be [section], key = value, or a comment starting with ;"), q);
		free(q);
		free(errors);
		free(norm);
		if (dict)
			iniparser_freedict(dict);
		return NULL;
	}
	free(errors);
	free(norm);
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
