/*
 * opening — the title block and the opening paragraph, as the national
 * template (《中华人民共和国政府信息公开工作年度报告格式》) begins a report: the
 * basis (the Regulations and the national format), who compiled it from
 * what, what it contains, the statistics period (1 January to 31 December of
 * the year), where it is published ([report] published_at) and whom to ask
 * ([report] contact).  A key not given leaves its sentence out; `report`
 * warns about it (report.c).
 */
#include "report/parts.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdio.h>
#include <stdlib.h>

void part_title(struct rctx *c, int report_day)
{
	struct pdf *p = c->pdf;
	const struct config *cfg = c->cfg;
	char *title = xasprintf(_("%s %d Annual Report on Government Information Disclosure"), cfg->district, cfg->year);
	double top = pdf_y(p);
	int lines = pdf_textbox(p, FACE_SONG, TITLE_SIZE, 36, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, title, 1);
	pdf_bookmark(p, NULL, title, PAGE_H, 1);
	free(title);
	top -= lines * 36 + 10;
	char date[48];
	pdf_textbox(p, FACE_SONG, c->body, c->body_leading, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, cfg->office, 1);
	top -= c->body_leading;
	pdf_textbox(p, FACE_SONG, c->body, c->body_leading, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER,
		    fmt_date(c, report_day, date), 1);
	top -= c->body_leading + 14;
	if (c->draft) { /* review.md: the draft's cover gives the date objections are due */
		char *due = xasprintf(_("Draft for comment: objections to the scores are due by %s"),
				      fmt_date(c, cfg->objections_until, date));
		int n = pdf_textbox(p, FACE_HEI, c->body, c->body_leading, TEXT_LEFT, top, TEXT_W, 0, ALIGN_CENTER, due, 1);
		free(due);
		top -= n * c->body_leading + 14;
	}
	pdf_set_y(p, top);

	struct strbuf sb = STRBUF_INIT;
	sb_addf(&sb,
		_("This report is compiled by %s from the annual reports on government information disclosure that the "
		  "units of %s submitted for %d, as the Regulations of the People's Republic of China on Open Government "
		  "Information and the national Format of the Annual Report on Government Information Disclosure "
		  "require. It covers the general situation, proactive disclosure, applications for disclosure, "
		  "administrative reviews and lawsuits, the main problems and their correction, and other matters, "
		  "followed by the assessment results, each unit's scorecard and the list of submissions."),
		cfg->office, cfg->district, cfg->year);
	sb_addf(&sb, _(" The figures in this report cover 1 January %d to 31 December %d."), cfg->year, cfg->year);
	if (cfg->published_at)
		sb_addf(&sb, _(" The report is published on %s."), cfg->published_at);
	if (cfg->contact)
		sb_addf(&sb, _(" Questions about this report: please contact %s."), cfg->contact);
	part_para(c, sb_str(&sb));
	sb_release(&sb);
}
