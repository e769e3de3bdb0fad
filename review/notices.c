/*
 * notices — `gongkai notices [-o DIR] [--txt]`: the letters the office sends
 * to units (review.md, "Notices"), one per roster unit that needs one:
 *
 *   returned  退回通知  the newest attempt was rejected and nothing was accepted
 *                       since: every problem (file, place, what is wrong and
 *                       what would be right) and the date to send again by
 *   reminder  催报通知  nothing ever received: the deadline and what to send
 *   preview   预审意见  accepted and scored: every deduction in the
 *                       scorecard's words, or that none was found, and the
 *                       date objections are due
 *
 * Each letter is built once as data (struct letter: title, salutation,
 * paragraphs, numbered items, signature, date) and written twice: as a PDF
 * in the report's 公文 look through report/'s PDF adapter, and with --txt as
 * UTF-8 text.  index.csv (UTF-8 with BOM: code,name,kind,file,email) lists
 * them for a mail merge.  Letters are in [report] language, addressed by
 * name, signed by the office and dated from the data, never the clock
 * (returned: the day the rejected package was received; reminder: the
 * deadline; preview: the later of the deadline and the newest package), so
 * the same archive gives the same bytes on every run.
 */
#include "review/review.h"
#include "common/date.h"
#include "common/archive.h"
#include "common/db.h"
#include "common/lock.h"
#include "common/msg.h"
#include "common/outpath.h"
#include "common/rejection.h"
#include "common/roster.h"
#include "common/util.h"
#include "report/layout.h"
#include "report/pdf.h"
#include "review/preview.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct letter {
	const char *kind;   /* returned, reminder, preview */
	char *title;
	char *salutation;
	struct vec paras;   /* char *: body paragraphs before the items */
	struct vec items;   /* char *: numbered items */
	struct vec after;   /* char *: paragraphs after the items */
	day_t date;
};

static void letter_release(struct letter *l)
{
	free(l->title);
	free(l->salutation);
	vec_release(&l->paras, free);
	vec_release(&l->items, free);
	vec_release(&l->after, free);
	memset(l, 0, sizeof(*l));
}

static char *date_words(day_t day, char *buf)
{
	int y, m, d;
	ymd_from_day(day, &y, &m, &d);
	if (!strcmp(msg_language(), "en")) {
		static const char *months[] = { "January", "February", "March", "April", "May", "June", "July",
						"August", "September", "October", "November", "December" };
		snprintf(buf, 48, "%d %s %d", d, months[m - 1], y);
	} else {
		snprintf(buf, 48, "%d年%d月%d日", y, m, d);
	}
	return buf;
}

static day_t day_of_time(long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	localtime_r(&tt, &tm);
	day_t d = 0;
	day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &d);
	return d;
}

/* The file as the unit knows it: the part after "<code>/" of the stored path. */
static const char *package_file(const char *file, const char *code)
{
	size_t n = strlen(code);
	for (const char *p = file; (p = strstr(p, code)); p++)
		if ((p == file || p[-1] == '/') && p[n] == '/' && p[n + 1])
			return p + n + 1;
	return file;
}

/* What the archive says about one unit this year. */
struct unit_state {
	long long attempt_id;   /* the newest attempt, 0: none */
	int rejected;           /* it was rejected */
	long long attempt_time;
	int versions;           /* accepted versions */
	int version;            /* newest accepted */
	long long received;     /* its received time */
	int scored;             /* a score row with a package */
};

struct stmts {
	sqlite3_stmt *attempt, *package, *score;
};

/* 0, or -1 after saying a bind failed. */
static int unit_state(const struct stmts *s, int year, const char *code, struct unit_state *u)
{
	memset(u, 0, sizeof(*u));
	sqlite3_stmt *st = s->attempt;
	if ((sqlite3_bind_int(st, 1, year) | sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC)) != SQLITE_OK)
		return db_bind_error(sqlite3_db_handle(st), st);
	if (sqlite3_step(st) == SQLITE_ROW) {
		u->attempt_id = sqlite3_column_int64(st, 0);
		u->rejected = !strcmp((const char *)sqlite3_column_text(st, 1), "rejected");
		u->attempt_time = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	st = s->package;
	if ((sqlite3_bind_int(st, 1, year) | sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC)) != SQLITE_OK)
		return db_bind_error(sqlite3_db_handle(st), st);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 1) != SQLITE_NULL) {
		u->versions = sqlite3_column_int(st, 0);
		u->version = sqlite3_column_int(st, 1);
		u->received = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	st = s->score;
	if ((sqlite3_bind_int(st, 1, year) | sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC)) != SQLITE_OK)
		return db_bind_error(sqlite3_db_handle(st), st);
	u->scored = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_reset(st);
	return 0;
}

static void push(struct vec *v, char *s)
{
	vec_push(v, s);
}

static int returned_letter(sqlite3 *db, const struct config *cfg, const struct unit *unit, const struct unit_state *us,
			   struct letter *l)
{
	struct problems ps;
	if (rejection_load(db, us->attempt_id, &ps) < 0)
		return -1;
	char d1[48], d2[48];
	l->kind = "returned";
	l->date = day_of_time(us->attempt_time);
	l->title = xasprintf(_("Notice of return: the %d annual report on government information disclosure"), cfg->year);
	l->salutation = xasprintf(_("%s:"), unit->name);
	push(&l->paras, xasprintf(ngettext("The package of your %d annual report on government information disclosure, "
					   "received on %s, was checked and has %zu problem. It is returned as a whole; "
					   "nothing of it was stored, and nothing stored before was changed.",
					   "The package of your %d annual report on government information disclosure, "
					   "received on %s, was checked and has %zu problems. It is returned as a whole; "
					   "nothing of it was stored, and nothing stored before was changed.",
					   ps.errors),
				  cfg->year, date_words(l->date, d1), ps.errors));
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < ps.n; i++) {
		const struct problem *p = &ps.p[i];
		if (p->level != DIAG_ERROR)
			continue;
		sb_reset(&sb);
		sb_adds(&sb, package_file(p->file, unit->code));
		if (p->line > 0)
			sb_addf(&sb, _(", line %ld"), p->line);
		if (p->column)
			sb_addf(&sb, _(", column “%s”"), p->column);
		sb_addf(&sb, _(": %s"), p->text);
		push(&l->items, xstrdup(sb_str(&sb)));
	}
	sb_release(&sb);
	push(&l->after, xasprintf(_("Please correct every problem and send the whole package again by %s (the deadline "
				    "was %s)."),
				  date_words(cfg->resend_by, d1), date_words(cfg->deadline, d2)));
	problems_release(&ps);
	return 0;
}

static void reminder_letter(const struct config *cfg, const struct unit *unit, struct letter *l)
{
	char d1[48];
	l->kind = "reminder";
	l->date = cfg->deadline;
	l->title = xasprintf(_("Reminder: the %d annual report on government information disclosure"), cfg->year);
	l->salutation = xasprintf(_("%s:"), unit->name);
	push(&l->paras, xasprintf(_("We have not yet received the package of your %d annual report on government "
				    "information disclosure. The deadline is %s."),
				  cfg->year, date_words(cfg->deadline, d1)));
	push(&l->paras, xstrdup(_("Please send the whole package as soon as possible: the unit's details, the annual "
				  "statistics, the catalogue of information disclosed during the year and the annual work "
				  "summary, filled in on the template the office sent. A package received after the deadline "
				  "loses points under the assessment rubric for every day it is late.")));
}

static int preview_letter(sqlite3 *db, const struct config *cfg, const struct unit *unit, const struct unit_state *us,
			  day_t day, struct letter *l)
{
	char d1[48], d2[48];
	l->kind = "preview";
	l->date = day;
	l->title = xasprintf(_("Preliminary review of the %d annual report on government information disclosure"),
			     cfg->year);
	l->salutation = xasprintf(_("%s:"), unit->name);
	size_t before = l->items.n;
	if (preview_items(db, cfg->year, unit->code, &l->items) < 0)
		return -1;
	size_t n = l->items.n - before;
	if (n)
		push(&l->paras, xasprintf(ngettext("The package of your %d annual report (version %d, received on %s) was "
						   "reviewed against the assessment rubric. The draft scores show %zu deduction:",
						   "The package of your %d annual report (version %d, received on %s) was "
						   "reviewed against the assessment rubric. The draft scores show %zu deductions:",
						   n),
					  cfg->year, us->version, date_words(day_of_time(us->received), d1), n));
	else
		push(&l->paras, xasprintf(_("The package of your %d annual report (version %d, received on %s) was "
					    "reviewed against the assessment rubric. No deduction was found."),
					  cfg->year, us->version, date_words(day_of_time(us->received), d1)));
	push(&l->after, xasprintf(_("These scores are a draft for comment. Any objection, with the evidence for it, "
				    "should reach the office by %s."),
				  date_words(cfg->objections_until, d2)));
	return 0;
}

/* ---- writing ------------------------------------------------------------ */

static char *item_text(size_t i, const char *s)
{
	return xasprintf(_("%zu. %s"), i + 1, s);
}

static void letter_txt(const struct letter *l, const struct config *cfg, struct strbuf *sb)
{
	char d[48];
	sb_addf(sb, "%s\n\n%s\n\n%s\n", cfg->office, l->title, l->salutation);
	for (size_t i = 0; i < l->paras.n; i++)
		sb_addf(sb, "\n%s\n", (const char *)l->paras.item[i]);
	if (l->items.n)
		sb_addc(sb, '\n');
	for (size_t i = 0; i < l->items.n; i++) {
		char *t = item_text(i, l->items.item[i]);
		sb_addf(sb, "%s\n", t);
		free(t);
	}
	for (size_t i = 0; i < l->after.n; i++)
		sb_addf(sb, "\n%s\n", (const char *)l->after.item[i]);
	sb_addf(sb, "\n%s\n%s\n", cfg->office, date_words(l->date, d));
}

static int letter_pdf(const struct letter *l, const struct config *cfg, const char *path)
{
	struct pdf_fontspec fonts = { { cfg->font_body, cfg->font_heading, cfg->font_fallback } };
	struct pdf *p = pdf_open(&fonts);
	if (!p)
		return -1;
	int zh = strcmp(msg_language(), "en") != 0;
	double body = zh ? 15 : 12.5, leading = zh ? 28 : 20, indent = zh ? 2 * body : 0;
	int y, m, d;
	ymd_from_day(l->date, &y, &m, &d);
	pdf_info(p, l->title, cfg->office, l->title, y, m, d);
	pdf_new_page(p);
	/* 版头: the office's name over a red rule */
	double top = pdf_y(p);
	int lines = pdf_textbox(p, FACE_HEI, 24, 34, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, cfg->office, 1);
	top -= lines * 34 + 6;
	pdf_rect_fill_rgb(p, TEXT_LEFT, top - 2, TEXT_W, 2, 0.8, 0, 0);
	pdf_set_y(p, top - 24);
	/* title, salutation, body */
	top = pdf_y(p);
	lines = pdf_textbox(p, FACE_HEI, 20, 30, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, l->title, 1);
	pdf_set_y(p, top - lines * 30 - 14);
	pdf_paragraph(p, FACE_SONG, body, leading, 0, ALIGN_LEFT, l->salutation);
	enum align a = zh ? ALIGN_JUSTIFY : ALIGN_LEFT;
	for (size_t i = 0; i < l->paras.n; i++)
		pdf_paragraph(p, FACE_SONG, body, leading, indent, a, l->paras.item[i]);
	for (size_t i = 0; i < l->items.n; i++) {
		char *t = item_text(i, l->items.item[i]);
		pdf_paragraph(p, FACE_SONG, body, leading, indent, ALIGN_LEFT, t); /* file names and values: not spread */
		free(t);
	}
	for (size_t i = 0; i < l->after.n; i++)
		pdf_paragraph(p, FACE_SONG, body, leading, indent, a, l->after.item[i]);
	/* signature and date, right-aligned, kept together */
	char date[48];
	pdf_need(p, 3 * leading);
	top = pdf_y(p) - leading;
	pdf_textbox(p, FACE_SONG, body, leading, TEXT_LEFT, top, TEXT_W - 2 * body, 0, ALIGN_RIGHT, cfg->office, 1);
	pdf_textbox(p, FACE_SONG, body, leading, TEXT_LEFT, top - leading, TEXT_W - 2 * body, 0, ALIGN_RIGHT,
		    date_words(l->date, date), 1);
	int rc = pdf_save(p, path);
	pdf_free(p);
	return rc;
}

/* Write text to path through a temporary file (common/outpath.h): never half a file. */
static int write_text(const struct config *cfg, const char *path, const char *text)
{
	if (outpath_check(cfg, path, OUT_FILE) < 0)
		return -1;
	char *tmp;
	int fd = outpath_temp(path, &tmp);
	if (fd < 0) {
		error(_("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	FILE *f = fdopen(fd, "w");
	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		int e = errno;
		if (!f)
			close(fd);
		outpath_abandon(tmp);
		error(_("cannot write %s: %s"), path, strerror(e));
		return -1;
	}
	if (outpath_commit(tmp, path) < 0) {
		error(_("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	return 0;
}

static void csv_field(struct strbuf *sb, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		sb_adds(sb, s);
		return;
	}
	sb_addc(sb, '"');
	for (; *s; s++) {
		if (*s == '"')
			sb_addc(sb, '"');
		sb_addc(sb, *s);
	}
	sb_addc(sb, '"');
}

static const char *kind_word(const char *kind)
{
	if (!strcmp(kind, "returned"))
		return _("returned");
	if (!strcmp(kind, "reminder"))
		return _("reminder");
	return _("preview");
}

/* The day previews are dated: the later of the deadline and the newest accepted package. */
static day_t preview_day(sqlite3 *db, const struct config *cfg)
{
	day_t day = cfg->deadline;
	sqlite3_stmt *st = db_prepare_year(db, "SELECT max(received) FROM package WHERE year = ?", cfg->year);
	if (st) { /* a failed prepare or bind is said: the deadline then */
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
			day_t d = day_of_time(sqlite3_column_int64(st, 0));
			if (d > day)
				day = d;
		}
		sqlite3_finalize(st);
	}
	return day;
}

static int write_all(sqlite3 *db, const struct config *cfg, const struct roster *roster, const char *dir, int txt)
{
	struct stmts s = {
		db_prepare(db, "SELECT id, outcome, received FROM attempt WHERE year = ? AND unit = ? ORDER BY id DESC LIMIT 1"),
		db_prepare(db, "SELECT count(*), max(version), (SELECT received FROM package p2 WHERE p2.year = ?1 AND"
			       " p2.unit = ?2 ORDER BY version DESC LIMIT 1) FROM package WHERE year = ?1 AND unit = ?2"),
		db_prepare(db, "SELECT 1 FROM score WHERE year = ? AND unit = ? AND package_id IS NOT NULL"),
	};
	int rc = s.attempt && s.package && s.score ? 0 : -1;
	day_t pday = preview_day(db, cfg);
	struct strbuf index = STRBUF_INIT, text = STRBUF_INIT;
	sb_adds(&index, "\xEF\xBB\xBF" "code,name,kind,file,email\n");
	size_t counts[3] = { 0, 0, 0 };
	char saved[8];
	snprintf(saved, sizeof(saved), "%s", msg_language());
	for (size_t i = 0; i < roster->n && rc == 0; i++) {
		const struct unit *u = &roster->u[i];
		struct unit_state us;
		if (unit_state(&s, cfg->year, u->code, &us) < 0) {
			rc = -1;
			break;
		}
		struct letter l;
		memset(&l, 0, sizeof(l));
		msg_use_language(cfg->language);
		int have = 1;
		if (us.attempt_id && us.rejected) {
			rc = returned_letter(db, cfg, u, &us, &l);
			counts[0]++;
		} else if (!us.attempt_id && !us.versions) {
			reminder_letter(cfg, u, &l);
			counts[1]++;
		} else if (us.versions && us.scored) {
			rc = preview_letter(db, cfg, u, &us, pday, &l);
			counts[2]++;
		} else {
			have = 0; /* accepted but not scored yet: nothing to say */
		}
		if (rc == 0 && have) {
			char *name = xasprintf("%s-%s.pdf", u->code, l.kind);
			char *path = path_join(dir, name);
			rc = outpath_check(cfg, path, OUT_FILE) < 0 ? -1 : letter_pdf(&l, cfg, path);
			if (rc == 0 && txt) {
				char *tname = xasprintf("%s-%s.txt", u->code, l.kind);
				char *tpath = path_join(dir, tname);
				sb_reset(&text);
				letter_txt(&l, cfg, &text);
				rc = write_text(cfg, tpath, sb_str(&text));
				free(tname);
				free(tpath);
			}
			sb_adds(&index, u->code);
			sb_addc(&index, ',');
			csv_field(&index, u->name);
			sb_addf(&index, ",%s,%s,", l.kind, name);
			csv_field(&index, u->email ? u->email : "");
			sb_addc(&index, '\n');
			free(name);
			free(path);
		}
		msg_use_language(saved);
		letter_release(&l);
	}
	if (rc == 0) {
		char *ipath = path_join(dir, "index.csv");
		rc = write_text(cfg, ipath, sb_str(&index));
		free(ipath);
	}
	if (rc == 0)
		info(_("notices: %zu %s, %zu %s, %zu %s in %s"), counts[0], kind_word("returned"), counts[1],
		     kind_word("reminder"), counts[2], kind_word("preview"), dir);
	sb_release(&index);
	sb_release(&text);
	sqlite3_finalize(s.attempt);
	sqlite3_finalize(s.package);
	sqlite3_finalize(s.score);
	return rc;
}

int cmd_notices(const struct args *a, const struct config *cfg)
{
	const char *dir = arg_value(a, "--output", cfg->notices);
	int txt = arg_given(a, "--txt");
	struct roster roster;
	if (roster_load_print(&roster, cfg->roster) < 0)
		return 2;
	int rc = 2;
	struct archive_lock lock;
	sqlite3 *db = archive_open(&lock, cfg, LOCK_SHARED, "notices");
	if (!db)
		goto out_roster;
	char *probe = path_join(dir, "index.csv");
	if (outpath_check(cfg, dir, OUT_FOLDER) < 0) {
		/* said why */
	} else if (make_parent_dirs(probe) < 0) {
		error(_("cannot make the folder %s: %s"), dir, strerror(errno));
	} else if (write_all(db, cfg, &roster, dir, txt) == 0) {
		rc = 0;
	}
	free(probe);
	archive_close(db, &lock);
out_roster:
	roster_release(&roster);
	return rc;
}
