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
	if (level == DIAG_ERROR)
		ds->errors++;
	if (ds->max_items && ds->n >= ds->max_items) {
		ds->dropped++;
		return;
	}
	struct strbuf raw = STRBUF_INIT, text = STRBUF_INIT, col = STRBUF_INIT, where = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sb_vaddf(&raw, fmt, ap);
	va_end(ap);
	sb_add_escaped(&text, sb_str(&raw), raw.len, DIAG_TEXT_MAX);
	sb_release(&raw);
	if (column)
		sb_add_escaped(&col, column, strlen(column), DIAG_COLUMN_MAX);
	if (file)
		sb_add_escaped(&where, file, strlen(file), 4096);
	size_t cost = text.len + col.len + where.len + 32;
	if (ds->max_bytes && ds->bytes + cost > ds->max_bytes) {
		ds->dropped++;
		sb_release(&text);
		sb_release(&col);
		sb_release(&where);
		return;
	}
	ds->bytes += cost;
	if (ds->n == ds->alloc) {
		ds->alloc = ds->alloc ? ds->alloc * 2 : 8;
		ds->d = xrealloc(ds->d, ds->alloc * sizeof(*ds->d));
	}
	struct diag *d = &ds->d[ds->n++];
	d->level = level;
	d->file = sb_detach(&where);
	d->line = line;
	d->column = column ? sb_detach(&col) : NULL;
	d->text = sb_detach(&text);
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
	if (ds->dropped)
		sb_addf(sb,
			ngettext("%zu more problem is not listed: at most %zu problems and %zu KiB of messages are kept per package ([limits] problems, message_kib)\n",
				 "%zu more problems are not listed: at most %zu problems and %zu KiB of messages are kept per package ([limits] problems, message_kib)\n",
				 ds->dropped),
			ds->dropped, ds->max_items, ds->max_bytes >> 10);
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
	ds->bytes = ds->dropped = 0; /* the bounds stay */
}
