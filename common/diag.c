/*
 * diag — a list of located problems; see diag.h.
 */
#include "common/diag.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdarg.h>
#include <stdlib.h>

void diag_add(struct diags *ds, enum diag_level level, const char *file, long line,
	      const char *column, const char *fmt, ...)
{
	if (ds->n == ds->alloc) {
		ds->alloc = ds->alloc ? ds->alloc * 2 : 8;
		ds->d = xrealloc(ds->d, ds->alloc * sizeof(*ds->d));
	}
	struct diag *d = &ds->d[ds->n++];
	d->level = level;
	d->file = xstrdup(file ? file : "");
	d->line = line;
	d->column = column ? xstrdup(column) : NULL;
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	d->text = sb_detach(&sb);
	if (level == DIAG_ERROR)
		ds->errors++;
}

void diag_format(const struct diags *ds, struct strbuf *sb)
{
	for (size_t i = 0; i < ds->n; i++) {
		const struct diag *d = &ds->d[i];
		sb_adds(sb, d->level == DIAG_ERROR ? _("error: ") : _("warning: "));
		sb_adds(sb, d->file);
		if (d->line > 0)
			sb_addf(sb, ":%ld", d->line);
		sb_adds(sb, ": ");
		if (d->column)
			sb_addf(sb, "%s: ", d->column);
		sb_addf(sb, "%s\n", d->text);
	}
}

void diag_print(const struct diags *ds, FILE *out)
{
	struct strbuf sb = STRBUF_INIT;
	diag_format(ds, &sb);
	fputs(sb_str(&sb), out);
	sb_release(&sb);
}

void diag_clear(struct diags *ds)
{
	for (size_t i = 0; i < ds->n; i++) {
		free(ds->d[i].file);
		free(ds->d[i].column);
		free(ds->d[i].text);
	}
	free(ds->d);
	ds->d = NULL;
	ds->n = ds->alloc = ds->errors = 0;
}
