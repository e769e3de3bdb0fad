/* narrative — see narrative.h. */
#include "report/narrative.h"
#include "common/diag.h"
#include "common/msg.h"
#include "common/textin.h"
#include "common/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Split decoded text into its non-blank lines, trimmed of ASCII and full-width spaces. */
static void split(struct narrative *nr, int k, const char *text)
{
	const char *p = text;
	while (*p) {
		const char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		char *line = xstrndup(p, n);
		char *t = trim(line);
		if (*t) {
			nr->para[k] = xrealloc(nr->para[k], (nr->n[k] + 1) * sizeof(char *));
			nr->para[k][nr->n[k]++] = xstrdup(t);
		}
		free(line);
		p += n + (end != NULL);
	}
}

void narrative_load(struct narrative *nr, const struct config *cfg)
{
	memset(nr, 0, sizeof(*nr));
	if (!cfg->narrative)
		return;
	struct stat st;
	if (stat(cfg->narrative, &st) < 0 || !S_ISDIR(st.st_mode)) {
		warn(_("%s: [paths] narrative names this folder, but it is not there; the report has no paragraphs of "
		       "the office's own"),
		     cfg->narrative);
		return;
	}
	for (int k = 0; k < NARRATIVE_PARTS; k++) {
		char name[8];
		snprintf(name, sizeof(name), "%d.txt", k + 1);
		char *path = path_join(cfg->narrative, name);
		if (lstat(path, &st) < 0) {
			if (errno != ENOENT)
				warn(_("%s: cannot read it (%s); the report goes on without it"), path, strerror(errno));
			free(path);
			continue;
		}
		if (S_ISREG(st.st_mode) && st.st_size > NARRATIVE_MAX_BYTES) {
			warn(_("%s: the file is larger than %d KB; the report goes on without it"), path,
			     NARRATIVE_MAX_BYTES / 1024);
			free(path);
			continue;
		}
		struct text t;
		struct diags d = DIAGS_INIT;
		if (text_load(path, path, &t, &d) < 0) {
			/* the reader's own sentence (which byte, which line), as a warning: the report goes on */
			for (size_t i = 0; i < d.n; i++)
				d.d[i].level = DIAG_WARNING;
			diag_print(&d, stderr);
			warn(_("%s: the report goes on without it"), path);
		} else {
			split(nr, k, t.utf8);
			text_release(&t);
		}
		diag_clear(&d);
		free(path);
	}
}

void narrative_release(struct narrative *nr)
{
	for (int k = 0; k < NARRATIVE_PARTS; k++) {
		for (size_t i = 0; i < nr->n[k]; i++)
			free(nr->para[k][i]);
		free(nr->para[k]);
	}
	memset(nr, 0, sizeof(*nr));
}
