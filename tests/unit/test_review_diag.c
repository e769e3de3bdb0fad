/*
 * test_review_diag — problems kept as data (common/diag.c): the message id
 * recovered from the translated format, the values typed (whole numbers,
 * text, a message of its own), the JSON they are stored as, and the same
 * problem written again in the other language, also where the Chinese
 * translation puts the values in another order (%2$s … %1$02d).
 */
#include "common/diag.h"
#include "common/msg.h"
#include "common/util.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

#define NOT_APPLY "C%02d does not apply to %s, so no points of it can be adjusted; name a criterion on its scorecard or total"

static void render_is(const struct diag *d, const char *lang, const char *want)
{
	msg_use_language(lang);
	char *got = diag_render(d->code, d->arg, d->nargs);
	if (strcmp(got, want))
		fprintf(stderr, "render in %s:\n  got  %s\n  want %s\n", lang, got, want);
	CHECK(!strcmp(got, want));
	free(got);
}

int main(void)
{
	CHECK(msg_init("zh_CN") == 0);
	struct diags d = DIAGS_INIT;
	diag_err(&d, "objections.csv", 2, "评分项目", _(NOT_APPLY), 13, "z-lh");
	CHECK(d.n == 1 && d.errors == 1);
	const struct diag *x = &d.d[0];
	CHECK(!strcmp(x->code, NOT_APPLY));
	CHECK(!strcmp(x->text, "单位 z-lh 不适用 C13，无分可调；请填写该单位评分表上的项目或 total"));
	CHECK(x->nargs == 2 && x->arg[0].type == DARG_INT && x->arg[0].i == 13);
	CHECK(x->arg[1].type == DARG_TEXT && !strcmp(x->arg[1].s, "z-lh"));
	struct strbuf js = STRBUF_INIT;
	diag_args_json(x, &js);
	CHECK(!strcmp(sb_str(&js), "[13,\"z-lh\"]"));
	render_is(x, "en", "C13 does not apply to z-lh, so no points of it can be adjusted; name a criterion on its scorecard or total");
	render_is(x, "zh_CN", x->text);

	/* a value that is itself a message is kept as its id and translated again */
	msg_use_language("zh_CN");
	diag_warn(&d, "inbox/tjj/stats.csv", 0, NULL, _("reason: %s"), _("pending"));
	x = &d.d[1];
	CHECK(d.errors == 1 && x->level == DIAG_WARNING);
	CHECK(!strcmp(x->text, "原因：待处理"));
	CHECK(x->nargs == 1 && x->arg[0].type == DARG_MSG && !strcmp(x->arg[0].s, "pending"));
	sb_reset(&js);
	diag_args_json(x, &js);
	CHECK(!strcmp(sb_str(&js), "[{\"msg\":\"pending\"}]"));
	render_is(x, "en", "reason: pending");

	/* lengths: %lld, %zu; text with quotes and control characters stays one JSON string, escaped when shown */
	msg_use_language("en");
	diag_err(&d, "f.csv", 7, "c", _("%lld units scored"), 38LL);
	CHECK(d.d[2].arg[0].type == DARG_INT && d.d[2].arg[0].i == 38);
	render_is(&d.d[2], "zh_CN", "评分 38 个单位");
	diag_err(&d, "f.csv", 8, NULL, "\"%s\" and %zu", "a\"b\nc", (size_t)5);
	x = &d.d[3];
	CHECK(x->nargs == 2 && x->arg[1].type == DARG_UINT && x->arg[1].i == 5);
	sb_reset(&js);
	diag_args_json(x, &js);
	CHECK(!strcmp(sb_str(&js), "[\"a\\\"b\\u000ac\",5]"));
	render_is(x, "en", "\"a\"b\\nc\" and 5");

	/* a format this walker does not know keeps what it has and still renders */
	char *r = diag_render("100%% of %s", x->arg, 1);
	CHECK(!strcmp(r, "100% of a\"b\\nc"));
	free(r);
	r = diag_render("%s and %s", x->arg, 1); /* a value missing: shown as ? */
	CHECK(!strcmp(r, "a\"b\\nc and ?"));
	free(r);

	sb_release(&js);
	diag_clear(&d);
	return check_result("test_review_diag");
}
