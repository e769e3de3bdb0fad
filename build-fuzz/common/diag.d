build-fuzz/common/diag.o: common/diag.c common/diag.h common/msg.h \
  common/util.h

common/diag.h:

common/msg.h:

common/util.h:
