build-fuzz/score/text.o: score/text.c score/text.h common/rubric.h \
  common/diag.h common/ini.h common/textin.h common/util.h

score/text.h:

common/rubric.h:

common/diag.h:

common/ini.h:

common/textin.h:

common/util.h:
