/*
 * scoring — one run of the score stage from the database to the database:
 * read the roster and each unit's newest accepted package (load.c), find
 * copied summaries (copies.c) while last year's figures are read in another
 * thread (previous.c, lastyear.c), apply the rubric (engine.c), the
 * findings (findings.c), rank (rank.c) and store the results (store.c).
 *
 * The arrays stay in memory afterwards so that `score --unit` can print a
 * scorecard without reading them back.  Catalogue rows and stats are read
 * one unit at a time and freed after scoring it, so memory grows with the
 * number of units and summaries, not with the size of the catalogues.
 */
#ifndef GK_SCORE_SCORING_H
#define GK_SCORE_SCORING_H

#include "common/config.h"
#include "score/findings.h"
#include "score/model.h"
#include "score/objections.h"

#include <sqlite3.h>

struct scoring {
	struct unit_in *u;          /* roster order */
	struct unit_result *res;    /* parallel to u */
	size_t n;
	struct findings findings;
	struct objections objections;
	size_t baseline_errors;     /* rows of the baseline file left out (previous.c) */
};

/* 0, or 2 after printing what went wrong. */
int scoring_run(const struct config *cfg, sqlite3 *db, struct scoring *s);
/* Index of a unit by code, or -1. */
long scoring_find(const struct scoring *s, const char *code);
void scoring_release(struct scoring *s);

/* load.c: the year's roster (unit table) and newest packages, without catalogue rows and stats. */
int load_units(sqlite3 *db, int year, struct scoring *s);
/* load.c: stats and catalogue rows of unit u (which has a package). */
struct load_stmts {
	sqlite3_stmt *stat, *cat;
};
int load_stmts_prepare(sqlite3 *db, struct load_stmts *ls);
void load_stmts_finalize(struct load_stmts *ls);
int load_detail(sqlite3 *db, struct load_stmts *ls, struct unit_in *u);
void unload_detail(struct unit_in *u);

/* store.c: replace the score tables (data, no words). 0 or -1 after printing. */
int store_scores(const struct config *cfg, sqlite3 *db, const struct scoring *s);

/* card.c: one unit's scorecard, in the current language. */
void print_card(FILE *out, const struct config *cfg, const struct scoring *s, size_t i);
/* card.c: the grade's name, and what capped it if the sham cap did; caller frees. */
char *grade_words(const struct unit_result *r);
/* ranking.c: the ranked tables of both groups, in the current language. */
void print_ranking(FILE *out, const struct scoring *s);

/* A path as the user should read it: relative to the config's folder when inside it. */
const char *display_path(const struct config *cfg, const char *path);

#endif
