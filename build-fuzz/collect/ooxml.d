build-fuzz/collect/ooxml.o: collect/ooxml.c collect/ooxml.h common/diag.h \
  common/xmlin.h common/zipin.h common/msg.h common/util.h

collect/ooxml.h:

common/diag.h:

common/xmlin.h:

common/zipin.h:

common/msg.h:

common/util.h:
