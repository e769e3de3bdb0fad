build-fuzz/report/wrap.o: report/wrap.c report/wrap.h common/textin.h \
  common/diag.h

report/wrap.h:

common/textin.h:

common/diag.h:
