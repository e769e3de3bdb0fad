build-fuzz/collect/package.o: collect/package.c collect/package.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h common/digest.h common/roster.h common/textin.h \
  common/util.h collect/readers.h common/parse.h common/csvin.h \
  common/msg.h

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

collect/readers.h:

common/parse.h:

common/csvin.h:

common/msg.h:
