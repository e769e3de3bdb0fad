#!/usr/bin/python3
"""txt2docx_all — for bench/workbook.sh: in each DIR, summary.txt becomes
年度工作总结.docx (one paragraph per line, tests/tools/txt2docx.py's form) with
the same modification time, and summary.txt is removed.

usage: txt2docx_all.py DIR...
"""
import os, sys, zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
for d in sys.argv[1:]:
    src = os.path.join(d, 'summary.txt')
    st = os.stat(src)
    lines = open(src, encoding='utf-8-sig').read().rstrip('\n').split('\n')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(l) for l in lines)
    out = os.path.join(d, '年度工作总结.docx')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body))
    os.utime(out, (st.st_atime, st.st_mtime))
    os.remove(src)
