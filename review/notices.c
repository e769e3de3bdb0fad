/*
 * notices — `gongkai notices`: placeholder until the letters land.
 */
#include "review/review.h"
#include "common/msg.h"

int cmd_notices(int argc, char **argv, const struct config *cfg)
{
	(void)argc;
	(void)argv;
	(void)cfg;
	error(_("notices: not yet available"));
	return 2;
}
