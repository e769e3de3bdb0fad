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

void diag_print(const struct diags *ds, FILE *out)
{
	for (size_t i = 0; i < ds->n; i++) {
		const struct diag *d = &ds->d[i];
		fputs(d->level == DIAG_ERROR ? _("error: ") : _("warning: "), out);
		fputs(d->file, out);
		if (d->line > 0)
			fprintf(out, ":%ld", d->line);
		fputs(": ", out);
		if (d->column)
			fprintf(out, "%s: ", d->column);
		fprintf(out, "%s\n", d->text);
	}
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
