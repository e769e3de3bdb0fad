build-fuzz/collect/cmd_status.o: collect/cmd_status.c collect/collect.h \
  common/args.h common/config.h common/date.h common/diag.h \
  common/rubric.h common/ini.h common/db.h common/msg.h common/roster.h \
  common/csvin.h common/textin.h common/util.h

collect/collect.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/db.h:

common/msg.h:

common/roster.h:

common/csvin.h:

common/textin.h:

common/util.h:
