build-fuzz/common/zipin.o: common/zipin.c common/zipin.h common/util.h

common/zipin.h:

common/util.h:
