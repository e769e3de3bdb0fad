/*
 * text — the character-level rules of the rubric: what counts as white space,
 * punctuation and symbols (C09 and the copied-summary comparison), summary
 * length in code points, catalogue titles compared "ignoring spaces and
 * case" (C03 duplicates) and trimmed placeholder titles (C03).
 *
 * Everything works on UTF-8 as decoded by common/textin; case folding is
 * ASCII only (A–Z and the full-width Ａ–Ｚ), because Chinese has no case.
 */
#ifndef GK_SCORE_TEXT_H
#define GK_SCORE_TEXT_H

#include "common/rubric.h"

#include <stddef.h>

/* Unicode white space (Python's str.isspace set: White_Space plus U+001C–U+001F). */
int uc_is_space(unsigned cp);
/* General category P* or S* (score/unicat.c, generated). */
int uc_is_punct_or_symbol(unsigned cp);

/* Code points in s that are not white space (C09 summary length). */
size_t text_len_nospace(const char *s);
/* The code points of s without white space, punctuation and symbols; *n their number. Caller frees. */
unsigned *text_ngram_chars(const char *s, size_t *n);
/*
 * The n-grams of s and p as text_ngram_chars() gives their characters: the
 * number of distinct n-grams of s in *ng (|G|), and the number of those also
 * in p (|G ∩ P|) returned.  Safe to call from several threads at once.
 */
size_t text_gram_overlap(const char *s, const char *p, size_t n, size_t *ng);
/* A title as compared for duplicates: no white space, ASCII and full-width letters lower-cased. Caller frees. */
char *text_title_key(const char *title);
/* s trimmed of white space at both ends and case-folded, for placeholder comparison. Caller frees. */
char *text_fold_trimmed(const char *s);
/* Is the trimmed title, ignoring case, one of the placeholders (each already text_fold_trimmed)? */
int text_is_placeholder(const char *title, char *const *folded, size_t n);

#endif
