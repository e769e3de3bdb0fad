# An empty .docx (a document with no paragraphs).
# Rejected with exactly this message; nothing of the package is stored, only the attempt.
. "$ROOT/tests/lib.sh"; . "$ROOT/tests/collect-lib.sh"; . "$ROOT/tests/workbook-lib.sh"
wbbaseline
echo x >s.txt; $DOCX --empty-body s.txt inbox/czj/年度工作总结.docx; received inbox/czj '2015-11-18 10:00'
reject czj \
	"error: ./inbox/czj/年度工作总结.docx: the document's body has no text; write the year's work summary (年度工作总结) in the document itself (headers, footers and comments are not read)"
