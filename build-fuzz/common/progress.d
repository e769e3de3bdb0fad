build-fuzz/common/progress.o: common/progress.c common/progress.h \
  common/msg.h

common/progress.h:

common/msg.h:
