build-fuzz/cli/commands.o: cli/commands.c cli/commands.h common/args.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h collect/collect.h common/msg.h common/util.h \
  report/report.h score/score.h

cli/commands.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

collect/collect.h:

common/msg.h:

common/util.h:

report/report.h:

score/score.h:
