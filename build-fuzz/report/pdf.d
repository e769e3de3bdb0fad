build-fuzz/report/pdf.o: report/pdf.c report/pdf.h report/layout.h \
  common/msg.h common/textin.h common/diag.h common/util.h

report/pdf.h:

report/layout.h:

common/msg.h:

common/textin.h:

common/diag.h:

common/util.h:
