# gongkai — one Makefile.
#
#   make            build build/gongkai and its message catalogues
#   make check      the whole test suite, then again under ASan+UBSan
#   make demo       collect/score/report the shipped sample district
#   make bench      the benchmarks (bench/README.md)
#   make install    install into $(DESTDIR)$(PREFIX): bin/gongkai, the message
#                   catalogues, the templates and the man pages (Chinese, English)
#
# Set-up (Debian packages) is scripts/install-deps.sh; ./check and ./demo
# run it before make.

CC      ?= gcc
CFLAGS  ?= -O2 -g
BUILD   ?= build
SAN     ?=
VERSION := 0.1
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
LOCALEDIR = $(PREFIX)/share/locale
DATADIR  = $(PREFIX)/share/gongkai
MANDIR   = $(PREFIX)/share/man

DEPFLAGS = -MMD -MP
ALL_CFLAGS = -pthread -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2 $(CFLAGS) $(SAN)
ALL_CPPFLAGS = -D_DEFAULT_SOURCE -D_GNU_SOURCE -I. -I/usr/include/iniparser \
	-DGONGKAI_VERSION='"$(VERSION)"' $(CPPFLAGS)
# where an installed binary finds its catalogues and templates (compiled into msg.o and cmd_template.o only)
PATH_CPPFLAGS = -DLOCALEDIR='"$(LOCALEDIR)"' -DDATADIR='"$(DATADIR)"'
LIBS = -lhpdf -lsqlite3 -liniparser -lcsv -lnettle -lzip -lexpat -lxlsxwriter -lzstd -lm -pthread

LIB_SRC := $(sort $(wildcard common/*.c collect/*.c score/*.c report/*.c review/*.c) $(filter-out cli/main.c,$(wildcard cli/*.c)))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ := $(BUILD)/cli/main.o
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c bench/*.c))
TOOL_BIN := $(patsubst %.c,$(BUILD)/%,$(TOOL_SRC))
# LD_PRELOAD shims for tests that need the file system to misbehave (built without sanitizers)
PRELOAD_SRC := $(sort $(wildcard tests/preload/*.c))
PRELOAD_SO := $(PRELOAD_SRC:tests/preload/%.c=$(BUILD)/tests/preload/%.so)

PO_FRAGMENTS := $(sort $(wildcard po/zh_CN/*.po))
MO := $(BUILD)/locale/zh_CN/LC_MESSAGES/gongkai.mo $(BUILD)/locale/en/LC_MESSAGES/gongkai.mo

.PHONY: all check check-plain check-san check-fuzz fuzz fuzz-build fuzz-bins demo bench clean po-check
all: $(BUILD)/gongkai $(MO) $(TEST_BIN) $(TOOL_BIN) $(PRELOAD_SO)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -c $< -o $@

# the compiled-in paths: msg.o and cmd_template.o are rebuilt when PREFIX changes
$(BUILD)/paths.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(LOCALEDIR) $(DATADIR)' | cmp -s - $@ || echo '$(LOCALEDIR) $(DATADIR)' >$@
$(BUILD)/common/msg.o $(BUILD)/collect/cmd_template.o: $(BUILD)/paths.stamp
$(BUILD)/common/msg.o $(BUILD)/collect/cmd_template.o: ALL_CPPFLAGS += $(PATH_CPPFLAGS)

$(BUILD)/libgongkai.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/gongkai: $(MAIN_OBJ) $(BUILD)/libgongkai.a
	$(CC) $(ALL_CFLAGS) $^ $(LIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libgongkai.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $< $(BUILD)/libgongkai.a $(LIBS) -o $@

$(BUILD)/tests/tools/%: tests/tools/%.c $(BUILD)/libgongkai.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $< $(BUILD)/libgongkai.a $(LIBS) -o $@

$(BUILD)/tests/preload/%.so: tests/preload/%.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -Wall -Wextra -O1 -fPIC -shared $< -o $@ -ldl

$(BUILD)/bench/%: bench/%.c $(BUILD)/libgongkai.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $< $(BUILD)/libgongkai.a $(LIBS) -o $@

# Message catalogues: English ids in the sources; Chinese in po/zh_CN/*.po
# (one fragment per area, merged here); English generated from the template.
$(BUILD)/po/gongkai.pot: $(LIB_SRC) cli/main.c
	@mkdir -p $(dir $@)
	xgettext --from-code=UTF-8 -k_ -kN_ -kngettext:1,2 -kNP_:1,2 --package-name=gongkai --no-location \
		-o $@.tmp $(LIB_SRC) cli/main.c
	sed 's/charset=CHARSET/charset=UTF-8/' $@.tmp > $@ && rm -f $@.tmp

$(BUILD)/po/zh_CN.po: $(PO_FRAGMENTS)
	@mkdir -p $(dir $@)
	msgcat --use-first -o $@ $(PO_FRAGMENTS)

$(BUILD)/po/en.po: $(BUILD)/po/gongkai.pot
	msgen $< | sed -e 's/nplurals=INTEGER; plural=EXPRESSION;/nplurals=2; plural=(n != 1);/' \
		-e 's/^"Language: \\n"/"Language: en\\n"/' -e 's/YEAR-MO-DA HO:MI+ZONE/2026-11-27 00:00+0800/' \
		-e 's/FULL NAME <EMAIL@ADDRESS>/gongkai developers/' -e 's/LANGUAGE <LL@li.org>/gongkai developers/' > $@

$(BUILD)/locale/%/LC_MESSAGES/gongkai.mo: $(BUILD)/po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# Every message in the sources has a Chinese translation, none fuzzy.
po-check: $(BUILD)/po/gongkai.pot $(BUILD)/po/zh_CN.po
	msgcmp $(BUILD)/po/zh_CN.po $(BUILD)/po/gongkai.pot
	@! msgattrib --only-fuzzy $(BUILD)/po/zh_CN.po | grep -q msgid

check: check-plain check-san check-fuzz

check-plain: all po-check
	GONGKAI_BUILD=$(BUILD) tests/run.sh

check-san:
	$(MAKE) BUILD=build-san SAN='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' CFLAGS='-O1 -g' all
	GONGKAI_BUILD=build-san GONGKAI_SANITIZED=1 tests/run.sh

# Fuzzing (tests/fuzz/README.md): the library built with clang's libFuzzer
# instrumentation and ASan+UBSan into build-fuzz/, one binary per
# tests/fuzz/fuzz_*.c.  `make fuzz FUZZ_SECONDS=N` runs each target N seconds
# (new inputs kept in build-fuzz/corpus/); `make check` runs each 10 seconds
# on its corpus, and any crash, leak or sanitizer report fails it.
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SECONDS ?= 60

fuzz-bins: $(FUZZ_BIN)

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(BUILD)/libgongkai.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) -std=c11 -g -O1 -fsanitize=fuzzer $(FUZZ_SAN) $< $(BUILD)/libgongkai.a $(LIBS) -o $@

fuzz-build:
	$(MAKE) BUILD=build-fuzz CC=clang SAN='-fsanitize=fuzzer-no-link $(FUZZ_SAN)' CFLAGS='-O1 -g -Wno-format-nonliteral' fuzz-bins

fuzz: fuzz-build
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS) keep

check-fuzz: fuzz-build
	tests/fuzz/run.sh build-fuzz 10

demo: all
	scripts/demo.sh

bench: all
	bench/run.sh

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary, both catalogues, the templates, gongkai(1)
install: $(BUILD)/gongkai $(MO)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LOCALEDIR)/zh_CN/LC_MESSAGES $(DESTDIR)$(LOCALEDIR)/en/LC_MESSAGES \
		$(DESTDIR)$(DATADIR)/templates/narrative $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/zh_CN/man1
	install -m 755 $(BUILD)/gongkai $(DESTDIR)$(BINDIR)/gongkai
	install -m 644 $(BUILD)/locale/zh_CN/LC_MESSAGES/gongkai.mo $(DESTDIR)$(LOCALEDIR)/zh_CN/LC_MESSAGES/gongkai.mo
	install -m 644 $(BUILD)/locale/en/LC_MESSAGES/gongkai.mo $(DESTDIR)$(LOCALEDIR)/en/LC_MESSAGES/gongkai.mo
	for f in templates/*.txt; do install -m 644 "$$f" $(DESTDIR)$(DATADIR)/templates/; done
	install -m 644 templates/narrative/说明.txt $(DESTDIR)$(DATADIR)/templates/narrative/
	install -m 644 man/gongkai.1 $(DESTDIR)$(MANDIR)/man1/gongkai.1
	install -m 644 man/gongkai.zh_CN.1 $(DESTDIR)$(MANDIR)/zh_CN/man1/gongkai.1

clean:
	rm -rf build build-san build-fuzz out

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)

FORCE:
