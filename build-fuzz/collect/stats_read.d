build-fuzz/collect/stats_read.o: collect/stats_read.c collect/readers.h \
  collect/package.h common/config.h common/date.h common/diag.h \
  common/rubric.h common/ini.h common/digest.h common/roster.h \
  common/textin.h common/util.h common/parse.h common/csvin.h \
  common/codes.h common/msg.h

collect/readers.h:

collect/package.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/digest.h:

common/roster.h:

common/textin.h:

common/util.h:

common/parse.h:

common/csvin.h:

common/codes.h:

common/msg.h:
