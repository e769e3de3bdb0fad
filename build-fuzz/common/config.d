build-fuzz/common/config.o: common/config.c common/config.h common/date.h \
  common/diag.h common/rubric.h common/ini.h common/msg.h common/codes.h \
  common/parse.h common/textin.h common/util.h

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/msg.h:

common/codes.h:

common/parse.h:

common/textin.h:

common/util.h:
