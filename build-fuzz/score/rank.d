build-fuzz/score/rank.o: score/rank.c score/rank.h score/model.h \
  common/date.h common/roster.h common/diag.h common/rubric.h \
  common/ini.h common/util.h

score/rank.h:

score/model.h:

common/date.h:

common/roster.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/util.h:
