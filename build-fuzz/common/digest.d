build-fuzz/common/digest.o: common/digest.c common/digest.h

common/digest.h:
