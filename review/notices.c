/*
 * notices — `gongkai notices`: placeholder until the letters land.
 */
#include "review/review.h"
#include "common/msg.h"

int cmd_notices(const struct args *a, const struct config *cfg)
{
	(void)a;
	(void)cfg;
	error(_("notices: not yet available"));
	return 2;
}
