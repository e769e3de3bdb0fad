build-fuzz/report/annex.o: report/annex.c report/parts.h common/config.h \
  common/date.h common/diag.h common/rubric.h common/ini.h \
  common/progress.h report/data.h common/codes.h report/layout.h \
  report/pdf.h report/table.h common/msg.h common/util.h

report/parts.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/progress.h:

report/data.h:

common/codes.h:

report/layout.h:

report/pdf.h:

report/table.h:

common/msg.h:

common/util.h:
