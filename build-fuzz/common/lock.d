build-fuzz/common/lock.o: common/lock.c common/lock.h common/config.h \
  common/date.h common/diag.h common/rubric.h common/ini.h common/msg.h \
  common/util.h

common/lock.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/msg.h:

common/util.h:
