build-fuzz/score/copies.o: score/copies.c score/copies.h common/util.h

score/copies.h:

common/util.h:
