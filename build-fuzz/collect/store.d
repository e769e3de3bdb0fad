build-fuzz/collect/store.o: collect/store.c collect/store.h \
  collect/package.h common/config.h common/date.h common/diag.h \
  common/rubric.h common/ini.h common/digest.h common/roster.h \
  common/textin.h common/util.h common/db.h common/msg.h

collect/store.h:

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

common/db.h:

common/msg.h:
