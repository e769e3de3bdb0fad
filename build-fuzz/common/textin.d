build-fuzz/common/textin.o: common/textin.c common/textin.h common/diag.h \
  common/msg.h common/util.h

common/textin.h:

common/diag.h:

common/msg.h:

common/util.h:
