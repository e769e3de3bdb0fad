/*
 * data — what the report needs from the database, read once into plain
 * structs: the roster with each unit's submission and score, the national
 * tables summed over every unit's current package, catalogue counts, and the
 * problems the score stage found.  Per-unit detail for the scorecards
 * (criteria, deductions) is not held here: scorecard.c streams it unit by
 * unit so that memory does not grow with a province's deductions.
 *
 * A unit's current data is its highest accepted version (view
 * newest_package); its received date is that of its first (first_package),
 * and its days late are worked out from it against the configured deadline
 * (days_late()).  Problem counts come from the deduction rows' problem kind
 * (common/criteria.h), never from guessing at reason codes.
 *
 * Ownership: report_data_load() fills a struct that report_data_release()
 * frees, strings included.
 */
#ifndef GK_REPORT_DATA_H
#define GK_REPORT_DATA_H

#include "common/codes.h"
#include "common/config.h"
#include "common/criteria.h"

#include <sqlite3.h>

/* The two groups ranked apart: common/criteria.h's enum group. */
#define NGRP NGROUPS

struct rp_unit {
	char *code, *name;
	char type[8];          /* town, street, dept */
	int seq;
	/* submission */
	int submitted;         /* has an accepted package */
	int rejected;          /* something came, nothing was accepted */
	int version;           /* number of accepted versions */
	char received[20];     /* the first version's received time, "YYYY-MM-DD HH:MM" */
	int days_late;         /* the first version's, against the configured deadline */
	/* score */
	int scored;
	enum group grp;
	long long earned, possible, base, deductions, bonus, total; /* hundredths */
	int grade, capped, rank, position;
	struct rded *cap;      /* the grade cap and its causes when capped, else NULL */
	/* problems counted from the deduction rows, by problem kind */
	int n_problem[NPROBLEMS];
	/* last year's result (years.md), when the unit was scored then */
	int last_scored;
	long long last_total;
	int last_grade, last_rank;
};

/* The district's headline figures of last year (years.md), for 一、总体情况. */
struct report_last {
	int have;              /* the archive has last year's roster */
	size_t n;              /* units in last year's roster */
	size_t n_ontime;       /* first versions on time (days late as stored when collected) */
	long long cat_total;   /* catalogue rows published in last year */
	long long t3_new, t3_answered; /* Table 3: new applications, answered (total row), total column */
	int have_average;      /* last year was scored */
	long long average;     /* hundredths, of the units that submitted */
};

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
	struct report_last last; /* last year's headline figures */
	long long average;     /* hundredths: the mean total of the units that submitted (0 when none) */
	size_t n_averaged;
};

/* 0, or -1 after printing an error. */
int report_data_load(struct report_data *d, const struct config *cfg, sqlite3 *db);
void report_data_release(struct report_data *d);

/* Format hundredths as "87.50" into buf (at least 32 bytes). */
char *report_hundredths(long long v, char *buf);
/* The unit's grade in the current language, with what capped it ("良好（因假公开封顶：…）"); caller frees. */
char *report_grade(const struct rp_unit *u);

#endif
