build-fuzz/report/layout.o: report/layout.c report/layout.h report/pdf.h \
  report/wrap.h common/textin.h common/diag.h common/util.h

report/layout.h:

report/pdf.h:

report/wrap.h:

common/textin.h:

common/diag.h:

common/util.h:
