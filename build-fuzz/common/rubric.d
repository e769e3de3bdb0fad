build-fuzz/common/rubric.o: common/rubric.c common/rubric.h common/diag.h \
  common/ini.h common/msg.h common/parse.h common/date.h common/util.h

common/rubric.h:

common/diag.h:

common/ini.h:

common/msg.h:

common/parse.h:

common/date.h:

common/util.h:
