/*
 * report — report_write(): open the document, read the data, lay out the
 * parts in report.md's order, save.  The helpers every part shares are in
 * their own files: headings and paragraphs in text.c, dates in dates.c.
 *
 * The report's language is [report] language, independent of the language
 * of the command's own messages: we switch gettext for the duration and
 * switch back.  The creation date and the date under the title come from the
 * data (the later of the deadline and the last package received), never the
 * clock, so the same database and config give the same bytes.
 */
#include "report/report.h"
#include "report/parts.h"
#include "report/volumes.h"
#include "review/review.h"
#include "common/date.h"
#include "common/msg.h"
#include "common/outpath.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lay out the whole document (in the report's language). */
static int write_doc(struct rctx *c)
{
	const struct config *cfg = c->cfg;
	int day = cfg->deadline;
	if (c->data->last_received_day > day)
		day = c->data->last_received_day;
	char *title = xasprintf(_("%s %d Annual Report on Government Information Disclosure"), cfg->district, cfg->year);
	int y, m, d;
	ymd_from_day(day, &y, &m, &d);
	pdf_info(c->pdf, title, cfg->office, _("Annual report, assessment results and scorecards"), y, m, d);
	free(title);

	pdf_new_page(c->pdf);
	part_title(c, day);
	part_overview(c, NULL);
	part_tables(c, NULL);
	part_problems(c, NULL);
	part_other(c, NULL);
	part_narrative(c, 5);
	part_results(c, NULL);
	if (volumes_part(c, NULL, c->report_path) < 0) /* the scorecards, or where they are */
		return -1;
	part_annex(c, NULL);
	return 0;
}

int report_write(const struct config *cfg, sqlite3 *db, const char *path)
{
	return report_write_cards(cfg, db, path, NULL);
}

int report_write_cards(const struct config *cfg, sqlite3 *db, const char *path, const char *cards_dir)
{
	if (outpath_check(cfg, path, OUT_FILE) < 0) /* never over the database, an input, a link … */
		return 2;
	if (msg_require_catalogue(cfg->language) < 0) /* a Chinese report never comes out in English */
		return 2;
	char saved_lang[8];
	snprintf(saved_lang, sizeof(saved_lang), "%s", msg_language());
	msg_use_language(cfg->language);

	struct report_data data;
	struct rctx c = { 0 };
	struct narrative narr;
	int rc = 2;
	/* the office's own paragraphs and what the opening lacks: warnings in the command's language */
	msg_use_language(saved_lang);
	narrative_load(&narr, cfg);
	if (!cfg->published_at)
		warn(_("[report] published_at is not set in %s: the report does not say where it is published"), cfg->path);
	if (!cfg->contact)
		warn(_("[report] contact is not set in %s: the report gives readers no one to ask"), cfg->path);
	msg_use_language(cfg->language);
	c.narrative = &narr;
	if (report_data_load(&data, cfg, db) < 0)
		goto out_data;
	if (!data.scored) {
		msg_use_language(saved_lang);
		error(_("there are no scores yet; run \"gongkai score\" first"));
		goto out_data;
	}
	struct pdf_fontspec fonts = { { cfg->font_body, cfg->font_heading, cfg->font_fallback } };
	/* errors about fonts are for the user: in the command's language */
	msg_use_language(saved_lang);
	c.pdf = pdf_open(&fonts);
	msg_use_language(cfg->language);
	if (!c.pdf)
		goto out_data;
	c.cfg = cfg;
	c.report_path = path;
	c.cards_dir = cards_dir;
	c.db = db;
	c.data = &data;
	c.zh = strcmp(cfg->language, "en") != 0;
	int final = review_year_final(db, cfg->year);
	if (final < 0) {
		pdf_free(c.pdf);
		goto out_data;
	}
	c.draft = !final;
	if (c.draft) /* review.md: every page of a draft says so */
		pdf_set_head(c.pdf, _("Draft for comment"));
	c.body = c.zh ? 15 : 12.5;
	c.body_leading = c.zh ? 28 : 20;
	c.indent = c.zh ? 2 * c.body : 0;
	int ok = volumes_check(&c, saved_lang) == 0 && write_doc(&c) == 0;
	/* problems writing the file are for the user: in the command's language */
	msg_use_language(saved_lang);
	rc = ok && pdf_save(c.pdf, path) == 0 ? 0 : 2;
	pdf_free(c.pdf);
	c.pdf = NULL;
	if (rc == 0) { /* the scorecard volumes, after the report is freed (volumes.c) */
		msg_use_language(cfg->language);
		rc = volumes_write(&c, &fonts, path, saved_lang);
	}
out_data:
	msg_use_language(saved_lang);
	report_data_release(&data);
	narrative_release(&narr);
	return rc;
}
