build-fuzz/collect/cmd_template.o: collect/cmd_template.c \
  collect/collect.h common/args.h common/config.h common/date.h \
  common/diag.h common/rubric.h common/ini.h collect/package.h \
  common/digest.h common/roster.h common/textin.h common/util.h \
  collect/template.h common/codes.h common/csvin.h common/msg.h

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

collect/template.h:

common/codes.h:

common/csvin.h:

common/msg.h:
