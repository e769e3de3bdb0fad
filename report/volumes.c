/*
 * volumes — where the scorecards go, so that `report` needs the same memory
 * for a nation as for a district.  libharu keeps every page of a document
 * in memory until it is saved (bench/README.md, "report"), so no one PDF
 * may grow with the number of units:
 *
 *   - up to [report] cards_per_volume scorecards (default 2,000): in the
 *     annual report, as part 单位评分表, exactly as before;
 *   - more: the annual report keeps parts 1–8 and the annex, and its part
 *     单位评分表 names the volumes; the scorecards go, in rank order (镇街
 *     then 部门), into volumes of at most cards_per_volume each, every volume
 *     its own PDF beside the report, named from the report's path
 *     (report.pdf → report-评分表-1.pdf, report-评分表-2.pdf, …; the word is
 *     the report language's), with a cover page, its own page numbers from
 *     1 and its own bookmarks; each volume is written, saved and freed
 *     before the next is begun;
 *   - `report --cards-dir DIR`: one PDF per unit in DIR, named
 *     <code>-<name>.pdf, for sending each unit its own; the annual report's
 *     part 单位评分表 names the folder.
 *
 * The volumes' dates are the report's (from the data, never the clock), so
 * the same database and config give the same bytes in every file.
 */
#include "report/volumes.h"
#include "common/date.h"
#include "common/msg.h"
#include "common/outpath.h"
#include "common/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t ncards(const struct rctx *c)
{
	return c->data->nranked[0] + c->data->nranked[1];
}

size_t volumes_count(const struct rctx *c)
{
	size_t n = ncards(c), per = (size_t)c->cfg->cards_per_volume;
	if (c->cards_dir || n <= per)
		return 0;
	return (n + per - 1) / per;
}

char *volume_path(const struct rctx *c, const char *report_path, size_t k)
{
	const char *slash = strrchr(report_path, '/');
	const char *base = slash ? slash + 1 : report_path;
	const char *dot = strrchr(base, '.');
	size_t stem = dot && dot != base ? (size_t)(dot - report_path) : strlen(report_path);
	(void)c;
	/* TRANSLATORS: the word in the file names of the scorecard volumes, report-<word>-1.pdf */
	return xasprintf("%.*s-%s-%zu%s", (int)stem, report_path, _("scorecards"), k,
			 dot && dot != base ? dot : ".pdf");
}

/* The unit at place q of the rank order, and its group's size. */
static const struct rp_unit *unit_at(const struct rctx *c, size_t q, size_t *group_size)
{
	const struct report_data *d = c->data;
	int g = q < d->nranked[0] ? 0 : 1;
	size_t i = g ? q - d->nranked[0] : q;
	*group_size = d->nranked[g];
	return &d->u[d->ranked[g][i]];
}

int volumes_check(const struct rctx *c, const char *saved_lang)
{
	size_t nvol = volumes_count(c);
	int rc = 0;
	if (c->cards_dir) {
		msg_use_language(saved_lang);
		rc = outpath_check(c->cfg, c->cards_dir, OUT_FOLDER);
		msg_use_language(c->cfg->language);
	}
	for (size_t k = 1; k <= nvol && rc == 0; k++) {
		char *path = volume_path(c, c->report_path, k);
		msg_use_language(saved_lang);
		rc = outpath_check(c->cfg, path, OUT_FILE);
		msg_use_language(c->cfg->language);
		free(path);
	}
	return rc;
}

/* "镇街第3名 某某镇" for the unit at place q. */
static char *place_text(const struct rctx *c, size_t q)
{
	size_t gn;
	const struct rp_unit *u = unit_at(c, q, &gn);
	return u->grp == GROUP_TOWN_STREET ? xasprintf(_("towns and streets No. %d %s"), u->rank, u->name)
					 : xasprintf(_("departments No. %d %s"), u->rank, u->name);
}

static const char *file_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

int volumes_part(struct rctx *c, void *root, const char *report_path)
{
	size_t nvol = volumes_count(c);
	if (!nvol && !c->cards_dir)
		return part_scorecards(c, root);
	pdf_new_page(c->pdf);
	void *part = part_heading(c, _("Scorecards"), root, 200, ALIGN_CENTER);
	pdf_set_y(c->pdf, pdf_y(c->pdf) - 6);
	size_t n = ncards(c);
	if (c->cards_dir) {
		char *t = xasprintf(_("The scorecards of the %zu units are not in this report: each unit's scorecard is a PDF "
				      "file of its own in the folder %s, named by the unit's code and name."),
				    n, c->cards_dir);
		part_para(c, t);
		free(t);
		return 0;
	}
	size_t per = (size_t)c->cfg->cards_per_volume;
	char *t = xasprintf(_("The scorecards of the %zu units are in %zu volumes, each a PDF file of its own beside this "
			      "report, in rank order (towns and streets first, then departments), at most %zu to a volume:"),
			    n, nvol, per);
	part_para(c, t);
	free(t);
	for (size_t k = 1; k <= nvol; k++) {
		size_t from = (k - 1) * per, to = k * per < n ? k * per : n;
		char *path = volume_path(c, report_path, k);
		char *a = place_text(c, from), *b = place_text(c, to - 1);
		char *line = xasprintf(_("Volume %zu, %s: %zu scorecards, from %s to %s."), k, file_name(path), to - from, a, b);
		part_subheading(c, line, part, 0);
		free(line);
		free(a);
		free(b);
		free(path);
	}
	return 0;
}

/* The day the report is dated: the later of the deadline and the last package received (report.c). */
static int report_day(const struct rctx *c)
{
	int day = c->cfg->deadline;
	if (c->data->last_received_day > day)
		day = c->data->last_received_day;
	return day;
}

/* One PDF holding the scorecards at places [from, to), with a cover page when cover is given. */
static int write_cards(struct rctx *c, const struct pdf_fontspec *fonts, const char *path, size_t from, size_t to,
		       const char *cover, const char *saved_lang)
{
	msg_use_language(saved_lang);
	c->pdf = pdf_open(fonts);
	msg_use_language(c->cfg->language);
	if (!c->pdf)
		return 2;
	const struct config *cfg = c->cfg;
	char *title = xasprintf(_("%s %d Annual Report on Government Information Disclosure"), cfg->district, cfg->year);
	int y, m, d;
	ymd_from_day(report_day(c), &y, &m, &d);
	pdf_info(c->pdf, title, cfg->office, cover ? cover : _("Scorecards"), y, m, d);
	void *root = NULL;
	if (cover) {
		pdf_new_page(c->pdf);
		double top = pdf_y(c->pdf);
		int lines = pdf_textbox(c->pdf, FACE_SONG, TITLE_SIZE, 36, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, title, 1);
		root = pdf_bookmark(c->pdf, NULL, title, PAGE_H, 1);
		top -= lines * 36 + 10;
		lines = pdf_textbox(c->pdf, FACE_HEI, HEAD_SIZE, HEAD_LEADING, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, cover, 1);
		top -= lines * HEAD_LEADING;
		char date[48];
		pdf_textbox(c->pdf, FACE_SONG, c->body, c->body_leading, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER,
			    cfg->office, 1);
		top -= c->body_leading;
		pdf_textbox(c->pdf, FACE_SONG, c->body, c->body_leading, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER,
			    fmt_date(c, report_day(c), date), 1);
		pdf_set_y(c->pdf, top - c->body_leading - 14);
		char *a = place_text(c, from), *b = place_text(c, to - 1);
		char *line = xasprintf(_("%zu scorecards, from %s to %s."), to - from, a, b);
		part_para(c, line);
		free(line);
		free(a);
		free(b);
	}
	free(title);
	c->card_from = from;
	c->card_to = to;
	int ok = part_scorecards(c, root) == 0;
	c->card_from = c->card_to = 0;
	msg_use_language(saved_lang);
	int rc = ok && pdf_save(c->pdf, path) == 0 ? 0 : 2;
	msg_use_language(c->cfg->language);
	pdf_free(c->pdf);
	c->pdf = NULL;
	return rc;
}

/* A unit's name as part of a file name: no path separators, no characters Windows refuses. */
static char *safe_name(const char *s)
{
	char *r = xstrdup(s);
	for (char *q = r; *q; q++)
		if ((unsigned char)*q < 0x20 || strchr("/\\:*?\"<>|", *q))
			*q = '_';
	return r;
}

int volumes_write(struct rctx *c, const struct pdf_fontspec *fonts, const char *report_path, const char *saved_lang)
{
	size_t n = ncards(c);
	if (c->cards_dir) {
		for (size_t q = 0; q < n; q++) {
			size_t gn;
			const struct rp_unit *u = unit_at(c, q, &gn);
			char *name = safe_name(u->name);
			char *file = xasprintf("%s-%s.pdf", u->code, name);
			char *path = path_join(c->cards_dir, file);
			int rc = 0;
			if (make_parent_dirs(path) < 0) {
				msg_use_language(saved_lang);
				error(_("%s: the folder could not be made: %s"), c->cards_dir, strerror(errno));
				msg_use_language(c->cfg->language);
				rc = 2;
			} else {
				rc = write_cards(c, fonts, path, q, q + 1, NULL, saved_lang);
			}
			free(path);
			free(file);
			free(name);
			if (rc)
				return rc;
		}
		msg_use_language(saved_lang);
		info(_("scorecards: %zu files in %s"), n, c->cards_dir);
		msg_use_language(c->cfg->language);
		return 0;
	}
	size_t nvol = volumes_count(c), per = (size_t)c->cfg->cards_per_volume;
	for (size_t k = 1; k <= nvol; k++) {
		size_t from = (k - 1) * per, to = k * per < n ? k * per : n;
		char *path = volume_path(c, report_path, k);
		char *cover = xasprintf(_("Scorecards, volume %zu of %zu"), k, nvol);
		int rc = write_cards(c, fonts, path, from, to, cover, saved_lang);
		if (rc == 0) {
			msg_use_language(saved_lang);
			info(_("report: %s"), path);
			msg_use_language(c->cfg->language);
		}
		free(cover);
		free(path);
		if (rc)
			return rc;
	}
	return 0;
}
