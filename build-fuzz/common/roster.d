build-fuzz/common/roster.o: common/roster.c common/roster.h common/diag.h \
  common/rubric.h common/ini.h common/codes.h common/csvin.h common/db.h \
  common/msg.h common/textin.h common/util.h

common/roster.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/codes.h:

common/csvin.h:

common/db.h:

common/msg.h:

common/textin.h:

common/util.h:
