/*
 * figures — the numbers a summary states after a phrase (years.md,
 * identity 9): 「本年新收政府信息公开申请６６８件」 states 668 for 新收.
 *
 * For each occurrence of the phrase: skip at most 10 characters (code
 * points; spaces count) that are neither digits nor one of 。；！？ nor a
 * line end (LF, CR); then read the first run of digits, ASCII or full-width;
 * it counts only when the very next character is 件.  Chinese numerals are
 * not read.  A number exactly 10 characters after the phrase is read, one 11
 * after is not; 。 between the phrase and the number stops the skip.
 */
#ifndef GK_SCORE_FIGURES_H
#define GK_SCORE_FIGURES_H

#include <stddef.h>

enum { FIGURES_SKIP = 10 };

/* A stated figure: its value and its byte offset in the text (of the phrase). */
struct stated {
	long long value;       /* at most FIGURES_TOO_BIG: more digits read as that */
	size_t at;
};
#define FIGURES_TOO_BIG 999999999999999999LL

/* Every figure the text states after phrase, in text order, into out[0..max);
 * returns how many there are (possibly more than max). */
size_t figures_stated(const char *text, const char *phrase, struct stated *out, size_t max);

#endif
