/*
 * rank — ranking within 镇街 (towns and streets) and within 部门
 * (departments), rubric.md: by total, highest first; equal totals share a
 * rank and the next rank skips (1, 2, 2, 4); equal totals are listed by
 * code.  A missing unit (no accepted package) is listed after every unit
 * that has one; with total 0 it shares the rank of any other unit at 0.
 */
#ifndef GK_SCORE_RANK_H
#define GK_SCORE_RANK_H

#include "score/model.h"

/* Set rank and position (1-based, within the group) of n units. */
void rank_units(const struct unit_in *u, struct unit_result *res, size_t n);

#endif
