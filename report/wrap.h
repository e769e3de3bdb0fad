/*
 * wrap — breaking a line of Chinese (or English) text to a width.
 *
 * Pure and PDF-free so that it can be unit-tested: the caller passes the
 * width of each code point through a callback (the PDF layer measures one
 * code point at a time, because libharu 2.3.0 cannot measure Chinese).
 *
 * Rules (report.md, pitfalls.md): a line breaks between any two Chinese
 * characters and at spaces; a run of ASCII letters, digits and the ASCII
 * punctuation inside it ("C01", "2025-11-20", "87.50") stays together unless
 * it alone is wider than the line; closing punctuation (，。、；：？！）」』》
 * and the like) never starts a line and opening punctuation （《「“ never ends
 * one: each sticks to its neighbour.  A line never exceeds the width unless
 * a single code point does.  '\n' forces a break.
 */
#ifndef GK_WRAP_H
#define GK_WRAP_H

#include <stddef.h>

/* Width of code point cp, in the caller's units. */
typedef double (*wrap_width_fn)(void *ctx, unsigned cp);

/*
 * The next line of s[0, len): returns the byte length of the line's content
 * (trailing spaces dropped) and sets *resume to where the following line
 * starts (spaces and one newline skipped).  *resume == len at the end.
 */
size_t wrap_line(const char *s, size_t len, double width, wrap_width_fn fn, void *ctx, size_t *resume);

/* Is cp closing punctuation that must not start a line? */
int wrap_is_closing(unsigned cp);
/* Is cp opening punctuation that must not end a line? */
int wrap_is_opening(unsigned cp);

#endif
