/*
 * diag — a list of located problems; see diag.h.
 *
 * The values are taken from the va_list by walking the format's conversions
 * (the id's, or the translation's when the id is unknown, with %N$
 * positions); diag_render() walks the translated format the same way and
 * formats one conversion at a time with snprintf, so that a translation may
 * put the values in any order.
 */
#include "common/diag.h"
#include "common/msg.h"
#include "common/util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One conversion of a printf format. */
struct conv {
	const char *start;   /* the '%' */
	const char *end;     /* after the conversion character */
	int pos;             /* %N$: N (1-based); 0 when sequential */
	char flags[8];
	int star_width;      /* width given as '*' (sequential formats only) */
	char width[16];
	int star_prec;
	char prec[16];       /* without the '.' */
	int has_prec;
	char len[3];         /* hh, h, l, ll, z, j, t, L */
	char c;              /* d i u x X o c s f g e a p, or '%' */
};

/* Parse the conversion starting at p (*p == '%'); 0, or -1 for one we do not handle. */
static int parse_conv(const char *p, struct conv *cv)
{
	memset(cv, 0, sizeof(*cv));
	cv->start = p++;
	if (*p == '%') {
		cv->c = '%';
		cv->end = p + 1;
		return 0;
	}
	const char *q = p;
	int n = 0;
	while (*q >= '0' && *q <= '9' && n < 1000)
		n = n * 10 + (*q++ - '0');
	if (*q == '$' && n > 0) {
		cv->pos = n;
		p = q + 1;
	}
	size_t k = 0;
	while (strchr("-+ #0'I", *p) && *p && k + 1 < sizeof(cv->flags))
		cv->flags[k++] = *p++;
	if (*p == '*') {
		cv->star_width = 1;
		p++;
	} else {
		k = 0;
		while (*p >= '0' && *p <= '9' && k + 1 < sizeof(cv->width))
			cv->width[k++] = *p++;
	}
	if (*p == '.') {
		cv->has_prec = 1;
		p++;
		if (*p == '*') {
			cv->star_prec = 1;
			p++;
		} else {
			k = 0;
			while (*p >= '0' && *p <= '9' && k + 1 < sizeof(cv->prec))
				cv->prec[k++] = *p++;
		}
	}
	k = 0;
	while (*p && strchr("hlzjtL", *p) && k + 1 < sizeof(cv->len))
		cv->len[k++] = *p++;
	if (!*p || !strchr("diuxXocsfFgGeEaA", *p))
		return -1;
	cv->c = *p;
	cv->end = p + 1;
	return 0;
}

static int is_int_conv(char c)
{
	return strchr("di", c) != NULL;
}

static int is_uint_conv(char c)
{
	return strchr("uxXo", c) != NULL;
}

static int is_real_conv(char c)
{
	return strchr("fFgGeEaA", c) != NULL;
}

/* What the format's values are, in position order; their number, or -1 when they cannot be told. */
static int arg_types(const char *fmt, char type[DIAG_MAX_ARGS], char len[DIAG_MAX_ARGS][3])
{
	int n = 0, seq = 0;
	for (const char *p = fmt; (p = strchr(p, '%'));) {
		struct conv cv;
		if (parse_conv(p, &cv) < 0)
			return -1;
		p = cv.end;
		if (cv.c == '%')
			continue;
		if ((cv.star_width || cv.star_prec) && cv.pos)
			return -1;
		for (int s = 0; s < cv.star_width + cv.star_prec; s++) {
			if (seq >= DIAG_MAX_ARGS)
				return -1;
			type[seq] = 'd';
			len[seq][0] = '\0';
			seq++;
		}
		int at = cv.pos ? cv.pos - 1 : seq++;
		if (at >= DIAG_MAX_ARGS)
			return -1;
		type[at] = cv.c;
		memcpy(len[at], cv.len, sizeof(cv.len));
		if (at + 1 > n)
			n = at + 1;
		if (seq > n)
			n = seq;
	}
	return n;
}

static long long get_int(va_list *ap, const char *len)
{
	if (!strcmp(len, "ll"))
		return va_arg(*ap, long long);
	if (!strcmp(len, "l"))
		return va_arg(*ap, long);
	if (!strcmp(len, "z"))
		return (long long)va_arg(*ap, ssize_t);
	if (!strcmp(len, "j"))
		return (long long)va_arg(*ap, intmax_t);
	if (!strcmp(len, "t"))
		return (long long)va_arg(*ap, ptrdiff_t);
	return va_arg(*ap, int);
}

static unsigned long long get_uint(va_list *ap, const char *len)
{
	if (!strcmp(len, "ll"))
		return va_arg(*ap, unsigned long long);
	if (!strcmp(len, "l"))
		return va_arg(*ap, unsigned long);
	if (!strcmp(len, "z"))
		return va_arg(*ap, size_t);
	if (!strcmp(len, "j"))
		return (unsigned long long)va_arg(*ap, uintmax_t);
	if (!strcmp(len, "t"))
		return (unsigned long long)va_arg(*ap, ptrdiff_t);
	return va_arg(*ap, unsigned);
}

/* Take the values of fmt from ap into d->arg. */
static void take_args(struct diag *d, const char *fmt, va_list ap)
{
	char type[DIAG_MAX_ARGS], len[DIAG_MAX_ARGS][3];
	memset(type, 0, sizeof(type));
	int n = arg_types(fmt, type, len);
	va_list aq;
	va_copy(aq, ap);
	for (int i = 0; i < n; i++) {
		struct diag_arg *a = &d->arg[i];
		char c = type[i];
		if (c == 's') {
			const char *s = va_arg(aq, const char *);
			const char *id = s ? msg_id_of(s) : NULL;
			a->type = id && id != s ? DARG_MSG : DARG_TEXT;
			const char *v = id ? id : "(null)";
			size_t cut = strlen(v);
			if (cut > DIAG_TEXT_MAX) { /* cut at a character boundary */
				cut = DIAG_TEXT_MAX;
				while (cut > 0 && ((unsigned char)v[cut] & 0xC0) == 0x80)
					cut--;
			}
			a->s = xstrndup(v, cut);
		} else if (c == 'c' || is_int_conv(c)) {
			a->type = DARG_INT;
			a->i = c == 'c' ? va_arg(aq, int) : get_int(&aq, len[i]);
		} else if (is_uint_conv(c)) {
			a->type = DARG_UINT;
			a->i = (long long)get_uint(&aq, len[i]);
		} else if (is_real_conv(c)) {
			a->type = DARG_REAL;
			a->r = !strcmp(len[i], "L") ? (double)va_arg(aq, long double) : va_arg(aq, double);
		} else {
			break; /* a gap in the positions: keep what we have */
		}
		d->nargs = (size_t)i + 1;
	}
	va_end(aq);
}


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
	memset(d, 0, sizeof(*d));
	d->level = level;
	d->file = sb_detach(&where);
	d->line = line;
	d->column = column ? sb_detach(&col) : NULL;
	d->text = sb_detach(&text);
	const char *id = msg_id_of(fmt);
	d->code = xstrdup(id);
	va_start(ap, fmt);
	take_args(d, id, ap);
	va_end(ap);
}

void diag_format_line(struct strbuf *sb, enum diag_level level, const char *file, long line, const char *column,
		      const char *text)
{
	sb_adds(sb, level == DIAG_ERROR ? _("error: ") : _("warning: "));
	sb_adds(sb, file);
	if (line > 0)
		sb_addf(sb, ":%ld", line);
	sb_adds(sb, ": ");
	if (column)
		sb_addf(sb, "%s: ", column);
	sb_addf(sb, "%s\n", text);
}

void diag_format(const struct diags *ds, struct strbuf *sb)
{
	for (size_t i = 0; i < ds->n; i++) {
		const struct diag *d = &ds->d[i];
		diag_format_line(sb, d->level, d->file, d->line, d->column, d->text);
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
		free(ds->d[i].code);
		for (size_t k = 0; k < ds->d[i].nargs; k++)
			free(ds->d[i].arg[k].s);
	}
	free(ds->d);
	ds->d = NULL;
	ds->n = ds->alloc = ds->errors = 0;
	ds->bytes = ds->dropped = 0; /* the bounds stay */
}

static void json_string(struct strbuf *out, const char *s)
{
	sb_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\') {
			sb_addc(out, '\\');
			sb_addc(out, (char)*p);
		} else if (*p < 0x20) {
			sb_addf(out, "\\u%04x", *p);
		} else {
			sb_addc(out, (char)*p);
		}
	}
	sb_addc(out, '"');
}

void diag_args_json(const struct diag *d, struct strbuf *out)
{
	sb_addc(out, '[');
	for (size_t i = 0; i < d->nargs; i++) {
		const struct diag_arg *a = &d->arg[i];
		if (i)
			sb_addc(out, ',');
		switch (a->type) {
		case DARG_TEXT:
			json_string(out, a->s);
			break;
		case DARG_MSG:
			sb_adds(out, "{\"msg\":");
			json_string(out, a->s);
			sb_addc(out, '}');
			break;
		case DARG_INT:
			sb_addf(out, "%lld", a->i);
			break;
		case DARG_UINT:
			sb_addf(out, "%llu", (unsigned long long)a->i);
			break;
		case DARG_REAL:
			sb_addf(out, "%.17g", a->r);
			if (!strpbrk(out->buf + out->len - 1, ".eE") && a->r == (double)(long long)a->r)
				sb_adds(out, ".0"); /* stays a real when read back */
			break;
		}
	}
	sb_addc(out, ']');
}

/* Format one conversion cv with value a into sb.  The format is built here from a checked
 * conversion (its length modifier replaced to match the value passed), hence not a literal. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void render_one(struct strbuf *sb, const struct conv *cv, const struct diag_arg *a, long long star_w,
		       long long star_p)
{
	char spec[64];
	char width[24], prec[24];
	if (cv->star_width)
		snprintf(width, sizeof(width), "%lld", star_w);
	else
		snprintf(width, sizeof(width), "%s", cv->width);
	if (cv->star_prec)
		snprintf(prec, sizeof(prec), ".%lld", star_p);
	else if (cv->has_prec)
		snprintf(prec, sizeof(prec), ".%s", cv->prec);
	else
		prec[0] = '\0';
	char c = cv->c;
	if (!a) {
		sb_adds(sb, "?");
		return;
	}
	if (c == 's' || a->type == DARG_TEXT || a->type == DARG_MSG) {
		const char *s = a->type == DARG_MSG ? _(a->s) : a->type == DARG_TEXT ? a->s : NULL;
		char num[48];
		if (!s) { /* a number where the translation wants text */
			if (a->type == DARG_REAL)
				snprintf(num, sizeof(num), "%g", a->r);
			else if (a->type == DARG_UINT)
				snprintf(num, sizeof(num), "%llu", (unsigned long long)a->i);
			else
				snprintf(num, sizeof(num), "%lld", a->i);
			s = num;
		}
		snprintf(spec, sizeof(spec), "%%%s%s%ss", cv->flags, width, prec);
		sb_addf(sb, spec, s);
	} else if (c == 'c') {
		snprintf(spec, sizeof(spec), "%%%s%sc", cv->flags, width);
		sb_addf(sb, spec, (int)a->i);
	} else if (is_real_conv(c)) {
		snprintf(spec, sizeof(spec), "%%%s%s%s%c", cv->flags, width, prec, c);
		sb_addf(sb, spec, a->type == DARG_REAL ? a->r : (double)a->i);
	} else {
		snprintf(spec, sizeof(spec), "%%%s%s%sll%c", cv->flags, width, prec, c);
		long long v = a->type == DARG_REAL ? (long long)a->r : a->i;
		sb_addf(sb, spec, v);
	}
}
#pragma GCC diagnostic pop

char *diag_render(const char *code, const struct diag_arg *arg, size_t nargs)
{
	const char *fmt = _(code);
	struct strbuf sb = STRBUF_INIT;
	size_t seq = 0;
	const char *p = fmt;
	for (const char *q; (q = strchr(p, '%'));) {
		sb_add(&sb, p, (size_t)(q - p));
		struct conv cv;
		if (parse_conv(q, &cv) < 0) { /* not a conversion we know: the text as it is */
			sb_addc(&sb, '%');
			p = q + 1;
			continue;
		}
		p = cv.end;
		if (cv.c == '%') {
			sb_addc(&sb, '%');
			continue;
		}
		long long sw = 0, sp = 0;
		if (cv.star_width)
			sw = seq < nargs ? arg[seq++].i : 0;
		if (cv.star_prec)
			sp = seq < nargs ? arg[seq++].i : 0;
		size_t at = cv.pos ? (size_t)cv.pos - 1 : seq++;
		render_one(&sb, &cv, at < nargs ? &arg[at] : NULL, sw, sp);
	}
	sb_adds(&sb, p);
	struct strbuf out = STRBUF_INIT;
	sb_add_escaped(&out, sb_str(&sb), sb.len, DIAG_TEXT_MAX);
	sb_release(&sb);
	return sb_detach(&out);
}
