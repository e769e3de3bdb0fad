build-fuzz/common/parse.o: common/parse.c common/parse.h common/date.h \
  common/util.h

common/parse.h:

common/date.h:

common/util.h:
