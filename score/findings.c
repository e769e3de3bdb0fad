/*
 * findings — reading findings.csv; see findings.h.
 */
#include "score/findings.h"
#include "common/csvin.h"
#include "common/msg.h"
#include "common/parse.h"
#include "common/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { COL_UNIT, COL_KIND, COL_POINTS, COL_DESC, COL_EVIDENCE };
static const struct csv_col cols[] = {
	{ "unit", "单位编码", 1 },
	{ "kind", "类型", 1 },
	{ "points", "分值", 1 },
	{ "description", "问题描述", 1 },
	{ "evidence", "佐证", 0 },
};

static const struct {
	const char *en, *zh;
	enum finding_kind kind;
} kinds[] = {
	{ "nondisclosure", "不公开", FIND_NONDISCLOSURE },
	{ "sham", "假公开", FIND_SHAM },
	{ "late", "不及时", FIND_LATE },
	{ "other", "其他", FIND_OTHER },
	{ "bonus", "加分", FIND_BONUS },
};

struct ctx {
	struct findings *fs;
	const char *display;
	unit_known_fn known;
	void *known_ctx;
	struct diags *d;
};

static int on_row(const struct csv_row *row, void *data)
{
	struct ctx *c = data;
	char *unit = trim((char *)row->field[COL_UNIT]);
	char *kind = trim((char *)row->field[COL_KIND]);
	const char *points = row->field[COL_POINTS];
	char *desc = trim((char *)row->field[COL_DESC]);
	char *evidence = trim((char *)row->field[COL_EVIDENCE]);
	int ok = 1;
	if (!*unit) {
		diag_err(c->d, c->display, row->line, row->header[COL_UNIT], _("the unit code is empty; give a roster code"));
		ok = 0;
	} else if (!c->known(unit, c->known_ctx)) {
		diag_err(c->d, c->display, row->line, row->header[COL_UNIT],
			 _("\"%s\" is not a unit code in the roster; use a code from units.csv"), unit);
		ok = 0;
	}
	int k = -1;
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
		if (!strcasecmp(kind, kinds[i].en) || !strcmp(kind, kinds[i].zh))
			k = (int)i;
	if (k < 0) {
		diag_err(c->d, c->display, row->line, row->header[COL_KIND],
			 _("\"%s\" is not a kind of finding; use nondisclosure/不公开, sham/假公开, late/不及时, other/其他 or bonus/加分"),
			 kind);
		ok = 0;
	}
	long long pts = 0;
	enum parse_result pr = parse_hundredths(points, &pts);
	if (pr == PARSE_OK && pts == 0)
		pr = PARSE_EMPTY;
	if (pr != PARSE_OK) {
		char *shown = xstrdup(points);
		if (pr == PARSE_EMPTY)
			diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
				 _("no points; give a positive number such as 2 or 0.5"));
		else if (pr == PARSE_NEGATIVE)
			diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
				 _("\"%s\" is negative; give the points as a positive number (a bonus has the kind bonus/加分)"),
				 trim(shown));
		else
			diag_err(c->d, c->display, row->line, row->header[COL_POINTS],
				 _("\"%s\" is not a number with at most 2 decimals, such as 2 or 0.5"), trim(shown));
		free(shown);
		ok = 0;
	}
	if (!*desc) {
		diag_err(c->d, c->display, row->line, row->header[COL_DESC], _("the description is empty; say what was found"));
		ok = 0;
	}
	if (!ok)
		return 0;
	struct findings *fs = c->fs;
	fs->f = xrealloc(fs->f, (fs->n + 1) * sizeof(*fs->f));
	struct finding *f = &fs->f[fs->n++];
	f->unit = xstrdup(unit);
	f->kind = kinds[k].kind;
	f->points = pts;
	f->description = xstrdup(desc);
	f->evidence = xstrdup(evidence);
	f->line = row->line;
	return 0;
}

int findings_load(struct findings *fs, const char *path, const char *display, unit_known_fn known, void *ctx,
		  struct diags *d)
{
	fs->f = NULL;
	fs->n = 0;
	struct ctx c = { fs, display, known, ctx, d };
	return csvin_read_file(path, display, cols, ARRAY_SIZE(cols), on_row, &c, d);
}

void findings_release(struct findings *fs)
{
	for (size_t i = 0; i < fs->n; i++)
		finding_release(&fs->f[i]);
	free(fs->f);
	fs->f = NULL;
	fs->n = 0;
}
