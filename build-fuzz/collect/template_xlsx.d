build-fuzz/collect/template_xlsx.o: collect/template_xlsx.c \
  collect/template.h collect/package.h common/config.h common/date.h \
  common/diag.h common/rubric.h common/ini.h common/digest.h \
  common/roster.h common/textin.h common/util.h common/codes.h \
  common/msg.h common/xlsxout.h

collect/template.h:

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

common/codes.h:

common/msg.h:

common/xlsxout.h:
