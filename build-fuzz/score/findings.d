build-fuzz/score/findings.o: score/findings.c score/findings.h \
  common/diag.h score/model.h common/date.h common/roster.h \
  common/rubric.h common/ini.h common/csvin.h common/msg.h \
  common/parse.h common/textin.h common/util.h

score/findings.h:

common/diag.h:

score/model.h:

common/date.h:

common/roster.h:

common/rubric.h:

common/ini.h:

common/csvin.h:

common/msg.h:

common/parse.h:

common/textin.h:

common/util.h:
