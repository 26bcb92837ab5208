"""More layouts of the genre (fictional sentences and fixtures written for these tests):
points written inside paragraphs, Chinese-numeral ranges and multiples, tables written as
「指标：数值」 lines, subjects that are people or meetings, and lists of organisations."""

from decimal import Decimal
from pathlib import Path

from kg.extract.entities import extract_entities
from kg.extract.facts import extract_facts
from kg.extract.text import Sentence, parse_structure

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def read(text, lexicon, actor=None):
    return extract_facts([Sentence(0, text, 0, len(text), "1", 1, True)], lexicon, actor)


def figures(text, lexicon):
    return [(f.value, f.unit, f.indicator, f.qualifier) for f in read(text, lexicon)]


# -- numbers --------------------------------------------------------------------------------

def test_a_range_in_chinese_numerals_is_two_bounds(lexicon):
    assert figures("全年开展执法检查三至五次。", lexicon) == [
        (3, "次", "开展执法检查", "atLeast"), (5, "次", "开展执法检查", "atMost")]
    low, high = read("审批时限压缩至三至五个工作日。", lexicon)
    assert (low.value, low.mention, high.value, high.mention) == (3, "三", 5, "五个工作日")
    assert "三" not in high.indicator


def test_a_span_of_ordinals_is_no_count(lexicon):
    assert read("第三至五次会议审议通过，第3-5次会议通报情况。", lexicon) == []


def test_multiples_in_chinese_numerals(lexicon):
    got = read("受理案件数较上年增长两倍，网上咨询量同比增长近一倍。", lexicon)
    assert [(f.value, f.unit, f.kind) for f in got] == [(2, "倍", "change"), (1, "倍", "change")]
    assert got[1].qualifier == "increase"
    assert read("一次性告知，一批次办结。", lexicon) == []      # a bare 一 before other units stays idiom


def test_written_out_fractions_are_percentages(lexicon):
    got = read("群众满意率达八成五，九成以上的案件当场办结，七成事项实现网上办理，复议纠错率为百分之八十五点五。",
               lexicon)
    assert [(f.value, f.unit, f.qualifier, f.mention) for f in got] == [
        (85, "%", None, "八成五"), (90, "%", "atLeast", "九成"), (70, "%", None, "七成"),
        (Decimal("85.5"), "%", None, "百分之八十五点五")]
    assert got[0].indicator == "群众满意率"
    assert [(f.value, f.unit) for f in read("网上办件占比提升至八成半，约8.5成的事项可以网办。", lexicon)] == [
        (85, "%"), (85, "%")]
    # the digit after 成 is its next place only when it opens no count of its own
    assert [(f.value, f.unit) for f in read("七成五项指标达标。", lexicon)] == [(70, "%"), (5, "项")]


# -- points and tables written as text ------------------------------------------------------

def test_point_marks_are_not_part_of_what_is_counted(lexicon):
    assert [f.indicator for f in read("①开展执法检查40次；②查处违法案件12件。", lexicon)] == [
        "开展执法检查", "查处违法案件"]
    assert [f.indicator for f in read("（1）办理行政复议案件36件；（2）办结32件。", lexicon)] == [
        "办理行政复议案件", "办结行政复议案件"]
    assert [f.indicator for f in read("主要做法：1、开展培训12次；2、印发文件5件。", lexicon)] == [
        "开展培训", "印发文件"]


def test_points_open_sections_only_under_a_heading(lexicon):
    text = ("某县人民政府关于2024年度法治政府建设情况的报告\n首先，全县坚持依法行政。\n一、主要工作\n"
            "第一，强化组织保障。召开专题会议4次。\n第二，完善制度建设。出台文件6件。\n（一）深化改革\n"
            "首先，完善制度，出台文件6件。\n其次，加强培训，培训干部320人次。\n二、存在的问题\n"
            "第一，基层执法力量不足。第二，数字化水平不高。\n三、下一步工作打算\n①健全依法决策机制。\n②提升执法监督效能。\n")
    s = parse_structure(text, lexicon)
    got = [(x.id, x.notation, x.title, x.role) for x in s.sections[1:]]
    assert got == [("1", "一、", "主要工作", "work"), ("1.1", "第一，", "强化组织保障", "work"),
                   ("1.2", "第二，", "完善制度建设", "work"), ("1.3", "（一）", "深化改革", "work"),
                   ("1.3.1", "首先，", "完善制度，出台文件6件", "work"),
                   ("1.3.2", "其次，", "加强培训，培训干部320人次", "work"),
                   ("2", "二、", "存在的问题", "problems"), ("2.1", "第一，", "基层执法力量不足", "problems"),
                   ("3", "三、", "下一步工作打算", "plans"), ("3.1", "①", "健全依法决策机制", "plans"),
                   ("3.2", "②", "提升执法监督效能", "plans")]
    assert s.sentences[0].section == "0"                  # 首先， before any heading is no section
    entities = extract_entities(s, lexicon)
    assert [e.label for e in entities if e.kind == "Problem"] == ["基层执法力量不足", "数字化水平不高"]
    assert [e.label for e in entities if e.kind == "Plan"] == ["健全依法决策机制", "提升执法监督效能"]


def test_a_table_written_as_label_colon_value_lines(lexicon):
    got = figures("行政复议收案数：36件；办结数：30件；纠错率：8.5%。", lexicon)
    assert got == [(36, "件", "行政复议收案数", None), (30, "件", "办结数", None), (8.5, "%", "纠错率", None)]
    # a colon before words is no label of a figure
    assert figures("主要做法：一是开展培训12次。", lexicon) == [(12, "次", "开展培训", None)]


# -- subjects and lists ---------------------------------------------------------------------

def test_a_meeting_or_a_person_as_subject_is_no_actor_and_no_part_of_the_indicator(lexicon):
    got = read("区政府常务会议审议规范性文件12次，县委常委会会议专题研究法治工作3次。", lexicon)
    assert [(f.indicator, f.actor) for f in got] == [("审议规范性文件", None), ("专题研究法治工作", None)]
    assert [(f.indicator, f.actor) for f in read("区政府主要负责人主持召开专题会议5次。", lexicon)] == [
        ("主持召开专题会议", None)]
    assert read("区长、副区长旁听庭审4次。", lexicon)[0].indicator == "旁听庭审"
    assert read("主要负责人带头讲法3次。", lexicon)[0].indicator == "带头讲法"
    # the meeting as the object of a verb stays what is counted; a department's own report keeps its actor
    assert read("全年召开区政府常务会议12次。", lexicon)[0].indicator == "召开区政府常务会议"
    dept = read("局主要负责人带头讲法3次。", lexicon, "云石市枫岭县司法局")[0]
    assert (dept.indicator, dept.actor) == ("带头讲法", "云石市枫岭县司法局")


def test_named_organisations_with_everyday_names_are_actors(lexicon):
    got = read("县人力资源和社会保障局受理劳动仲裁案件56件，县法院受理行政案件45件，县检察院提出检察建议8件。", lexicon)
    assert [f.actor for f in got] == ["县人力资源和社会保障局", "县法院", "县检察院"]


def test_a_listed_group_counts_its_kind_and_hands_its_predicate_on(lexicon):
    got = read("区住建局、区城管局等6个部门开展联合执法检查30次。", lexicon)
    assert [(f.value, f.unit, f.indicator) for f in got] == [
        (6, "个", "开展联合执法检查的部门"), (30, "次", "开展联合执法检查")]
    assert all(f.actor is None for f in got)          # several organisations: no one of them is the actor


# -- the fixtures written for these patterns ------------------------------------------------

def test_chinese_numerals_scaled_by_wan_keep_the_scale_in_the_unit(lexicon):
    assert [(f.value, f.unit) for f in read("追回工资约二百一十万元，覆盖群众十万人次，受众一万余人次。", lexicon)] == [
        (210, "万元"), (10, "万人次"), (1, "万人次")]       # as 210万元 / 1万余人次 are read


def test_a_level_raised_to_is_named_by_its_noun(lexicon):
    got = read("法治建设考核权重提高至百分之十二。", lexicon)[0]
    assert (got.value, got.indicator, got.kind) == (12, "法治建设考核权重", "level")


def test_a_body_under_the_publisher_is_its_own_actor(lexicon):
    got = read("局属县劳动人事争议仲裁院受理仲裁案件二十三件，办结二十件。", lexicon, "云石市枫岭县人力资源和社会保障局")
    assert [(f.indicator, f.actor) for f in got] == [("受理仲裁案件", "县劳动人事争议仲裁院"),
                                                     ("办结仲裁案件", "县劳动人事争议仲裁院")]


def test_another_subject_ends_the_actor_of_the_clause_before(lexicon):
    got = read("县法院受理行政诉讼案件超过50件，行政机关负责人出庭应诉率为100%。", lexicon)
    assert [(f.actor, f.qualifier) for f in got] == [("县法院", "moreThan"), (None, None)]


def test_the_county_fixture_by_pattern(lexicon):
    s = parse_structure((LAYOUTS / "fengling-county-2024.txt").read_text("utf-8"), lexicon)
    assert [(x.notation, x.role) for x in s.sections if x.level == 1] == [
        ("一、", "work"), ("二、", "problems"), ("三、", "plans")]
    points = [x.notation for x in s.sections if x.level == 3]
    assert points == ["第一，", "第二，"]
    entities = extract_entities(s, lexicon)
    assert [e.label for e in entities if e.kind == "Plan"] == [
        "健全重大行政决策合法性审查机制", "推进基层综合行政执法规范化建设"]
    assert [e.label for e in entities if e.kind == "Problem"] == ["部分乡镇法治力量薄弱", "执法信息化水平有待提升"]
