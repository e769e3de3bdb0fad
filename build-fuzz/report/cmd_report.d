build-fuzz/report/cmd_report.o: report/cmd_report.c report/report.h \
  common/args.h common/config.h common/date.h common/diag.h \
  common/rubric.h common/ini.h common/db.h common/lock.h common/msg.h

report/report.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/db.h:

common/lock.h:

common/msg.h:
