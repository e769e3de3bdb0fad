# export -o FILE.xlsx: the score export as a workbook — the same columns and
# rows as the CSV, one sheet per group (镇街, 部门), the header row frozen,
# scores numbers shown with two decimals, ranks whole numbers, blank where a
# criterion does not apply.  Read back with openpyxl, each sheet equals the
# CSV's rows of its group, cell for cell.
. "$ROOT/tests/lib.sh"
sample s
cd s
"$GK" --lang en collect >/dev/null 2>&1
expect_exit 0 "$GK" --lang en score
expect_exit 0 "$GK" --lang en export -o scores.csv
expect_exit 0 "$GK" --lang en export -o scores.xlsx
has err 'scores.xlsx'
/usr/bin/python3 - <<'X' || fail "the workbook differs from the CSV"
import csv, sys, openpyxl
rows = list(csv.reader(open('scores.csv', encoding='utf-8-sig')))
head, body = rows[0], rows[1:]
g = head.index('group')
wb = openpyxl.load_workbook('scores.xlsx')
groups = []
for r in body:
    if r[g] not in groups:
        groups.append(r[g])
assert wb.sheetnames == groups, wb.sheetnames
bad = 0
for name in groups:
    ws = wb[name]
    assert ws.freeze_panes == 'A2', ws.freeze_panes
    got = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if v is None:
                cells.append('')
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                if c.number_format == '0.00':
                    cells.append('%.2f' % v)
                elif c.number_format == '0':
                    cells.append('%d' % v)
                else:
                    print('number with format', c.number_format, c.coordinate); bad += 1
                    cells.append(str(v))
            else:
                cells.append(str(v))
        got.append(cells)
    want = [head] + [r for r in body if r[g] == name]
    if got != want:
        for a, b in zip(got, want):
            if a != b:
                print('got ', a); print('want', b); break
        bad += 1
    # scores are numbers, not text
    t = head.index('total')
    assert isinstance(ws.cell(row=2, column=t + 1).value, (int, float)), 'total is text'
sys.exit(1 if bad else 0)
X
