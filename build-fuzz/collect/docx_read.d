build-fuzz/collect/docx_read.o: collect/docx_read.c collect/ooxml.h \
  common/diag.h common/xmlin.h common/zipin.h collect/readers.h \
  collect/package.h common/config.h common/date.h common/rubric.h \
  common/ini.h common/digest.h common/roster.h common/textin.h \
  common/util.h common/parse.h common/csvin.h common/msg.h

collect/ooxml.h:

common/diag.h:

common/xmlin.h:

common/zipin.h:

collect/readers.h:

collect/package.h:

common/config.h:

common/date.h:

common/rubric.h:

common/ini.h:

common/digest.h:

common/roster.h:

common/textin.h:

common/util.h:

common/parse.h:

common/csvin.h:

common/msg.h:
