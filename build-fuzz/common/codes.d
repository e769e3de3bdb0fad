build-fuzz/common/codes.o: common/codes.c common/codes.h common/msg.h \
  common/util.h

common/codes.h:

common/msg.h:

common/util.h:
