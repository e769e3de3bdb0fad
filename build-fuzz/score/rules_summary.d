build-fuzz/score/rules_summary.o: score/rules_summary.c score/rules.h \
  score/engine.h common/date.h common/rubric.h common/diag.h \
  common/ini.h score/model.h common/roster.h common/util.h score/text.h

score/rules.h:

score/engine.h:

common/date.h:

common/rubric.h:

common/diag.h:

common/ini.h:

score/model.h:

common/roster.h:

common/util.h:

score/text.h:
