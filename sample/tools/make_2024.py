#!/usr/bin/env python3
"""Make the sample district's previous year, sample/2024/, from its 2025 packages.

The office's first year with gongkai was 2024; sample/2024/ holds that year's
folder (config.ini, units.csv, inbox/, received.csv) sharing the database
with 2025.  Each 2024 package is derived from the unit's 2025 one, consistent
with it (Table 3's 结转下年度 of 2024 is 2025's 上年结转, the documents in
force roll forward, catalogue rows a year earlier, a summary in other words),
except for the traps, one or more for each check across years (years.md):

  jyj   2024 结转下年度 2 (自然人 2), 2025 上年结转 1: identity 7 fails in 2025
  sfj   2024 行政规范性文件现行有效 24; 2025 26 = 24 + 2 − 2 would need 26: identity 8 fails
  czj   documents in force roll forward (14 + 2 − 1 = 15): identity 8 holds
  slj   2025 summary repeats 2024's: C09 −2 in 2025
  z-qs  行政处罚 20 in 2024, 145 in 2025 (more than 5 times): 同比异常 flag
  scj   行政许可 20000 in 2024, 3218 in 2025 (less than a fifth): flag
  jtj   102 catalogue rows in 2024, 17 in 2025: flag
  zrj   新收 9 in 2024, 46 in 2025: no flag (last year below yoy_min 10)
  ybj   its 2024 package is rejected (a negative figure): nothing to compare in 2025
  tyj   new in 2025 (not in the 2024 roster): nothing to compare
  z-gl  古楼镇, in the 2024 roster only (merged into 青山镇 in 2025)
  sthj  named 区环境保护局 in 2024
  jd-cx rejected in 2025, accepted in 2024: its 2025 row shows last year's total and rank
  kjj   missing in both years

Identity 9 (the summary's figures against the tables) is shown in 2025 by
cgj, whose summary says 上年结转2件 while Table 3 says 0.

Deterministic (fixed seed); rerun after changing the 2025 sample.
    python3 make_2024.py
"""
import csv
import datetime as dt
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import score_sample as ss  # noqa: E402

OUT = os.path.join(SAMPLE, "2024")
COLS7 = ["natural", "business", "research", "public_interest", "legal", "org_other", "total"]

OPENINGS = [
    "2024年，{name}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻《中华人民共和国政府信息公开条例》，把政务公开作为转变作风、服务群众的重要抓手。",
    "过去一年，{name}在区委、区政府的统一部署下，围绕中心工作扎实推进政务公开，公开质量和群众满意度进一步提升。",
    "2024年度，{name}紧扣优化营商环境和保障改善民生两条主线，持续深化政务公开，着力打造阳光透明的服务型机关。",
]
ACTIVE = [
    "主动公开方面，全年通过门户网站和政务新媒体发布各类信息，重点做好财政预决算、重大项目、民生实事的公开，做到应公开尽公开。",
    "在主动公开工作中，我们梳理更新了公开目录，及时发布机构职能、规划计划、资金使用等信息，并对过期栏目进行清理归并。",
    "我们把主动公开嵌入日常业务流程，文件起草时同步明确公开属性，年内对存量文件开展了一次全面的公开属性复核。",
]
APPLY = [
    "依申请公开方面，本年新收政府信息公开申请{new}件，上年结转{carried}件，结转下年度继续办理{next}件，均在法定期限内答复。",
    "在依申请公开工作中，坚持统一受理、集中登记、限时办结，本年新收政府信息公开申请{new}件，结转下年度继续办理{next}件。",
]
EXTRA = [
    "围绕群众关心的教育、医疗、养老、就业等事项，编制通俗易懂的办事指南，推出图表图解和短视频解读，让政策找人、服务上门。",
    "建立健全信息发布前的保密审查和内容校核机制，明确审核责任人，全年未发生泄密和错发漏发情况。",
    "认真落实政府开放日活动，邀请人大代表、政协委员和群众代表走进机关，面对面听取意见建议二十余条。",
    "加强公开平台建设，完成网站栏目适老化和无障碍改造，优化站内搜索，群众查找信息更加便捷。",
    "把政务公开纳入年度目标考核，每季度通报一次工作进展，对发现的问题限期整改、跟踪问效。",
    "推进基层政务公开标准化规范化，结合本单位职责细化公开事项清单，逐项明确公开内容、时限和渠道。",
    "对涉及群众切身利益的重大决策，事前通过座谈会、网上征集等方式广泛听取意见，并在决策后公布意见采纳情况。",
    "落实政策性文件与解读材料同步组织、同步审签、同步部署，主要负责同志带头解读，提高解读的针对性和权威性。",
    "完善政务舆情监测、研判、回应机制，对社会关切做到早发现、早研判、早回应，全年妥善回应各类咨询和诉求。",
    "统筹用好政务服务热线、网上留言和实体窗口，做好咨询答复工作，力争群众的每一个诉求都有回音。",
    "按照档案管理规定，对政府信息公开申请材料、答复文书和送达凭证逐件整理归档，做到一案一档、有据可查。",
    "组织机关干部参加条例专题学习和业务交流，邀请法律顾问讲解答复文书的规范写法，依法行政意识明显增强。",
    "加大财政资金和惠民惠农补贴信息公开力度，按规定公示补贴对象、标准和金额，主动接受群众监督。",
    "结合“放管服”改革，及时公开权责清单、办事指南和收费目录清单，推动更多事项网上办、掌上办、就近办。",
]
PROBLEMS = [
    "工作中还存在一些不足：个别栏目更新不够及时，政策解读的形式还比较单一，工作人员业务能力有待提高。",
    "对照上级要求，我们也清醒看到存在的问题：公开内容的深度和广度还不够，与群众的互动回应有时不够及时。",
]
PLANS = [
    "下一步，我们将聚焦薄弱环节，完善工作机制，加强业务培训，持续提升政务公开的标准化、规范化水平。",
    "2025年，我们计划进一步拓展公开渠道，强化解读回应，健全常态化监督检查措施，推动政务公开工作再上新台阶。",
]


def summary_2024(rng, name, v):
    figures = dict(name=name, new=v["t3.new.total"], carried=v["t3.carried.total"], next=v["t3.next_year.total"])
    parts = [rng.choice(OPENINGS), rng.choice(ACTIVE)] + rng.sample(EXTRA, 6) + [rng.choice(APPLY)]
    parts += [rng.choice(PROBLEMS), rng.choice(PLANS)]
    return "\n\n".join(p.format(**figures) for p in parts) + "\n"


def shift(d):
    return d.replace(year=d.year - 1)


def stats_2024(code, v):
    """2024's figures from 2025's, consistent with them except for the traps."""
    w = dict(v)
    for c in COLS7:  # 2024's next_year is what 2025 carried over; nothing carried into 2024
        w["t3.next_year.%s" % c] = v["t3.carried.%s" % c]
        w["t3.carried.%s" % c] = 0
        w["t3.new.%s" % c] = v["t3.total.%s" % c] + w["t3.next_year.%s" % c]
    for k in ("rules", "normative"):  # in force at the end of 2024, so that 2025 rolls forward
        w["t1.%s.in_force" % k] = v["t1.%s.in_force" % k] - v["t1.%s.issued" % k] + v["t1.%s.repealed" % k]
        w["t1.%s.issued" % k] = min(v["t1.%s.issued" % k], w["t1.%s.in_force" % k])
        w["t1.%s.repealed" % k] = 0
    if code == "jyj":  # identity 7 fails in 2025: 2024 says 2 carried to 2025, 2025 says 1 came over
        w["t3.next_year.natural"] += 1
        w["t3.next_year.total"] += 1
        w["t3.new.natural"] += 1
        w["t3.new.total"] += 1
    if code == "sfj":  # identity 8 fails in 2025
        w["t1.normative.in_force"] = 24
    if code == "z-qs":
        w["t1.penalty.decisions"] = 20
    if code == "scj":
        w["t1.license.decisions"] = 20000
    if code == "zrj":  # last year below yoy_min: no flag
        assert w["t3.new.total"] >= 9
    if code == "ybj":
        w["work.training"] = -1  # rejected: a negative figure
    return w


def main():
    cfg = ss.read_config(os.path.join(SAMPLE, "..", "config.ini"))
    roster_rows, _, _, _ = ss.read_csv(os.path.join(SAMPLE, "units.csv"), ss.ROSTER_AL, ["code", "name", "type"])
    roster = {r["code"]: r for r in roster_rows}
    rng = random.Random(2024)
    os.makedirs(os.path.join(OUT, "inbox"), exist_ok=True)
    units = [r for r in roster_rows if r["code"] != "tyj"]
    gl = dict(code="z-gl", name="古楼镇人民政府", type="town", duties="land；assistance")
    units.insert(1, gl)
    with open(os.path.join(OUT, "units.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("code,name,type,duties\r\n")
        for r in units:
            name = "区环境保护局" if r["code"] == "sthj" else r["name"]
            duties = ";".join(d.strip() for d in ss.re.split(r"[;；、,]", r.get("duties", "")) if d.strip())
            fh.write('%s,%s,%s,"%s"\r\n' % (r["code"], name, r["type"], duties))
    received = []
    with open(os.path.join(SAMPLE, "received.csv"), encoding="utf-8") as fh:
        times = dict(line.strip().split(",", 1) for line in fh.readlines()[1:] if line.strip())
    fake_roster = dict(roster, **{"z-gl": dict(code="z-gl")})
    for r in units:
        code = r["code"]
        src = os.path.join(SAMPLE, "inbox", "z-qs" if code == "z-gl" else code)
        if code == "kjj" or not os.path.isdir(src):
            continue
        pkg, errs = ss.load_package(src, "z-qs" if code == "z-gl" else code, fake_roster, 2025)
        if not pkg:  # jd-cx, rejected in 2025 only for its 2025-02-29
            pkg = load_loose(src, code, fake_roster)
        kv = {}
        for line in ss.decode(os.path.join(src, "submission.ini"))[0].split("\n"):
            if "=" in line and line.strip()[:1] not in ";#[":
                k, x = line.split("=", 1)
                kv[k.strip().lower()] = x.strip()
        pkg["contact"], pkg["phone"] = kv.get("contact", "王敏"), kv.get("phone", "0719-6620000")
        folder = os.path.join(OUT, "inbox", code)
        os.makedirs(folder, exist_ok=True)
        name = "区环境保护局" if code == "sthj" else r["name"]
        v = stats_2024(code, pkg["v"])
        with open(os.path.join(folder, "submission.ini"), "w", encoding="utf-8", newline="") as fh:
            fh.write("[submission]\nunit = %s\nyear = 2024\ncontact = %s\nphone = %s\n" %
                     (code, pkg.get("contact", "王敏"), pkg.get("phone", "0719-6620000")))
        with open(os.path.join(folder, "stats.csv"), "w", encoding="utf-8", newline="") as fh:
            fh.write("code,value\n")
            for c in ss.CODES:
                x = v[c]
                fh.write("%s,%s\n" % (c, ("%.2f" % (x / 100)) if c == "t1.fees.amount" else x))
        items = pkg["items"]
        if code == "jtj":
            items = [dict(it, title="%s（第%d批）" % (it["title"], k + 1)) for k in range(6) for it in items]
        with open(os.path.join(folder, "catalog.csv"), "w", encoding="utf-8", newline="") as fh:
            fh.write("index_no,title,category,formed_on,published_on,url,chars\n")
            for i, it in enumerate(items, 1):
                title = it["title"].replace("2024", "2023").replace("2025", "2024")
                pub = shift(it["published"])
                fh.write('%s/2024-%05d,"%s",%s,%s,%s,http://www.mingchuan.gov.cn/%s/2024/%05d.html,%s\n' % (
                    code, i, title.replace('"', '""'), it["cat"], shift(it["formed"]).isoformat(), pub.isoformat(),
                    code, i, "" if it["chars"] is None else it["chars"]))
        if code == "slj":  # repeats its 2025 summary, a year earlier
            text = pkg["summary"].replace("2025", "2024").replace("2026", "2025")
        else:
            text = summary_2024(rng, name, v)
        with open(os.path.join(folder, "summary.txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        when = times["z-qs" if code == "z-gl" else code]
        received.append((code, when.replace("2025-", "2024-", 1)))
    with open(os.path.join(OUT, "received.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("code,received\n")
        for code, when in received:
            fh.write("%s,%s\n" % (code, when))


def load_loose(folder, code, roster):
    """A 2025 package rejected only for a day that does not exist in 2025: read it with 02-28."""
    import shutil
    import tempfile
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, code)
        shutil.copytree(folder, copy)
        path = os.path.join(copy, "catalog.csv")
        text, _ = ss.decode(path)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text.replace("2025-02-29", "2025-02-28"))
        pkg, errs = ss.load_package(copy, code, roster, 2025)
        if not pkg:
            raise SystemExit("cannot read %s: %s" % (folder, errs))
        return pkg
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
