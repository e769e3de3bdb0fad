build-fuzz/common/csvin.o: common/csvin.c common/csvin.h common/diag.h \
  common/msg.h common/textin.h common/util.h

common/csvin.h:

common/diag.h:

common/msg.h:

common/textin.h:

common/util.h:
