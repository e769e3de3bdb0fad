build-fuzz/score/scoring.o: score/scoring.c score/scoring.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h score/findings.h score/model.h common/roster.h \
  common/db.h common/msg.h common/progress.h common/util.h \
  score/copies.h score/engine.h score/rank.h score/text.h

score/scoring.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

score/findings.h:

score/model.h:

common/roster.h:

common/db.h:

common/msg.h:

common/progress.h:

common/util.h:

score/copies.h:

score/engine.h:

score/rank.h:

score/text.h:
