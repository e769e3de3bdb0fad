/*
 * data — what the report needs from the database, read once into plain
 * structs: the roster with each unit's submission and score, the national
 * tables summed over every unit's current package, catalogue counts, and the
 * problems the score stage found.  Per-unit detail for the scorecards
 * (criteria, deductions) is not held here: scorecard.c streams it unit by
 * unit so that memory does not grow with a province's deductions.
 *
 * A unit's current data is its highest accepted version; its received date
 * and days late are those of version 1 (input.md).
 *
 * Ownership: report_data_load() fills a struct that report_data_release()
 * frees, strings included.
 */
#ifndef GK_REPORT_DATA_H
#define GK_REPORT_DATA_H

#include "common/codes.h"
#include "common/config.h"

#include <sqlite3.h>

enum grp { GRP_TOWN_STREET, GRP_DEPT, NGRP };

struct rp_unit {
	char *code, *name;
	char type[8];          /* town, street, dept */
	int seq;
	/* submission */
	int submitted;         /* has an accepted package */
	int rejected;          /* something came, nothing was accepted */
	int version;           /* number of accepted versions */
	char received[20];     /* version 1's received time, "YYYY-MM-DD HH:MM" */
	int days_late;         /* version 1's */
	/* score */
	int scored;
	enum grp grp;
	long long earned, possible, base, deductions, bonus, total; /* hundredths */
	int grade, capped, rank, position;
	/* problems counted from the deduction rows */
	int n_nondisclosed, n_late_items, n_sham, n_logic, n_copied;
};

/* One kind of problem (report part 五) and the units that have it. */
enum problem { PROB_NONDISCLOSED, PROB_SHAM, PROB_LATE_ITEMS, PROB_LOGIC, PROB_LATE_PKG, PROB_MISSING, NPROB };

struct report_data {
	struct rp_unit *u;     /* roster order */
	size_t n;
	size_t *ranked[NGRP];  /* indexes into u, in rank order (position) */
	size_t nranked[NGRP];
	size_t n_type[3];      /* towns, streets, departments */
	size_t n_ontime, n_late, n_missing, n_rejected;
	int scored;            /* the score tables are filled */
	/* summed national tables */
	long long t1[16];      /* by t1_items order; fees in hundredths of 10,000 yuan */
	long long t3[25][7];
	long long t4[3][5];
	long long work[8];
	/* catalogue rows published in the year, by category (categories[] order) */
	long long cat[32];
	long long cat_total;
	int last_received_day; /* day number of the latest received date of any version, or -1 */
};

/* 0, or -1 after printing an error. */
int report_data_load(struct report_data *d, const struct config *cfg, sqlite3 *db);
void report_data_release(struct report_data *d);

/* Format hundredths as "87.50" into buf (at least 24 bytes). */
char *report_hundredths(long long v, char *buf);
/* Chinese grade name or its English, by the current message language. */
const char *report_grade(int grade);

#endif
