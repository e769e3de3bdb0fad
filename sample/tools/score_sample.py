#!/usr/bin/env python3
"""An independent Python reading of spec/input.md and spec/rubric.md.

It reads a district from disk (config.ini, roster, inbox, findings) the way
gongkai must, reports every rejection with file / line / column, scores every
roster unit and writes the export CSV. make_sample.py uses it to produce
sample/expected_scores.csv; it is a cross-check for the C implementation, not
part of the product.

    python3 score_sample.py [CONFIG] [--previous CONFIG] [--export FILE] [--detail] [--inventory]

With --previous, the year before is scored first from its own config and
this year's checks across years (spec/years.md) use it as the archive:
identities 7 (carried over), 8 (documents in force roll forward), the
repeat of last year's summary (C09 −2), the year-on-year flags (no points)
and last_total/last_rank.  Identity 9 (the summary's figures against the
tables) needs no previous year.
"""
import csv
import datetime as dt
import io
import os
import re
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

D = dt.date

# ---------------------------------------------------------------- decoding


def decode(path):
    """Return (text, encoding label). Raises ValueError if neither UTF-8 nor GB18030."""
    with open(path, "rb") as fh:
        data = fh.read()
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    try:
        text = data.decode("utf-8")
        enc = "UTF-8+BOM" if bom else "UTF-8"
    except UnicodeDecodeError:
        if bom:
            raise ValueError("%s: has a UTF-8 byte-order mark but is not UTF-8" % path)
        try:
            text = data.decode("gb18030")
            enc = "GB18030"
        except UnicodeDecodeError:
            raise ValueError("%s: neither UTF-8 nor GB18030" % path)
    if "\r\n" in text:
        enc += "/CRLF"
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def read_csv(path, aliases, required):
    """Rows as dicts keyed by canonical column, plus (line number) and notes."""
    text, enc = decode(path)
    rows, notes = [], []
    reader = csv.reader(io.StringIO(text), strict=True)
    header, colmap = None, {}
    for rec in reader:
        line = reader.line_num
        if header is None:
            if not any(f.strip() for f in rec):
                continue
            header = [f.strip() for f in rec]
            for i, h in enumerate(header):
                canon = aliases.get(h) or aliases.get(h.lower())
                if canon is None:
                    notes.append("unknown column %r ignored" % h)
                    continue
                if canon in colmap:
                    raise ValueError("%s:%d: column %r given twice" % (path, line, h))
                colmap[canon] = i
            for c in required:
                if c not in colmap:
                    raise ValueError("%s:%d: no column %r" % (path, line, c))
            if any(not h.isascii() and h in aliases for h in header):
                notes.append("Chinese header")
            continue
        if not any(f.strip() for f in rec):
            if rec != [""] and rec:
                notes.append("empty-fields row")
            else:
                notes.append("blank row")
            continue
        row = {c: (rec[i].strip() if i < len(rec) else "") for c, i in colmap.items()}
        row["_line"] = line
        rows.append(row)
    if header is None:
        raise ValueError("%s: no header" % path)
    order = sorted(colmap, key=lambda c: colmap[c])
    return rows, enc, notes, order


FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
INT_RE = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)$")
DEC_RE = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")


def parse_count(s, where):
    t = s.strip().translate(FULLWIDTH)
    if t == "":
        return 0, s != s.translate(FULLWIDTH)
    if not INT_RE.match(t):
        raise ValueError("%s: %r is not a non-negative whole number" % (where, s))
    return int(t.replace(",", "")), s != s.translate(FULLWIDTH)


def parse_amount(s, where):
    t = s.strip().translate(FULLWIDTH)
    if t == "":
        return Decimal(0)
    if not DEC_RE.match(t):
        raise ValueError("%s: %r is not an amount with up to 2 decimals" % (where, s))
    return Decimal(t.replace(",", ""))


DATE_RES = [(re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "YYYY-MM-DD"),
            (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), "YYYY/M/D"),
            (re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})$"), "YYYY.MM.DD"),
            (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"), "YYYY年M月D日")]


def parse_date(s, where):
    t = s.strip()
    for rx, form in DATE_RES:
        m = rx.match(t)
        if m:
            try:
                return D(int(m.group(1)), int(m.group(2)), int(m.group(3))), form
            except ValueError:
                raise ValueError("%s: %r is not a real date" % (where, s))
    raise ValueError("%s: %r is not a date (use 2025-03-05)" % (where, s))


# ---------------------------------------------------------------- spec tables

CATS = {
    "guide": "政府信息公开指南", "budget": "部门预算", "final": "部门决算",
    "sangong": "三公经费预决算", "power": "行政权力清单", "audit": "审计信息",
    "price": "价格和收费", "land": "征地信息",
    "housing": "房屋征收、保障性住房与棚户区改造", "procurement": "政府采购",
    "bidding": "工程建设项目招投标", "penalty": "行政处罚案件",
    "emergency": "突发事件应急预案与预警", "environment": "环境保护监督检查",
    "safety": "安全生产监督检查", "quality": "产品质量监督检查",
    "socialorg": "社会组织与中介机构", "education": "学校招生与财务",
    "health": "医疗卫生", "employment": "就业", "insurance": "社会保险",
    "assistance": "低保与社会救助", "proposals": "人大代表建议和政协提案办理结果",
    "approval": "行政审批与政务服务", "normative": "行政规范性文件",
    "interpret": "政策解读", "other": "其他",
}
CAT_BY_ZH = {v: k for k, v in CATS.items()}
SIX = ["natural", "business", "research", "public_interest", "legal", "org_other"]
COLS7 = SIX + ["total"]
OUT = (["open", "partial"] + ["deny." + x for x in "secret law safety third_party internal process enforcement query".split()]
       + ["unable." + x for x in "no_info need_create unclear".split()]
       + ["reject." + x for x in "complaint repeat publication massive confirm".split()]
       + ["other." + x for x in "no_correction no_fee other".split()])
T3ROWS = ["new", "carried"] + OUT + ["total", "next_year"]
T4ROWS = ["review", "suit_direct", "suit_after"]
T4COLS = ["upheld", "corrected", "other", "pending", "total"]
CODES = (["t1.%s.%s" % (a, b) for a in ("rules", "normative") for b in ("issued", "repealed", "in_force")]
         + ["t1.license.decisions", "t1.penalty.decisions", "t1.coercion.decisions", "t1.fees.amount"]
         + ["t3.%s.%s" % (r, c) for r in T3ROWS for c in COLS7]
         + ["t4.%s.%s" % (r, c) for r in T4ROWS for c in T4COLS]
         + ["work.staff", "work.training", "work.leader_meetings", "work.apply_overdue", "work.hall_items", "work.hall_in"])
assert len(CODES) == len(set(CODES)) == 206

ROSTER_AL = {"code": "code", "编码": "code", "name": "name", "名称": "name", "type": "type", "类型": "type",
             "duties": "duties", "职责": "duties"}
STATS_AL = {"code": "code", "编码": "code", "item": "item", "项目": "item", "value": "value", "数值": "value"}
CAT_AL = {"index_no": "index_no", "索引号": "index_no", "title": "title", "标题": "title", "category": "category",
          "类别": "category", "formed_on": "formed_on", "成文日期": "formed_on", "published_on": "published_on",
          "发布日期": "published_on", "url": "url", "链接": "url", "chars": "chars", "字数": "chars"}
FIND_AL = {"unit": "unit", "单位编码": "unit", "kind": "kind", "类型": "kind", "points": "points", "分值": "points",
           "description": "description", "问题描述": "description", "evidence": "evidence", "佐证": "evidence"}
KINDS = {"nondisclosure": "nondisclosure", "不公开": "nondisclosure", "sham": "sham", "假公开": "sham",
         "late": "late", "不及时": "late", "other": "other", "其他": "other", "bonus": "bonus", "加分": "bonus"}
TYPES = {"town": "town", "镇": "town", "street": "street", "街道": "street", "dept": "dept", "部门": "dept"}
PLACEHOLDERS = {"暂无", "无", "空", "测试", "test", "待更新", "待补充", "此栏目暂无信息"}
TOPICS = [("主动公开",), ("依申请",), ("问题", "不足"), ("措施", "计划", "下一步", "打算")]

# ---------------------------------------------------------------- config


def read_config(path):
    text, _ = decode(path)
    sec, cfg = None, {}
    for line in text.split("\n"):
        s = line.strip()
        if not s or s[0] in ";#":
            continue
        if s.startswith("["):
            sec = s.strip("[]").strip().lower()
            continue
        k, v = s.split("=", 1)
        v = re.split(r"[;#]", v, 1)[0].strip()
        cfg[(sec, k.strip().lower())] = v
    return cfg


def date_set(spec):
    out = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if ".." in part:
            a, b = (D.fromisoformat(x.strip()) for x in part.split(".."))
            while a <= b:
                out.add(a)
                a += dt.timedelta(days=1)
        else:
            out.add(D.fromisoformat(part))
    return out


# ---------------------------------------------------------------- packages


def load_package(folder, code, roster, year):
    """Return (package dict, []) or (None, [errors])."""
    errors, pkg = [], dict(code=code, forms=[])
    if code not in roster:
        return None, ["%s: folder is not a roster code" % folder]
    for fn in ("submission.ini", "stats.csv", "catalog.csv", "summary.txt"):
        p = os.path.join(folder, fn)
        if os.path.islink(p) or not os.path.isfile(p):
            errors.append("%s: missing, a symbolic link or not a regular file" % p)
    if errors:
        return None, errors
    pkg["received"] = dt.datetime.fromtimestamp(max(os.lstat(os.path.join(folder, f)).st_mtime for f in os.listdir(folder)))
    try:
        text, enc = decode(os.path.join(folder, "submission.ini"))
        pkg["forms"].append("submission.ini " + enc)
        kv = {}
        for line in text.split("\n"):
            s = line.strip()
            if s and s[0] not in ";#[" and "=" in s:
                k, v = s.split("=", 1)
                kv[k.strip().lower()] = v.strip()
        if kv.get("unit") != code:
            errors.append("submission.ini: unit %r differs from folder %r" % (kv.get("unit"), code))
        if kv.get("year") != str(year):
            errors.append("submission.ini: year %r is not %d" % (kv.get("year"), year))
    except ValueError as e:
        errors.append(str(e))
    # stats
    try:
        p = os.path.join(folder, "stats.csv")
        rows, enc, notes, order = read_csv(p, STATS_AL, ["code", "value"])
        pkg["forms"].append("stats.csv %s cols=%s %s" % (enc, ",".join(order), ";".join(sorted(set(notes)))))
        v, seen = {}, set()
        for r in rows:
            where = "%s:%d:value" % (p, r["_line"])
            c = r["code"]
            if c not in CODES:
                errors.append("%s:%d:code: unknown code %r" % (p, r["_line"], c))
                continue
            if c in seen:
                errors.append("%s:%d:code: %s given twice" % (p, r["_line"], c))
            seen.add(c)
            try:
                if c == "t1.fees.amount":
                    v[c] = parse_amount(r["value"], where)
                    if "," in r["value"]:
                        pkg["forms"].append("thousands separator in stats")
                else:
                    v[c], fw = parse_count(r["value"], where)
                    if fw:
                        pkg["forms"].append("full-width digits in stats")
                    if "," in r["value"]:
                        pkg["forms"].append("thousands separator in stats")
                    if r["value"].strip() == "":
                        pkg["forms"].append("blank count cell")
                    if r["value"] != r["value"].strip():
                        pkg["forms"].append("spaces around value")
            except ValueError as e:
                errors.append(str(e))
        for c in CODES:
            if c not in seen:
                errors.append("%s: code %s missing" % (p, c))
        pkg["v"] = v
    except (ValueError, csv.Error) as e:
        errors.append(str(e))
    # catalogue
    try:
        p = os.path.join(folder, "catalog.csv")
        rows, enc, notes, order = read_csv(p, CAT_AL, ["title", "category", "formed_on", "published_on"])
        pkg["forms"].append("catalog.csv %s cols=%s %s" % (enc, ",".join(order), ";".join(sorted(set(notes)))))
        items = []
        for r in rows:
            it = dict(line=r["_line"], title=r["title"], index_no=r.get("index_no", ""))
            cat = r["category"]
            if cat in CATS:
                it["cat"] = cat
            elif cat in CAT_BY_ZH:
                it["cat"] = CAT_BY_ZH[cat]
                pkg["forms"].append("category as Chinese name")
            else:
                errors.append("%s:%d:category: unknown category %r" % (p, r["_line"], cat))
                continue
            try:
                it["formed"], f1 = parse_date(r["formed_on"], "%s:%d:formed_on" % (p, r["_line"]))
                it["published"], f2 = parse_date(r["published_on"], "%s:%d:published_on" % (p, r["_line"]))
                pkg["forms"] += ["date " + f1, "date " + f2]
            except ValueError as e:
                errors.append(str(e))
                continue
            ch = r.get("chars", "")
            if ch == "":
                it["chars"] = None
                pkg["forms"].append("chars blank")
            else:
                try:
                    it["chars"], fw = parse_count(ch, "%s:%d:chars" % (p, r["_line"]))
                    if fw:
                        pkg["forms"].append("full-width digits in chars")
                    if "," in ch:
                        pkg["forms"].append("thousands separator in chars")
                except ValueError as e:
                    errors.append(str(e))
                    continue
            items.append(it)
        pkg["items"] = items
    except (ValueError, csv.Error) as e:
        errors.append(str(e))
    try:
        text, enc = decode(os.path.join(folder, "summary.txt"))
        pkg["forms"].append("summary.txt " + enc)
        if not text.strip():
            errors.append("summary.txt: empty")
        pkg["summary"] = text
    except ValueError as e:
        errors.append(str(e))
    return (None, errors) if errors else (pkg, [])


# ---------------------------------------------------------------- scoring

H = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(H, rounding=ROUND_HALF_UP)


def clamp(x, lo, hi):
    return max(Decimal(lo), min(Decimal(hi), x))


def trigrams(text):
    s = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] not in "PS")
    return {s[i:i + 3] for i in range(len(s) - 2)}


DIGITS = {**{chr(0x30 + i): i for i in range(10)}, **{chr(0xFF10 + i): i for i in range(10)}}
SKIP_STOPS = set("。；！？\n\r")
TEXT_FIGURES = [("新收", ["t3.new.total"]), ("上年结转", ["t3.carried.total"]), ("结转下年度", ["t3.next_year.total"]),
                ("行政复议", ["t4.review.total"]), ("行政诉讼", ["t4.suit_direct.total", "t4.suit_after.total"])]
YOY_CODES = ["t3.new.total", "t1.license.decisions", "t1.penalty.decisions"]


def stated_figures(text, phrase):
    """years.md identity 9: the numbers stated after each occurrence of phrase."""
    out, i = [], text.find(phrase)
    while i >= 0:
        p, skipped = i + len(phrase), 0
        while p < len(text) and text[p] not in DIGITS and text[p] not in SKIP_STOPS and skipped < 10:
            p, skipped = p + 1, skipped + 1
        if p < len(text) and text[p] in DIGITS:
            n = 0
            while p < len(text) and text[p] in DIGITS:
                n, p = n * 10 + DIGITS[text[p]], p + 1
            if p < len(text) and text[p] == "件":
                out.append(n)
        i = text.find(phrase, i + 1)
    return out


def yoy_anomalous(now, then):
    return then >= 10 and (now > then * 5 or now * 5 < then)


def score_district(config_path, detail=False, prev=None):
    base = os.path.dirname(os.path.abspath(config_path))
    cfg = read_config(config_path)
    year = int(cfg[("district", "year")])
    deadline = D.fromisoformat(cfg[("collect", "deadline")])
    hol = date_set(cfg.get(("calendar", "holidays"), ""))
    mk = date_set(cfg.get(("calendar", "workdays"), ""))

    def workday(d):
        return d in mk or (d.weekday() < 5 and d not in hol)

    def wd_after(a, b):
        n = 0
        while a < b:
            a += dt.timedelta(days=1)
            n += workday(a)
        return n

    path = lambda k: os.path.join(base, cfg[("paths", k)])
    rrows, renc, rnotes, _ = read_csv(path("roster"), ROSTER_AL, ["code", "name", "type"])
    roster = {}
    for r in rrows:
        duties = [d.strip() for d in re.split(r"[;；、,]", r.get("duties", "")) if d.strip()]
        for d in duties:
            assert d in CATS, d
        roster[r["code"]] = dict(code=r["code"], name=r["name"], type=TYPES[r["type"]], duties=duties)
    inbox = path("inbox")
    pkgs, rejected = {}, {}
    for code in sorted(os.listdir(inbox)):
        pkg, errs = load_package(os.path.join(inbox, code), code, roster, year)
        if pkg:
            pkgs[code] = pkg
        else:
            rejected[code] = errs
    findings = []
    fp = cfg.get(("paths", "findings"))
    if fp and os.path.exists(os.path.join(base, fp)):
        frows, _, _, _ = read_csv(os.path.join(base, fp), FIND_AL, ["unit", "kind", "points"])
        for r in frows:
            findings.append(dict(unit=r["unit"], kind=KINDS[r["kind"]], points=Decimal(r["points"]),
                                 description=r.get("description", "")))
    # copied summaries
    grams = {c: trigrams(p["summary"]) for c, p in pkgs.items()}
    copies, pairs = set(), []
    codes = sorted(pkgs)
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            ga, gb = grams[a], grams[b]
            j = len(ga & gb) / len(ga | gb) if ga | gb else 0
            pairs.append((j, a, b))
            if j >= 0.80:
                ra, rb = pkgs[a]["received"], pkgs[b]["received"]
                if ra >= rb:
                    copies.add(a)
                if rb >= ra:
                    copies.add(b)
    pairs.sort(reverse=True)
    result = dict(roster=roster, pkgs=pkgs, rejected=rejected, findings=findings, units={}, pairs=pairs,
                  copies=copies, deadline=deadline)
    for code, u in roster.items():
        approval = "approval" in u["duties"]
        fs = [f for f in findings if f["unit"] == code]
        ded = sum((f["points"] for f in fs if f["kind"] != "bonus"), Decimal(0))
        bon = sum((f["points"] for f in fs if f["kind"] == "bonus"), Decimal(0))
        res = dict(code=code, name=u["name"], group="镇街" if u["type"] in ("town", "street") else "部门",
                   approval=approval, ded=ded, bonus=bon, notes=[])
        result["units"][code] = res
        p = pkgs.get(code)
        if not p:
            res["C"] = {k: Decimal(0) for k in ["C%02d" % i for i in range(1, 13)]}
            if approval:
                res["C"]["C13"] = Decimal(0)
            res["total"] = Decimal(0)
            res["state"] = "rejected" if code in rejected else "missing"
            res["sham_any"] = False
            continue
        res["state"] = "received"
        v, items = p["v"], p["items"]
        C = {}
        in_year = [it for it in items if it["published"].year == year]
        seen, sham_rows = set(), []
        for it in items:          # duplicates: against any earlier row of the unit, in file order
            key = (it["cat"], "".join(it["title"].split()).lower())
            reasons = []
            if it["title"].strip().lower() in PLACEHOLDERS:
                reasons.append("placeholder title")
            if it["chars"] is not None and it["chars"] < 50:
                reasons.append("chars %d < 50" % it["chars"])
            if it["published"] < it["formed"]:
                reasons.append("published before formed")
            if key in seen:
                reasons.append("duplicate title")
            seen.add(key)
            it["sham"] = reasons
        sham_rows = [it for it in in_year if it["sham"]]
        counted = [it for it in in_year if not it["sham"]]
        required = ["guide", "budget", "final", "sangong"] + [d for d in u["duties"] if d not in
                                                              ("guide", "budget", "final", "sangong")]
        missing = [c for c in required if not any(it["cat"] == c for it in counted)]
        C["C01"] = clamp(Decimal(30) - 5 * len(missing), 0, 30)
        late = [it for it in in_year if wd_after(it["formed"], it["published"]) > 20]
        C["C02"] = clamp(Decimal(10) - Decimal("0.5") * len(late), 0, 10)
        C["C03"] = clamp(Decimal(10) - 2 * len(sham_rows), 0, 10)
        N = sum(1 for it in counted if it["cat"] == "normative")
        I = sum(1 for it in counted if it["cat"] == "interpret")
        C["C04"] = Decimal(5) if N == 0 else q(Decimal(5) * min(Decimal(1), Decimal(I) / Decimal(N)))
        C["C05"] = clamp(Decimal(8) - 2 * v["work.apply_overdue"], 0, 8)
        corr = v["t4.review.corrected"] + v["t4.suit_direct.corrected"] + v["t4.suit_after.corrected"]
        C["C06"] = clamp(Decimal(7) - Decimal("3.5") * corr, 0, 7)
        days_late = max(0, (p["received"].date() - deadline).days)
        C["C07"] = clamp(Decimal(5) - days_late, 0, 5)
        fails = []
        if any(v["t3.%s.total" % r] != sum(v["t3.%s.%s" % (r, c)] for c in SIX) for r in T3ROWS):
            fails.append(1)
        if any(v["t3.total.%s" % c] != sum(v["t3.%s.%s" % (r, c)] for r in OUT) for c in COLS7):
            fails.append(2)
        if any(v["t3.new.%s" % c] + v["t3.carried.%s" % c] != v["t3.total.%s" % c] + v["t3.next_year.%s" % c]
               for c in COLS7):
            fails.append(3)
        if any(v["t4.%s.total" % r] != sum(v["t4.%s.%s" % (r, c)] for c in T4COLS[:4]) for r in T4ROWS):
            fails.append(4)
        if N < v["t1.normative.issued"]:
            fails.append(5)
        if v["work.hall_in"] > v["work.hall_items"]:
            fails.append(6)
        pp = prev["pkgs"].get(code) if prev else None   # the archive: last year's accepted package
        pv = pp["v"] if pp else None
        if pv and any(v["t3.carried.%s" % c] != pv["t3.next_year.%s" % c] for c in COLS7):
            fails.append(7)
        if pv and any(v["t1.%s.in_force" % k] != pv["t1.%s.in_force" % k] + v["t1.%s.issued" % k] - v["t1.%s.repealed" % k]
                      for k in ("rules", "normative")):
            fails.append(8)
        if any(n != sum(v[c] for c in codes) for ph, codes in TEXT_FIGURES for n in stated_figures(p["summary"], ph)):
            fails.append(9)
        flags = []
        if pv:
            for c in YOY_CODES:
                if yoy_anomalous(v[c], pv[c]):
                    flags.append((c, v[c], pv[c]))
            now = sum(1 for it in items if it["published"].year == year)
            then = sum(1 for it in pp["items"] if it["published"].year == year - 1)
            if yoy_anomalous(now, then):
                flags.append(("catalogue rows", now, then))
        C["C08"] = clamp(Decimal(5) - len(fails), 0, 5)
        text = p["summary"]
        nchars = sum(1 for ch in text if not ch.isspace())
        c9 = Decimal(5)
        if nchars < 500:
            c9 -= 2
        miss_topics = [g for g in TOPICS if not any(w in text for w in g)]
        c9 -= Decimal("0.5") * len(miss_topics)
        if code in copies:
            c9 -= 5
        repeats = False
        if pp:
            g, gp = trigrams(text), trigrams(pp["summary"])
            repeats = len(g) > 0 and len(g & gp) * 100 >= 50 * len(g)
            if repeats:
                c9 -= 2
        C["C09"] = clamp(c9, 0, 5)
        C["C10"] = Decimal(5) if v["work.staff"] >= 1 else Decimal(0)
        C["C11"] = Decimal(5) if v["work.training"] >= 1 else Decimal(0)
        C["C12"] = Decimal(5) if v["work.leader_meetings"] >= 1 else Decimal(0)
        if approval:
            hi, hin = v["work.hall_items"], v["work.hall_in"]
            C["C13"] = Decimal(10) if hi == 0 else q(Decimal(10) * min(Decimal(1), Decimal(hin) / Decimal(hi)))
        earned = sum(C.values(), Decimal(0))
        possible = Decimal(110 if approval else 100)
        basev = q(Decimal(100) * earned / possible)
        res.update(C=C, base=basev, total=clamp(basev - ded + min(Decimal(5), bon), 0, 100), days_late=days_late,
                   received=p["received"], missing_cats=missing, late=late, sham=sham_rows, N=N, I=I, fails=fails,
                   nchars=nchars, miss_topics=miss_topics, copied=code in copies, forms=p["forms"],
                   repeats=repeats, flags=flags,
                   outside=[it for it in items if it["published"].year != year])
        res["sham_any"] = bool(sham_rows) or code in copies or any(f["kind"] == "sham" for f in fs)
    for res in result["units"].values():
        t = res["total"]
        g = "优秀" if t >= 90 else "良好" if t >= 80 else "合格" if t >= 60 else "不合格"
        if res["state"] != "received":
            g = "不合格"
        if g == "优秀" and res["sham_any"]:
            g = "良好"
        res["grade"] = g
    for group in ("镇街", "部门"):
        us = sorted((r for r in result["units"].values() if r["group"] == group), key=lambda r: (-r["total"], r["code"]))
        for i, r in enumerate(us):
            r["rank"] = 1 + sum(1 for x in us if x["total"] > r["total"])
        result[group] = us
    for code, res in result["units"].items():   # last year's total and rank: when scored last year
        last = prev["units"].get(code) if prev else None
        res["last"] = dict(total=last["total"], rank=last["rank"]) if last else None
    return result


def f2(x):
    return "%.2f" % x


def write_export(result, out):
    lines = ["code,name,group,total,rank,grade,C01,C02,C03,C04,C05,C06,C07,C08,C09,C10,C11,C12,C13,deductions,bonus,last_total,last_rank"]
    for group in ("镇街", "部门"):
        for r in result[group]:
            cells = [r["code"], r["name"], r["group"], f2(r["total"]), str(r["rank"]), r["grade"]]
            cells += [f2(r["C"]["C%02d" % i]) for i in range(1, 13)]
            cells.append(f2(r["C"]["C13"]) if r["approval"] else "")
            cells += [f2(r["ded"]), f2(r["bonus"])]
            last = r.get("last")
            cells += [f2(last["total"]), str(last["rank"])] if last else ["", ""]
            lines.append(",".join(cells))
    with open(out, "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def main(argv):
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--previous", "--export")}
    cfgp = next((a for a in argv if not a.startswith("--") and a not in values),
                os.path.join(os.path.dirname(__file__), "..", "config.ini"))
    prev = None
    if "--previous" in argv:
        prev = score_district(argv[argv.index("--previous") + 1])
    res = score_district(cfgp, prev=prev)
    for code, errs in res["rejected"].items():
        print("REJECTED %s:" % code)
        for e in errs:
            print("    " + e)
    print("top summary similarities:", ", ".join("%s~%s %.3f" % (a, b, j) for j, a, b in res["pairs"][:4]))
    for group in ("镇街", "部门"):
        for r in res[group]:
            line = "%-9s %-22s %6s %2d %s" % (r["code"], r["name"], f2(r["total"]), r["rank"], r["grade"])
            if r["state"] != "received":
                print(line, r["state"])
                continue
            d = {k: f2(x) for k, x in r["C"].items()}
            print(line, "base", f2(r["base"]), " ".join("%s=%s" % (k[1:], x) for k, x in d.items()))
            if "--detail" in argv:
                print("      late=%d days; missing=%s; late rows=%s; sham=%s; N/I=%d/%d; fails=%s; chars=%d; no topics=%s;"
                      " copied=%s; outside=%d; ded=%s bonus=%s; repeats=%s; flags=%s"
                      % (r["days_late"], r["missing_cats"], [it["line"] for it in r["late"]],
                         [(it["line"], it["sham"]) for it in r["sham"]], r["N"], r["I"], r["fails"], r["nchars"],
                         r["miss_topics"], r["copied"], len(r["outside"]), r["ded"], r["bonus"], r["repeats"],
                         r["flags"]))
            if "--inventory" in argv:
                print("      forms:", sorted(set(r["forms"])))
    if "--export" in argv:
        write_export(res, argv[argv.index("--export") + 1])


if __name__ == "__main__":
    main(sys.argv[1:])
