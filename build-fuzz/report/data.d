build-fuzz/report/data.o: report/data.c report/data.h common/codes.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h common/db.h common/msg.h common/util.h

report/data.h:

common/codes.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/db.h:

common/msg.h:

common/util.h:
