#!/usr/bin/python3
"""txt2docx — a test tool: write a minimal Word document (.docx) whose body
holds the lines of a UTF-8 text file, one paragraph per line.  Options add
what the reader must leave out or keep:
  --header TEXT      a header part with TEXT (never read)
  --deleted TEXT     a tracked deletion inside the first paragraph (never read)
  --inserted TEXT    a tracked insertion inside the first paragraph (read)
  --table            the lines after the first in a one-column table
  --empty-body       no paragraphs at all (with --header: text only in the header)

usage: txt2docx.py [options] IN.txt OUT.docx
"""
import sys, zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

def para(text):
    runs = []
    for i, piece in enumerate(text.split('\t')):
        if i:
            runs.append('<w:r><w:tab/></w:r>')
        if piece:
            runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(piece))
    return '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>%s</w:p>' % ''.join(runs)

def main(argv):
    opts = {}
    args = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('--header', '--deleted', '--inserted'):
            opts[a] = argv[i + 1]; i += 2; continue
        if a in ('--table', '--empty-body'):
            opts[a] = True; i += 1; continue
        args.append(a); i += 1
    src, out = args
    raw = open(src, 'rb').read()
    try:
        text = raw.decode('utf-8-sig')
    except UnicodeDecodeError:
        text = raw.decode('gb18030')
    lines = text.replace('\r\n', '\n').rstrip('\n').split('\n')
    body = []
    if not opts.get('--empty-body'):
        first = para(lines[0])
        extra = ''
        if '--deleted' in opts:
            extra += '<w:del w:id="1" w:author="x"><w:r><w:delText>%s</w:delText></w:r></w:del>' % escape(opts['--deleted'])
        if '--inserted' in opts:
            extra += '<w:ins w:id="2" w:author="x"><w:r><w:t>%s</w:t></w:r></w:ins>' % escape(opts['--inserted'])
        first = first[:-len('</w:p>')] + extra + '</w:p>'
        body.append(first)
        rest = [para(l) for l in lines[1:]]
        if opts.get('--table') and rest:
            body.append('<w:tbl><w:tblPr/>' + ''.join('<w:tr><w:tc><w:tcPr/>%s</w:tc></w:tr>' % p for p in rest) + '</w:tbl>')
            body.append('<w:p/>')
        else:
            body.extend(rest)
    sect = '<w:sectPr>%s</w:sectPr>' % ('<w:headerReference w:type="default" r:id="rIdH"/>' if '--header' in opts else '')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>' % (W, R, ''.join(body), sect))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '%s</Types>' % ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' if '--header' in opts else ''))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', doc)
        if '--header' in opts:
            z.writestr('word/_rels/document.xml.rels',
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                       '</Relationships>')
            z.writestr('word/header1.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<w:hdr xmlns:w="%s"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:hdr>' % (W, escape(opts['--header'])))

main(sys.argv[1:])
