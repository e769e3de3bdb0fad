/*
 * msg — messages through GNU gettext, and the choice of language.
 *
 * Message ids are English; po/zh_CN/ holds the Chinese catalogue and the
 * English one is generated.  The CLI's language comes from --lang, else the
 * environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); when the environment
 * names no language we speak Chinese, the users' language.  The report may
 * switch language for its own text with msg_use_language().
 *
 * Catalogues: $GONGKAI_LOCALEDIR, else locale/ beside the executable (the
 * build tree), else LOCALEDIR compiled in by the Makefile ($(PREFIX)/share/
 * locale).  A binary that cannot find the catalogue of a language other
 * than English stops (msg_require_catalogue) rather than write English.
 *
 * Works on a machine whose only locales are C, C.UTF-8 and POSIX: when the
 * wanted locale is not installed we run LC_MESSAGES under C.UTF-8 and let
 * LANGUAGE pick the catalogue, which glibc honours for C.UTF-8.
 */
#ifndef GK_MSG_H
#define GK_MSG_H

#include <libintl.h>

/*
 * _() is gettext() that also remembers, per thread, the last few
 * translations it handed out with their message ids.  That lets
 * diag_add() (common/diag.c) keep a problem as its message id and values
 * while its callers go on writing diag_err(d, file, line, col, _("..."), ...):
 * msg_id_of() turns the translated format back into the id.
 */
const char *msg_gettext(const char *msgid) __attribute__((format_arg(1)));
#define _(s) msg_gettext(s)
#define N_(s) (s)

/* The message id of text when text is a translation _() returned lately in this thread; else text itself. */
const char *msg_id_of(const char *text);

/* Set up gettext; lang is "zh_CN", "en" or NULL for the environment. 0, or -1 for an unknown language. */
int msg_init(const char *lang);
/* Switch the language of later gettext() calls ("zh_CN" or "en"). */
void msg_use_language(const char *lang);
/* The language now in use: "zh_CN" or "en". */
const char *msg_language(void);
/* Is the catalogue of lang installed where gettext will look (always, for "en")? */
int msg_catalogue_found(const char *lang);
/* 0, or -1 after printing (in both languages: there is no catalogue) that lang's catalogue is missing. */
int msg_require_catalogue(const char *lang);
/* Is s a language we have a catalogue for? */
int msg_language_known(const char *s);

/* Quiet flag (-q): suppresses informational output, never errors. */
extern int msg_quiet;
void info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
