build-fuzz/common/db.o: common/db.c common/db.h common/msg.h \
  common/schema.h common/util.h

common/db.h:

common/msg.h:

common/schema.h:

common/util.h:
