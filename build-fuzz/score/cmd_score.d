build-fuzz/score/cmd_score.o: score/cmd_score.c score/score.h \
  common/args.h common/config.h common/date.h common/diag.h \
  common/rubric.h common/ini.h common/db.h common/lock.h common/msg.h \
  common/util.h score/scoring.h score/findings.h score/model.h \
  common/roster.h

score/score.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/db.h:

common/lock.h:

common/msg.h:

common/util.h:

score/scoring.h:

score/findings.h:

score/model.h:

common/roster.h:
