build-fuzz/common/schema.o: common/schema.c common/schema.h common/util.h

common/schema.h:

common/util.h:
