build-fuzz/score/export.o: score/export.c score/score.h common/args.h \
  common/config.h common/date.h common/diag.h common/rubric.h \
  common/ini.h common/db.h common/msg.h common/util.h common/csvin.h \
  score/export_xlsx.h score/sentence.h score/model.h common/roster.h

score/score.h:

common/args.h:

common/config.h:

common/date.h:

common/diag.h:

common/rubric.h:

common/ini.h:

common/db.h:

common/msg.h:

common/util.h:

common/csvin.h:

score/export_xlsx.h:

score/sentence.h:

score/model.h:

common/roster.h:
