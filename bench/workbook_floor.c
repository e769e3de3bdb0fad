/*
 * workbook_floor — what reading the workbook form costs at the least with
 * the libraries the project must use (libzip, expat), on an inbox of
 * bench/workbook.sh:
 *
 *   inflate  libzip: open each 报送表.xlsx and .docx from memory and read
 *            out the parts `collect` reads (the package and workbook
 *            relationships, workbook.xml, sharedStrings.xml, every sheet
 *            but the first (填报说明) and the last (the drop-down lists), up
 *            to </sheetData> as collect stops there; the document's
 *            relationships and document.xml)
 *   expat    expat over those same bytes with no handler at all: the
 *            tokenizer alone, nothing looked at
 *
 *   workbook_floor INBOX
 *
 * The files are read into memory first (not timed).  Printed: CPU time of
 * each part and per package.  Single-threaded; collect spreads reading
 * over its reading threads, so on C cores no collect of this inbox can
 * take less than (this + the shared work of storing) / C.
 */
#include <dirent.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

struct part {
	char *data;
	size_t len;
};

static double cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc(n > 0 ? (size_t)n : 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* Is this a part collect reads? */
static int wanted(const char *name, int workbook, int nsheets)
{
	if (!strcmp(name, "_rels/.rels"))
		return 1;
	if (!workbook)
		return !strcmp(name, "word/document.xml") || !strcmp(name, "word/_rels/document.xml.rels");
	if (!strcmp(name, "xl/workbook.xml") || !strcmp(name, "xl/_rels/workbook.xml.rels") ||
	    !strcmp(name, "xl/sharedStrings.xml"))
		return 1;
	int k;
	char tail;
	if (sscanf(name, "xl/worksheets/sheet%d.xml%c", &k, &tail) == 1)
		return k > 1 && k < nsheets;
	return 0;
}

/* Inflate the wanted parts of one archive into parts[] (appended); the count. */
static size_t inflate_parts(const char *data, size_t len, int workbook, struct part *parts, size_t max)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	zip_error_fini(&ze);
	if (!za) {
		zip_source_free(src);
		return 0;
	}
	zip_int64_t n = zip_get_num_entries(za, 0);
	int nsheets = 0;
	for (zip_int64_t i = 0; i < n; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
		int k;
		if (name && sscanf(name, "xl/worksheets/sheet%d.xml", &k) == 1 && k > nsheets)
			nsheets = k;
	}
	size_t got = 0;
	for (zip_int64_t i = 0; i < n && got < max; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
		zip_stat_t st;
		if (!name || !wanted(name, workbook, nsheets) || zip_stat_index(za, (zip_uint64_t)i, 0, &st) < 0)
			continue;
		zip_file_t *f = zip_fopen_index(za, (zip_uint64_t)i, 0);
		if (!f)
			continue;
		char *buf = malloc(st.size + 1);
		zip_int64_t r = buf ? zip_fread(f, buf, st.size) : -1;
		zip_fclose(f);
		if (r < 0) {
			free(buf);
			continue;
		}
		size_t use = (size_t)r;
		const char *end = strncmp(name, "xl/worksheets/", 14) ? NULL : memmem(buf, use, "</sheetData>", 12);
		if (end)
			use = (size_t)(end - buf) + 12;
		parts[got++] = (struct part){ buf, use };
	}
	zip_discard(za);
	return got;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: workbook_floor INBOX\n");
		return 2;
	}
	DIR *dir = opendir(argv[1]);
	if (!dir) {
		perror(argv[1]);
		return 2;
	}
	size_t cap = 1024, nfiles = 0, npk = 0;
	struct part *files = malloc(cap * sizeof(*files));
	int *is_wb = malloc(cap * sizeof(int));
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		const char *names[2] = { "报送表.xlsx", "年度工作总结.docx" };
		for (int k = 0; k < 2; k++) {
			snprintf(path, sizeof(path), "%s/%s/%s", argv[1], e->d_name, names[k]);
			size_t len;
			char *d = slurp(path, &len);
			if (!d)
				continue;
			if (nfiles == cap) {
				cap *= 2;
				files = realloc(files, cap * sizeof(*files));
				is_wb = realloc(is_wb, cap * sizeof(int));
			}
			is_wb[nfiles] = k == 0;
			files[nfiles++] = (struct part){ d, len };
			npk += k == 0;
		}
	}
	closedir(dir);

	double t_inflate = 0, t_expat = 0;
	size_t xml_bytes = 0, bad = 0;
	for (size_t i = 0; i < nfiles; i++) {
		struct part parts[32];
		double t0 = cpu();
		size_t n = inflate_parts(files[i].data, files[i].len, is_wb[i], parts, 32);
		double t1 = cpu();
		for (size_t k = 0; k < n; k++) {
			XML_Parser p = XML_ParserCreate(NULL);
			if (XML_Parse(p, parts[k].data, (int)parts[k].len, 0) == XML_STATUS_ERROR)
				bad++;
			XML_ParserFree(p);
			xml_bytes += parts[k].len;
		}
		double t2 = cpu();
		for (size_t k = 0; k < n; k++)
			free(parts[k].data);
		t_inflate += t1 - t0;
		t_expat += t2 - t1;
	}
	printf("workbook floor: %zu packages, %zu files, %.1f MB of XML read (%zu parts not well-formed)\n", npk, nfiles,
	       (double)xml_bytes / 1e6, bad);
	printf("  CPU: inflate %.2f s, expat %.2f s: %.3f ms a package\n", t_inflate, t_expat,
	       npk ? (t_inflate + t_expat) * 1e3 / (double)npk : 0.0);
	for (size_t i = 0; i < nfiles; i++)
		free(files[i].data);
	free(files);
	free(is_wb);
	return bad ? 1 : 0;
}
