build-fuzz/collect/cmd_collect.o: collect/cmd_collect.c collect/collect.h \
  common/args.h common/config.h common/date.h common/diag.h \
  common/rubric.h common/ini.h collect/package.h common/digest.h \
  common/roster.h common/textin.h common/util.h collect/readahead.h \
  collect/store.h common/codes.h common/db.h common/lock.h common/msg.h \
  common/progress.h

collect/collect.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

collect/package.h:

common/digest.h:

common/roster.h:

common/textin.h:

common/util.h:

collect/readahead.h:

collect/store.h:

common/codes.h:

common/db.h:

common/lock.h:

common/msg.h:

common/progress.h:
