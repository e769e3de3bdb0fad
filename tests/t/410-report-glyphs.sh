# Characters print with ink, not blank: a page of known characters (the
# report's headings, unit names, 堃珺昇赟 that only the fallback face has,
# punctuation, digits) drawn through report/pdf.c and rendered with pdftoppm
# must have ink in every cell with the shipped fonts, and the same check must
# FAIL when every face is wqy-microhei, whose composite glyphs libharu 2.3.0
# leaves blank (notes/pitfalls.md).  Also: the rare characters come out of
# pdftotext as themselves (the fallback face, not a substitute), and a font
# that cannot be loaded is an error naming it.
. "$ROOT/tests/lib.sh"
command -v pdftoppm >/dev/null || fail "pdftoppm missing (scripts/install-deps.sh --test)"
TOOL=$BUILD/tests/tools/glyph_ink
TEXT=$ROOT/tests/fixtures/report/glyphs.txt
F=/usr/share/fonts/truetype
MICRO=$F/wqy/wqy-microhei.ttc
[ -f "$MICRO" ] || fail "fonts-wqy-microhei is needed for this test (scripts/install-deps.sh --test)"

"$TOOL" pdf good.pdf "$F/arphic-gbsn00lp/gbsn00lp.ttf" "$F/wqy/wqy-zenhei.ttc" "$F/arphic/uming.ttc" "$TEXT" ||
	fail "glyph page with the shipped fonts"
pdftoppm -gray -r 100 -singlefile good.pdf good 2>/dev/null
expect_exit 0 "$TOOL" check good.pgm 100 "$TEXT"
has out "0 of 250 cells blank"
pdftotext good.pdf - 2>/dev/null | tr -d ' \n' > good.txt
has good.txt "堃珺昇赟"

"$TOOL" pdf micro.pdf "$MICRO" "$MICRO" "$MICRO" "$TEXT" || fail "glyph page with wqy-microhei"
pdftoppm -gray -r 100 -singlefile micro.pdf micro 2>/dev/null
expect_exit 1 "$TOOL" check micro.pgm 100 "$TEXT"
has out "blank: "
# ... while the text layer still has every character: only the rendered page shows the damage
pdftotext micro.pdf - 2>/dev/null | tr -d ' \n' > micro.txt
has micro.txt "明川区政府信息公开"

# a font that is not there stops the report with the font's name
sample s
cd s
"$GK" collect >/dev/null 2>&1
"$GK" score >/dev/null 2>&1
printf 'font_body = /nonexistent/song.ttf\n' >> config.ini
expect_exit 2 "$GK" --lang en report -o r.pdf
has err "/nonexistent/song.ttf"
[ ! -e r.pdf ] || fail "a report was written without its font"

# a report that cannot be written is an error naming the file, and leaves nothing behind
sed -i '$d' config.ini
expect_exit 2 "$GK" --lang en report -o missing-dir/r.pdf
has err "cannot write missing-dir/r.pdf"
[ ! -e missing-dir ] || fail "a folder appeared"
