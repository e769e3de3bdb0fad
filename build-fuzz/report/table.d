build-fuzz/report/table.o: report/table.c report/table.h report/layout.h \
  report/pdf.h

report/table.h:

report/layout.h:

report/pdf.h:
