build-fuzz/score/load.o: score/load.c score/scoring.h common/config.h \
  common/date.h common/diag.h common/rubric.h common/ini.h \
  score/findings.h score/model.h common/roster.h common/codes.h \
  common/db.h common/msg.h common/util.h

score/scoring.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

score/findings.h:

score/model.h:

common/roster.h:

common/codes.h:

common/db.h:

common/msg.h:

common/util.h:
