build-fuzz/score/export_xlsx.o: score/export_xlsx.c score/export_xlsx.h \
  common/csvin.h common/diag.h common/msg.h common/util.h \
  common/xlsxout.h

score/export_xlsx.h:

common/csvin.h:

common/diag.h:

common/msg.h:

common/util.h:

common/xlsxout.h:
