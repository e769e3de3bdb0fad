/*
 * msg — gettext set-up and the three message channels (info, warn, error).
 * See msg.h for how the language is chosen.
 */
#include "common/msg.h"
#include "common/util.h"

#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

int msg_quiet;

/* The last translations _() returned in this thread, newest at recent[(next - 1) % N]. */
enum { RECENT = 16 };
static _Thread_local struct {
	const char *text, *id;
} recent[RECENT];
static _Thread_local unsigned next_recent;

const char *msg_gettext(const char *msgid)
{
	const char *t = gettext(msgid);
	if (t != msgid) {
		recent[next_recent % RECENT].text = t;
		recent[next_recent % RECENT].id = msgid;
		next_recent++;
	}
	return t;
}

const char *msg_id_of(const char *text)
{
	for (unsigned k = 1; k <= RECENT && k <= next_recent; k++) {
		unsigned i = (next_recent - k) % RECENT;
		if (recent[i].text == text)
			return recent[i].id;
	}
	return text;
}
static char current[8] = "zh_CN";

int msg_language_known(const char *s)
{
	return s && (!strcmp(s, "zh_CN") || !strcmp(s, "en"));
}

/* "zh_CN.UTF-8", "zh", "en_US" ... → our language, or NULL when s names none. */
static const char *lang_of(const char *s)
{
	if (!s || !*s || !strcmp(s, "C") || !strncmp(s, "C.", 2) || !strcmp(s, "POSIX"))
		return NULL;
	if (!strncmp(s, "zh", 2))
		return "zh_CN";
	if (!strncmp(s, "en", 2))
		return "en";
	return NULL;
}

static const char *lang_from_env(void)
{
	const char *v = getenv("LANGUAGE");
	if (v && *v) {
		/* LANGUAGE is a colon-separated priority list. */
		char *copy = xstrdup(v), *save = NULL;
		const char *found = NULL;
		for (char *t = strtok_r(copy, ":", &save); t && !found; t = strtok_r(NULL, ":", &save))
			found = lang_of(t);
		free(copy);
		if (found)
			return found;
	}
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < ARRAY_SIZE(vars); i++) {
		v = getenv(vars[i]);
		if (v && *v)
			return lang_of(v); /* the first one set decides, as POSIX says */
	}
	return NULL;
}

/* The catalogues: $GONGKAI_LOCALEDIR, else locale/ beside the executable, else LOCALEDIR. */
static const char *locale_dir(void)
{
	static char dir[PATH_MAX];
	const char *env = getenv("GONGKAI_LOCALEDIR");
	if (env && *env)
		return env;
	ssize_t n = readlink("/proc/self/exe", dir, sizeof(dir) - 16);
	if (n > 0) {
		dir[n] = '\0';
		char *slash = strrchr(dir, '/');
		if (slash) {
			strcpy(slash + 1, "locale");
			struct stat st;
			if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
				return dir;
		}
	}
	return LOCALEDIR;
}

int msg_catalogue_found(const char *lang)
{
	if (!strcmp(lang, "en"))
		return 1; /* the message ids are English */
	char *mo = xasprintf("%s/%s/LC_MESSAGES/gongkai.mo", locale_dir(), lang);
	int ok = access(mo, R_OK) == 0;
	free(mo);
	return ok;
}

int msg_require_catalogue(const char *lang)
{
	if (msg_catalogue_found(lang))
		return 0;
	/* no catalogue, so no translation of this message either: both languages, written out here */
	fprintf(stderr,
		"错误：找不到中文消息目录 %s/%s/LC_MESSAGES/gongkai.mo；gongkai 不会改用英文输出。"
		"请用 make install 安装 gongkai，或用环境变量 GONGKAI_LOCALEDIR 指定消息目录所在的文件夹。\n"
		"error: the Chinese message catalogue %s/%s/LC_MESSAGES/gongkai.mo is not there; gongkai will not "
		"write English instead. Install gongkai with make install, or name the catalogues' folder in "
		"GONGKAI_LOCALEDIR.\n",
		locale_dir(), lang, locale_dir(), lang);
	return -1;
}

void msg_use_language(const char *lang)
{
	if (!msg_language_known(lang))
		lang = "zh_CN";
	snprintf(current, sizeof(current), "%s", lang);
	/* LANGUAGE takes precedence over the locale for catalogue lookup (GNU extension). */
	setenv("LANGUAGE", lang, 1);
	{
		extern int _nl_msg_cat_cntr; /* documented way to make gettext drop its cache */
		++_nl_msg_cat_cntr;
	}
}

const char *msg_language(void)
{
	return current;
}

int msg_init(const char *lang)
{
	if (lang && !msg_language_known(lang))
		return -1;
	const char *chosen = lang ? lang : lang_from_env();
	if (!chosen)
		chosen = "zh_CN";
	/* Only LC_MESSAGES and LC_CTYPE: LC_NUMERIC stays "C" so numbers parse the same everywhere. */
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "");
	const char *want = !strcmp(chosen, "zh_CN") ? "zh_CN.UTF-8" : "en_US.UTF-8";
	if (!setlocale(LC_MESSAGES, want) && !setlocale(LC_MESSAGES, "C.UTF-8"))
		setlocale(LC_MESSAGES, "");
	bindtextdomain("gongkai", locale_dir());
	bind_textdomain_codeset("gongkai", "UTF-8");
	textdomain("gongkai");
	msg_use_language(chosen);
	return 0;
}

static void vemit(const char *prefix, const char *fmt, va_list ap)
{
	if (prefix)
		fputs(prefix, stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void info(const char *fmt, ...)
{
	if (msg_quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	vemit(NULL, fmt, ap);
	va_end(ap);
}

void warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vemit(_("warning: "), fmt, ap);
	va_end(ap);
}

int error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vemit(_("error: "), fmt, ap);
	va_end(ap);
	return -1;
}
