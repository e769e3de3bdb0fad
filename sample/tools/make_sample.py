#!/usr/bin/env python3
"""Generate gongkai's sample district, 明川区 2025, under sample/.

Rerun from anywhere:  python3 sample/tools/make_sample.py
The output is deterministic (fixed seed, no clock). It rewrites config.ini,
units.csv, findings.csv, received.csv, set-received-times.sh and inbox/;
then it runs score_sample.py (an independent reading of the files on disk,
per spec/input.md and spec/rubric.md) to write expected_scores.csv and the
score table of README.md.

Every deliberate trap is declared next to its unit in UNITS below (`traps`),
and the README's unit table is printed from those declarations.
"""
import datetime as dt
import os
import random
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.dirname(HERE)
INBOX = os.path.join(SAMPLE, "inbox")
SEED = 20251120
YEAR = 2025
D = dt.date

# --------------------------------------------------------------------------
# Calendar: China's 2025 public holidays and make-up working days (调休上班)
# --------------------------------------------------------------------------
HOLIDAY_RANGES = [
    (D(2025, 1, 1), D(2025, 1, 1)),      # 元旦
    (D(2025, 1, 28), D(2025, 2, 4)),     # 春节
    (D(2025, 4, 4), D(2025, 4, 6)),      # 清明
    (D(2025, 5, 1), D(2025, 5, 5)),      # 劳动节
    (D(2025, 5, 31), D(2025, 6, 2)),     # 端午
    (D(2025, 10, 1), D(2025, 10, 8)),    # 国庆、中秋
]
MAKEUP_DAYS = [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27),
               D(2025, 9, 28), D(2025, 10, 11)]
HOLIDAYS = set()
for a, b in HOLIDAY_RANGES:
    d = a
    while d <= b:
        HOLIDAYS.add(d)
        d += dt.timedelta(days=1)
DEADLINE = D(2025, 11, 20)


def is_workday(d):
    if d in MAKEUP_DAYS:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def add_workdays(d, n):
    """The n-th working day after d (n = 0: d itself)."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def workdays_after(a, b):
    """Working days in (a, b]: the count rubric C02 compares with 20."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def rand_workday(rng, a, b):
    while True:
        d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
        if is_workday(d):
            return d


# --------------------------------------------------------------------------
# Categories
# --------------------------------------------------------------------------
CAT_ZH = {
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
BASE_CATS = ["guide", "budget", "final", "sangong"]

# --------------------------------------------------------------------------
# The roster. `type` and `dsep` are written as given (mixed English/Chinese,
# mixed separators). `o` holds per-unit file options and trap switches;
# `traps` is what README.md says about the unit (zh, en).
# --------------------------------------------------------------------------
UNITS = [
    # ---- towns 镇 ------------------------------------------------------
    dict(code="z-qs", name="青山镇人民政府", short="青山镇", type="town",
         duties=["land", "assistance", "emergency"], dsep="；",
         focus="乡村振兴和基层治理", places=["青山村", "杨家湾村", "石板桥村"],
         contact="周晓红", phone="0719-6621035", recv="2025-11-10 09:42",
         o=dict(),
         traps=[("满分单位（100 分，与其他满分镇街并列第 1 名）；另有加分 1 分，总分封顶 100",
                 "full marks (100, tied 1st of 镇街 with the other 100s); a 1-point bonus finding must not lift it above 100")]),
    dict(code="z-lh", name="柳河镇人民政府", short="柳河镇", type="镇",
         duties=["land", "assistance"], dsep="、",
         focus="和美乡村建设", places=["柳河村", "石门村", "双井村"],
         contact="刘建军", phone="0719-6645218", recv="2025-11-13 16:05",
         o=dict(enc_all="gb", crlf_all=True, stats_zh=True, cat_zh=True,
                omit=["sangong"], overdue=2, cat_value="zh"),
         traps=[("四个文件全部 GB18030 编码、CRLF 换行（含 submission.ini）；统计表与目录用中文表头，类别写中文名",
                 "all four files GB18030 with CRLF (submission.ini too); Chinese headers in stats and catalogue, categories as Chinese names"),
                ("目录中没有“三公经费预决算”（sangong）条目：C01 不公开 −5",
                 "no `sangong` row: C01 not disclosed −5"),
                ("work.apply_overdue = 2：C05 −4", "work.apply_overdue = 2: C05 −4")]),
    dict(code="z-sq", name="双桥镇人民政府", short="双桥镇", type="town",
         duties=["assistance"], dsep="；",
         focus="特色农业和民生保障", places=["双桥村", "河湾村"],
         contact="陈思远", phone="0719-6653307", recv="2025-11-21 09:12",
         o=dict(stats_blank_zero=True, staff=0, short_summary=True),
         traps=[("迟报 1 天（2025-11-21 收到）：C07 −1", "1 day late (received 2025-11-21): C07 −1"),
                ("统计表中所有 0 值单元格留空（空白计为 0）", "every zero cell of stats.csv left blank (blank reads as 0)"),
                ("总结不足 500 字：C09 −2", "summary under 500 characters: C09 −2"),
                ("work.staff = 0：C10 得 0", "work.staff = 0: C10 = 0")]),
    dict(code="z-bs", name="白沙镇人民政府", short="白沙镇", type="镇",
         duties=["land", "assistance"], dsep=",",
         focus="生态保护和产业发展", places=["白沙村", "沙湖村", "芦苇荡村"],
         contact="杨帆", phone="0719-6670124", recv="2025-11-12 10:05",
         o=dict(date_form="slash", enc_summary="bom", cat_value="zh"),
         traps=[("职责用英文逗号分隔（在引号内）", "duties separated by ASCII commas inside quotes"),
                ("目录日期写作 2025/3/5；类别写中文名；summary.txt 为带 BOM 的 UTF-8",
                 "catalogue dates as 2025/3/5; categories as Chinese names; summary.txt UTF-8 with BOM"),
                ("被抄袭的总结原件（先收到，不扣分）", "original of the copied summary pair (received first: no penalty)")]),
    dict(code="z-ks", name="堃山镇人民政府", short="堃山镇", type="镇",
         duties=["land", "emergency"], dsep="；",
         focus="矿区生态修复和安全发展", places=["堃山村", "龙潭村", "新屋场村"],
         contact="吴昇", phone="0719-6688512", recv="2025-11-20 17:50",
         o=dict(date_form="cn", enc_catalog="gb", enc_summary="gb", enc_ini="gb",
                t4=dict(review=dict(upheld=1))),
         traps=[("单位名含 GB2312 以外的生僻字“堃”（联系人“吴昇”），用于检验 PDF 字体回退",
                 "name has 堃, outside GB2312 (contact 吴昇): tests the PDF font fallback"),
                ("目录、总结、submission.ini 为 GB18030；日期写作 2025年3月5日",
                 "catalogue, summary and submission.ini GB18030; dates as 2025年3月5日"),
                ("截止日当天 17:50 收到：不算迟报", "received on the deadline day at 17:50: not late"),
                ("行政复议 1 件（维持），不扣分", "one administrative review, upheld: no deduction")]),
    dict(code="z-hs", name="黄石镇人民政府", short="黄石镇", type="town",
         duties=["assistance", "safety"], dsep="；",
         focus="安全生产和基层治理", places=["黄石村", "大坪村"],
         contact="郑海波", phone="0719-6691177", recv="2025-11-18 15:30",
         o=dict(copy_of="z-bs", meetings=0),
         traps=[("总结抄袭白沙镇（后收到的一方为抄袭者）：C09 −5，并按假公开封顶“良好”",
                 "summary copied from z-bs (received later, so it is the copy): C09 −5, grade capped at 良好"),
                ("work.leader_meetings = 0：C12 得 0", "work.leader_meetings = 0: C12 = 0")]),
    # ---- streets 街道 --------------------------------------------------
    dict(code="jd-cd", name="城东街道办事处", short="城东街道", type="街道",
         duties=["assistance", "housing"], dsep="；",
         focus="老旧小区改造和社区治理", places=["东关社区", "朝阳社区", "纺织厂片区"],
         contact="黄丽娟", phone="0719-6212093", recv="2025-11-07 11:20",
         o=dict(enc_all="bom", crlf_all=True, enc_ini="utf8"),
         traps=[("满分单位（100 分）；CSV 与总结均为带 BOM 的 UTF-8、CRLF 换行（Excel “CSV UTF-8”）",
                 "full marks (100); CSVs and summary UTF-8 with BOM and CRLF (Excel 'CSV UTF-8')")]),
    dict(code="jd-cx", name="城西街道办事处", short="城西街道", type="street",
         duties=["assistance"], dsep="；",
         focus="社区养老和便民服务", places=["西园社区", "桂花社区"],
         contact="孙伟", phone="0719-6225861", recv="2025-11-14 14:47",
         o=dict(reject_date=True),
         traps=[("**应被拒收**：catalog.csv 中有不存在的日期 2025-02-29（2025 年不是闰年）；整包拒收，按未报送计 0 分",
                 "**must be REJECTED**: catalog.csv has the impossible date 2025-02-29 (2025 is no leap year); whole package rejected, scored 0")]),
    dict(code="jd-nh", name="南湖街道办事处", short="南湖街道", type="街道",
         duties=["assistance", "emergency"], dsep="、",
         focus="防汛排涝和社区服务", places=["南湖社区", "渔港社区"],
         contact="何静", phone="0719-6238840", recv="2025-11-17 10:36",
         o=dict(break_id3=True, missing_groups=True, training=2),
         traps=[("数据逻辑第 3 条不成立（自然人列：新收 + 结转 ≠ 总计 + 结转下年）：C08 −1",
                 "data identity 3 fails (natural column: new + carried ≠ total + next_year): C08 −1"),
                ("总结未提“依申请”和“问题/不足”两组：C09 −1", "summary lacks the groups 依申请 and 问题/不足: C09 −1"),
                ("抽查发现（不及时）−1.5", "finding 'late' −1.5")]),
    dict(code="jd-bm", name="北门街道办事处", short="北门街道", type="street",
         duties=[], dsep="；",
         focus="背街小巷整治", places=["北门社区"],
         contact="", phone="", recv=None, o=dict(missing=True),
         traps=[("**未报送**：inbox 中没有文件夹；职责为空", "**missing**: no folder in the inbox; blank duties")]),
    dict(code="jd-xy", name="新苑街道办事处", short="新苑街道", type="街道",
         duties=["assistance", "housing", "safety"], dsep="；",
         focus="保障性住房管理和安全社区建设", places=["新苑社区", "锦绣社区", "幸福里社区"],
         contact="马骏", phone="0719-6257326", recv="2025-12-02 16:18",
         o=dict(training=0),
         traps=[("迟报 12 天（2025-12-02 收到）：C07 得 0", "12 days late (received 2025-12-02): C07 = 0"),
                ("work.training = 0：C11 得 0", "work.training = 0: C11 = 0")]),
    dict(code="jd-hb", name="河滨街道办事处", short="河滨街道", type="street",
         duties=["assistance"], dsep="；",
         focus="滨河环境整治", places=["河滨社区", "码头社区"],
         contact="林晓燕", phone="0719-6263418", recv="2025-11-11 15:02",
         o=dict(stats_cols=["value", "code", "item"], stats_extra=True,
                stats_blank_rows=True, cat_cols=["published_on", "category", "title", "chars", "url", "formed_on", "index_no"],
                cat_extra=True, cat_blank_rows=True, date_form="dot"),
         traps=[("统计表与目录列顺序打乱，且多出未知列“备注”；文件中夹有空行和“,,,”行",
                 "shuffled columns and an unknown extra column 备注 in stats and catalogue; blank rows and ',,,' rows"),
                ("目录日期写作 2025.03.05", "catalogue dates as 2025.03.05")]),
    # ---- departments 部门 ----------------------------------------------
    dict(code="zfb", name="区人民政府办公室", short="区政府办公室", type="部门",
         duties=["power", "proposals", "normative"], dsep="；",
         focus="政务公开统筹协调和规范性文件管理", contact="许文斌", phone="0719-6101028",
         recv="2025-11-06 09:30",
         o=dict(n_norm=3, n_interp=2, apps=15, norm_topics=["政府投资项目", "行政规范性文件合法性审核", "重大行政决策程序"]),
         traps=[("规范性文件 3 条、政策解读 2 条：C04 = 5 × 2/3 = 3.33",
                 "3 normative rows, 2 interpret rows: C04 = 5 × 2/3 = 3.33")]),
    dict(code="fgj", name="区发展和改革局", short="区发展和改革局", type="dept",
         duties=["power", "price", "bidding", "approval"], dsep="；",
         focus="重大项目建设和价格监管", contact="张海涛", phone="0719-6102215",
         recv="2025-11-14 10:12",
         o=dict(enc_ini="bom", hall=(48, 40), date_form="slash"),
         traps=[("submission.ini 带 BOM；目录日期写作 2025/3/5", "submission.ini has a BOM; catalogue dates as 2025/3/5"),
                ("进厅办理 40/48：C13 = 8.33", "hall 40 of 48: C13 = 8.33")]),
    dict(code="jyj", name="区教育局", short="区教育局", type="部门",
         duties=["power", "education"], dsep="、",
         focus="义务教育优质均衡发展", contact="王雪梅", phone="0719-6103390",
         recv="2025-11-19 11:48",
         o=dict(enc_catalog="gb", late_rows=True),
         traps=[("目录为 GB18030", "catalogue GB18030"),
                ("3 条逾期发布（超过 20 个工作日，其中 1 条跨春节仍逾期）：C02 −1.5",
                 "3 late rows (over 20 working days, one across 春节 and still late): C02 −1.5")]),
    dict(code="kjj", name="区科学技术局", short="区科学技术局", type="部门",
         duties=["power"], dsep="；",
         focus="科技创新", contact="", phone="", recv=None, o=dict(missing=True),
         traps=[("**未报送**；另有“不公开”抽查扣分，但未报送单位总分恒为 0",
                 "**missing**; also has a nondisclosure finding, yet a missing unit's total stays 0")]),
    dict(code="gxj", name="区工业和信息化局", short="区工业和信息化局", type="dept",
         duties=["power"], dsep="；",
         focus="工业经济运行和中小企业服务", contact="赵明亮", phone="0719-6105526",
         recv="2025-11-05 15:26",
         o=dict(placeholders=True, omit=["sangong"]),
         traps=[("占位标题“暂无”“测试”“ 待更新 ”“Test”共 4 条假公开：C03 −8；唯一的三公经费条目标题为“暂无”，故三公经费按不公开 C01 −5",
                 "placeholder titles 暂无, 测试, ' 待更新 ', Test: 4 sham rows, C03 −8; its only sangong row is the 暂无 one, so sangong is not disclosed, C01 −5"),
                ("标题“暂无相关信息”不在占位词表中，不算假公开（整串比较）",
                 "title 暂无相关信息 is not in the placeholder list, so not sham (whole-title match)")]),
    dict(code="mzj", name="区民政局", short="区民政局", type="部门",
         duties=["power", "socialorg", "assistance"], dsep="；",
         focus="基本民生保障和养老服务", contact="冯春燕", phone="0719-6106673",
         recv="2025-11-13 09:55",
         o=dict(enc_summary="gb", dup_titles=True, hall=(18, 18)),
         traps=[("重复标题（仅空格、大小写不同，同一类别）2 条：C03 −4；同标题但类别不同的一对不算重复",
                 "2 duplicate titles differing only in spaces / case within a category: C03 −4; a same-title pair in different categories is not a duplicate"),
                ("summary.txt 为 GB18030", "summary.txt GB18030")]),
    dict(code="sfj", name="区司法局", short="区司法局", type="dept",
         duties=["power", "normative"], dsep="；",
         focus="法治政府建设", contact="曹亮", phone="0719-6107741",
         recv="2025-11-17 14:20",
         o=dict(n_norm=2, n_interp=2, norm_topics=["行政执法公示", "公共法律服务"], crlf_catalog=True,
                chars_fullwidth=True, stats_spaces=True),
         traps=[("目录 CRLF；字数列用全角数字；统计表数值两侧有空格", "catalogue CRLF; chars in full-width digits; spaces around stats values"),
                ("规范性文件 2 条、解读 2 条：C04 满分", "2 normative, 2 interpret rows: C04 full")]),
    dict(code="czj", name="区财政局", short="区财政局", type="部门",
         duties=["power", "procurement"], dsep="、",
         focus="预决算公开和财政资金监管", contact="李慧敏", phone="0719-6108862",
         recv="2025-11-19 16:40",
         o=dict(enc_stats="bom", enc_catalog="bom", thousands=True, overdue=3, n_norm=2, n_interp=2,
                norm_topics=["区级财政专项资金", "政府采购内部控制"], fees="1268.40"),
         traps=[("统计表、目录为带 BOM 的 UTF-8；千分位数字（\"1,268.40\"、\"12,480\"）",
                 "stats and catalogue UTF-8 with BOM; thousands separators (\"1,268.40\", \"12,480\")"),
                ("work.apply_overdue = 3：C05 −6，基础分 94.00", "work.apply_overdue = 3: C05 −6, base 94.00"),
                ("两条加分 2 + 4 = 6，封顶 5：总分 99.00（不是 100）", "two bonuses 2 + 4 = 6, capped at 5: total 99.00 (not 100)")]),
    dict(code="rsj", name="区人力资源和社会保障局", short="区人社局", type="部门",
         duties=["power", "employment", "insurance", "approval"], dsep="；",
         focus="稳就业和社保扩面", contact="钱国栋", phone="0719-6109935",
         recv="2025-11-12 11:33",
         o=dict(crlf_all=True, stats_zh=True, stats_shuffle=True, cat_zh=True, hall=(0, 0), n_norm=1, n_interp=1,
                norm_topics=["就业创业补贴"]),
         traps=[("所有文件 CRLF；统计表中文表头且行序打乱；目录中文表头", "all files CRLF; stats with Chinese header and shuffled rows; catalogue Chinese header"),
                ("审批单位但 work.hall_items = 0：C13 得满分 10", "approval unit with work.hall_items = 0: C13 = 10")]),
    dict(code="zrj", name="区自然资源局", short="区自然资源局", type="dept",
         duties=["power", "land", "approval"], dsep="；",
         focus="耕地保护和土地征收", contact="郭振华", phone="0719-6111207",
         recv="2025-11-18 09:08",
         o=dict(hall=(25, 30), apps=46, stats_shuffle=True,
                t4=dict(review=dict(upheld=2, corrected=1, pending=1))),
         traps=[("进厅事项 30 > 事项总数 25：数据逻辑第 6 条不成立 C08 −1（C13 按 min(1, 比值) 仍得 10）",
                 "hall_in 30 > hall_items 25: identity 6 fails, C08 −1 (C13 is min(1, ratio) so still 10)"),
                ("行政复议纠错 1 件：C06 −3.5", "one administrative review corrected: C06 −3.5")]),
    dict(code="sthj", name="区生态环境分局", short="区生态环境分局", type="部门",
         duties=["power", "environment", "penalty"], dsep="；",
         focus="污染防治攻坚", contact="韩冬", phone="0719-6112318",
         recv="2025-11-10 15:44",
         o=dict(short_chars=True),
         traps=[("字数 30 的条目 1 条、发布日期早于成文日期 1 条：假公开 2 条 C03 −4；字数恰为 50 的条目不算假公开",
                 "a row with chars 30 and a row published before it was formed: 2 sham rows, C03 −4; a row with exactly 50 chars is not sham")]),
    dict(code="zjj", name="区住房和城乡建设局", short="区住房和城乡建设局", type="dept",
         duties=["power", "housing", "bidding", "approval"], dsep="；",
         focus="城市更新和住房保障", contact="邓立新", phone="0719-6113429",
         recv="2025-11-19 17:22",
         o=dict(break_id1=True, hall=(41, 41), apps=22, n_norm=1, n_interp=1, norm_topics=["住宅专项维修资金"],
                t4=dict(suit_direct=dict(upheld=1, corrected=1))),
         traps=[("数据逻辑第 1 条不成立（表三“予以公开”“部分公开”两行的总计列与六列之和不符，列合计仍相符）：C08 −1",
                 "identity 1 fails (rows open and partial: total column ≠ sum of six columns; column sums still agree): C08 −1"),
                ("行政诉讼纠错 1 件：C06 −3.5", "one lawsuit corrected: C06 −3.5"),
                ("抽查发现（不公开）−3", "finding 不公开 −3")]),
    dict(code="jtj", name="区交通运输局", short="区交通运输局", type="部门",
         duties=["power", "approval"], dsep="；",
         focus="四好农村路建设", contact="罗志强", phone="0719-6114530",
         recv="2025-11-14 16:58",
         o=dict(fullwidth=True, break_id2=True, hall=(34, 34), apps=9),
         traps=[("统计表数值全部用全角数字（１２３）", "every stats value in full-width digits"),
                ("数据逻辑第 2 条不成立（“予以公开”自然人多 1，行总计随之改，总计行未改）：C08 −1",
                 "identity 2 fails (open.natural +1 with its row total, total row unchanged): C08 −1")]),
    dict(code="slj", name="区水利局", short="区水利局", type="dept",
         duties=["power", "emergency"], dsep="；",
         focus="防汛抗旱和水利工程建设", contact="梁永红", phone="0719-6115641",
         recv="2025-11-04 10:17",
         o=dict(old_rows=True, omit=["final"]),
         traps=[("2 条 2024 年发布的条目（年度外，不计）；唯一的部门决算条目发布于 2024 年，故部门决算按不公开 C01 −5",
                 "2 rows published in 2024 (outside the year, count for nothing); its only `final` row is one of them, so final is not disclosed: C01 −5")]),
    dict(code="nyj", name="区农业农村局", short="区农业农村局", type="部门",
         duties=["power", "approval"], dsep="、",
         focus="粮食安全和高标准农田建设", contact="谢军", phone="0719-6116752",
         recv="2025-11-11 11:06",
         o=dict(n_norm=2, n_interp=2, norm_topics=["农村宅基地审批", "高标准农田建后管护"], norm_issued=3, hall=(22, 22)),
         traps=[("t1.normative.issued = 3，但目录只有 2 条规范性文件：数据逻辑第 5 条不成立 C08 −1",
                 "t1.normative.issued = 3 but only 2 normative rows: identity 5 fails, C08 −1")]),
    dict(code="swj", name="区商务局", short="区商务局", type="dept",
         duties=["power"], dsep="；",
         focus="促消费和稳外贸", contact="唐宁", phone="0719-6117863",
         recv="2025-11-03 14:31",
         o=dict(meetings=0),
         traps=[("work.leader_meetings = 0：C12 得 0", "work.leader_meetings = 0: C12 = 0")]),
    dict(code="wlj", name="区文化旅游体育局", short="区文旅体局", type="部门",
         duties=["power"], dsep="；",
         focus="文旅融合和全民健身", contact="董琳", phone="0719-6118974",
         recv="2025-11-16 20:15",
         o=dict(date_form="mixed", chars_blank=0.35, cat_blank_rows=True),
         traps=[("四种日期写法混用（2025-03-05、2025/3/5、2025.03.05、2025年3月5日）；多行字数留空；夹有空行",
                 "all four date forms mixed; chars blank on many rows; blank rows")]),
    dict(code="wjj", name="区卫生健康局", short="区卫生健康局", type="dept",
         duties=["power", "health", "approval"], dsep="；",
         focus="基层医疗卫生服务能力提升", contact="彭艳", phone="0719-6120085",
         recv="2025-11-23 10:20",
         o=dict(hall=(60, 56), break_total_natural=True, crlf_summary=True, apps=14),
         traps=[("迟报 3 天（2025-11-23 收到）：C07 −3", "3 days late (received 2025-11-23): C07 −3"),
                ("一个单元格（t3.total.natural）错误同时破坏第 1、2、3 条：C08 −3（按条扣，不按格扣）",
                 "one wrong cell (t3.total.natural) breaks identities 1, 2 and 3: C08 −3 (per identity, not per cell)"),
                ("进厅 56/60：C13 = 9.33", "hall 56 of 60: C13 = 9.33")]),
    dict(code="tyj", name="区退役军人事务局", short="区退役军人事务局", type="部门",
         duties=["power"], dsep="；",
         focus="退役军人服务保障", contact="蒋卫东", phone="0719-6121196",
         recv="2025-11-08 10:48",
         o=dict(n_norm=0, n_interp=1),
         traps=[("满分部门（100 分，与其他满分部门并列第 1 名）；规范性文件 0 条、解读 1 条：C04 = 5",
                 "full-marks department (100, tied 1st of 部门 with the other 100s); 0 normative and 1 interpret row: C04 = 5")]),
    dict(code="yjj", name="区应急管理局", short="区应急管理局", type="dept",
         duties=["power", "safety", "emergency"], dsep="；",
         focus="安全生产和防灾减灾", contact="蔡志刚", phone="0719-6122207",
         recv="2025-11-15 09:25",
         o=dict(overdue=5, t4=dict(review=dict(corrected=1), suit_after=dict(corrected=1))),
         traps=[("work.apply_overdue = 5：C05 扣至 0（不为负）", "work.apply_overdue = 5: C05 floors at 0"),
                ("复议纠错 1 件 + 复议后起诉纠错 1 件：C06 得 0", "review corrected 1 + suit after review corrected 1: C06 = 0")]),
    dict(code="sjj", name="区审计局", short="区审计局", type="部门",
         duties=["power", "audit"], dsep="；",
         focus="审计监督全覆盖", contact="苏敏", phone="0719-6123318",
         recv="2025-11-09 16:02",
         o=dict(),
         traps=[("抽查发现“假公开”−2：总分 98，但等级封顶“良好”", "finding 'sham' −2: total 98 but grade capped at 良好")]),
    dict(code="scj", name="区市场监督管理局", short="区市场监管局", type="dept",
         duties=["power", "penalty", "quality", "approval"], dsep=";",
         focus="营商环境和食品安全", contact="叶青", phone="0719-6124429",
         recv="2025-11-18 11:11",
         o=dict(omit=["quality"], thousands=True, hall=(85, 85), n_norm=1, n_interp=1,
                norm_topics=["个体工商户分型分类培育"], license=3218, penalty_dec=1046),
         traps=[("职责中的“产品质量监督检查”（quality）无任何条目：C01 −5", "duty category `quality` has no row: C01 −5"),
                ("职责用英文分号分隔；统计表千分位数字（\"3,218\"）", "duties separated by ASCII ';'; thousands separators in stats (\"3,218\")"),
                ("抽查发现（其他）−0.75", "finding 其他 −0.75")]),
    dict(code="tjj", name="区统计局", short="区统计局", type="部门",
         duties=["power"], dsep="；",
         focus="统计数据质量", contact="范晓东", phone="0719-6125530",
         recv="2025-11-20 08:55",
         o=dict(n_norm=0, n_interp=0, break_id4=True),
         traps=[("表四行政复议行：总计 2 ≠ 1 + 0 + 0 + 0：数据逻辑第 4 条不成立 C08 −1",
                 "Table 4 review row: total 2 ≠ 1 + 0 + 0 + 0: identity 4 fails, C08 −1"),
                ("规范性文件、解读均为 0：C04 = 5", "no normative and no interpret rows: C04 = 5")]),
    dict(code="ybj", name="区医疗保障局", short="区医疗保障局", type="dept",
         duties=["power", "insurance"], dsep="；",
         focus="医保基金监管", contact="邱红梅", phone="0719-6126641",
         recv="2025-11-06 15:37",
         o=dict(one_placeholder=True),
         traps=[("一条标题为“此栏目暂无信息”的假公开：C03 −2，总分 98 但等级封顶“良好”",
                 "one row titled 此栏目暂无信息 (sham): C03 −2, total 98 but grade capped at 良好")]),
    dict(code="spj", name="区政务服务和数据管理局", short="区政务服务和数据管理局", type="部门",
         duties=["approval"], dsep="；",
         focus="“高效办成一件事”改革", contact="陆佳", phone="0719-6127752",
         recv="2025-11-12 09:18",
         o=dict(hall=(126, 126)),
         traps=[("满分部门（110 分制，进厅 126/126）", "full-marks department on the 110-point scale (hall 126 of 126)")]),
    dict(code="cgj", name="区城市管理局", short="区城市管理局", type="dept",
         duties=["power", "penalty"], dsep="；",
         focus="城市精细化管理", contact="胡斌", phone="0719-6128863",
         recv="2025-11-16 10:02",
         o=dict(holiday_rows=True, chars_blank=0.2),
         traps=[("逾期判定依赖调休/节假日：2025-02-05 成文、2025-03-05 发布为 21 个工作日（仅因 2 月 8 日调休上班而逾期）；"
                 "2025-09-19 成文、10-23 发布恰为 20 个工作日（因国庆中秋假期不算逾期，若只数周一至周五则为 24）；10-24 发布为 21 个工作日（逾期）：共 2 条逾期 C02 −1",
                 "lateness depends on the calendar: formed 2025-02-05, published 2025-03-05 is 21 working days (late only because the make-up day 02-08 counts); "
                 "formed 2025-09-19, published 10-23 is exactly 20 (not late thanks to the National Day holiday; Mon–Fri alone would give 24); published 10-24 is 21 (late): 2 late rows, C02 −1"),
                ("部分条目字数留空", "chars blank on some rows")]),
]

INTRUDER = dict(code="intruder", name="区投资促进中心", short="区投资促进中心", type="dept",
                duties=["power"], dsep="；", focus="招商引资", contact="温建", phone="0719-6130001",
                recv="2025-11-15 13:40", o=dict(),
                traps=[("不在名册中的文件夹 intruder：应被拒收", "folder `intruder` is not in the roster: must be rejected")])

BY_CODE = {u["code"]: u for u in UNITS}

# --------------------------------------------------------------------------
# Catalogue titles. Each template: (text, first formed_on, last formed_on,
# chars range). Placeholders: {n} short unit name, {m} month, {q} quarter,
# {i} a number, {place} {proj} {proj2} {org} {org2} {svc} {thing} {abbr}.
# --------------------------------------------------------------------------
J6, M14, O24 = D(2025, 1, 6), D(2025, 3, 14), D(2025, 10, 24)
T = lambda text, a=D(2025, 1, 6), b=D(2025, 10, 24), c=(500, 4000): (text, a, b, c)
TITLES = {
    "guide": [T("{n}政府信息公开指南（2025年修订）", J6, M14, (1800, 4200))],
    "budget": [T("{n}2025年部门预算公开", D(2025, 2, 10), M14, (6000, 26000)),
               T("{n}2025年部门预算编制说明", D(2025, 2, 10), M14, (2500, 6000)),
               T("{n}2025年部门整体支出绩效目标", D(2025, 2, 10), D(2025, 3, 28), (1200, 4000))],
    "final": [T("{n}2024年度部门决算公开", D(2025, 7, 1), D(2025, 9, 12), (8000, 30000)),
              T("{n}2024年度部门决算编制说明", D(2025, 7, 1), D(2025, 9, 12), (2500, 7000)),
              T("{n}2024年度项目支出绩效自评结果", D(2025, 7, 1), D(2025, 9, 26), (1500, 5000))],
    "sangong": [T("{n}2025年“三公”经费预算情况说明", D(2025, 2, 10), M14, (600, 1500)),
                T("{n}2024年度“三公”经费决算情况说明", D(2025, 7, 1), D(2025, 9, 12), (600, 1600))],
    "power": [T("{n}权责清单（2025年版）", J6, D(2025, 4, 30), (5000, 22000)),
              T("关于{n}权责清单动态调整情况的公告（2025年第{i}号）", D(2025, 3, 1), O24, (600, 2000)),
              T("{n}行政权力运行流程图（2025年更新）", D(2025, 2, 10), D(2025, 8, 29), (800, 3000)),
              T("{n}行政执法事项清单", D(2025, 2, 10), D(2025, 9, 30), (3000, 12000))],
    "audit": [T("明川区2024年度区本级预算执行和其他财政收支的审计工作报告", D(2025, 6, 23), D(2025, 7, 18), (9000, 16000)),
              T("关于2024年度区本级预算执行和其他财政收支审计查出问题整改情况的报告", D(2025, 10, 9), O24, (6000, 11000)),
              T("区审计局关于{org}2024年度财务收支情况的审计结果公告", D(2025, 3, 3), O24, (2000, 5000)),
              T("区审计局关于{org}原主要负责人经济责任审计结果公告", D(2025, 3, 3), O24, (2000, 5000))],
    "price": [T("明川区2025年{m}月主要民生商品价格监测情况", D(2025, 1, 20), O24, (700, 1800)),
              T("关于明川区{thing}收费标准的公示", D(2025, 2, 10), O24, (600, 1500)),
              T("明川区定价目录（2025年版）", D(2025, 3, 3), D(2025, 5, 30), (3000, 6000)),
              T("关于2025年{m}月猪粮比价情况的分析", D(2025, 2, 3), O24, (600, 1500))],
    "land": [T("明川区2025年第{i}批次城镇建设用地征收土地预公告（{place}）", D(2025, 2, 10), O24, (800, 2000)),
             T("{place}征收土地补偿安置方案公告", D(2025, 2, 10), O24, (1500, 3500)),
             T("明川区人民政府征收土地公告（{place}）", D(2025, 3, 3), O24, (900, 2200))],
    "housing": [T("{place}棚户区改造项目房屋征收决定公告", D(2025, 2, 10), O24, (1200, 3000)),
                T("2025年第{i}批公共租赁住房配租结果公示", D(2025, 2, 10), O24, (600, 4000)),
                T("{place}老旧小区改造项目实施方案公示", D(2025, 2, 10), O24, (1500, 4500)),
                T("2025年{m}月保障性租赁住房申请审核结果公示", D(2025, 2, 10), O24, (500, 2500))],
    "procurement": [T("{n}2025年{m}月政府采购意向公开", J6, O24, (400, 1500)),
                    T("{n}{proj2}采购项目中标（成交）结果公告", D(2025, 3, 3), O24, (700, 2000)),
                    T("{n}{proj2}竞争性磋商公告", D(2025, 3, 3), O24, (2000, 6000))],
    "bidding": [T("{proj}施工招标公告", D(2025, 2, 10), O24, (2500, 7000)),
                T("{proj}中标候选人公示", D(2025, 2, 10), O24, (600, 1600)),
                T("{proj}中标结果公告", D(2025, 2, 10), O24, (500, 1300)),
                T("{proj}监理招标公告", D(2025, 2, 10), O24, (2000, 5000))],
    "penalty": [T("行政处罚决定书（明川{abbr}罚〔2025〕{i}号）", D(2025, 1, 13), O24, (900, 2600)),
                T("{n}2025年{m}月行政处罚案件信息公开表", D(2025, 2, 3), O24, (600, 3000)),
                T("{n}行政处罚裁量权基准（2025年修订）", D(2025, 3, 3), D(2025, 7, 31), (4000, 15000))],
    "emergency": [T("{n}防汛抗旱应急预案（2025年修订）", D(2025, 3, 3), D(2025, 5, 30), (5000, 16000)),
                  T("{n}突发地质灾害应急预案", D(2025, 2, 10), D(2025, 6, 30), (4000, 12000)),
                  T("{n}森林火灾应急预案", D(2025, 2, 10), D(2025, 4, 30), (4000, 12000)),
                  T("暴雨蓝色预警信息（2025年第{i}期）", D(2025, 5, 6), D(2025, 8, 29), (200, 600)),
                  T("关于做好2025年汛期防范工作的预警提示", D(2025, 4, 14), D(2025, 5, 30), (600, 1500)),
                  T("{n}突发事件总体应急预案", D(2025, 2, 10), D(2025, 9, 30), (6000, 18000))],
    "environment": [T("明川区2025年第{q}季度重点排污单位监督性监测结果", D(2025, 4, 7), O24, (900, 3000)),
                    T("关于{proj3}环境影响报告表审批意见的公告", D(2025, 2, 10), O24, (700, 1800)),
                    T("明川区2025年{m}月环境空气质量状况", D(2025, 2, 3), O24, (400, 1200)),
                    T("2025年{m}月生态环境执法检查情况通报", D(2025, 2, 3), O24, (800, 2400))],
    "safety": [T("{n}2025年{m}月安全生产监督检查情况通报", D(2025, 2, 3), O24, (700, 2400)),
               T("{n}2025年度安全生产监督检查计划", D(2025, 2, 10), D(2025, 3, 31), (2500, 6000)),
               T("关于2025年{m}月安全隐患排查整治情况的通报", D(2025, 2, 3), O24, (700, 2000))],
    "quality": [T("明川区2025年第{i}批次产品质量监督抽查结果公告", D(2025, 3, 3), O24, (800, 3000)),
                T("明川区2025年食品安全监督抽检信息（第{i}期）", D(2025, 2, 10), O24, (1000, 4000))],
    "socialorg": [T("明川区2024年度社会组织年度检查结果公告", D(2025, 5, 6), D(2025, 8, 29), (1500, 5000)),
                  T("关于撤销{org2}登记的公告", D(2025, 3, 3), O24, (400, 900)),
                  T("2025年第{i}批社会组织成立登记公告", D(2025, 2, 10), O24, (500, 1400)),
                  T("明川区社会组织活动异常名录（2025年第{q}季度）", D(2025, 4, 7), O24, (500, 1500))],
    "education": [T("2025年明川区义务教育阶段学校招生入学工作方案", D(2025, 3, 17), D(2025, 5, 16), (3500, 8000)),
                  T("2025年明川区中小学收费项目及标准公示", D(2025, 8, 1), D(2025, 9, 5), (1200, 3000)),
                  T("2025年春季学期学生资助资金分配情况", D(2025, 3, 3), D(2025, 5, 30), (800, 2500)),
                  T("明川区2025年普通高中招生计划", D(2025, 5, 6), D(2025, 6, 13), (900, 2500))],
    "health": [T("明川区2025年{m}月法定传染病疫情概况", D(2025, 2, 3), O24, (500, 1500)),
               T("2025年明川区基本公共卫生服务项目实施方案", D(2025, 3, 3), D(2025, 5, 30), (3000, 8000)),
               T("明川区医疗机构执业登记信息（2025年第{i}期）", D(2025, 2, 10), O24, (400, 1800)),
               T("2025年{m}月医疗机构“双随机”抽查结果", D(2025, 3, 3), O24, (600, 2000))],
    "employment": [T("明川区2025年公益性岗位招聘公告", D(2025, 2, 10), D(2025, 4, 30), (1200, 3000)),
                   T("2025年{m}月就业创业补贴发放情况公示", D(2025, 2, 3), O24, (500, 4000)),
                   T("明川区2025年高校毕业生就业见习基地名单", D(2025, 4, 7), D(2025, 7, 31), (600, 2000)),
                   T("2025年“春风行动”招聘会岗位信息", D(2025, 2, 5), D(2025, 3, 14), (1500, 6000))],
    "insurance": [T("关于明川区2025年度城乡居民基本医疗保险缴费标准的通知", D(2025, 8, 1), D(2025, 9, 26), (900, 2000)),
                  T("2025年{m}月社会保险待遇发放情况", D(2025, 2, 3), O24, (500, 1500)),
                  T("关于调整2025年度社会保险缴费基数的通知", D(2025, 6, 3), D(2025, 7, 31), (900, 2200)),
                  T("明川区2025年城乡居民基本养老保险基础养老金调整方案", D(2025, 5, 6), D(2025, 7, 31), (1000, 2400))],
    "assistance": [T("{n}2025年{m}月城乡低保金发放情况公示", D(2025, 1, 20), O24, (300, 3000)),
                   T("{n}2025年{m}月临时救助对象公示", D(2025, 1, 20), O24, (200, 1200)),
                   T("{n}特困人员救助供养情况公示（2025年第{q}季度）", D(2025, 4, 1), O24, (300, 1200)),
                   T("{n}2025年{m}月残疾人两项补贴发放公示", D(2025, 1, 20), O24, (300, 2000))],
    "proposals": [T("关于区十八届人大五次会议第{i}号代表建议的答复", D(2025, 5, 6), D(2025, 9, 30), (1000, 2500)),
                  T("关于区政协十五届五次会议第{i}号提案的答复", D(2025, 5, 6), D(2025, 9, 30), (1000, 2500)),
                  T("{n}2025年人大代表建议和政协提案办理工作总体情况", D(2025, 9, 1), O24, (1500, 3500))],
    "approval": [T("{n}{svc}办事指南", J6, O24, (1200, 3500)),
                 T("{n}2025年{m}月行政许可结果公示", D(2025, 2, 3), O24, (400, 5000)),
                 T("{n}政务服务事项目录（2025年版）", D(2025, 1, 13), D(2025, 4, 30), (3000, 12000)),
                 T("{n}“一件事一次办”事项清单", D(2025, 3, 3), D(2025, 9, 30), (1500, 4000))],
    "other": [T("{n}2024年度政府信息公开工作年度报告", D(2025, 1, 6), D(2025, 1, 10), (3500, 7000)),
              T("{n}召开2025年政务公开工作推进会", D(2025, 3, 3), D(2025, 5, 30), (500, 1200)),
              T("{n}2025年法治政府建设工作要点", D(2025, 2, 10), D(2025, 4, 18), (2000, 4500)),
              T("{n}2024年法治政府建设情况报告", D(2025, 1, 13), D(2025, 3, 28), (3000, 6000)),
              T("{n}2025年{m}月工作动态", J6, O24, (300, 1200)),
              T("{n}2025年上半年工作总结", D(2025, 7, 1), D(2025, 7, 25), (2500, 6000)),
              T("{n}2025年度政务公开工作要点", D(2025, 2, 10), D(2025, 4, 18), (1500, 3500)),
              T("{n}2025年{m}月重点工作推进情况", J6, O24, (600, 2000)),
              T("{n}开展“政务开放日”活动", D(2025, 5, 6), D(2025, 10, 17), (400, 1000)),
              T("{n}开展“宪法宣传周”普法活动", D(2025, 3, 3), D(2025, 10, 17), (400, 1000)),
              T("{n}2025年安全生产月活动方案", D(2025, 5, 20), D(2025, 6, 13), (1200, 3000)),
              T("{n}领导班子成员工作分工", D(2025, 1, 13), D(2025, 6, 30), (600, 1500))],
}
TOWN_OTHER = [T("{n}2025年{m}月村务公开情况", J6, O24, (300, 1500)),
              T("{n}2025年{m}月惠农补贴资金发放公示", D(2025, 2, 3), O24, (400, 2500)),
              T("{n}2025年耕地地力保护补贴面积公示", D(2025, 3, 3), D(2025, 5, 30), (600, 3000))]
STREET_OTHER = [T("{n}2025年{m}月社区工作动态", J6, O24, (300, 1200)),
                T("{n}2025年{m}月“五社联动”服务情况", J6, O24, (500, 1500)),
                T("{n}2025年城市更新微改造项目公示", D(2025, 3, 3), O24, (700, 2000))]

PROJECTS = ["明川区滨江大道改造提升工程", "明川区第二实验小学新建工程", "南湖片区雨污分流改造工程",
            "明川区城乡供水一体化工程（一期）", "国道318线明川段路面修复工程", "明川区人民医院门诊综合楼改造工程",
            "明川区老旧小区改造（2025年第一批）工程", "明川区体育中心全民健身步道工程", "明川产业园标准化厂房二期工程"]
PROJECTS2 = ["办公设备", "物业管理服务", "信息化运维服务", "法律顾问服务", "档案数字化加工", "公务用车定点维修",
             "食堂食材配送", "网络安全等级保护测评"]
PROJECTS3 = ["明川区污水处理厂提标改造项目", "明川产业园新材料中试基地项目", "明川区建筑垃圾资源化利用项目",
             "明川区畜禽粪污集中处理中心项目"]
ORGS = ["区机关事务服务中心", "区城市建设投资有限公司", "区农业技术推广中心", "区第一中学", "区中医院", "区环境卫生管理所"]
ORGS2 = ["明川区书画艺术协会", "明川区摄影爱好者协会", "明川区家政服务行业协会", "明川区青少年围棋俱乐部"]
SERVICES = ["企业投资项目备案", "建筑工程施工许可", "食品经营许可", "人力资源服务许可", "医疗机构执业登记",
            "公共场所卫生许可", "道路货物运输经营许可", "农药经营许可", "建设工程规划许可", "取水许可"]
THINGS = ["城区机动车停放服务", "城市生活垃圾处理费", "公办幼儿园保育教育费", "殡葬基本服务", "城市供水价格"]
ABBR = {"sthj": "环", "scj": "市监", "cgj": "城管", "yjj": "应急", "zrj": "自然资", "nyj": "农", "wjj": "卫",
        "jtj": "交", "wlj": "文", "fgj": "发改"}
DEFAULT_ABBR = "综执"

EXTRA_CATS_DEPT = ["procurement", "other", "other", "other"]


def fill(tmpl, u, rng, formed):
    m = formed.month
    q = max(1, (m - 1) // 3)
    places = u.get("places") or ["明川区城区"]
    return tmpl.format(
        n=u["short"], m=m, q=q, i=rng.randint(1, 28),
        place=(places[rng.randrange(len(places))] if u["type"] in ("镇", "town", "街道", "street")
               else rng.choice(["青山镇杨家湾村", "柳河镇石门村", "城东街道纺织厂片区", "南湖街道渔港片区", "白沙镇沙湖村"])),
        proj=rng.choice(PROJECTS), proj2=rng.choice(PROJECTS2), proj3=rng.choice(PROJECTS3),
        org=rng.choice(ORGS), org2=rng.choice(ORGS2), svc=rng.choice(SERVICES), thing=rng.choice(THINGS),
        abbr=ABBR.get(u["code"], DEFAULT_ABBR))


def norm_title(t):
    return "".join(t.split()).lower()


class Row:
    def __init__(self, title, cat, formed, published, chars=None, index=True, url=True, note=""):
        self.title, self.cat, self.formed, self.published = title, cat, formed, published
        self.chars, self.index, self.url, self.note = chars, index, url, note


def pub_delay(rng):
    return rng.choice([0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10, 13])


def gen_catalog(u, rng):
    o = u["o"]
    rows, seen = [], set()
    recv = dt.datetime.strptime(u["recv"], "%Y-%m-%d %H:%M").date()
    last_pub = min(recv - dt.timedelta(days=3), D(2025, 11, 7))

    def add(row):
        rows.append(row)
        seen.add((row.cat, norm_title(row.title)))

    def gen_row(cat, pool=None):
        pool = pool or TITLES[cat]
        for _ in range(200):
            text, a, b, (c1, c2) = rng.choice(pool)
            formed = rand_workday(rng, a, min(b, last_pub - dt.timedelta(days=20)))
            pub = add_workdays(formed, pub_delay(rng))
            if pub > last_pub:
                continue
            title = fill(text, u, rng, formed)
            if (cat, norm_title(title)) in seen:
                continue
            chars = rng.randint(c1, c2)
            return Row(title, cat, formed, pub, chars)
        raise RuntimeError("no title for %s %s" % (u["code"], cat))

    # deliberate rows first, so generated titles never collide with them
    for r in trap_rows(u, rng):
        add(r)
    is_town = u["type"] in ("镇", "town")
    is_street = u["type"] in ("街道", "street")
    required = [c for c in BASE_CATS + u["duties"] if c not in o.get("omit", [])]
    for cat in required:
        if cat in ("normative",):
            continue
        have = sum(1 for r in rows if r.cat == cat)
        if cat == "guide":
            k = 1
        elif cat == "sangong":
            k = 2
        elif cat in ("budget", "final"):
            k = rng.choice([1, 1, 2])
        else:
            k = rng.choice([1, 2, 2, 3, 3, 4])
        if cat == "sangong":
            for t in TITLES["sangong"]:
                if have < k:
                    r = gen_row(cat, [t])
                    add(r)
                    have += 1
            continue
        for _ in range(max(0, k - have)):
            add(gen_row(cat))
    # normative documents and their interpretations
    n_norm, n_interp = o.get("n_norm", 0), o.get("n_interp", 0)
    topics = o.get("norm_topics", [])
    for j in range(n_norm):
        topic = topics[j]
        formed = rand_workday(rng, D(2025, 3, 3), D(2025, 9, 12))
        pub = add_workdays(formed, rng.choice([2, 3, 4, 5, 6]))
        if u["code"] == "zfb":
            docno = "明川政规〔2025〕%d号" % (j + 1)
        else:
            docno = "明川%s规〔2025〕%d号" % (ABBR.get(u["code"], u["short"][1:3]), j + 1)
        add(Row("关于印发《明川区%s管理办法》的通知（%s）" % (topic, docno), "normative", formed, pub,
                rng.randint(3000, 9000)))
        if j < n_interp:
            add(Row(rng.choice(["《明川区%s管理办法》政策解读", "图解：《明川区%s管理办法》"]) % topic,
                    "interpret", formed, pub, rng.randint(1200, 3000)))
    for j in range(n_norm, n_interp):
        if u["code"] == "tyj":
            title = "一图读懂新修订的《军人抚恤优待条例》"
        elif u["code"] == "mzj":
            title = "《最低生活保障审核确认办法》政策解读"
        else:
            title = "%s政策解读（第%d期）" % (u["short"], j + 1)
        formed = rand_workday(rng, D(2025, 2, 10), D(2025, 9, 30))
        add(Row(title, "interpret", formed, add_workdays(formed, rng.randint(0, 4)), rng.randint(900, 2500)))
    # fill with everyday items up to the unit's size
    target = rng.randint(17, 32)
    other_pool = TITLES["other"] + (TOWN_OTHER if is_town else STREET_OTHER if is_street else [])
    while len(rows) < target:
        if not (is_town or is_street) and rng.random() < 0.2:
            add(gen_row("procurement"))
        elif rng.random() < 0.25 and u["duties"]:
            cat = rng.choice([c for c in u["duties"] if c not in ("normative",) and c not in o.get("omit", [])] or ["other"])
            add(gen_row(cat))
        else:
            add(gen_row("other", other_pool))
    # some items carry no index number or url (portal news)
    for r in rows:
        if r.cat == "other" and rng.random() < 0.3:
            r.index = False
            if rng.random() < 0.5:
                r.url = False
    # the portal lists newest first or oldest first; a few clerks paste unsorted
    key = lambda r: (r.published if isinstance(r.published, D) else D(2025, 1, 1))
    style = rng.choice(["asc", "desc", "asc", "none"])
    fixed = [r for r in rows if r.note == "keep-order"]
    movable = [r for r in rows if r.note != "keep-order"]
    if style == "asc":
        movable.sort(key=key)
    elif style == "desc":
        movable.sort(key=key, reverse=True)
    else:
        rng.shuffle(movable)
    # deliberate duplicates must come after their originals
    out = movable
    for r in fixed:
        out.append(r)
    return out


def trap_rows(u, rng):
    """Rows a unit's traps need, with exact dates (asserted where it matters)."""
    code, o, s = u["code"], u["o"], u["short"]
    R = []
    if o.get("placeholders"):            # gxj
        R += [Row("暂无", "sangong", D(2025, 3, 18), D(2025, 3, 19), None, index=False),
              Row("测试", "other", D(2025, 4, 9), D(2025, 4, 9), None, index=False, url=False),
              Row("  待更新  ", "power", D(2025, 6, 4), D(2025, 6, 5), None, index=False),
              Row("Test", "other", D(2025, 7, 14), D(2025, 7, 14), 12, index=False, url=False),
              Row("暂无相关信息", "other", D(2025, 8, 20), D(2025, 8, 21), 86, index=False)]
    if o.get("one_placeholder"):         # ybj
        R += [Row("此栏目暂无信息", "other", D(2025, 5, 12), D(2025, 5, 12), None, index=False)]
    if o.get("dup_titles"):              # mzj
        R += [Row("区民政局2025年3月城乡低保金发放情况公示", "assistance", D(2025, 3, 31), D(2025, 4, 2), 2140),
              Row("明川区智慧养老服务平台APP上线运行", "other", D(2025, 5, 19), D(2025, 5, 20), 860),
              Row("明川区2025年社会救助政策问答", "interpret", D(2025, 6, 9), D(2025, 6, 10), 2380),
              Row("明川区2025年社会救助政策问答", "assistance", D(2025, 6, 9), D(2025, 6, 11), 2380),
              Row("区民政局 2025年3月 城乡低保金发放情况公示", "assistance", D(2025, 4, 7), D(2025, 4, 8), 2140,
                  note="keep-order"),
              Row("明川区智慧养老服务平台App上线运行", "other", D(2025, 5, 26), D(2025, 5, 27), 860,
                  note="keep-order")]
    if o.get("short_chars"):             # sthj
        R += [Row("关于2025年6月环境空气质量状况的说明", "environment", D(2025, 7, 3), D(2025, 7, 4), 30),
              Row("明川区2025年8月环境空气质量状况", "environment", D(2025, 9, 2), D(2025, 9, 3), 50),
              Row("行政处罚决定书（明川环罚〔2025〕17号）", "penalty", D(2025, 6, 18), D(2025, 6, 16), 1650)]
    if o.get("late_rows"):               # jyj
        R += [Row("2025年明川区义务教育阶段学校招生入学工作方案", "education", D(2025, 3, 10), D(2025, 5, 20), 6120),
              Row("区教育局关于做好2025年暑期校外培训治理工作的通知", "other", D(2025, 6, 3), D(2025, 7, 15), 1880),
              Row("区教育局权责清单（2025年版）", "power", D(2025, 1, 6), D(2025, 2, 27), 14350)]
        for r in R[-3:]:
            assert workdays_after(r.formed, r.published) > 20
    if o.get("holiday_rows"):            # cgj
        a = Row("区城市管理局关于春节期间市容环境秩序专项整治情况的通报", "other", D(2025, 2, 5), D(2025, 3, 5), 1460)
        b = Row("区城市管理局国庆中秋期间户外广告设施安全检查情况通报", "other", D(2025, 9, 19), D(2025, 10, 23), 1320)
        c = Row("区城市管理局关于2025年第三季度占道经营专项整治情况的通报", "other", D(2025, 9, 19), D(2025, 10, 24), 1720)
        plain = lambda x, y: sum(1 for k in range(1, (y - x).days + 1) if (x + dt.timedelta(days=k)).weekday() < 5)
        assert workdays_after(a.formed, a.published) == 21 and plain(a.formed, a.published) == 20
        assert workdays_after(b.formed, b.published) == 20 and plain(b.formed, b.published) == 24
        assert workdays_after(c.formed, c.published) == 21
        R += [a, b, c]
    if o.get("old_rows"):                # slj
        R += [Row("区水利局2023年度部门决算公开", "final", D(2024, 8, 30), D(2024, 9, 12), 15820),
              Row("区水利局2024年冬春农田水利基本建设工作动态", "other", D(2024, 12, 20), D(2024, 12, 27), 940,
                  index=False)]
    if o.get("reject_date"):             # jd-cx
        R += [Row("城西街道2025年2月社区工作动态", "other", "2025-02-29", D(2025, 3, 3), 760, index=False)]
    return R


# --------------------------------------------------------------------------
# Statistics (stats.csv): every code, template order, with Chinese labels
# --------------------------------------------------------------------------
T3_COLS = [("natural", "自然人"), ("business", "商业企业"), ("research", "科研机构"),
           ("public_interest", "社会公益组织"), ("legal", "法律服务机构"), ("org_other", "其他"),
           ("total", "总计")]
T3_ROWS = [("new", "一、本年新收政府信息公开申请数量"), ("carried", "二、上年结转政府信息公开申请数量"),
           ("open", "三（一）予以公开"), ("partial", "三（二）部分公开"),
           ("deny.secret", "三（三）不予公开·属于国家秘密"), ("deny.law", "三（三）不予公开·其他法律行政法规禁止公开"),
           ("deny.safety", "三（三）不予公开·危及“三安全一稳定”"), ("deny.third_party", "三（三）不予公开·保护第三方合法权益"),
           ("deny.internal", "三（三）不予公开·属于三类内部事务信息"), ("deny.process", "三（三）不予公开·属于四类过程性信息"),
           ("deny.enforcement", "三（三）不予公开·属于行政执法案卷"), ("deny.query", "三（三）不予公开·属于行政查询事项"),
           ("unable.no_info", "三（四）无法提供·本机关不掌握相关政府信息"),
           ("unable.need_create", "三（四）无法提供·没有现成信息需要另行制作"),
           ("unable.unclear", "三（四）无法提供·补正后申请内容仍不明确"),
           ("reject.complaint", "三（五）不予处理·信访举报投诉类申请"), ("reject.repeat", "三（五）不予处理·重复申请"),
           ("reject.publication", "三（五）不予处理·要求提供公开出版物"),
           ("reject.massive", "三（五）不予处理·无正当理由大量反复申请"),
           ("reject.confirm", "三（五）不予处理·要求确认或重新出具已获取信息"),
           ("other.no_correction", "三（六）其他处理·逾期不补正不再处理"),
           ("other.no_fee", "三（六）其他处理·逾期未缴费不再处理"), ("other.other", "三（六）其他处理·其他"),
           ("total", "三（七）总计"), ("next_year", "四、结转下年度继续办理")]
OUTCOMES = [r for r, _ in T3_ROWS if r not in ("new", "carried", "total", "next_year")]
SIX = [c for c, _ in T3_COLS if c != "total"]
T4_ROWS = [("review", "行政复议"), ("suit_direct", "行政诉讼·未经复议直接起诉"), ("suit_after", "行政诉讼·复议后起诉")]
T4_COLS = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
           ("total", "总计")]
T1 = [("t1.rules.issued", "表一 规章·本年制发件数"), ("t1.rules.repealed", "表一 规章·本年废止件数"),
      ("t1.rules.in_force", "表一 规章·现行有效件数"),
      ("t1.normative.issued", "表一 行政规范性文件·本年制发件数"),
      ("t1.normative.repealed", "表一 行政规范性文件·本年废止件数"),
      ("t1.normative.in_force", "表一 行政规范性文件·现行有效件数"),
      ("t1.license.decisions", "表一 行政许可·本年处理决定数量"),
      ("t1.penalty.decisions", "表一 行政处罚·本年处理决定数量"),
      ("t1.coercion.decisions", "表一 行政强制·本年处理决定数量"),
      ("t1.fees.amount", "表一 行政事业性收费·本年收费金额（万元）")]
WORK = [("work.staff", "政务公开专职工作人员数"), ("work.training", "本年组织政务公开培训次数"),
        ("work.leader_meetings", "主要负责同志专题研究政务公开工作次数"),
        ("work.apply_overdue", "依申请公开超过法定期限答复件数"),
        ("work.hall_items", "本单位行政审批和政务服务事项总数"),
        ("work.hall_in", "其中进入政务大厅集中办理的事项数")]

STAT_CODES = []   # (code, label) in template order
STAT_CODES += T1
for r, rl in T3_ROWS:
    for c, cl in T3_COLS:
        STAT_CODES.append(("t3.%s.%s" % (r, c), "表三 %s（%s）" % (rl, cl if c in ("natural", "total") else "法人或其他组织·" + cl)))
for r, rl in T4_ROWS:
    for c, cl in T4_COLS:
        STAT_CODES.append(("t4.%s.%s" % (r, c), "表四 %s·%s" % (rl, cl)))
STAT_CODES += [(c, "工作 " + l) for c, l in WORK]
assert len(STAT_CODES) == 10 + 175 + 15 + 6 == 206

OUT_WEIGHTS = {"open": 34, "partial": 9, "deny.secret": 0.3, "deny.law": 0.5, "deny.safety": 0.3,
               "deny.third_party": 3, "deny.internal": 2, "deny.process": 3, "deny.enforcement": 1.5,
               "deny.query": 1.5, "unable.no_info": 22, "unable.need_create": 3, "unable.unclear": 2,
               "reject.complaint": 5, "reject.repeat": 3, "reject.publication": 0.5, "reject.massive": 1,
               "reject.confirm": 1, "other.no_correction": 3, "other.no_fee": 0.2, "other.other": 1.5}
COL_WEIGHTS = {"natural": 82, "business": 9, "research": 0.6, "public_interest": 1, "legal": 5, "org_other": 2.4}


def wchoice(rng, weights):
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def gen_stats(u, rng, counts):
    """A consistent set of figures; traps perturb it afterwards."""
    o, code = u["o"], u["code"]
    v = {c: 0 for c, _ in STAT_CODES}
    is_dept = u["type"] in ("部门", "dept")
    apps = o.get("apps")
    if apps is None:
        apps = rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8]) if not is_dept else rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 9, 12])
    new = {c: 0 for c in SIX}
    for _ in range(apps):
        new[wchoice(rng, COL_WEIGHTS)] += 1
    carried = {c: 0 for c in SIX}
    if apps >= 3:
        for _ in range(rng.randint(0, max(1, apps // 8))):
            carried[wchoice(rng, {"natural": 9, "business": 1})] += 1
    for c in SIX:
        avail = new[c] + carried[c]
        nxt = rng.randint(0, avail // 6) if avail >= 6 else (1 if avail >= 2 and rng.random() < 0.25 else 0)
        v["t3.new." + c], v["t3.carried." + c], v["t3.next_year." + c] = new[c], carried[c], nxt
        for _ in range(avail - nxt):
            v["t3.%s.%s" % (wchoice(rng, OUT_WEIGHTS), c)] += 1
    t3_totals(v)
    # Table 4
    for r, cells in o.get("t4", {}).items():
        for c, n in cells.items():
            v["t4.%s.%s" % (r, c)] = n
        v["t4.%s.total" % r] = sum(cells.values())
    # Table 1
    issued = o.get("norm_issued", o.get("n_norm", 0))
    v["t1.normative.issued"] = issued
    if issued or code in ("zfb", "sfj"):
        v["t1.normative.repealed"] = rng.randint(0, 2)
        v["t1.normative.in_force"] = issued + rng.randint(3, 24)
    if "approval" in u["duties"]:
        v["t1.license.decisions"] = o.get("license", rng.randint(40, 900))
    if "penalty" in u["duties"] or u["type"] in ("镇", "town", "街道", "street") or code in ("yjj", "wjj", "zrj", "jtj", "nyj", "wlj"):
        v["t1.penalty.decisions"] = o.get("penalty_dec", rng.randint(3, 180))
        if rng.random() < 0.5:
            v["t1.coercion.decisions"] = rng.randint(0, 12)
    if o.get("fees"):
        v["t1.fees.amount"] = o["fees"]
    elif code in ("zrj", "zjj", "wjj", "scj", "jtj") or (is_dept and rng.random() < 0.2):
        v["t1.fees.amount"] = "%.2f" % (rng.randint(500, 90000) / 100)
    # work figures
    v["work.staff"] = o.get("staff", rng.choice([1, 1, 2, 2, 3]))
    v["work.training"] = o.get("training", rng.randint(1, 6))
    v["work.leader_meetings"] = o.get("meetings", rng.randint(1, 4))
    v["work.apply_overdue"] = o.get("overdue", 0)
    hi, hin = o.get("hall", (0, 0))
    v["work.hall_items"], v["work.hall_in"] = hi, hin
    # traps on the data-logic identities (rubric C08)
    if o.get("break_id1"):     # zjj: two row totals off, column sums unchanged
        if v["t3.partial.natural"] == 0:
            assert v["t3.open.natural"] >= 1
            v["t3.open.natural"] -= 1
            v["t3.partial.natural"] += 1
            t3_totals(v)
        v["t3.open.total"] += 1
        v["t3.partial.total"] -= 1
    if o.get("break_id2"):     # jtj: an outcome cell and its row total, not the total row
        v["t3.open.natural"] += 1
        v["t3.open.total"] += 1
    if o.get("break_id3"):     # jd-nh: new row, natural and total columns
        v["t3.new.natural"] += 1
        v["t3.new.total"] += 1
    if o.get("break_id4"):     # tjj
        v["t4.review.upheld"], v["t4.review.total"] = 1, 2
    if o.get("break_total_natural"):   # wjj: one cell breaks 1, 2 and 3
        v["t3.total.natural"] += 1
    return v


def t3_totals(v):
    for c in SIX:
        v["t3.total." + c] = sum(v["t3.%s.%s" % (r, c)] for r in OUTCOMES)
    for r, _ in T3_ROWS:
        v["t3.%s.total" % r] = sum(v["t3.%s.%s" % (r, c)] for c in SIX)


# --------------------------------------------------------------------------
# Year-end summaries (summary.txt)
# --------------------------------------------------------------------------
TITLE_FORMS = ["{name}2025年政府信息公开工作总结", "{name}2025年度政务公开工作总结",
               "{name}关于2025年度政务公开工作情况的报告", "{name}2025年政务公开工作总结及2026年工作打算",
               "{name}2025年政府信息公开工作情况总结"]
OPENINGS = [
    "2025年，{name}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和省、市、区关于政务公开工作的部署要求，紧扣{focus}，持续推进决策、执行、管理、服务、结果公开，政务公开工作取得了新的进展。现将有关情况总结如下。",
    "今年以来，{name}在区委、区政府的坚强领导下，以提升政府公信力和群众满意度为目标，把政务公开作为推进{focus}的重要抓手，做到公开与业务同谋划、同部署、同落实。现将全年工作情况报告如下：",
    "根据区政府办公室《关于做好2025年度政务公开工作的通知》要求，{name}对照年度工作要点逐项抓好落实，围绕{focus}做好信息发布和政策解读，全年政务公开工作总体平稳有序。具体情况如下。",
    "2025年是“十四五”规划收官之年。{name}围绕{focus}这一中心工作，坚持“以公开为常态、不公开为例外”，不断拓展公开的广度和深度，较好完成了年度政务公开各项任务。",
    "一年来，{name}按照“应公开尽公开、应上网尽上网”的原则，强化组织领导，完善工作机制，把政务公开贯穿于{focus}全过程，有效保障了人民群众的知情权、参与权和监督权。",
    "对照区政务公开工作领导小组年初印发的工作要点，{name}结合本单位职能，细化任务分工，压实工作责任，以{focus}为重点，2025年政务公开工作有序推进。现总结如下。",
    "今年，{name}认真落实上级关于全面推进政务公开的决策部署，以群众关切为导向，聚焦{focus}等重点领域，扎实做好政府信息主动公开、依申请公开和政策解读回应工作。",
    "2025年，{name}把政务公开工作纳入年度重点工作统筹推进，结合{focus}的实际需要，建立了分管领导具体抓、专人具体办、各科室协同配合的工作格局。",
]
H1 = ["一、主动公开工作情况", "一、政府信息主动公开情况", "一、扎实做好主动公开工作", "（一）主动公开方面"]
H2 = ["二、依申请公开办理情况", "二、依申请公开工作", "二、规范办理依申请公开", "（二）依申请公开方面"]
H3 = ["三、组织保障和平台建设", "三、工作机制建设情况", "三、加强组织保障", "（三）组织保障方面"]
H4 = ["四、存在的问题和不足", "四、存在的不足", "四、工作中存在的问题", "（四）存在的主要问题"]
H5 = ["五、下一步工作计划", "五、下一步工作打算", "五、2026年工作计划", "（五）下一步工作措施"]
COUNT_FORMS = [
    "全年通过区政府门户网站本单位信息公开专栏主动公开政府信息{n}条，其中{cats}。",
    "截至11月中旬，本单位在政府信息公开平台累计发布各类信息{n}条，其中{cats}。",
    "今年共主动公开政府信息{n}条，包括{cats}，做到了应公开尽公开。",
    "全年主动公开各类政府信息{n}条，按类别分，{cats}。",
]
GEN1 = [
    "严格执行信息发布“三审三校”制度，信息发布前由科室负责人初审、办公室复审、分管领导终审，全年未发生泄密和错发事件。",
    "对照基层政务公开标准目录，逐项梳理本单位公开事项，动态更新公开目录，确保栏目常更新、内容可查询。",
    "坚持以公开为常态、不公开为例外，对拟制发的公文在起草环节即明确公开属性，不予公开的均说明理由并报审备案。",
    "预决算信息在批复后20日内完整公开，“三公”经费按因公出国（境）、公务用车购置及运行、公务接待分项说明增减原因。",
    "依托“明川发布”微信公众号、政务服务大厅电子显示屏和村（居）务公开栏，多渠道推送政策信息，扩大公开覆盖面。",
    "对门户网站历史信息开展专项清理，更新失效链接，对已废止的文件标注失效状态，避免误导群众。",
    "围绕群众关注的热点，及时发布权威信息，做好舆情回应，全年未发生因信息公开不到位引发的负面舆情。",
    "加强公开内容的保密审查和个人信息保护，涉及身份证号码、联系电话等内容一律作去标识化处理。",
    "在办公场所设立政府信息查阅点，配备查阅电脑和纸质资料，方便不会上网的老年群众查询。",
    "结合“政务开放日”活动，邀请人大代表、政协委员和群众代表走进机关，面对面介绍重点工作推进情况。",
]
DUTY_SENT = {
    "land": ["严格落实征地信息公开要求，征收土地预公告、补偿安置方案等在{place}等村村务公开栏和区政府门户网站同步公布，保障被征地农民的知情权和参与权。",
             "征地补偿标准、安置途径等信息在征地启动前全部公开到位，全年未发生因征地信息公开不到位引发的信访事项。"],
    "assistance": ["每月按时公示城乡低保、特困供养和临时救助对象及发放金额，全年公示救助信息{k}期，接受群众监督。",
                   "低保对象认定坚持“三榜公示”，在村（社区）公示栏和网上同步公开，做到对象公开、标准公开、金额公开。"],
    "emergency": ["修订完善突发事件应急预案，汛期通过应急广播、短信和微信群及时转发暴雨、地质灾害预警信息。",
                  "主汛期每日在门户网站和微信公众号发布防汛提示，确保预警信息第一时间传达到村组和群众。"],
    "housing": ["房屋征收决定、补偿方案、评估结果等信息全部在征收范围内公告，保障性住房分配对象、房源和结果全程公开。",
                "老旧小区改造项目从改造内容、资金来源到施工进度全过程向居民公开，主动接受群众监督。"],
    "safety": ["按月公开安全生产监督检查情况，对检查发现的隐患公开通报并跟踪整改到位。",
               "将安全生产执法检查计划、检查结果和隐患整改情况及时向社会公开，倒逼企业落实主体责任。"],
    "power": ["根据机构职能调整和法律法规立改废情况，及时动态调整权责清单，并在门户网站集中公开。",
              "对权责清单中的行政权力事项逐项编制运行流程图，明确办理条件、时限和监督方式。"],
    "price": ["定期发布主要民生商品价格监测信息，及时公开收费项目和标准调整情况。",
              "价格调整事项坚持听证和公示程序，调价方案、成本监审结论依法向社会公开。"],
    "bidding": ["工程建设项目招标公告、中标候选人公示、中标结果等信息在公共资源交易平台和门户网站同步发布。",
                "对政府投资项目招投标实行全过程信息公开，主动接受投标人和社会监督。"],
    "approval": ["全面公开政务服务事项办事指南，明确办理条件、申请材料、办理时限和收费标准，做到“一次告知”。",
                 "推行“一件事一次办”，行政许可决定作出后7个工作日内在门户网站公示。"],
    "proposals": ["全年承办的人大代表建议和政协提案办理复文，除涉及国家秘密等情形外全部公开。",
                  "建议提案办理结果公开率达到100%，同时公开办理工作总体情况。"],
    "education": ["义务教育招生入学政策、划片范围和招生计划提前向社会公布，收费项目和标准在学校显著位置公示。",
                  "学生资助资金分配情况、教育收费标准等信息按规定及时公开。"],
    "socialorg": ["及时公开社会组织成立、变更、注销登记和年度检查结果，定期公布活动异常名录。",
                  "撤销登记、行政处罚等社会组织监管信息依法公示，引导社会组织规范运作。"],
    "health": ["每月公布法定传染病疫情概况，及时公开医疗机构执业登记、监督抽查结果等信息。",
               "基本公共卫生服务项目、家庭医生签约服务等惠民政策在各基层医疗机构公示。"],
    "employment": ["及时发布公益性岗位招聘、就业补贴发放和招聘会岗位信息，促进供需有效对接。",
                   "就业创业补贴发放名单按月公示，接受社会监督。"],
    "insurance": ["社会保险缴费标准、待遇调整等政策第一时间向社会公开，并通过窗口和社区网格员宣传解读。",
                  "医保、社保待遇发放情况和基金运行情况定期公开，基金监管信息及时向社会通报。"],
    "audit": ["区本级预算执行审计工作报告和审计查出问题整改情况报告按规定向社会公开。",
              "审计结果公告做到应公开尽公开，以公开推动审计整改落到实处。"],
    "penalty": ["严格落实行政执法公示制度，行政处罚决定在作出之日起7个工作日内公开。",
                "行政处罚案件信息按月汇总公开，涉及个人隐私的依法作去标识化处理。"],
    "environment": ["按季度公开重点排污单位监督性监测结果，及时公开建设项目环评审批信息。",
                    "每月发布环境空气质量状况，公开生态环境执法检查情况，曝光典型违法案例。"],
    "quality": ["定期发布产品质量监督抽查和食品安全监督抽检结果，对不合格产品依法公开处置情况。"],
    "procurement": ["按月公开政府采购意向，采购项目中标（成交）结果和合同按规定全部公开。",
                    "推行政府采购全流程电子化，采购公告、结果公告和合同信息在采购网和门户网站同步公开。"],
}
APPLY_PROC = [
    "严格按照登记、审核、办理、答复、归档的流程办理申请，答复文书均经法律顾问审核，做到程序合法、依据充分、说理清楚。",
    "对申请内容不明确的，一次性告知补正事项；对不属于本机关公开职责的，告知申请人相应的公开机关和联系方式。",
    "进一步规范答复文书格式，统一使用全区依申请公开答复模板，做到引用条款准确、救济途径告知完整。",
    "建立依申请公开台账，实行一件一档，专人跟踪办理进度，临近答复期限的提前三个工作日提醒。",
]
APPLY_NONE = [
    "本年度未收到依申请公开事项。我们在门户网站公布了受理机构、通讯地址、联系电话和申请表格，确保申请渠道畅通。",
    "全年未收到政府信息公开申请，依申请公开受理窗口和网上申请渠道运行正常，相关制度和答复模板已按新要求修订完善。",
]
T4_NONE = ["全年未发生因政府信息公开引起的行政复议、行政诉讼案件。",
           "本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼的情况。"]
TRAIN_EXTRA = ["并邀请区政府办公室业务骨干现场授课。", "培训覆盖全体信息员。", "同时组织观看了省政务公开业务网络课程。",
               "结合典型案例讲解依申请公开答复要点。"]
PROB_INTRO = ["在肯定成绩的同时，我们也清醒地看到，工作中还存在一些问题和不足：",
              "对照上级要求和群众期待，我单位政务公开工作还存在以下不足：",
              "回顾一年来的工作，仍存在一些短板和问题："]
PROBLEMS = [
    "部分业务科室对政务公开工作重视不够，认为公开只是办公室的事，信息报送不够主动、不够及时",
    "政策解读形式比较单一，以文字解读为主，图解、音视频等群众喜闻乐见的形式运用不多",
    "公开内容的规范化、标准化程度还不高，个别栏目存在更新不及时、分类不准确的情况",
    "工作人员多为兼职，人员变动较频繁，业务能力与新形势新要求相比还有差距",
    "依申请公开答复的说理还不够充分，个别答复文书引用条款不够准确",
    "与公众的互动交流还不够，对群众意见建议的收集、反馈和运用还不到位",
    "基层政务公开标准目录落实还不够细，部分事项公开的深度不够",
    "公开信息的可读性不强，部分内容专业术语较多，群众理解起来有一定困难",
    "信息发布审核把关还不够严，偶有错别字和格式不规范的情况",
    "历史信息清理和归档工作还不够及时，部分过期信息未及时标注失效",
]
PLAN_INTRO = ["2026年，我们将重点做好以下工作：", "针对上述问题，下一步我们将采取以下措施：",
              "下一步，我单位将坚持问题导向，着力抓好以下几项工作："]
PLANS = [
    "强化责任落实，将政务公开工作纳入科室年度目标考核，做到信息发布责任到人、时限到天",
    "丰富政策解读形式，推动主要负责同志解读、专家解读和图文解读常态化，提高解读的针对性和可读性",
    "加强业务培训，每季度至少组织一次政务公开业务学习，不断提升工作人员的业务素质",
    "规范依申请公开办理，严格落实法定答复时限，完善答复文书审核机制",
    "持续推进基层政务公开标准化规范化建设，动态调整公开事项目录，做到应公开尽公开",
    "加强政民互动，用好留言办理、意见征集等渠道，及时回应群众关切",
    "健全信息发布审核机制，严把政治关、法律关、保密关和文字关",
    "做好历史信息清理和政府信息管理工作，确保公开信息准确、有效、可用",
]
ORD = ["一是", "二是", "三是", "四是", "五是"]
CAT_GROUP = {"budget": "预决算及“三公”经费信息", "final": "预决算及“三公”经费信息", "sangong": "预决算及“三公”经费信息",
             "other": "工作动态和其他信息", "guide": None, "interpret": "政策解读", "normative": "行政规范性文件"}


def summary_text(u, rng, v, rows):
    o, name = u["o"], u["short"] if u["type"] in ("部门", "dept") else u["name"]
    name = u["name"] if u["type"] not in ("部门", "dept") else u["short"]
    in_year = [r for r in rows if isinstance(r.published, D) and r.published.year == YEAR]
    groups = {}
    for r in in_year:
        g = CAT_GROUP.get(r.cat, CAT_ZH[r.cat] + ("" if CAT_ZH[r.cat].endswith("信息") else "信息"))
        if g:
            groups[g] = groups.get(g, 0) + 1
    top = sorted(groups.items(), key=lambda kv: -kv[1])[:4]
    cats = "、".join("%s%d条" % kv for kv in top)
    new = v["t3.new.total"]
    nat = v["t3.new.natural"]
    org = new - nat
    done = v["t3.total.total"]
    s = lambda *keys: sum(v["t3.%s.total" % k] for k in keys)
    deny = s(*[k for k in OUTCOMES if k.startswith("deny.")])
    unable = s(*[k for k in OUTCOMES if k.startswith("unable.")])
    reject = s(*[k for k in OUTCOMES if k.startswith("reject.")])
    other = s(*[k for k in OUTCOMES if k.startswith("other.")])
    f = dict(name=name, focus=u["focus"], place=(u.get("places") or ["城区"])[0],
             k=sum(1 for r in in_year if r.cat == "assistance") * 3 + 12)
    P = []
    hs = rng.randrange(4)
    if hs == 3:       # all in the （一） form
        heads = [H1[3], H2[3], H3[3], H4[3], H5[3]]
    else:
        heads = [rng.choice(h[:3]) for h in (H1, H2, H3, H4, H5)]
    P.append(rng.choice(TITLE_FORMS).format(name=name))
    P.append(rng.choice(OPENINGS).format(**f))
    # 1 主动公开
    p = rng.choice(COUNT_FORMS).format(n=len(in_year), cats=cats)
    duties = [d for d in u["duties"] if d in DUTY_SENT]
    rng.shuffle(duties)
    for d in duties[:3]:
        p += rng.choice(DUTY_SENT[d]).format(**f)
    if o.get("n_norm"):
        p += "本年制发行政规范性文件%d件，均经合法性审核、集体审议后统一登记、统一编号、统一公布。" % o["n_norm"]
    if o.get("n_interp"):
        p += "坚持政策文件与解读材料同步起草、同步审签、同步发布，全年发布政策解读%d篇，让群众看得懂、用得上。" % o["n_interp"]
    for g in rng.sample(GEN1, 2 if len(duties) >= 2 else 3):
        p += g
    P.append(heads[0])
    P.append(p)
    # 2 依申请公开
    h2 = heads[1]
    if new + v["t3.carried.total"] > 0:
        p = ("全年共收到政府信息公开申请%d件（其中自然人%d件、法人或其他组织%d件），上年结转%d件。已办结%d件：予以公开%d件，部分公开%d件，"
             "不予公开%d件，无法提供%d件，不予处理%d件，其他处理%d件；结转下年度继续办理%d件。"
             % (new, nat, org, v["t3.carried.total"], done, v["t3.open.total"], v["t3.partial.total"], deny, unable,
                reject, other, v["t3.next_year.total"]))
        p += "".join(rng.sample(APPLY_PROC, 2))
    else:
        p = rng.choice(APPLY_NONE)
    if v["work.apply_overdue"]:
        p += "但也有%d件申请因涉及多个部门会商、材料调取时间较长，未能在法定期限内答复，反映出办理流程衔接还不够顺畅。" % v["work.apply_overdue"]
    r4 = v["t4.review.total"]
    s4 = v["t4.suit_direct.total"] + v["t4.suit_after.total"]
    c4 = v["t4.review.corrected"] + v["t4.suit_direct.corrected"] + v["t4.suit_after.corrected"]
    if r4 + s4:
        p += "全年因政府信息公开引发行政复议%d件、行政诉讼%d件，" % (r4, s4)
        p += ("其中被依法纠错%d件，我们已逐案剖析原因并完成整改。" % c4) if c4 else "均未被纠错。"
    else:
        p += rng.choice(T4_NONE)
    P.append(h2)
    P.append(p)
    # 3 组织保障
    p = ""
    if v["work.staff"]:
        p += "明确办公室为政务公开工作机构，配备专职工作人员%d名，各科室（站所）确定一名信息员，形成了上下联动的工作网络。" % v["work.staff"]
    else:
        p += "目前政务公开工作由党政办公室人员兼职承担，尚未配备专职人员。"
    if v["work.training"]:
        p += "全年组织政务公开业务培训%d次，重点学习《中华人民共和国政府信息公开条例》和全区政务公开工作要点，%s" % (
            v["work.training"], rng.choice(TRAIN_EXTRA))
    else:
        p += "受人员调整影响，本年度未单独组织政务公开业务培训，主要通过参加区里组织的集中培训提升业务能力。"
    if v["work.leader_meetings"]:
        p += "主要负责同志%d次在党组（党委）会、办公会上专题研究政务公开工作，解决栏目建设、人员保障等具体事项。" % v["work.leader_meetings"]
    if v["work.hall_items"]:
        hi, hin = v["work.hall_items"], v["work.hall_in"]
        p += "本单位%d项政务服务事项中，已有%d项进驻区政务服务中心集中办理，“一窗受理、集成服务”水平进一步提升。" % (hi, min(hi, hin))
    P.append(heads[2])
    P.append(p)
    # 4 问题
    probs = rng.sample(PROBLEMS, 3)
    if not v["work.staff"]:
        probs[0] = "没有专职工作人员，兼职人员精力有限，信息更新时有滞后"
    p = rng.choice(PROB_INTRO) + "；".join(ORD[i] + t for i, t in enumerate(probs)) + "。"
    P.append(heads[3])
    P.append(p)
    # 5 计划
    plans = rng.sample(PLANS, 3)
    first = [d for d in u["duties"] if d not in ("power", "normative")] or ["budget"]
    plans.append("围绕%s，进一步加大%s等重点领域信息公开力度，让政务公开更好服务中心工作" % (u["focus"], CAT_ZH[first[0]]))
    p = rng.choice(PLAN_INTRO) + "；".join(ORD[i] + t for i, t in enumerate(plans)) + "。"
    P.append(heads[4])
    P.append(p)
    recv = dt.datetime.strptime(u["recv"], "%Y-%m-%d %H:%M").date()
    sign = min(recv, D(2025, 11, 20)) - dt.timedelta(days=rng.randint(0, 4))
    P.append("")
    P.append(u["name"])
    P.append("%d年%d月%d日" % (sign.year, sign.month, sign.day))
    return "\n".join(P) + "\n"


def summary_short(u, v, rows):      # z-sq: under 500 characters, every topic group present
    n = sum(1 for r in rows if r.published.year == YEAR)
    return ("双桥镇2025年政务公开工作总结\n"
            "今年，我镇按照区里的统一部署开展政务公开工作。全年主动公开政府信息%d条，主要是镇级预决算、“三公”经费、"
            "低保救助和惠农补贴信息，低保金、临时救助和残疾人两项补贴每月在村务公开栏和网上同步公示。\n"
            "依申请公开方面，全年收到申请%d件，均在法定期限内答复，未发生行政复议和行政诉讼。\n"
            "今年镇里还在双桥、河湾两个村试点“三务公开”电子屏，群众在村委会就能查到补贴发放和村级财务收支情况。\n"
            "存在的问题：一是没有专职工作人员，由党政办兼职承担，精力有限；二是部分信息更新不够及时，栏目分类还不够规范；"
            "三是政策解读做得少，群众对有些惠民政策了解不多。\n"
            "下一步，我们将配齐工作力量，每季度开展一次业务学习，按时更新公开栏目，用群众听得懂的话解读惠民政策，"
            "把好政策及时送到群众手中。\n"
            "\n双桥镇人民政府\n2025年11月19日\n") % (n, v["t3.new.total"])


def summary_missing_groups(u, v, rows):   # jd-nh: no 依申请, no 问题/不足
    n = sum(1 for r in rows if r.published.year == YEAR)
    return ("南湖街道2025年政务公开工作总结\n"
            "2025年，南湖街道办事处在区委、区政府的正确领导下，紧紧围绕防汛排涝和社区服务两项重点任务，认真落实政务公开各项工作要求。\n"
            "一、主动公开工作\n"
            "全年在区政府门户网站街道专栏主动公开各类信息%d条。街道部门预算、部门决算和“三公”经费按时公开；城乡低保、特困供养、"
            "临时救助对象每月在南湖、渔港等社区居务公开栏张贴公示，同时在网上同步发布。主汛期间，街道通过社区微信群、应急广播和"
            "网格员入户等方式及时转发暴雨预警信息十余次，提醒低洼地带居民做好转移准备，全年未发生因预警不及时造成的人员伤亡。"
            "街道还修订了防汛排涝应急预案，明确了各社区的转移路线和安置点，并向辖区居民公开。\n"
            "二、平台和队伍建设\n"
            "街道党工委把政务公开列入年度重点工作，明确党政办公室牵头负责，配备专职人员，各社区确定一名信息员。全年组织业务培训"
            "两次，学习政府信息公开条例和全区政务公开工作要点。街道便民服务中心设立了政府信息查阅点，方便老年居民现场查阅。\n"
            "三、下一步工作\n"
            "2026年，街道将继续把政务公开同防汛排涝、社区服务工作结合起来，进一步丰富居务公开的内容和形式，探索在小区楼道设置"
            "公开栏、利用短视频解读惠民政策，让辖区居民看得到、看得懂、能监督。\n"
            "\n南湖街道办事处\n2025年11月14日\n") % n


def copy_of(text, src, dst):        # z-hs copies z-bs, changing the name and a couple of figures
    t = text.replace(src["name"], dst["name"]).replace(src["short"], dst["short"])
    t = re.sub(r"(信息)(\d+)(条)", lambda m: m.group(1) + str(int(m.group(2)) + 3) + m.group(3), t, count=1)
    return re.sub(r"2025年11月(\d+)日", "2025年11月17日", t)


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def csv_field(s):
    s = "" if s is None else str(s)
    if any(ch in s for ch in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_line(fields):
    return ",".join(csv_field(f) for f in fields)


def write(path, text, enc="utf8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if enc == "utf8":
        data = text.encode("utf-8")
    elif enc == "bom":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "gb":
        data = text.encode("gb18030")
        try:
            data.decode("utf-8")
            raise AssertionError("%s: GB18030 bytes happen to be valid UTF-8" % path)
        except UnicodeDecodeError:
            pass
    else:
        raise ValueError(enc)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


def fenc(u, which):
    o = u["o"]
    return o.get("enc_" + which, o.get("enc_all", "utf8"))


def fcrlf(u, which):
    o = u["o"]
    return bool(o.get("crlf_" + which, o.get("crlf_all", False)))


def fmt_date(d, form):
    if isinstance(d, str):
        return d
    if form == "slash":
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if form == "dot":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if form == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    return d.isoformat()


def fmt_int(n, thousands=False):
    return "{:,}".format(n) if thousands else str(n)


CAT_HEAD = {"index_no": "索引号", "title": "标题", "category": "类别", "formed_on": "成文日期",
            "published_on": "发布日期", "url": "链接", "chars": "字数"}
CAT_COLS = ["index_no", "title", "category", "formed_on", "published_on", "url", "chars"]


def write_catalog(u, rows, rng, orgcode):
    o = u["o"]
    cols = o.get("cat_cols", CAT_COLS)
    head = [CAT_HEAD[c] if o.get("cat_zh") else c for c in cols]
    if o.get("cat_extra"):
        head.insert(3, "备注")
    lines = [csv_line(head)]
    forms = ["iso", "slash", "dot", "cn"]
    bydate = sorted(range(len(rows)), key=lambda k: (rows[k].published, k))
    seqno = {k: n for n, k in enumerate(bydate)}
    for k, r in enumerate(rows):
        form = forms[k % 4] if o.get("date_form") == "mixed" else o.get("date_form", "iso")
        pub = r.published
        index = "%s/%d-%05d" % (orgcode, pub.year, seqno[k] + 11) if r.index else ""
        url = ("http://www.mingchuan.gov.cn/%s/zfxxgk/%04d%02d/t%04d%02d%02d_%d.html"
               % (u["code"], pub.year, pub.month, pub.year, pub.month, pub.day, 3800000 + rng.randint(0, 99999))
               if r.url else "")
        chars = ""
        if r.chars is not None and not (o.get("chars_blank") and rng.random() < o["chars_blank"]):
            chars = fmt_int(r.chars, o.get("thousands"))
            if o.get("chars_fullwidth"):
                chars = chars.translate(FW)
        cv = o.get("cat_value", "code")
        cat = CAT_ZH[r.cat] if (cv == "zh" or (cv == "mixed" and k % 2)) else r.cat
        val = dict(index_no=index, title=r.title, category=cat, formed_on=fmt_date(r.formed, form),
                   published_on=fmt_date(r.published, form), url=url, chars=chars)
        fields = [val[c] for c in cols]
        if o.get("cat_extra"):
            fields.insert(3, rng.choice(["", "", "", "附件为PDF", "已同步至微信公众号", "更正后重新发布"]))
        lines.append(csv_line(fields))
    if o.get("cat_blank_rows"):
        n = len(head)
        for pos, filler in ((5, ""), (11, "," * (n - 1)), (len(lines), "")):
            lines.insert(min(pos, len(lines)), filler)
    text = "\n".join(lines) + "\n"
    write(os.path.join(INBOX, u["code"], "catalog.csv"), text, fenc(u, "catalog"), fcrlf(u, "catalog"))


STATS_HEAD = {"code": "编码", "item": "项目", "value": "数值"}
STATS_NOTES = {"t3.new.total": "含网上申请", "t1.fees.amount": "单位：万元", "work.staff": "专职",
               "t3.next_year.total": "均在办理期限内", "work.hall_items": "以省平台目录为准"}


def write_stats(u, v, rng):
    o = u["o"]
    cols = o.get("stats_cols", ["code", "item", "value"])
    head = [STATS_HEAD[c] if o.get("stats_zh") else c for c in cols]
    if o.get("stats_extra"):
        head.append("备注")
    order = list(STAT_CODES)
    if o.get("stats_shuffle"):
        rng.shuffle(order)
    lines = [csv_line(head)]
    for code, label in order:
        val = v[code]
        if isinstance(val, str):          # t1.fees.amount
            num = val
            if o.get("thousands") and float(val) >= 1000:
                ip, fp = val.split(".")
                num = "{:,}".format(int(ip)) + "." + fp
            if num in ("0", "0.00") and o.get("stats_blank_zero"):
                num = ""
        else:
            num = "" if (val == 0 and o.get("stats_blank_zero")) else fmt_int(val, o.get("thousands"))
        if o.get("fullwidth"):
            num = num.translate(FW)
        if o.get("stats_spaces") and num and rng.random() < 0.3:
            num = " %s " % num
        cell = dict(code=code, item=label, value=num)
        fields = [cell[c] for c in cols]
        if o.get("stats_extra"):
            fields.append(STATS_NOTES.get(code, ""))
        lines.append(csv_line(fields))
    if o.get("stats_blank_rows"):
        n = len(head)
        lines.insert(12, "")
        lines.insert(40, "," * (n - 1))
        lines.insert(120, "")
        lines.insert(190, "," * (n - 1))
        lines.append("")
    text = "\n".join(lines) + "\n"
    write(os.path.join(INBOX, u["code"], "stats.csv"), text, fenc(u, "stats"), fcrlf(u, "stats"))


def write_ini(u):
    text = ("[submission]\nunit = %s\nyear = %d\ncontact = %s\nphone = %s\n"
            % (u["code"], YEAR, u["contact"], u["phone"]))
    if u["code"] in ("zfb", "z-lh"):
        text = "; %s 2025年度政务公开材料报送\n" % u["name"] + text
    write(os.path.join(INBOX, u["code"], "submission.ini"), text, fenc(u, "ini"), fcrlf(u, "ini"))


def write_summary(u, text):
    write(os.path.join(INBOX, u["code"], "summary.txt"), text, fenc(u, "summary"), fcrlf(u, "summary"))


# --------------------------------------------------------------------------
# Office files
# --------------------------------------------------------------------------
CONFIG = """\
[district]
name   = 明川区
office = 明川区人民政府办公室
year   = 2025

[paths]
roster   = units.csv
inbox    = inbox
findings = findings.csv
database = gongkai.db
report   = report.pdf
export   = scores.csv

[collect]
deadline = 2025-11-20

[calendar]
; 2025 年法定节假日与调休上班日（据国务院办公厅 2025 年部分节假日安排的通知）
; single dates or ranges a..b, comma separated
holidays = 2025-01-01, 2025-01-28..2025-02-04, 2025-04-04..2025-04-06, 2025-05-01..2025-05-05, 2025-05-31..2025-06-02, 2025-10-01..2025-10-08
workdays = 2025-01-26, 2025-02-08, 2025-04-27, 2025-09-28, 2025-10-11

[report]
language = zh_CN
"""

FINDINGS = [
    ("sjj", "sham", "2", '抽查发现"审计结果公告"栏目2条链接打开为空白页面', "http://www.mingchuan.gov.cn/sjj/zfxxgk/sjgg/"),
    ("zjj", "不公开", "3", "未公开2025年城镇老旧小区改造项目年度计划", "明川政办函〔2025〕41号"),
    ("jd-nh", "late", "1.5", "9月、10月城乡低保金发放情况均在次月下旬才公示", ""),
    ("scj", "其他", "0.75", "公开目录索引号编制不规范，部分条目无法按索引号检索", ""),
    ("czj", "加分", "2", "预决算公开做法被市政府办公室通报表扬", "明市政办发〔2025〕18号"),
    ("czj", "bonus", "4", "政府采购全流程公开获评全省政务公开优秀案例", "http://www.mingchuan.gov.cn/czj/tzgg/202509/"),
    ("kjj", "nondisclosure", "2", "门户网站“部门预算”栏目自2024年以来未更新", ""),
    ("z-qs", "加分", "1", "村级“三务公开”示范点建设经验在全市推广", "明市政务公开办〔2025〕7号"),
]


def write_office_files():
    write(os.path.join(SAMPLE, "config.ini"), CONFIG)
    lines = ["编码,名称,类型,职责"]
    for u in UNITS:
        lines.append(",".join([u["code"], u["name"], u["type"], '"%s"' % u["dsep"].join(u["duties"])]))
    write(os.path.join(SAMPLE, "units.csv"), "\n".join(lines) + "\n", "bom", crlf=True)
    lines = ["单位编码,类型,分值,问题描述,佐证"] + [csv_line(f) for f in FINDINGS]
    write(os.path.join(SAMPLE, "findings.csv"), "\n".join(lines) + "\n", "gb", crlf=True)
    pk = sorted([u for u in UNITS if u["recv"]] + [INTRUDER], key=lambda u: u["code"])
    lines = ["code,received"] + ["%s,%s" % (u["code"], u["recv"]) for u in pk]
    write(os.path.join(SAMPLE, "received.csv"), "\n".join(lines) + "\n")
    script = """#!/bin/sh
# Git does not keep file times, and gongkai takes a package's received time from
# the newest modification time of its files. This sets every file of each
# package to the time in received.csv (the time the district office received it),
# so that days late come out as intended. Run it after every checkout or copy.
cd "$(dirname "$0")" || exit 1
tail -n +2 received.csv | while IFS=, read -r code when; do
  [ -d "inbox/$code" ] || { echo "set-received-times: no folder inbox/$code" >&2; continue; }
  for f in inbox/"$code"/*; do
    touch -h -d "$when" "$f" || exit 1
  done
done
"""
    path = os.path.join(SAMPLE, "set-received-times.sh")
    write(path, script)
    os.chmod(path, 0o755)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
def main():
    rng = random.Random(SEED)
    if os.path.isdir(INBOX):
        shutil.rmtree(INBOX)
    os.makedirs(INBOX)
    write_office_files()
    texts = {}
    packages = [u for u in UNITS if not u["o"].get("missing")] + [INTRUDER]
    for u in packages:
        urng = random.Random("%d/%s" % (SEED, u["code"]))
        rows = gen_catalog(u, urng)
        counts = {}
        v = gen_stats(u, urng, counts)
        orgcode = "%09d" % urng.randint(10000000, 999999999)
        write_catalog(u, rows, urng, orgcode)
        write_stats(u, v, urng)
        write_ini(u)
        o = u["o"]
        if o.get("short_summary"):
            text = summary_short(u, v, rows)
        elif o.get("missing_groups"):
            text = summary_missing_groups(u, v, rows)
        elif o.get("copy_of"):
            text = copy_of(texts[o["copy_of"]], BY_CODE[o["copy_of"]], u)
        else:
            text = summary_text(u, urng, v, rows)
        texts[u["code"]] = text
        write_summary(u, text)
    subprocess.check_call(["sh", os.path.join(SAMPLE, "set-received-times.sh")])
    # score what is on disk with the independent reader, then the README
    sys.path.insert(0, HERE)
    import score_sample
    result = score_sample.score_district(os.path.join(SAMPLE, "config.ini"))
    check(result)
    score_sample.write_export(result, os.path.join(SAMPLE, "expected_scores.csv"))
    write_readme(result)
    print("sample written to", SAMPLE)


# Each declared trap, checked against the independent reader's result.
# code -> {field: expected}; fields as score_sample.py names them.
DEC = __import__("decimal").Decimal
EXPECT = {
    "z-qs": dict(total="100.00", base="100.00", bonus="1"),
    "z-lh": dict(missing_cats=["sangong"], C05="4.00", forms=["submission.ini GB18030/CRLF", "summary.txt GB18030/CRLF"]),
    "z-sq": dict(days_late=1, C07="4.00", C09="3.00", C10="0.00", short=True, forms=["blank count cell"]),
    "z-bs": dict(copied=False, forms=["date YYYY/M/D", "category as Chinese name", "summary.txt UTF-8+BOM"]),
    "z-ks": dict(days_late=0, total="100.00", forms=["date YYYY年M月D日", "catalog.csv GB18030", "submission.ini GB18030"]),
    "z-hs": dict(copied=True, C09="0.00", C12="0.00", grade="良好"),
    "jd-cd": dict(total="100.00", base="100.00"),
    "jd-nh": dict(fails=[3], C08="4.00", C09="4.00", miss_topics=2, ded="1.5"),
    "jd-xy": dict(days_late=12, C07="0.00", C11="0.00"),
    "jd-hb": dict(forms=["date YYYY.MM.DD"]),
    "zfb": dict(N=3, I=2, C04="3.33"),
    "fgj": dict(C13="8.33", forms=["submission.ini UTF-8+BOM", "date YYYY/M/D"]),
    "jyj": dict(late=3, C02="8.50", forms=["catalog.csv GB18030"]),
    "gxj": dict(sham=4, C03="2.00", missing_cats=["sangong"]),
    "mzj": dict(sham=2, C03="6.00", forms=["summary.txt GB18030"]),
    "sfj": dict(N=2, I=2, C04="5.00", forms=["full-width digits in chars"]),
    "czj": dict(base="94.00", C05="2.00", bonus="6", total="99.00", forms=["thousands separator in chars", "thousands separator in stats"]),
    "rsj": dict(C13="10.00", total="100.00"),
    "zrj": dict(fails=[6], C06="3.50", C13="10.00"),
    "sthj": dict(sham=2, C03="6.00"),
    "zjj": dict(fails=[1], C06="3.50", ded="3"),
    "jtj": dict(fails=[2], forms=["full-width digits in stats"]),
    "slj": dict(outside=2, missing_cats=["final"]),
    "nyj": dict(fails=[5], N=2),
    "swj": dict(C12="0.00"),
    "wlj": dict(forms=["date YYYY-MM-DD", "date YYYY/M/D", "date YYYY.MM.DD", "date YYYY年M月D日", "chars blank"]),
    "wjj": dict(days_late=3, C07="2.00", fails=[1, 2, 3], C08="2.00", C13="9.33"),
    "tyj": dict(N=0, I=1, C04="5.00", total="100.00"),
    "yjj": dict(C05="0.00", C06="0.00"),
    "sjj": dict(base="100.00", total="98.00", grade="良好"),
    "scj": dict(missing_cats=["quality"], ded="0.75"),
    "tjj": dict(fails=[4], N=0, I=0, C04="5.00"),
    "ybj": dict(sham=1, total="98.00", grade="良好"),
    "spj": dict(total="100.00", C13="10.00"),
    "cgj": dict(late=2, C02="9.00"),
    "jd-cx": dict(state="rejected"), "jd-bm": dict(state="missing"), "kjj": dict(state="missing", total="0.00"),
}


def check(result):
    units = result["units"]
    assert set(result["rejected"]) == {"jd-cx", "intruder"}, result["rejected"]
    assert "2025-02-29" in result["rejected"]["jd-cx"][0]
    assert sorted(code for code, r in units.items() if r["state"] == "missing") == ["jd-bm", "kjj"]
    j = result["pairs"]
    assert j[0][1:] == ("z-bs", "z-hs") and j[0][0] >= 0.85 and j[1][0] < 0.6, j[:2]
    for code, exp in EXPECT.items():
        r = units[code]
        for k, want in exp.items():
            if k in ("total", "base"):
                got = "%.2f" % r[k]
            elif k.startswith("C"):
                got = "%.2f" % r["C"][k]
            elif k in ("ded", "bonus"):
                got, want = r[k], DEC(want)
            elif k in ("sham", "late", "outside"):
                got = len(r[k])
            elif k == "miss_topics":
                got = len(r[k])
            elif k == "short":
                got = r["nchars"] < 500
            elif k == "forms":
                have = set(r["forms"])
                for f in want:
                    assert any(h.startswith(f) for h in have), (code, f, have)
                continue
            else:
                got = r[k]
            assert got == want, (code, k, got, want)
    # units with no declared trap on a criterion keep it full: every C below its points is declared
    full = dict(C01=30, C02=10, C03=10, C04=5, C05=8, C06=7, C07=5, C08=5, C09=5, C10=5, C11=5, C12=5, C13=10)
    for code, r in units.items():
        if r["state"] != "received":
            continue
        for c, pts in full.items():
            if c in r["C"] and r["C"][c] != pts:
                declared = EXPECT.get(code, {})
                assert (c in declared or "missing_cats" in declared and c == "C01" or "late" in declared and c == "C02"
                        or "sham" in declared and c == "C03" or "fails" in declared and c == "C08"
                        or "days_late" in declared and c == "C07" or "copied" in declared and c == "C09"
                        or "short" in declared and c == "C09" or "miss_topics" in declared and c == "C09"), (code, c)


FORMS_TABLE = [
    ("GB18030 编码", "GB18030", "z-lh（全部四个文件）、z-ks（目录/总结/submission.ini）、jyj（目录）、mzj（总结）；办公室的 findings.csv"),
    ("带 BOM 的 UTF-8", "UTF-8 with BOM", "jd-cd（CSV 与总结）、czj（统计表/目录）、fgj（submission.ini）、z-bs（总结）；units.csv"),
    ("无 BOM 的 UTF-8", "UTF-8 without BOM", "其余大多数文件；config.ini、received.csv"),
    ("CRLF 换行", "CRLF line ends", "z-lh、jd-cd、rsj（全部文件）、sfj（目录）、wjj（总结）；units.csv、findings.csv"),
    ("中文表头（别名）", "Chinese headers (aliases)", "z-lh、rsj（统计表与目录）；units.csv、findings.csv"),
    ("列顺序打乱", "shuffled column order", "jd-hb（统计表 value,code,item；目录 7 列乱序）"),
    ("统计表行序打乱", "shuffled row order in stats", "rsj、zrj"),
    ("未知多余列“备注”", "unknown extra column 备注", "jd-hb（统计表末列、目录第 4 列）"),
    ("空行与“,,,”行", "blank rows and ',,,' rows", "jd-hb（统计表与目录）、wlj（目录）"),
    ("全角数字", "full-width digits", "jtj（统计表全部数值）、sfj（目录字数列）"),
    ("千分位（引号内）", "thousands separators in quotes", "czj（\"1,268.40\" 收费金额、目录字数 \"12,480\"）、scj（\"3,218\" \"1,046\"）"),
    ("数值两侧空格", "spaces around numbers", "sfj（如 \" 0 \"）"),
    ("空白计数单元格 = 0", "blank count cells read as 0", "z-sq（全部 0 值留空）"),
    ("日期 2025-03-05", "date 2025-03-05", "大多数单位"),
    ("日期 2025/3/5", "date 2025/3/5", "fgj、z-bs、wlj"),
    ("日期 2025.03.05", "date 2025.03.05", "jd-hb、wlj"),
    ("日期 2025年3月5日", "date 2025年3月5日", "z-ks、wlj"),
    ("字数列留空", "chars left blank", "wlj、cgj、gxj、ybj 等"),
    ("类别写中文名", "category as its Chinese name", "z-lh、z-bs"),
    ("职责分隔符 ； 、 , ;", "duty separators ； 、 , ;", "units.csv：；（多数）、、（z-lh 等）、,（z-bs）、;（scj）"),
    ("类型中英混用", "type values mixed English / Chinese", "units.csv：town/镇、street/街道、dept/部门"),
    ("标题含英文双引号（CSV 转义）", "a field with ASCII double quotes (CSV escaping)", "findings.csv 第 1 条（sjj）"),
    ("标题前后有空格", "a title with surrounding spaces", "gxj（\"  待更新  \"）"),
]

RULES_TABLE = [
    ("C01 不公开：必需类别无条目", "C01: a required category with no counted row",
     "z-lh（无 sangong）、scj（职责 quality 无条目）、gxj（sangong 唯一条目为假公开）、slj（final 唯一条目在 2024 年）"),
    ("C02 逾期发布（> 20 个工作日）", "C02: late rows (> 20 working days)",
     "jyj（3 条）、cgj（2 条，依赖调休/节假日，见上）"),
    ("C03 占位标题", "C03: placeholder titles", "gxj（暂无、测试、待更新、Test）、ybj（此栏目暂无信息）"),
    ("C03 字数 < 50", "C03: chars < 50", "sthj（30；另有恰为 50 的不算）、gxj（Test 行字数 12）"),
    ("C03 发布早于成文", "C03: published before formed", "sthj"),
    ("C03 重复标题（空格/大小写）", "C03: duplicate title (spaces / case)", "mzj（2 条）"),
    ("年度外条目（2024 年发布）", "rows outside the year (published 2024)", "slj（2 条）"),
    ("C04 政策解读比例", "C04: interpretation ratio", "zfb（3 规范性 / 2 解读 = 3.33）、tyj（0 规范性 1 解读 = 5）、tjj（0/0 = 5）、sfj（2/2）"),
    ("C05 逾期答复", "C05: overdue replies", "z-lh（2 件 → 4）、czj（3 件 → 2）、yjj（5 件 → 0，不为负）"),
    ("C06 复议诉讼纠错", "C06: corrected review / lawsuit cases", "zrj（复议 1）、zjj（诉讼 1）、yjj（2 件 → 0）；z-ks 有维持 1 件不扣分"),
    ("C07 迟报", "C07: late package", "z-sq（1 天）、wjj（3 天）、jd-xy（12 天 → 0）；z-ks、tjj 截止日当天收到不算迟报"),
    ("C08 第 1 条", "C08 identity 1", "zjj；wjj"),
    ("C08 第 2 条", "C08 identity 2", "jtj；wjj"),
    ("C08 第 3 条", "C08 identity 3", "jd-nh；wjj"),
    ("C08 第 4 条", "C08 identity 4", "tjj"),
    ("C08 第 5 条", "C08 identity 5", "nyj"),
    ("C08 第 6 条", "C08 identity 6", "zrj"),
    ("C09 总结不足 500 字", "C09: summary under 500 characters", "z-sq"),
    ("C09 缺少主题组", "C09: topic groups missing", "jd-nh（缺 依申请、问题/不足）"),
    ("C09 抄袭总结", "C09: copied summary", "z-hs 抄 z-bs（z-bs 先收到，不扣分）"),
    ("C10/C11/C12 为 0", "C10 / C11 / C12 zero", "z-sq（staff 0）、jd-xy（training 0）、swj 与 z-hs（leader_meetings 0）"),
    ("C13 进厅比例", "C13: hall ratio", "fgj（40/48 = 8.33）、wjj（56/60 = 9.33）、rsj（hall_items 0 → 10）、zrj（30/25 → 10，但 C08 扣分）、spj 等（全部进厅）"),
    ("满分", "full marks", "刻意满分：z-qs、jd-cd、tyj、spj（110 分制）；另有只含格式陷阱的单位也得 100（z-bs、z-ks、jd-hb、rsj、sfj、wlj），各组并列第 1 / deliberate: z-qs, jd-cd, tyj, spj (110-point); units with only format traps also score 100; all tie 1st in their group"),
    ("加分封顶 5", "bonus capped at 5", "czj（2 + 4 → 5，总分 99.00）"),
    ("总分封顶 100", "total clamped to 100", "z-qs（100 + 加分 1 → 100）"),
    ("等级封顶“良好”", "grade capped at 良好", "ybj（假公开条目）、z-hs（抄袭）、sjj（假公开抽查）；另 gxj、mzj、sthj 本就低于 90"),
    ("并列名次", "tied ranks", "见下表（如 99.09 两个、99.00 三个）"),
    ("拒收", "rejection", "jd-cx（2025-02-29）、intruder（不在名册）"),
    ("未报送", "missing", "jd-bm、kjj（kjj 另有抽查扣分，总分仍为 0）"),
]

TYPE_ZH = {"town": "镇", "镇": "镇", "street": "街道", "街道": "街道", "dept": "部门", "部门": "部门"}


def write_readme(result):
    units = result["units"]
    L = []
    w = L.append
    w("# 明川区 2025 年政务公开考核样例数据 / Sample district: 明川区, 2025")
    w("")
    w("这是 `gongkai` 的样例区：一个虚构的区（6 个镇、6 个街道、26 个部门，共 38 个单位），"
      "按 `spec/input.md` 的约定准备名册、各单位报送包和抽查发现，用来演示和测试 collect、score、report 全流程。"
      "数据总体真实、自洽，同时在指定单位中故意埋入了输入格式的各种写法和评分细则的每一条扣分情形，下面逐一列出。")
    w("")
    w("A made-up district (6 towns, 6 street offices, 26 departments: 38 units) with the roster, every unit's package and "
      "the office's findings, in the forms `spec/input.md` allows. The figures are mostly realistic and consistent; chosen "
      "units carry deliberate traps, one or more for every input form and every rubric rule, listed below.")
    w("")
    w("## 使用 / Use")
    w("")
    w("```sh")
    w("./set-received-times.sh          # 必须先运行：git 不保存文件时间 / required: git keeps no file times")
    w("gongkai --config config.ini run")
    w("```")
    w("")
    w("收到时间取包内文件的最新修改时间。`set-received-times.sh` 按 `received.csv` 把每个包的文件时间设为收到时间；"
      "不运行它，所有包都会显得迟报好几个月。 / The received time is the newest file time in a package. "
      "`set-received-times.sh` applies `received.csv` to the files; without it every package looks months late.")
    w("")
    w("## 文件 / Files")
    w("")
    w("| 文件 / file | 说明 | what |")
    w("| --- | --- | --- |")
    w("| `config.ini` | 区名、路径、截止日 2025-11-20、2025 年法定节假日与调休上班日 | district, paths, deadline 2025-11-20, China's 2025 holidays and make-up working days |")
    w("| `units.csv` | 名册，38 个单位；带 BOM 的 UTF-8、CRLF、中文表头 | roster, 38 units; UTF-8 with BOM, CRLF, Chinese header |")
    w("| `inbox/<code>/` | 37 个文件夹：36 个名册单位 + `intruder` | 37 folders: 36 roster units + `intruder` |")
    w("| `findings.csv` | 抽查发现 8 条；GB18030、CRLF、中文表头 | 8 findings; GB18030, CRLF, Chinese header |")
    w("| `received.csv` | 每个文件夹的收到时间 | each folder's received time |")
    w("| `set-received-times.sh` | 把 received.csv 应用到文件时间 | applies received.csv to the file times |")
    w("| `expected_scores.csv` | 预期的 `gongkai export` 结果（由 tools/score_sample.py 独立计算） | the expected `gongkai export` (computed independently by tools/score_sample.py) |")
    w("| `tools/make_sample.py` | 生成以上全部数据（固定随机种子，可重跑） | generates all of the above (fixed seed, rerunnable) |")
    w("| `tools/score_sample.py` | 按 spec 用 Python 独立读入并评分，用于交叉核对 | an independent Python reading and scoring per the spec, for cross-checking |")
    w("")
    w("## 报送情况 / Submissions")
    w("")
    w("- 按时：其余 32 个被接受的包（截止日 2025-11-20 当天收到的 z-ks 17:50、tjj 08:55 也算按时）。 / On time: the other 32 accepted packages (z-ks and tjj arrive on the deadline day: not late).")
    w("- 迟报：z-sq 1 天（11-21）、wjj 3 天（11-23）、jd-xy 12 天（12-02）。 / Late: z-sq 1 day, wjj 3 days, jd-xy 12 days.")
    w("- 未报送：jd-bm、kjj（inbox 中没有文件夹）。 / Missing: jd-bm, kjj (no folder).")
    w("- 拒收：jd-cx（catalog.csv 第 4 行成文日期 `2025-02-29`，2025 年无 2 月 29 日）；`intruder`（不是名册编码）。 / Rejected: jd-cx "
      "(catalog.csv line 4, formed_on `2025-02-29`: 2025 is no leap year); `intruder` (not a roster code).")
    w("- 两个拒收包之外，所有文件都应被接受（仅对“备注”列给出警告）。 / Apart from those two, every file must be accepted (a warning only for the 备注 column).")
    w("")
    w("## 单位与陷阱 / Units and traps")
    w("")
    w("预期总分、名次、等级取自 `expected_scores.csv`。 / Expected total, rank and grade from `expected_scores.csv`.")
    w("")
    w("| 编码 code | 单位 unit | 类型 | 职责 duties | 陷阱 | traps | 预期 expected |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for u in UNITS:
        r = units[u["code"]]
        zh = "<br>".join(t[0] for t in u["traps"]) or "—"
        en = "<br>".join(t[1] for t in u["traps"]) or "—"
        exp = "%.2f · 第%d名 · %s" % (r["total"], r["rank"], r["grade"])
        w("| `%s` | %s | %s | %s | %s | %s | %s |" % (u["code"], u["name"], u["type"], "、".join(u["duties"]) or "—",
                                                  zh, en, exp))
    w("| `intruder` | （区投资促进中心） | — | — | %s | %s | 拒收 rejected |" % INTRUDER["traps"][0])
    w("")
    w("没有列出陷阱的条目均为正常、按时发布的数据。 / Everything not listed as a trap is ordinary, timely data.")
    w("")
    w("## 输入写法覆盖 / Input forms")
    w("")
    w("| 写法 | form | 单位 / 文件 units / files |")
    w("| --- | --- | --- |")
    for zh, en, where in FORMS_TABLE:
        w("| %s | %s | %s |" % (zh, en, where))
    w("")
    w("## 评分规则覆盖 / Rubric rules")
    w("")
    w("| 规则 | rule | 单位 units |")
    w("| --- | --- | --- |")
    for zh, en, where in RULES_TABLE:
        w("| %s | %s | %s |" % (zh, en, where))
    w("")
    w("## 抽查发现 / Findings (`findings.csv`)")
    w("")
    w("| 单位 | 类型 kind | 分值 | 问题描述 |")
    w("| --- | --- | --- | --- |")
    for f in FINDINGS:
        w("| `%s` | %s | %s | %s |" % (f[0], f[1], f[2], f[3].replace('"', "&quot;")))
    w("")
    w("## 预期得分 / Expected scores")
    w("")
    w("| 组 | 名次 | 编码 | 单位 | 总分 | 等级 | C01 | C02 | C03 | C04 | C05 | C06 | C07 | C08 | C09 | C10 | C11 | C12 | C13 | 扣分 | 加分 |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for group in ("镇街", "部门"):
        for r in result[group]:
            cs = ["%.2f" % r["C"]["C%02d" % i] for i in range(1, 13)] + ["%.2f" % r["C"]["C13"] if r["approval"] else ""]
            w("| %s | %d | `%s` | %s | %.2f | %s | %s | %.2f | %.2f |" % (group, r["rank"], r["code"], r["name"], r["total"],
                                                                     r["grade"], " | ".join(cs), r["ded"], r["bonus"]))
    w("")
    w("## 说明与存疑 / Notes and open points")
    w("")
    w("- 比例的舍入：本表按“分值 × 比例”整体四舍五入到 0.01（zfb C04 = 5 × 2/3 = 3.33，fgj C13 = 10 × 40/48 = 8.33）。"
      "若先把比例舍入到 0.01 再乘，会得到 3.35 和 8.30。rubric.md 的“ratios are rounded half-up to 0.01”两种读法都说得通，需由负责人确认。 "
      "/ Rounding: these scores round points × ratio as a whole (3.33, 8.33); rounding the ratio first would give 3.35 and 8.30. "
      "rubric.md can be read either way; the lead should confirm.")
    w("- 重复标题按文件中的先后判断（“earlier row”），样例中重复行在文件里和日期上都晚于原条目，两种理解结果相同。 "
      "/ Duplicates: the repeat rows come after their originals both in file order and by date, so either reading of 'earlier row' agrees.")
    w("- 未报送、拒收单位在导出中各项为 0，扣分/加分列仍写出抽查合计（kjj 扣分 2.00），总分为 0。 "
      "/ Missing and rejected units export 0 for every criterion; the deductions/bonus columns still show the findings' sums (kjj 2.00), total 0.")
    w("- 统计代码共 206 个（表一 10 + 表三 175 + 表四 15 + 工作 6），每个 stats.csv 各出现一次。 "
      "/ There are 206 stats codes (Table 1: 10, Table 3: 175, Table 4: 15, work: 6); each stats.csv lists each exactly once.")
    w("- 重新生成：`python3 tools/make_sample.py`（会重写 inbox/ 和上述文件，并校验每个陷阱的评分效果）。 "
      "/ Regenerate with `python3 tools/make_sample.py` (rewrites inbox/ and the files above, and asserts each trap's effect).")
    w("")
    with open(os.path.join(SAMPLE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
