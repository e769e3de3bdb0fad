build-fuzz/score/unicat.o: score/unicat.c score/text.h common/rubric.h \
  common/diag.h common/ini.h

score/text.h:

common/rubric.h:

common/diag.h:

common/ini.h:
