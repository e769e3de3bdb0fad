build-fuzz/score/sentence.o: score/sentence.c score/sentence.h \
  score/model.h common/date.h common/roster.h common/diag.h \
  common/rubric.h common/ini.h common/codes.h common/msg.h common/util.h

score/sentence.h:

score/model.h:

common/date.h:

common/roster.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/codes.h:

common/msg.h:

common/util.h:
