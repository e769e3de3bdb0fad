/*
 * package — loading a package folder and checking submission.ini and
 * summary.txt; stats.csv and catalog.csv have their own readers
 * (stats_read.c, catalog_read.c).  See package.h.
 */
#include "collect/package.h"
#include "common/compress.h"
#include "collect/readers.h"
#include "common/ini.h"
#include "common/msg.h"
#include "common/parse.h"
#include "common/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *const package_file_names[PKG_NFILES] = { "submission.ini", "stats.csv", "catalog.csv", "summary.txt" };

/* Does name end in ext (".xlsx"), without regard to case? */
static int has_ext(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && !strcasecmp(name + n - e, ext);
}

/* The folder's entries that decide its form, each list sorted by name. */
struct listing {
	struct vec workbooks, documents, old_excel, old_word;
	int csv[PKG_NFILES]; /* which of the CSV form's files are there */
};

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_folder(int dfd, struct listing *l)
{
	memset(l, 0, sizeof(*l));
	int fd = dup(dfd);
	DIR *dh = fd >= 0 ? fdopendir(fd) : NULL;
	if (!dh) {
		if (fd >= 0)
			close(fd);
		return; /* the files' own opening reports it */
	}
	struct dirent *e;
	while ((e = readdir(dh))) {
		const char *n = e->d_name;
		if (n[0] == '.' || !strncmp(n, "~$", 2)) /* hidden files, Excel's and Word's lock files */
			continue;
		for (int i = 0; i < PKG_NFILES; i++)
			if (!strcmp(n, package_file_names[i]))
				l->csv[i] = 1;
		if (has_ext(n, ".xlsx"))
			vec_push(&l->workbooks, xstrdup(n));
		else if (has_ext(n, ".docx"))
			vec_push(&l->documents, xstrdup(n));
		else if (has_ext(n, ".xls") || has_ext(n, ".et"))
			vec_push(&l->old_excel, xstrdup(n));
		else if (has_ext(n, ".doc") || has_ext(n, ".wps"))
			vec_push(&l->old_word, xstrdup(n));
	}
	closedir(dh);
	struct vec *all[] = { &l->workbooks, &l->documents, &l->old_excel, &l->old_word };
	for (size_t i = 0; i < ARRAY_SIZE(all); i++)
		if (all[i]->n > 1)
			qsort(all[i]->item, all[i]->n, sizeof(char *), by_str);
}

static void listing_release(struct listing *l)
{
	vec_release(&l->workbooks, free);
	vec_release(&l->documents, free);
	vec_release(&l->old_excel, free);
	vec_release(&l->old_word, free);
}

/* "a、b、c" */
static char *join_names(const struct vec *v, size_t from)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = from; i < v->n; i++) {
		if (i > from)
			sb_adds(&sb, "、");
		sb_adds(&sb, v->item[i]);
	}
	return sb_detach(&sb);
}

/*
 * Decide the form and each slot's file name.  Reports a folder that is not
 * one form; -1 then (the files named are still read, for their own
 * problems, but nothing will be stored).
 */
static int choose_files(struct package *p, const struct listing *l, const char *display_dir, struct diags *d)
{
	size_t before = d->errors;
	for (size_t i = 0; i < l->old_excel.n; i++) {
		char *display = path_join(display_dir, l->old_excel.item[i]);
		diag_err(d, display, 0, NULL, _("an old binary spreadsheet (.xls or .et) cannot be read; open it in Excel or WPS and save it as .xlsx (请另存为 .xlsx)"));
		free(display);
	}
	for (size_t i = 0; i < l->old_word.n; i++) {
		char *display = path_join(display_dir, l->old_word.item[i]);
		diag_err(d, display, 0, NULL, _("an old binary document (.doc or .wps) cannot be read; open it in Word or WPS and save it as .docx (请另存为 .docx)"));
		free(display);
	}
	if (l->workbooks.n > 1) {
		char *names = join_names(&l->workbooks, 0);
		diag_err(d, display_dir, 0, NULL, _("the folder holds %zu workbooks (%s); send one workbook only"), l->workbooks.n, names);
		free(names);
	}
	int any_csv = l->csv[PKG_SUBMISSION] || l->csv[PKG_STATS] || l->csv[PKG_CATALOG];
	/* an old .xls alone was meant as the workbook form: say only what to do with it */
	p->form = l->workbooks.n || (l->old_excel.n && !any_csv) ? PKG_FORM_WORKBOOK : PKG_FORM_CSV;
	if (p->form == PKG_FORM_WORKBOOK) {
		struct strbuf csv = STRBUF_INIT;
		for (int i = 0; i < PKG_NFILES; i++)
			if (l->csv[i] && i != PKG_SUMMARY) {
				if (csv.len)
					sb_adds(&csv, "、");
				sb_adds(&csv, package_file_names[i]);
			}
		if (csv.len && l->workbooks.n)
			diag_err(d, display_dir, 0, NULL,
				 _("the folder mixes the workbook form (%s) and the CSV form (%s); send the workbook and the summary only"),
				 (const char *)l->workbooks.item[0], sb_str(&csv));
		sb_release(&csv);
		if (l->workbooks.n)
			p->file_name[PKG_STATS] = xstrdup(l->workbooks.item[0]);
	} else {
		for (int i = 0; i < PKG_NFILES; i++)
			if (i != PKG_SUMMARY)
				p->file_name[i] = xstrdup(package_file_names[i]);
	}
	size_t summaries = l->documents.n + (size_t)l->csv[PKG_SUMMARY];
	if (summaries > 1) {
		char *names = join_names(&l->documents, 0);
		diag_err(d, display_dir, 0, NULL, _("the folder holds %zu summaries (%s%s%s); send one summary only"), summaries,
			 l->csv[PKG_SUMMARY] ? package_file_names[PKG_SUMMARY] : "", l->csv[PKG_SUMMARY] ? "、" : "", names);
		free(names);
	}
	if (l->csv[PKG_SUMMARY] || !l->documents.n)
		p->file_name[PKG_SUMMARY] = xstrdup(package_file_names[PKG_SUMMARY]);
	else
		p->file_name[PKG_SUMMARY] = xstrdup(l->documents.item[0]);
	if (p->form == PKG_FORM_WORKBOOK && !summaries) {
		diag_err(d, display_dir, 0, NULL,
			 _("the summary is missing; put the year's work summary beside the workbook, as a Word document (.docx) or as summary.txt"));
		free(p->file_name[PKG_SUMMARY]);
		p->file_name[PKG_SUMMARY] = NULL;
	}
	return d->errors > before ? -1 : 0;
}
/* A file time this far ahead of the clock is an error (a day: time zones and a slightly fast clock are not). */
enum { FUTURE_SLACK = 24 * 60 * 60 };

/* Read one file of the package through the folder's descriptor: no link, one name, within the limit, unchanged while read. */
static void load_file(struct package *p, int i, int dfd, const char *display, const struct limits *lim,
		      struct diags *d)
{
	struct text *t = &p->file[i];
	/* O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below) */
	int fd = openat(dfd, p->file_name[i], O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	struct stat st, after;
	if (fd < 0) {
		if (errno == ENOENT)
			diag_err(d, display, 0, NULL, _("the file is missing; every package needs it"));
		else if (errno == ELOOP)
			diag_err(d, display, 0, NULL, _("the file is a symbolic link; put the file itself in the folder"));
		else
			diag_err(d, display, 0, NULL, _("cannot read the file: %s"), strerror(errno));
		return;
	}
	if (fstat(fd, &st) < 0) {
		diag_err(d, display, 0, NULL, _("cannot read the file: %s"), strerror(errno));
	} else if (!S_ISREG(st.st_mode)) {
		diag_err(d, display, 0, NULL, _("not a regular file; put a plain file in the folder"));
	} else if (st.st_nlink > 1) {
		diag_err(d, display, 0, NULL,
			 _("the file has %lu names (hard links), so another folder may share it; put a copy of its own in the folder"),
			 (unsigned long)st.st_nlink);
	} else if (st.st_size > lim->file_bytes) {
		diag_err(d, display, 0, NULL,
			 _("the file is %.1f MiB, more than the %lld MiB a package file may have ([limits] file_mib); send only the year's data"),
			 (double)st.st_size / (1 << 20), lim->file_bytes >> 20);
	} else if (read_fd(fd, lim->file_bytes, &t->raw, &t->raw_len) < 0) {
		if (errno == EFBIG)
			diag_err(d, display, 0, NULL,
				 _("the file changed while it was read (its size or time is different now); send the package again once it is complete"));
		else
			diag_err(d, display, 0, NULL, _("cannot read the file: %s"), strerror(errno));
	} else if (fstat(fd, &after) < 0 || after.st_size != st.st_size || (size_t)st.st_size != t->raw_len ||
		   after.st_mtim.tv_sec != st.st_mtim.tv_sec || after.st_mtim.tv_nsec != st.st_mtim.tv_nsec) {
		diag_err(d, display, 0, NULL,
			 _("the file changed while it was read (its size or time is different now); send the package again once it is complete"));
		free(t->raw);
		t->raw = NULL;
		t->raw_len = 0;
	} else if (st.st_mtime > time(NULL) + FUTURE_SLACK) {
		/* a received time from the future would count as on time, whatever the deadline */
		char when[32];
		format_received(st.st_mtime, when, sizeof(when));
		diag_err(d, display, 0, NULL,
			 _("the file's time is %s, in the future; set the computer's date right and save the file again"), when);
		free(t->raw);
		t->raw = NULL;
		t->raw_len = 0;
	} else {
		t->mtime = st.st_mtime;
		if (t->mtime > p->received)
			p->received = t->mtime;
		sha256_hex(t->raw, t->raw_len, p->file_digest[i]);
	}
	close(fd);
}

int package_load(struct package *p, const char *dir, const char *display_dir, const char *code,
		 const struct limits *limits, struct diags *d)
{
	memset(p, 0, sizeof(*p));
	p->code = xstrdup(code);
	struct limits defaults;
	if (!limits) {
		limits_default(&defaults);
		limits = &defaults;
	}
	size_t before = d->errors;
	struct stat st;
	if (lstat(dir, &st) < 0) {
		diag_err(d, display_dir, 0, NULL, _("cannot read the folder: %s"), strerror(errno));
		return -1;
	}
	if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
		diag_err(d, display_dir, 0, NULL,
			 S_ISLNK(st.st_mode) ? _("the package folder is a symbolic link; put a real folder in the inbox")
					     : _("not a folder; a package is a folder named with the unit's code"));
		return -1;
	}
	/* The files are opened relative to this descriptor: the folder cannot be swapped for a link meanwhile. */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (dfd < 0) {
		if (errno == ELOOP || errno == ENOTDIR)
			diag_err(d, display_dir, 0, NULL, _("the package folder is a symbolic link; put a real folder in the inbox"));
		else
			diag_err(d, display_dir, 0, NULL, _("cannot read the folder: %s"), strerror(errno));
		return -1;
	}
	struct listing l;
	list_folder(dfd, &l);
	choose_files(p, &l, display_dir, d);
	listing_release(&l);
	for (int i = 0; i < PKG_NFILES; i++) {
		if (!p->file_name[i])
			continue;
		char *display = path_join(display_dir, p->file_name[i]);
		load_file(p, i, dfd, display, limits, d);
		free(display);
	}
	close(dfd);
	const char *sha[PKG_NFILES];
	for (int i = 0; i < PKG_NFILES; i++)
		sha[i] = p->file[i].raw ? p->file_digest[i] : NULL;
	package_digest((const char *const *)p->file_name, sha, p->digest);
	return d->errors > before ? -1 : 0;
}

int package_slot(const char *name)
{
	for (int i = 0; i < PKG_NFILES; i++)
		if (!strcmp(name, package_file_names[i]))
			return i;
	if (has_ext(name, ".xlsx"))
		return PKG_STATS;
	if (has_ext(name, ".docx"))
		return PKG_SUMMARY;
	return -1;
}

void package_digest(const char *const name[PKG_NFILES], const char *const sha[PKG_NFILES], char out[DIGEST_HEX])
{
	struct strbuf all = STRBUF_INIT;
	for (int i = 0; i < PKG_NFILES; i++)
		if (sha[i] && name[i])
			sb_addf(&all, "%s %s\n", name[i], sha[i]);
	sha256_hex(sb_str(&all), all.len, out);
	sb_release(&all);
}

/* submission.ini: [submission] unit, year, contact, phone. */
static void check_submission(struct package *p, const char *display, const struct config *cfg, struct diags *d)
{
	struct ini *ini = ini_parse(p->file[PKG_SUBMISSION].utf8, p->file[PKG_SUBMISSION].len, display, d);
	if (!ini)
		return;
	const char *unit = ini_get(ini, "submission", "unit");
	const char *year = ini_get(ini, "submission", "year");
	const char *contact = ini_get(ini, "submission", "contact");
	const char *phone = ini_get(ini, "submission", "phone");
	if (!unit || !*unit) {
		diag_err(d, display, 0, "[submission] unit", _("the unit code is missing; write unit = %s"), p->code);
	} else if (strcmp(unit, p->code)) {
		diag_err(d, display, 0, "[submission] unit",
			 _("the package names unit \"%s\" but sits in folder \"%s\"; a unit may only send its own package"),
			 unit, p->code);
	}
	long long y = 0;
	if (!year || !*year)
		diag_err(d, display, 0, "[submission] year", _("the year is missing; write year = %d"), cfg ? cfg->year : 2015);
	else if (parse_count(year, &y) != PARSE_OK)
		diag_err(d, display, 0, "[submission] year", _("\"%s\" is not a year such as 2015"), year);
	else if (cfg && y != cfg->year)
		diag_err(d, display, 0, "[submission] year", _("the package is for %lld but this collection is for %d; send the %d package"),
			 y, cfg->year, cfg->year);
	if (y > 0 && y <= 9999)
		p->year = (int)y;
	if (!contact || !*contact)
		diag_err(d, display, 0, "[submission] contact", _("the contact person is missing; write contact = 姓名"));
	if (!phone || !*phone)
		diag_err(d, display, 0, "[submission] phone", _("the phone number is missing; write phone = 0000-1234567"));
	p->contact = xstrdup(contact ? contact : "");
	p->phone = xstrdup(phone ? phone : "");
	struct diags unknown = DIAGS_INIT;
	ini_report_unknown(ini, &unknown);
	for (size_t i = 0; i < unknown.n; i++)
		diag_warn(d, display, 0, unknown.d[i].column, _("unknown setting is ignored"));
	diag_clear(&unknown);
	ini_free(ini);
}

static void check_summary(struct package *p, const char *display, struct diags *d)
{
	const struct text *t = &p->file[PKG_SUMMARY];
	struct strbuf sb = STRBUF_INIT;
	sb_grow(&sb, t->len);
	for (const char *q = t->utf8, *end = t->utf8 + t->len; q < end;) {
		const char *cr = memchr(q, '\r', (size_t)(end - q));
		if (!cr) {
			sb_add(&sb, q, (size_t)(end - q));
			break;
		}
		sb_add(&sb, q, (size_t)(cr - q));
		if (cr + 1 == end || cr[1] != '\n')
			sb_addc(&sb, '\r'); /* a lone CR stays */
		q = cr + 1;
	}
	p->summary = sb_detach(&sb);
	char *copy = xstrdup(p->summary);
	if (!*trim(copy))
		diag_err(d, display, 0, NULL, _("the summary is empty; write the year's work summary (年度工作总结) in it"));
	free(copy);
}

int package_validate(struct package *p, const char *display_dir, const struct config *cfg,
		     const struct roster *roster, struct diags *d)
{
	size_t before = d->errors;
	if (roster && roster_find(roster, p->code) < 0)
		diag_err(d, display_dir, 0, NULL,
			 _("\"%s\" is not a unit code in the roster (units.csv); the folder must be named with the unit's code"),
			 p->code);
	for (int i = 0; i < PKG_NFILES; i++) {
		if (!p->file_name[i])
			continue;
		char *display = path_join(display_dir, p->file_name[i]);
		struct text *t = &p->file[i];
		if (!t->raw) {
			/* unreadable: reported by package_load() */
		} else if (has_ext(p->file_name[i], ".xlsx")) {
			t->encoding = "binary";
			read_workbook(p, display, cfg, d);
		} else if (has_ext(p->file_name[i], ".docx")) {
			t->encoding = "binary";
			read_docx(p, display, d);
			if (!p->summary)
				p->summary = xstrdup("");
		} else if (text_decode(t, display, d) == 0) {
			switch (i) {
			case PKG_SUBMISSION: check_submission(p, display, cfg, d); break;
			case PKG_STATS: read_stats(p, display, d); break;
			case PKG_CATALOG: read_catalog(p, display, d); break;
			case PKG_SUMMARY: check_summary(p, display, d); break;
			}
		}
		free(display);
	}
	return d->errors > before ? -1 : 0;
}

int package_pack(struct package *p)
{
	for (int i = 0; i < PKG_NFILES; i++)
		if (p->file_name[i] && !p->packed[i] &&
		    compress_bytes(p->file[i].raw, p->file[i].raw_len, COMPRESS_LEVEL, &p->packed[i], &p->packed_len[i]) < 0)
			return -1;
	return 0;
}

void package_release(struct package *p)
{
	free(p->code);
	for (int i = 0; i < PKG_NFILES; i++) {
		text_release(&p->file[i]);
		free(p->packed[i]);
		free(p->file_name[i]);
	}
	free(p->contact);
	free(p->phone);
	free(p->stats);
	sb_release(&p->stats_json);
	free(p->rows);
	sb_release(&p->rowtext);
	free(p->summary);
	memset(p, 0, sizeof(*p));
}

char *format_received(time_t t, char *buf, size_t n)
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%d %H:%M", &tm);
	return buf;
}
