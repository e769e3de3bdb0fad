build-fuzz/common/ini.o: common/ini.c common/ini.h common/diag.h \
  common/msg.h common/util.h /usr/include/iniparser/iniparser.h \
  /usr/include/iniparser/dictionary.h

common/ini.h:

common/diag.h:

common/msg.h:

common/util.h:

/usr/include/iniparser/iniparser.h:

/usr/include/iniparser/dictionary.h:
