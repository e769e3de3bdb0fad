build-fuzz/common/xmlin.o: common/xmlin.c common/xmlin.h common/util.h

common/xmlin.h:

common/util.h:
