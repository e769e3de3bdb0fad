#!/usr/bin/python3
"""xlsx_inspect — a test tool over openpyxl (Debian's python3-openpyxl):

  xlsx_inspect.py template FILE     check the template's structure; print one line per finding, exit 1 on a defect
  xlsx_inspect.py fill FILE OUT     fill a template as a clerk would (figures, contact, catalogue rows) and save OUT
  xlsx_inspect.py checks FILE       print each live check's saved value, "SHEET!CELL: text" (non-empty only)
  xlsx_inspect.py text FILE SHEET   print the sheet's non-empty cells' values, one per line
"""
import datetime, sys
import openpyxl
from openpyxl.utils import range_boundaries

def names(wb):
    out = {}
    for dn in wb.defined_names.definedName:
        dests = list(dn.destinations)
        out[dn.name] = dests
    return out

def validated(ws, coord):
    for dv in ws.data_validations.dataValidation:
        if coord in dv.sqref:
            return dv
    return None

def template(path):
    wb = openpyxl.load_workbook(path)
    bad = 0
    def defect(msg):
        nonlocal bad
        bad += 1
        print('DEFECT ' + msg)
    want = ['填报说明', '报送信息', '表一', '表三', '表四', '工作数据', '公开目录', '类别']
    if wb.sheetnames != want:
        defect('sheets %s' % wb.sheetnames)
    if wb['类别'].sheet_state != 'hidden':
        defect('类别 not hidden')
    n = names(wb)
    print('names %d' % len(n))
    for name, dests in sorted(n.items()):
        if len(dests) != 1:
            defect('name %s has %d destinations' % (name, len(dests)))
            continue
        sheet, ref = dests[0]
        if ':' in ref:
            defect('name %s is a range' % name)
            continue
        ws = wb[sheet]
        cell = ws[ref.replace('$', '')]
        if name in ('unit', 'year'):
            if cell.protection.locked is not True:
                defect('%s is not locked' % name)
            continue
        if cell.protection.locked:
            defect('input %s (%s!%s) is locked' % (name, sheet, ref))
        if not validated(ws, cell.coordinate):
            defect('input %s (%s!%s) has no validation' % (name, sheet, ref))
    for ws in wb.worksheets:
        if ws.title != '类别' and not ws.protection.sheet:
            defect('%s not protected' % ws.title)
    # label cells are locked
    for sheet, coord in (('表三', 'C9'), ('表三', 'D2'), ('表一', 'A4'), ('工作数据', 'A3'), ('公开目录', 'B1')):
        if wb[sheet][coord].protection.locked is False:
            defect('label %s!%s unlocked' % (sheet, coord))
    for sheet in ('表一', '表三', '表四'):
        print('merged %s %s' % (sheet, ' '.join(sorted(str(r) for r in wb[sheet].merged_cells.ranges))))
    cat = wb['公开目录']
    print('catalog header ' + ','.join(str(c.value) for c in cat[1]))
    dv = validated(cat, 'C2')
    print('category list ' + (dv.formula1 if dv else 'NONE'))
    for coord in ('D2', 'E2', 'G2', 'C2000', 'E2000'):
        if not validated(cat, coord):
            defect('公开目录!%s has no validation' % coord)
    print('date format ' + ' '.join(cat.column_dimensions[c].number_format for c in 'DEG'))
    print('categories ' + '、'.join(str(wb['类别'].cell(row=i, column=1).value) for i in range(1, 28)))
    sys.exit(1 if bad else 0)

def fill(path, out):
    wb = openpyxl.load_workbook(path)
    n = names(wb)
    def put(name, value):
        sheet, ref = n[name][0]
        wb[sheet][ref.replace('$', '')].value = value
    put('contact', '李明')
    put('phone', '0439-1234567')
    put('s_t1_rules_issued', 2)
    put('s_t1_fees_amount', 3.5)
    put('s_t3_new_natural', 3)
    put('s_t3_new_total', 3)
    put('s_t3_open_natural', 2)
    put('s_t3_open_total', 2)
    put('s_t3_total_natural', 2)
    put('s_t3_total_total', 2)
    put('s_t3_next_year_natural', 1)
    put('s_t3_next_year_total', 1)
    put('s_work_staff', '２')          # full-width digit as text, as in CSV
    put('s_work_hall_items', 4)
    put('s_work_hall_in', 5)            # breaks identity 6
    put('s_t4_review_upheld', 1)        # total left 0: breaks identity 4
    cat = wb['公开目录']
    rows = [('X-1', '政府信息公开指南', '政府信息公开指南', datetime.datetime(2015, 1, 5), datetime.datetime(2015, 1, 6), '', 1200),
            ('X-2', '2015年部门预算', '部门预算', '2015/2/10', '2015年2月12日', 'http://example.gov.cn/2.html', None)]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None and v != '':
                cat.cell(row=2 + i, column=1 + j).value = v
    wb.save(out)

def checks(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.font is not None and c.font.sz == 9 and isinstance(c.value, str) and c.value:
                    print('%s!%s: %s' % (ws.title, c.coordinate, c.value))

def text(path, sheet):
    wb = openpyxl.load_workbook(path)
    for row in wb[sheet].iter_rows():
        for c in row:
            if c.value is not None and str(c.value) != '':
                print(c.value)

cmd = sys.argv[1]
if cmd == 'template': template(sys.argv[2])
elif cmd == 'fill': fill(sys.argv[2], sys.argv[3])
elif cmd == 'checks': checks(sys.argv[2])
elif cmd == 'text': text(sys.argv[2], sys.argv[3])
