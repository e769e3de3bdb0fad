build-fuzz/common/xlsxout.o: common/xlsxout.c common/xlsxout.h \
  common/msg.h common/util.h

common/xlsxout.h:

common/msg.h:

common/util.h:
