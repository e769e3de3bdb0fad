/*
 * config — loading config.ini into struct config; see config.h.
 */
#include "common/config.h"
#include "common/ini.h"
#include "common/msg.h"
#include "common/codes.h"
#include "common/parse.h"
#include "common/textin.h"
#include "common/util.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>

struct loader {
	struct ini *ini;
	const char *display;
	struct diags *d;
};

static char *col_name(const char *sec, const char *key)
{
	return xasprintf("[%s] %s", sec, key);
}

/* A required or optional string, trimmed; NULL when absent and optional. */
static char *get_str(struct loader *l, const char *sec, const char *key, const char *def)
{
	const char *v = ini_get(l->ini, sec, key);
	if (!v || !*v) {
		if (def)
			return xstrdup(def);
		char *col = col_name(sec, key);
		diag_err(l->d, l->display, 0, col, _("this setting is required"));
		free(col);
		return NULL;
	}
	char *s = xstrdup(v);
	char *t = trim(s);
	memmove(s, t, strlen(t) + 1);
	return s;
}

static int get_date(struct loader *l, const char *sec, const char *key, day_t *out)
{
	char *v = get_str(l, sec, key, NULL);
	if (!v)
		return -1;
	int rc = 0;
	if (parse_date(v, out) != PARSE_OK) {
		char *col = col_name(sec, key);
		diag_err(l->d, l->display, 0, col, _("\"%s\" is not a date; write it as 2015-11-20"), v);
		free(col);
		rc = -1;
	}
	free(v);
	return rc;
}

static int cmp_day(const void *a, const void *b)
{
	day_t x = *(const day_t *)a, y = *(const day_t *)b;
	return (x > y) - (x < y);
}

/* "d, a..b, …" into a sorted array of days. */
static void get_days(struct loader *l, const char *sec, const char *key, day_t **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	const char *v = ini_get(l->ini, sec, key);
	if (!v)
		return;
	struct strlist items = { NULL, 0 };
	strlist_split(&items, v);
	for (size_t i = 0; i < items.n; i++) {
		char *item = items.s[i];
		char *dots = strstr(item, "..");
		day_t a, b;
		int ok;
		if (dots) {
			*dots = '\0';
			ok = parse_date(item, &a) == PARSE_OK && parse_date(dots + 2, &b) == PARSE_OK && a <= b;
			*dots = '.';
		} else {
			ok = parse_date(item, &a) == PARSE_OK;
			b = a;
		}
		if (!ok || b - a > 366) {
			char *col = col_name(sec, key);
			diag_err(l->d, l->display, 0, col,
				 _("\"%s\" is not a date or a range of dates; write 2015-10-01 or 2015-10-01..2015-10-07"), item);
			free(col);
			continue;
		}
		for (day_t x = a; x <= b; x++) {
			*out = xrealloc(*out, (*n + 1) * sizeof(day_t));
			(*out)[(*n)++] = x;
		}
	}
	strlist_release(&items);
	if (*n)
		qsort(*out, *n, sizeof(day_t), cmp_day);
}

void limits_default(struct limits *l)
{
	l->file_bytes = 64LL << 20;
	l->problems = 100;
	l->message_bytes = 64 << 10;
	l->lock_wait = 60;
}

/* A whole number in [lo, hi] or the default; an error names the range. */
static long long get_bounded(struct loader *l, const char *sec, const char *key, long long def, long long lo,
			     long long hi)
{
	const char *v = ini_get(l->ini, sec, key);
	if (!v)
		return def;
	long long x;
	if (parse_count(v, &x) != PARSE_OK || x < lo || x > hi) {
		char *col = col_name(sec, key);
		diag_err(l->d, l->display, 0, col, _("\"%s\" is not a whole number from %lld to %lld"), v, lo, hi);
		free(col);
		return def;
	}
	return x;
}

static void get_limits(struct loader *l, struct limits *lim)
{
	limits_default(lim);
	lim->file_bytes = get_bounded(l, "limits", "file_mib", lim->file_bytes >> 20, 1, LIMITS_MAX_FILE_MIB) << 20;
	lim->problems = (size_t)get_bounded(l, "limits", "problems", (long long)lim->problems, 1, 100000);
	lim->message_bytes = (size_t)get_bounded(l, "limits", "message_kib", (long long)(lim->message_bytes >> 10), 1,
						 1 << 20) << 10;
	lim->lock_wait = (int)get_bounded(l, "limits", "lock_wait", lim->lock_wait, 0, 86400);
}

static char *get_path(struct loader *l, const char *dir, const char *sec, const char *key, const char *def)
{
	char *v = get_str(l, sec, key, def);
	if (!v)
		return NULL;
	char *p = path_join(dir, v);
	free(v);
	return p;
}

int config_load(struct config *c, const char *path, struct diags *d)
{
	memset(c, 0, sizeof(*c));
	limits_default(&c->limits);
	c->path = xstrdup(path);
	char *tmp = xstrdup(path);
	c->dir = xstrdup(dirname(tmp));
	free(tmp);

	struct text t;
	if (text_load(path, path, &t, d) < 0)
		return -1;
	struct ini *ini = ini_parse(t.utf8, t.len, path, d);
	text_release(&t);
	if (!ini)
		return -1;
	size_t before = d->errors;
	struct loader l = { ini, path, d };

	c->district = get_str(&l, "district", "name", NULL);
	c->office = get_str(&l, "district", "office", NULL);
	char *year = get_str(&l, "district", "year", NULL);
	long long y = 0;
	if (year && (parse_count(year, &y) != PARSE_OK || y < 1990 || y > 2100))
		diag_err(d, path, 0, "[district] year", _("\"%s\" is not a year such as 2015"), year);
	c->year = (int)y;
	free(year);

	c->roster = get_path(&l, c->dir, "paths", "roster", NULL);
	c->inbox = get_path(&l, c->dir, "paths", "inbox", NULL);
	c->findings = get_path(&l, c->dir, "paths", "findings", "findings.csv");
	const char *baseline = ini_get(l.ini, "paths", "baseline"); /* optional, no default (years.md) */
	c->baseline = baseline && *baseline ? get_path(&l, c->dir, "paths", "baseline", "") : NULL;
	c->database = get_path(&l, c->dir, "paths", "database", NULL);
	c->report = get_path(&l, c->dir, "paths", "report", "report.pdf");
	c->export_csv = get_path(&l, c->dir, "paths", "export", "scores.csv");
	c->objections = get_path(&l, c->dir, "paths", "objections", "objections.csv");
	c->notices = get_path(&l, c->dir, "paths", "notices", "notices");
	const char *nv = ini_get(ini, "paths", "narrative"); /* optional: no key or an empty value, no folder */
	c->narrative = nv && *nv ? get_path(&l, c->dir, "paths", "narrative", NULL) : NULL;

	get_date(&l, "collect", "deadline", &c->deadline);
	c->resend_by = c->deadline + 5;
	c->objections_until = c->deadline + 15;
	if (ini_get(l.ini, "review", "resend_by"))
		get_date(&l, "review", "resend_by", &c->resend_by);
	if (ini_get(l.ini, "review", "objections_until"))
		get_date(&l, "review", "objections_until", &c->objections_until);
	get_days(&l, "calendar", "holidays", &c->cal.holidays, &c->cal.nholidays);
	get_days(&l, "calendar", "workdays", &c->cal.workdays, &c->cal.nworkdays);

	c->language = get_str(&l, "report", "language", "zh_CN");
	if (c->language && !msg_language_known(c->language))
		diag_err(d, path, 0, "[report] language", _("\"%s\" is not a report language; use zh_CN or en"), c->language);
	c->font_body = get_str(&l, "report", "font_body", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
	c->font_heading = get_str(&l, "report", "font_heading", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
	c->font_fallback = get_str(&l, "report", "font_fallback", "/usr/share/fonts/truetype/arphic/uming.ttc");
	/* optional: the opening leaves out the sentence of a key not given */
	const char *pv = ini_get(ini, "report", "published_at"), *cv = ini_get(ini, "report", "contact");
	c->published_at = pv && *pv ? get_str(&l, "report", "published_at", NULL) : NULL;
	c->contact = cv && *cv ? get_str(&l, "report", "contact", NULL) : NULL;

	get_limits(&l, &c->limits);
	/* scorecards in one file up to this many units, else volumes of this many (report/volumes.c) */
	c->cards_per_volume = get_bounded(&l, "report", "cards_per_volume", 2000, 1, 1000000);

	rubric_load(&c->rubric, ini, path, d);
	for (size_t i = 0; i < c->rubric.required.n; i++)
		if (!category_find(c->rubric.required.s[i]))
			diag_err(d, path, 0, "[rubric] required", _("\"%s\" is not a category code (see the catalogue categories)"),
				 c->rubric.required.s[i]);
	if (c->rubric.c13_duty && !category_find(c->rubric.c13_duty))
		diag_err(d, path, 0, "[c13] duty", _("\"%s\" is not a category code (see the catalogue categories)"),
			 c->rubric.c13_duty);

	ini_report_unknown(ini, d);
	ini_free(ini);
	return d->errors > before ? -1 : 0;
}

void config_release(struct config *c)
{
	free(c->path);
	free(c->dir);
	free(c->district);
	free(c->office);
	free(c->roster);
	free(c->inbox);
	free(c->findings);
	free(c->baseline);
	free(c->database);
	free(c->report);
	free(c->export_csv);
	free(c->objections);
	free(c->notices);
	free(c->language);
	free(c->font_body);
	free(c->font_heading);
	free(c->font_fallback);
	free(c->narrative);
	free(c->published_at);
	free(c->contact);
	calendar_release(&c->cal);
	rubric_release(&c->rubric);
	memset(c, 0, sizeof(*c));
}
