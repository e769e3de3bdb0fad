build-fuzz/collect/readahead.o: collect/readahead.c collect/readahead.h \
  common/util.h

collect/readahead.h:

common/util.h:
