build-fuzz/common/msg.o: common/msg.c common/msg.h common/util.h

common/msg.h:

common/util.h:
