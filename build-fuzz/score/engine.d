build-fuzz/score/engine.o: score/engine.c score/engine.h common/date.h \
  common/rubric.h common/diag.h common/ini.h score/model.h \
  common/roster.h common/codes.h common/util.h score/rules.h \
  score/text.h

score/engine.h:

common/date.h:

common/rubric.h:

common/diag.h:

common/ini.h:

score/model.h:

common/roster.h:

common/codes.h:

common/util.h:

score/rules.h:

score/text.h:
