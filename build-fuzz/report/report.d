build-fuzz/report/report.o: report/report.c report/report.h common/args.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h report/parts.h common/progress.h report/data.h \
  common/codes.h report/layout.h report/pdf.h common/msg.h common/util.h

report/report.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

report/parts.h:

common/progress.h:

report/data.h:

common/codes.h:

report/layout.h:

report/pdf.h:

common/msg.h:

common/util.h:
