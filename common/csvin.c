/*
 * csvin — libcsv adapter; see csvin.h.
 *
 * libcsv runs with CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL.  Its
 * field buffer is reused, so fields are copied into the row being built:
 * one buffer holds a row's fields end to end (NUL-separated) and is reused
 * for every row, so reading a table costs no allocation per field.
 */
#include "common/csvin.h"
#include "common/msg.h"
#include "common/textin.h"
#include "common/util.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

struct reader {
	const char *display;
	const struct csv_col *cols;
	size_t ncols;
	csv_row_fn fn;
	void *ctx;
	struct diags *d;

	struct strbuf buf;    /* the row being built: its fields, each NUL-terminated */
	size_t *off;          /* start of each field in buf */
	size_t nfields, alloc_fields;
	char **item;          /* the fields as pointers into buf, set when the row ends */
	const char **field;   /* by column index, for the callback */
	long row_line;        /* line where that row started */
	int have_header;
	int *map;             /* file field index -> column index, -1 ignored */
	size_t nmap;
	char **header_text;   /* by column index */
	int stop;
	int failed;
};

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	if (r->nfields == r->alloc_fields) {
		r->alloc_fields = r->alloc_fields ? r->alloc_fields * 2 : 16;
		r->off = xrealloc(r->off, r->alloc_fields * sizeof(*r->off));
		r->item = xrealloc(r->item, r->alloc_fields * sizeof(*r->item));
	}
	r->off[r->nfields++] = r->buf.len;
	sb_add(&r->buf, s ? s : "", s ? len : 0);
	sb_addc(&r->buf, '\0');
}

/* The row is complete: point item[] at its fields. */
static void row_fields(struct reader *r)
{
	for (size_t i = 0; i < r->nfields; i++)
		r->item[i] = r->buf.buf + r->off[i];
}

static void row_reset(struct reader *r)
{
	r->nfields = 0;
	sb_reset(&r->buf);
}

static int all_empty(struct reader *r)
{
	for (size_t i = 0; i < r->nfields; i++)
		if (*trim(r->item[i]))
			return 0;
	return 1;
}

static int take_header(struct reader *r)
{
	size_t n = r->nfields;
	r->map = xcalloc(n, sizeof(int));
	r->nmap = n;
	r->header_text = xcalloc(r->ncols, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		const char *h = r->item[i];
		r->map[i] = -1;
		for (size_t c = 0; c < r->ncols; c++) {
			if (strcasecmp(h, r->cols[c].name) && strcmp(h, r->cols[c].alias))
				continue;
			if (r->header_text[c]) {
				diag_err(r->d, r->display, r->row_line, h,
					 _("column \"%s\" appears twice; keep one"), h);
				r->failed = 1;
			} else {
				r->header_text[c] = xstrdup(h);
				r->map[i] = (int)c;
			}
			break;
		}
		if (r->map[i] < 0 && !r->failed && h[0]) /* an empty header cell (a trailing comma) is not worth a word */
			diag_warn(r->d, r->display, r->row_line, h,
				  _("unknown column \"%s\" is ignored"), h);
	}
	for (size_t c = 0; c < r->ncols; c++) {
		if (!r->header_text[c] && r->cols[c].required) {
			diag_err(r->d, r->display, r->row_line, NULL,
				 _("column \"%s\" (%s) is missing from the header; add it"), r->cols[c].name,
				 r->cols[c].alias);
			r->failed = 1;
		}
		if (!r->header_text[c])
			r->header_text[c] = xstrdup(r->cols[c].name);
	}
	return r->failed ? -1 : 0;
}

static void on_row(int c, void *data)
{
	(void)c;
	struct reader *r = data;
	row_fields(r);
	if (r->stop || all_empty(r)) {
		row_reset(r);
		return;
	}
	if (!r->have_header) {
		r->have_header = 1;
		if (take_header(r) < 0)
			r->stop = 1;
		r->field = xcalloc(r->ncols, sizeof(char *));
		row_reset(r);
		return;
	}
	for (size_t i = r->nmap; i < r->nfields; i++) {
		if (!*trim(r->item[i]))
			continue; /* trailing empty fields, as spreadsheets write them */
		diag_err(r->d, r->display, r->row_line, NULL,
			 _("the row has %zu fields but the header only %zu; a value with a comma (such as 1,234) must be wrapped in double quotes"),
			 r->nfields, r->nmap);
		r->failed = 1;
		row_reset(r);
		return;
	}
	static const char empty[] = "";
	for (size_t i = 0; i < r->ncols; i++)
		r->field[i] = empty;
	for (size_t i = 0; i < r->nfields && i < r->nmap; i++)
		if (r->map[i] >= 0)
			r->field[r->map[i]] = r->item[i];
	struct csv_row row = { r->row_line, r->field, (const char *const *)r->header_text, r->ncols };
	if (r->fn(&row, r->ctx))
		r->stop = 1;
	row_reset(r);
}

int csvin_read(const char *text, size_t len, const char *display, const struct csv_col *cols,
	       size_t ncols, csv_row_fn fn, void *ctx, struct diags *d)
{
	struct reader r = { .display = display, .cols = cols, .ncols = ncols, .fn = fn, .ctx = ctx, .d = d };
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		diag_err(d, display, 0, NULL, _("out of memory"));
		return -1;
	}
	long line = 0;
	size_t pos = 0;
	int parse_failed = 0;
	while (pos < len && !r.stop) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) + 1 : len;
		line++;
		if (p.pstate == 0) /* ROW_NOT_BEGUN: this line starts a new row */
			r.row_line = line;
		size_t n = end - pos;
		size_t done = csv_parse(&p, text + pos, n, on_field, on_row, &r);
		if (done != n) {
			char *upto = xstrndup(text + pos, done);
			diag_err(d, display, line, NULL,
				 _("a double quote is misplaced near character %zu; a field with commas or quotes must be wrapped in \"...\" and inner quotes doubled (\"\")"),
				 utf8_len(upto) + 1);
			free(upto);
			parse_failed = 1;
			break;
		}
		pos = end;
	}
	if (!parse_failed && !r.stop) {
		if (len > 0 && text[len - 1] != '\n')
			csv_parse(&p, "\n", 1, on_field, on_row, &r);
		if (csv_fini(&p, on_field, on_row, &r) != 0) {
			diag_err(d, display, r.row_line, NULL,
				 _("a quoted field that starts on this line is never closed; add the closing double quote"));
			parse_failed = 1;
		}
	}
	csv_free(&p);
	if (!r.have_header && !parse_failed && !r.failed) {
		diag_err(d, display, 0, NULL, _("the file is empty; it needs a header row and data"));
		r.failed = 1;
	}
	sb_release(&r.buf);
	free(r.off);
	free(r.item);
	free(r.field);
	free(r.map);
	if (r.header_text)
		for (size_t c = 0; c < ncols; c++)
			free(r.header_text[c]);
	free(r.header_text);
	return parse_failed || r.failed ? -1 : 0;
}

void csv_put(FILE *out, const char *field)
{
	if (!strpbrk(field, ",\"\r\n")) {
		fputs(field, out);
		return;
	}
	fputc('"', out);
	for (const char *p = field; *p; p++) {
		if (*p == '"')
			fputc('"', out);
		fputc(*p, out);
	}
	fputc('"', out);
}

int csvin_read_file(const char *path, const char *display, const struct csv_col *cols, size_t ncols, csv_row_fn fn,
		    void *ctx, struct diags *d)
{
	struct stat st;
	if (lstat(path, &st) < 0 && errno == ENOENT)
		return 0;
	size_t before = d->errors;
	struct text t;
	if (text_load(path, display, &t, d) < 0)
		return -1;
	int blank = 1;
	for (size_t i = 0; i < t.len && blank; i++)
		blank = strchr(" \t\r\n", t.utf8[i]) != NULL;
	if (!blank)
		csvin_read(t.utf8, t.len, display, cols, ncols, fn, ctx, d);
	text_release(&t);
	return d->errors > before ? -1 : 0;
}
