build-fuzz/score/model.o: score/model.c score/model.h common/date.h \
  common/roster.h common/diag.h common/rubric.h common/ini.h \
  common/util.h

score/model.h:

common/date.h:

common/roster.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/util.h:
