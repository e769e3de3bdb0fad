build-fuzz/cli/run.o: cli/run.c cli/commands.h common/args.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h collect/collect.h common/db.h common/lock.h common/msg.h \
  report/report.h score/score.h

cli/commands.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

collect/collect.h:

common/db.h:

common/lock.h:

common/msg.h:

report/report.h:

score/score.h:
