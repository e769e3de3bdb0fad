/* score — placeholder until the rubric engine lands (issue 3). */
#include "score/score.h"
#include "common/msg.h"

int score_all(const struct config *cfg, sqlite3 *db)
{
	(void)cfg;
	(void)db;
	error(_("score is not built yet"));
	return 2;
}

int export_scores(const struct config *cfg, sqlite3 *db, const char *path)
{
	(void)cfg;
	(void)db;
	(void)path;
	error(_("export is not built yet"));
	return 2;
}

int cmd_score(int argc, char **argv, const struct config *cfg)
{
	(void)argc;
	(void)argv;
	return score_all(cfg, NULL);
}

int cmd_export(int argc, char **argv, const struct config *cfg)
{
	(void)argc;
	(void)argv;
	return export_scores(cfg, NULL, NULL);
}
