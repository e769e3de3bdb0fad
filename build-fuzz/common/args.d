build-fuzz/common/args.o: common/args.c common/args.h common/msg.h \
  common/util.h

common/args.h:

common/msg.h:

common/util.h:
