/*
 * cmd_template — `gongkai template [--unit CODE] [-o DIR] [--csv]`: blank
 * packages for the units, one folder per roster unit.  By default the
 * folder holds the workbook 报送表.xlsx (template_xlsx.c), whose 填报说明
 * sheet is written for the unit.  With --csv it holds the CSV form:
 * submission.ini with the unit filled in, stats.csv with every code and its
 * Chinese label under a Chinese header, catalog.csv with the Chinese header,
 * an empty summary.txt, and the how-to 填报说明.txt: the unit's own lines
 * (deadline, required categories, C13) followed by templates/填报说明.txt
 * with the configured deadline and year put in.  CSVs carry a UTF-8
 * byte-order mark so Excel shows the Chinese.  The files are for Chinese
 * clerks, so their labels are Chinese whatever the message language.
 */
#include "collect/collect.h"
#include "collect/package.h"
#include "collect/template.h"
#include "common/args.h"
#include "common/codes.h"
#include "common/csvin.h"
#include "common/msg.h"
#include "common/outdir.h"
#include "common/outpath.h"
#include "common/roster.h"
#include "common/util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DATADIR
#define DATADIR "/usr/local/share/gongkai"
#endif

#define HOWTO "填报说明.txt"

/* templates/: $GONGKAI_TEMPLATES, else ../templates beside the executable (the build tree), else DATADIR. */
static char *templates_dir(void)
{
	const char *env = getenv("GONGKAI_TEMPLATES");
	if (env && *env)
		return xstrdup(env);
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char *dir = xasprintf("%s/../templates", exe);
			struct stat st;
			if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
				return dir;
			free(dir);
		}
	}
	return xstrdup(DATADIR "/templates");
}

/* A new file; never replaces one (cmd_template() checked that none exists). */
static FILE *create(const char *dir, const char *name)
{
	char *path = path_join(dir, name);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (fd >= 0 && !f)
		close(fd);
	if (!f)
		error(_("cannot write %s: %s"), path, strerror(errno));
	free(path);
	return f;
}

/* The how-to of the CSV form: the unit's lines, then the shipped text with {截止日期}, {deadline} and {年} filled in. */
static char *unit_howto(const struct unit *u, const struct config *cfg, const char *howto, size_t howto_len)
{
	struct strbuf sb = STRBUF_INIT;
	char *notes = template_unit_notes(u, cfg);
	sb_adds(&sb, notes);
	free(notes);
	sb_adds(&sb, "\n");
	char zh[32], en[16], year[16];
	template_date_zh(cfg->deadline, zh);
	day_format(cfg->deadline, en);
	snprintf(year, sizeof(year), "%d", cfg->year);
	const struct { const char *key, *value; } subst[] = { { "{截止日期}", zh }, { "{deadline}", en }, { "{年}", year } };
	for (const char *p = howto, *end = howto + howto_len; p < end;) {
		size_t i;
		for (i = 0; i < ARRAY_SIZE(subst); i++) {
			size_t k = strlen(subst[i].key);
			if ((size_t)(end - p) >= k && !memcmp(p, subst[i].key, k)) {
				sb_adds(&sb, subst[i].value);
				p += k;
				break;
			}
		}
		if (i == ARRAY_SIZE(subst))
			sb_addc(&sb, *p++);
	}
	return sb_detach(&sb);
}

/* The unit's folder in outdir, made if missing (owned); NULL after a message. */
static char *unit_folder(const char *outdir, const struct unit *u)
{
	char *dir = path_join(outdir, u->code);
	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		error(_("cannot create %s: %s"), dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

static int write_unit_xlsx(const char *outdir, const struct unit *u, const struct config *cfg)
{
	char *dir = unit_folder(outdir, u);
	if (!dir)
		return -1;
	char *path = path_join(dir, TEMPLATE_WORKBOOK);
	int rc = template_workbook(path, u, cfg, NULL);
	free(path);
	free(dir);
	return rc;
}

static int write_unit(const char *outdir, const struct unit *u, const struct config *cfg, const char *howto, size_t howto_len)
{
	char *dir = unit_folder(outdir, u);
	if (!dir)
		return -1;
	int rc = -1;
	FILE *f = create(dir, package_file_names[PKG_SUBMISSION]);
	if (!f)
		goto out;
	/* the name from units.csv may hold a line break or other control characters: escaped, it stays in its comment */
	char *name = escaped(u->name);
	fprintf(f, "; %s %d 年政府信息公开工作年度报送\n[submission]\nunit    = %s\nyear    = %d\ncontact = \nphone   = \n",
		name, cfg->year, u->code, cfg->year);
	free(name);
	fclose(f);

	if (!(f = create(dir, package_file_names[PKG_STATS])))
		goto out;
	fputs("\xEF\xBB\xBF" "编码,项目,数值\n", f);
	size_t n;
	const struct statcode *codes = stat_codes(&n);
	for (size_t i = 0; i < n; i++) {
		fprintf(f, "%s,", codes[i].code);
		csv_put(f, codes[i].zh);
		fputs(",\n", f);
	}
	fclose(f);

	if (!(f = create(dir, package_file_names[PKG_CATALOG])))
		goto out;
	fputs("\xEF\xBB\xBF" "索引号,标题,类别,成文日期,发布日期,链接,字数\n", f);
	fclose(f);

	if (!(f = create(dir, package_file_names[PKG_SUMMARY])))
		goto out;
	fclose(f);

	if (howto) {
		if (!(f = create(dir, HOWTO)))
			goto out;
		char *text = unit_howto(u, cfg, howto, howto_len);
		fputs(text, f);
		free(text);
		fclose(f);
	}
	rc = 0;
out:
	free(dir);
	return rc;
}

/* Files that writing the template would replace: each named on stderr. Their number. */
static size_t existing_files(const char *outdir, const struct roster *roster, const char *only, int csv)
{
	size_t found = 0;
	for (size_t i = 0; i < roster->n; i++) {
		if (only && strcmp(only, roster->u[i].code))
			continue;
		char *dir = path_join(outdir, roster->u[i].code);
		for (int k = csv ? 0 : PKG_NFILES + 1; k <= PKG_NFILES + 1; k++) { /* the package's files and the how-to, or the workbook */
			char *path = path_join(dir, k < PKG_NFILES ? package_file_names[k] : k == PKG_NFILES ? HOWTO : TEMPLATE_WORKBOOK);
			struct stat st;
			if (lstat(path, &st) == 0 && found++ < 10)
				error(_("%s already exists; template never replaces a file: move the old folder away or write elsewhere with -o"),
				      path);
			free(path);
		}
		free(dir);
	}
	return found;
}

int cmd_template(const struct args *a, const struct config *cfg)
{
	const char *only = arg_value(a, "--unit", NULL), *outdir = arg_value(a, "--output", "template");
	int csv = arg_given(a, "--csv");
	int rc = 2;
	struct roster roster;
	char *howto = NULL, *tdir = NULL, *howto_path = NULL;
	size_t howto_len = 0;
	if (roster_load_print(&roster, cfg->roster) < 0)
		goto out;
	if (only && roster_find(&roster, only) < 0) {
		error(_("\"%s\" is not a unit code in the roster %s"), only, cfg->roster);
		goto out;
	}
	if (outpath_check(cfg, outdir, OUT_FOLDER) < 0) /* not the inbox, not a link, not a file */
		goto out;
	if (csv) {
		tdir = templates_dir();
		howto_path = path_join(tdir, HOWTO);
		if (read_file(howto_path, &howto, &howto_len) < 0)
			warn(_("cannot read the how-to %s; the folders will not have it"), howto_path);
	}
	size_t existing = existing_files(outdir, &roster, only, csv);
	if (existing) {
		if (existing > 10)
			error(_("%zu files in all already exist in %s; nothing was written"), existing, outdir);
		else
			error(_("nothing was written to %s"), outdir);
		goto out;
	}
	if (outdir_make(outdir) < 0) /* the folder, never its missing parents */
		goto out;
	size_t written = 0;
	for (size_t i = 0; i < roster.n; i++) {
		if (only && strcmp(only, roster.u[i].code))
			continue;
		if ((csv ? write_unit(outdir, &roster.u[i], cfg, howto, howto_len) : write_unit_xlsx(outdir, &roster.u[i], cfg)) < 0)
			goto out;
		written++;
	}
	info(_("template: %zu package folders written to %s"), written, outdir);
	rc = 0;
out:
	free(howto);
	free(howto_path);
	free(tdir);
	roster_release(&roster);
	return rc;
}
