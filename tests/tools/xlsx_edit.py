#!/usr/bin/python3
"""xlsx_edit — a test tool: copy a workbook, changing its XML the way a
clerk, another program or an attacker might, to make one bad fixture.

usage: xlsx_edit.py IN.xlsx OUT.xlsx OP [ARGS]...   (one or more OPs)
  set NAME KIND VALUE     the cell named NAME: KIND n (number), s (inline text),
                          f (formula without saved value), fv (formula, saved number), e (error value)
  cat A1 KIND VALUE       the cell A1 of sheet 公开目录, same kinds
  name NAME REF           the defined name NAME now refers to REF
  delname NAME            remove the defined name NAME
  delsheet SHEET          remove the sheet SHEET from workbook.xml (its names stay)
  renamesheet OLD NEW     rename a sheet in workbook.xml
  sub PART OLD NEW        replace text in a part
  date1904                the workbook uses the 1904 date system
"""
import re, sys, zipfile
from xml.sax.saxutils import escape

def main(argv):
    src, out, ops = argv[0], argv[1], argv[2:]
    zin = zipfile.ZipFile(src)
    parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    order = [i.filename for i in zin.infolist()]

    def text(p): return parts[p].decode('utf-8')
    def put(p, s): parts[p] = s.encode('utf-8')

    def sheet_part(sheet):
        wb = text('xl/workbook.xml')
        m = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), wb)
        rid = m.group(1)
        rels = text('xl/_rels/workbook.xml.rels')
        t = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or \
            re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
        target = t.group(1)
        return target.lstrip('/') if target.startswith('/') else 'xl/' + target

    def cell_xml(ref, kind, value):
        if kind == 'n': return '<c r="%s"><v>%s</v></c>' % (ref, value)
        if kind == 's': return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(value))
        if kind == 'f': return '<c r="%s"><f>%s</f></c>' % (ref, escape(value))
        if kind == 'fv': return '<c r="%s"><f>1+1</f><v>%s</v></c>' % (ref, value)
        if kind == 'e': return '<c r="%s" t="e"><f>1/0</f><v>%s</v></c>' % (ref, escape(value))
        raise SystemExit('unknown kind ' + kind)

    def set_cell(sheet, ref, kind, value):
        p = sheet_part(sheet)
        s = text(p)
        new = cell_xml(ref, kind, value)
        pat = re.compile(r'<c r="%s"(?: [^>]*)?(?:/>|>.*?</c>)' % ref, re.S)
        if pat.search(s):
            s = pat.sub(lambda m: new, s, count=1)
        else:
            row = re.match(r'[A-Z]+(\d+)', ref).group(1)
            rp = re.compile(r'(<row r="%s"[^>]*>)' % row)
            if rp.search(s):
                s = rp.sub(lambda m: m.group(1) + new, s, count=1)  # order inside the row does not matter to gongkai
            else:
                s = s.replace('</sheetData>', '<row r="%s">%s</row></sheetData>' % (row, new))
        put(p, s)

    def name_ref(name):
        wb = text('xl/workbook.xml')
        m = re.search(r'<definedName name="%s"[^>]*>([^<]*)</definedName>' % re.escape(name), wb)
        return m.group(1)

    i = 0
    while i < len(ops):
        op = ops[i]
        if op == 'set':
            ref = name_ref(ops[i + 1])
            m = re.match(r"'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$", ref)
            set_cell(m.group(1), m.group(2) + m.group(3), ops[i + 2], ops[i + 3]); i += 4
        elif op == 'cat':
            set_cell('公开目录', ops[i + 1], ops[i + 2], ops[i + 3]); i += 4
        elif op == 'name':
            wb = text('xl/workbook.xml')
            wb = re.sub(r'(<definedName name="%s"[^>]*>)[^<]*(</definedName>)' % re.escape(ops[i + 1]),
                        lambda m: m.group(1) + escape(ops[i + 2]) + m.group(2), wb)
            put('xl/workbook.xml', wb); i += 3
        elif op == 'delname':
            wb = text('xl/workbook.xml')
            wb = re.sub(r'<definedName name="%s"[^>]*>[^<]*</definedName>' % re.escape(ops[i + 1]), '', wb)
            put('xl/workbook.xml', wb); i += 2
        elif op == 'delsheet':
            wb = text('xl/workbook.xml')
            wb = re.sub(r'<sheet [^>]*name="%s"[^>]*/>' % re.escape(ops[i + 1]), '', wb)
            put('xl/workbook.xml', wb); i += 2
        elif op == 'renamesheet':
            wb = text('xl/workbook.xml')
            wb = wb.replace('name="%s"' % ops[i + 1], 'name="%s"' % ops[i + 2], 1)
            put('xl/workbook.xml', wb); i += 3
        elif op == 'sub':
            put(ops[i + 1], text(ops[i + 1]).replace(ops[i + 2], ops[i + 3])); i += 4
        elif op == 'date1904':
            wb = text('xl/workbook.xml')
            wb = re.sub(r'<workbookPr([^>]*)/>', r'<workbookPr date1904="1"\1/>', wb)
            put('xl/workbook.xml', wb); i += 1
        else:
            raise SystemExit('unknown op ' + op)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in order:
            z.writestr(n, parts[n])

main(sys.argv[1:])
