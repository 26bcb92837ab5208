"""Layouts of the genre at every level (fictional fixtures in tests/fixtures/layouts, each with
gold facts and the metadata ingest should read): structure, indicators, actors, metadata."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from kg.cli import main
from kg.evaluate import evaluate, load_gold
from kg.extract.facts import extract_facts
from kg.extract.text import Sentence, parse_structure
from kg.ingest import infer
from kg.report import load_report

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
GENRE = ["qingsong-city-2023", "baihua-sifa-2023", "qingsong-scj-2023", "qinglan-province-2022",
         "songlin-county-2022", "beihu-district-2024", "qingsong-zfb-2024",
         "fengling-county-2024", "fengling-rsj-2024", "tongwan-district-2024", "liutang-sifa-2024",
         "lanxi-county-2024"]


def facts_of(name, lexicon):
    r = load_report(LAYOUTS / f"{name}.json")
    return extract_facts(parse_structure(r.text, lexicon).sentences, lexicon, r.default_actor)


def one(facts, value, unit):
    hits = [f for f in facts if f.value == value and f.unit == unit]
    assert len(hits) == 1, (value, unit, [(f.indicator, f.sentence.text[:20]) for f in hits])
    return hits[0]


def read(text, lexicon, actor=None):
    return extract_facts([Sentence(0, text, 0, len(text), "1", 1, True)], lexicon, actor)


# -- structure ------------------------------------------------------------------------------

def test_run_in_headings_split_at_the_first_full_stop(lexicon):
    s = parse_structure((LAYOUTS / "qingsong-city-2023.txt").read_text("utf-8"), lexicon)
    tops = [(x.notation, x.title, x.role) for x in s.sections if x.level == 1]
    assert tops == [("一、", "强化组织领导", "work"), ("二、", "深化“放管服”改革", "work"),
                    ("三、", "规范行政执法", "work"), ("四、", "存在的问题", "problems"),
                    ("五、", "2024年工作打算", "plans")]
    # the body after the title is a sentence of its own section; its words (第一责任人) set no role
    first = next(x for x in s.sentences if x.section == "1")
    assert first.text.startswith("市政府主要负责人") and first.first_in_paragraph


def test_heading_depth_follows_first_use(lexicon):
    county = parse_structure((LAYOUTS / "songlin-county-2022.txt").read_text("utf-8"), lexicon)
    assert [(x.id, x.notation, x.level) for x in county.sections[1:4]] == [
        ("1", "第一部分", 1), ("1.1", "一、", 2), ("1.2", "二、", 2)]
    assert [x.role for x in county.sections if x.level == 1] == ["work", "problems", "plans"]
    dept = parse_structure((LAYOUTS / "baihua-sifa-2023.txt").read_text("utf-8"), lexicon)
    numbered = [x for x in dept.sections if x.notation == "1."]
    assert numbered and numbered[0].level == 3 and numbered[0].parent == "1.1"
    assert numbered[0].title == "开展主题普法活动"


def test_a_numbered_line_without_a_title_keeps_its_figure(lexicon):
    s = parse_structure("一、工作情况\n1.全年办理行政复议案件12件。\n2.2025年工作打算\n", lexicon)
    assert any("12件" in x.text for x in s.sentences)
    assert not any(x.text.startswith("2025年") for x in s.sentences)   # a year is not a figure


# -- indicators -----------------------------------------------------------------------------

def test_number_before_noun_after_verbs_prepositions_and_particles(lexicon):
    f = facts_of("qingsong-city-2023", lexicon)
    before, after = one(f, 6, "家"), one(f, 3, "家")
    assert (before.indicator, before.stage) == ("开发区", "before")
    assert (after.indicator, after.stage) == ("开发区", "after")
    assert one(f, 20, "个").indicator == "推行高频事项"
    assert one(f, 58, "项").indicator == "明确告知承诺制证明事项"


def test_enumerations_give_each_item_its_own_indicator(lexicon):
    f = facts_of("qingsong-city-2023", lexicon)
    assert one(f, 2, "个").indicator == "设立党总支"
    assert one(f, 4, "个").indicator == "设立党支部"
    assert one(f, 1260, "项").indicator == "公布政务服务事项"
    assert one(f, 266, "项").indicator == "公布便民服务事项"
    beihu = facts_of("beihu-district-2024", lexicon)
    assert one(beihu, 21, "件").indicator == "审查行政规范性文件"


def test_breakdowns_share_the_head_noun(lexicon):
    f = facts_of("baihua-sifa-2023", lexicon)
    assert one(f, 87, "件").indicator == "刑事法律援助案件"
    scj = facts_of("qingsong-scj-2023", lexicon)
    assert one(scj, 96, "件").indicator == "价格违法案件"


def test_ranges_and_approximations(lexicon):
    f = facts_of("qingsong-scj-2023", lexicon)
    low, high = one(f, 1, "个工作日"), one(f, 2, "个工作日")
    assert low.indicator == high.indicator == "企业开办时间"
    assert (low.qualifier, high.qualifier) == ("atLeast", "atMost")
    assert (low.mention, high.mention) == ("1", "2个工作日")
    assert one(f, 5, "次").qualifier == "atLeast" and one(f, 8, "次").qualifier == "atMost"
    assert one(f, 3000, "件").qualifier == "moreThan"
    assert one(f, 200, "家").qualifier == "approximate"
    assert one(f, 98, "%").qualifier == "atLeast"


def test_number_forms(lexicon):
    scj = facts_of("qingsong-scj-2023", lexicon)
    full = one(scj, 12600, "户")                       # full-width digits and comma
    assert full.mention == "１２，６００户" and full.indicator == "新登记经营主体"
    assert one(scj, 1026, "件").mention == "1,026件"    # thousands comma
    dept = facts_of("baihua-sifa-2023", lexicon)
    assert one(dept, Decimal("90.6"), "%").indicator == "行政复议申请审结率"   # 百分之九十点六
    assert one(dept, 8500, "份").qualifier == "approximate"                  # 8,500余份
    county = facts_of("songlin-county-2022", lexicon)
    assert one(county, 600, "次").qualifier == "approximate"                 # 六百余次
    province = facts_of("qinglan-province-2022", lexicon)
    assert one(province, 3000, "人次").indicator == "培训"                   # 三千余人次
    assert one(province, 98, "%").indicator == "行政复议案件办结率"          # 百分之九十八
    assert [f.value for f in read("发放资料2 份，组织培训 3 次。", lexicon)] == [2, 3]


def test_counters(lexicon):
    f = facts_of("qinglan-province-2022", lexicon)
    assert one(f, Decimal("48.6"), "亿美元").indicator == "实际利用外资"
    assert one(f, 2, "轮").indicator == "组织开展法治督察"
    assert (one(f, 2, "市").indicator, one(f, 4, "县").indicator) == ("覆盖市", "覆盖县")
    assert (one(f, 10, "大类").indicator, one(f, 126, "项").indicator) == ("行政许可事项", "行政许可事项")
    assert one(f, 9, "类").indicator == "涉企证明事项"
    years = one(f, 4, "年")
    assert years.indicator == "行政机关负责人出庭应诉率连续年数"
    assert one(f, 100, "%").indicator == "行政机关负责人出庭应诉率"
    city = facts_of("qingsong-city-2023", lexicon)
    assert one(city, Decimal("1.5"), "倍").kind == "change"
    assert read("12345市民热线接听来电100次。", lexicon)[0].unit == "次"    # 市民 is no count of 市
    assert not [x for x in read("2021年以来连续推进。", lexicon) if x.unit == "年" and x.value == 2021]


def test_words_that_look_like_link_words_stay(lexicon):
    f = facts_of("songlin-county-2022", lexicon)
    assert one(f, 42, "起").indicator == "立案查处违法行为"


# -- actors ---------------------------------------------------------------------------------

def test_a_department_report_speaks_for_the_department(lexicon):
    f = facts_of("baihua-sifa-2023", lexicon)
    assert one(f, 64, "件").actor == "青松市白桦区司法局"
    assert one(f, 215, "件").actor == one(f, 87, "件").actor == "区法律援助中心"
    assert one(f, 900, "件").actor == "区公证处"
    scj = facts_of("qingsong-scj-2023", lexicon)
    # 市市场监管局 is the publisher by its everyday name
    assert one(scj, 5, "次").actor == "青松市市场监督管理局"


def test_a_region_report_names_actors_only_when_the_sentence_does(lexicon):
    f = facts_of("qingsong-city-2023", lexicon)
    assert one(f, 12, "次").actor is None
    assert one(f, 2, "轮").actor == "市司法局"
    assert one(f, 1850, "件").actor == "市市场监管局"
    assert one(facts_of("qinglan-province-2022", lexicon), 12, "期").actor == "省司法厅"
    beihu = facts_of("beihu-district-2024", lexicon)
    assert one(beihu, 4, "次").actor == "区委理论学习中心组"
    assert one(beihu, 186, "人次").actor is None


# -- the whole of each layout, against its gold ---------------------------------------------

@pytest.mark.parametrize("name", GENRE)
def test_gold_facts(name, lexicon):
    r = load_report(LAYOUTS / f"{name}.json")
    scores = evaluate(r.text, load_gold(LAYOUTS / f"{name}.facts.jsonl"), lexicon, r.default_actor)
    precision, recall = scores.total()
    assert recall >= 0.95 and precision >= 0.98, (scores.missed, scores.spurious)
    assert scores.indicator_agreement >= 0.9 and scores.actor_agreement >= 0.95


def test_eval_extraction_reports_indicator_and_actor_agreement(capsys):
    name = "baihua-sifa-2023"
    assert main(["eval-extraction", str(LAYOUTS / f"{name}.txt"), str(LAYOUTS / f"{name}.facts.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "indicator agreement 100.0%, actor agreement 100.0% (over matched facts); indicator exact 100.0%" in out


# -- metadata -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", GENRE)
def test_metadata_read_from_the_opening(name, lexicon):
    expected = json.loads((LAYOUTS / f"{name}.json").read_text("utf-8"))
    got = infer((LAYOUTS / f"{name}.txt").read_text("utf-8"), lexicon)
    assert "_why" not in got
    for key in ("title", "publisher", "region", "city", "year", "level"):
        assert got.get(key, "") == expected[key], key


def test_year_from_the_title_before_any_body_line(lexicon):
    # the opening names 2021 and 2022, the title 2022: the title wins
    assert infer((LAYOUTS / "songlin-county-2022.txt").read_text("utf-8"), lexicon)["year"] == 2022


def test_year_from_the_opening_only_and_never_guessed(lexicon):
    opening = "青松市白桦区人民政府\n关于法治政府建设情况的报告\n2023年，区政府扎实推进法治政府建设。\n一、主要工作\n2019年，建成中心。\n"
    assert infer(opening, lexicon)["year"] == 2023
    two = "青松市白桦区人民政府\n关于法治政府建设情况的报告\n2022年，起步。2023年，区政府扎实推进。\n"
    meta = infer(two, lexicon)
    assert "year" not in meta and "2022 and 2023" in meta["_why"]["year"]


def test_publisher_from_a_signature_or_a_dated_letterhead(lexicon):
    signed = "关于2023年度法治政府建设情况的报告\n2023年，区政府扎实推进。\n一、工作\n全年办理案件12件。\n青松市白桦区人民政府\n2024年1月5日\n"
    meta = infer(signed, lexicon)
    assert (meta["publisher"], meta["region"], meta["level"]) == ("青松市白桦区人民政府", "白桦区", "district")
    assert meta["title"] == "青松市白桦区人民政府关于2023年度法治政府建设情况的报告"
    banner = "青松市北湖区人民政府 2024年3月28日\n北湖区2023年度法治政府建设情况报告\n2023年，北湖区坚持依法行政。\n"
    meta = infer(banner, lexicon)
    assert (meta["publisher"], meta["year"], meta["title"]) == ("青松市北湖区人民政府", 2023, "北湖区2023年度法治政府建设情况报告")


def test_an_adverb_closes_a_subject_that_is_no_organisation(lexicon):
    f = facts_of("qinglan-province-2022", lexicon)
    assert one(f, 30, "次").indicator == "研究法治政府建设工作"


def test_more_counters_and_their_look_alikes(lexicon):
    got = {(f.value, f.unit): f for f in read("培训执法人员千余人次，制定地方性法规3部，3部门联合开展检查，历时6个月，"
                                              "构建“网格+警格”四位一体机制。", lexicon)}
    assert got[(1000, "人次")].qualifier == "approximate"
    assert got[(3, "部")].indicator == "制定地方性法规"
    assert got[(6, "个月")].unit == "个月"
    assert set(got) == {(1000, "人次"), (3, "部"), (6, "个月")}     # 3部门 and 四位一体 are no counts


def test_a_scaled_arabic_count_is_read_once(lexicon):
    assert [(f.value, f.unit) for f in read("覆盖群众10万余人次。", lexicon)] == [(10, "万人次")]


def test_a_flattened_report_still_has_its_headings(lexicon):
    text = ("某县人民政府\n关于2025年度法治政府建设情况的报告\n2025年，全县坚持依法行政，取得新成效。"
            "一、以思想引领为先导，凝聚法治共识（一）强化理论武装。全年开展专题学习18次。"
            "（二）加强统筹谋划。明确年度重点任务56项。二、存在的问题。一是力量不足。\n")
    s = parse_structure(text, lexicon)
    assert [(x.notation, x.title, x.role) for x in s.sections[1:]] == [
        ("一、", "以思想引领为先导，凝聚法治共识", "work"), ("（一）", "强化理论武装", "work"),
        ("（二）", "加强统筹谋划", "work"), ("二、", "存在的问题", "problems")]
    assert [x.text for x in s.sentences if x.section == "1.1"] == ["全年开展专题学习18次。"]
    assert all(text[x.start:x.end] == x.text for x in s.sentences)


def test_a_title_broken_over_two_lines_and_a_region_named_only_in_the_title(lexicon):
    broken = infer("青松市白桦区人民政府关于2023年度法治政府建设\n情况的报告\n2023年，区政府扎实推进。\n", lexicon)
    assert broken["title"] == "青松市白桦区人民政府关于2023年度法治政府建设情况的报告"
    region = infer("青松市北湖区2023年度法治政府建设情况报告\n2023年，北湖区坚持依法行政。\n", lexicon)
    assert (region["publisher"], region["level"]) == ("青松市北湖区人民政府", "district")
    dept = infer("青松市北湖区司法局2023年度法治政府建设情况报告\n2023年，区司法局坚持依法行政。\n", lexicon)
    assert (dept["publisher"], dept["region"], dept["level"]) == ("青松市北湖区司法局", "北湖区", "department")


def test_listed_names_keep_their_inner_adverbs_and_nouns_end_before_their_predicate(lexicon):
    got = [(f.value, f.indicator) for f in read(
        "先后召开2次县委全面依法治县委员会会议和4次县委依法治县办主任会议，将9个部门的120项审批事项统一划入县行政审批局。",
        lexicon)]
    assert got == [(2, "召开县委全面依法治县委员会会议"), (4, "召开县委依法治县办主任会议"),
                   (9, "部门"), (120, "划入县行政审批局的审批事项")]
    assert read("全县共有执法主体210个。", lexicon)[0].indicator == "执法主体"
    assert read("区信访局深入落实信访条例，按期办结率为100%。", lexicon)[0].actor == "区信访局"


def test_a_bare_decrease_after_its_noun_is_a_change(lexicon):
    got = read("行政诉讼案件减少6件，全县9个乡镇全部建成法律服务站。", lexicon)
    assert (got[0].kind, got[0].qualifier) == ("change", "decrease")
    assert got[1].indicator == "建成法律服务站的乡镇"


def test_a_web_page_layout_with_spaced_numbers_and_numbered_sentences(lexicon):
    f = facts_of("qingsong-zfb-2024", lexicon)
    assert one(f, 3862, "条").sentence.text == "主动公开政府信息 3,862 条，其中政策解读 215 篇。"
    assert one(f, 24, "件").indicator == "审核以市政府名义印发的规范性文件"   # a frame inside the object stays
    assert {x.actor for x in f} == {"青松市人民政府办公室"}


def test_problem_sections_by_their_heading_not_by_a_word_of_work(lexicon):
    s = parse_structure("一、坚持问题导向，解决群众急难愁盼问题\n全年化解纠纷12件。\n二、存在的主要问题\n力量不足。\n"
                        "三、问题与不足\n短板明显。\n", lexicon)
    assert [x.role for x in s.sections if x.level == 1] == ["work", "problems", "problems"]


def test_a_title_glued_to_the_body_or_under_a_letterhead(lexicon):
    glued = infer("青岚省人民政府关于2023年度法治政府建设情况的报告2023年，省政府坚持依法行政。\n", lexicon)
    assert (glued["title"], glued["year"], glued["level"]) == (
        "青岚省人民政府关于2023年度法治政府建设情况的报告", 2023, "province")
    spaced = infer("松林县 2025 年度法治政府建设情况报告2025 年，全县坚持依法行政。\n", lexicon)
    assert (spaced["publisher"], spaced["year"]) == ("松林县人民政府", 2025)
    letterhead = infer("白桦县人民政府\n2022年度法治政府建设情况报告\n2022年,县政府深入学习。\n", lexicon)
    assert letterhead["title"] == "白桦县人民政府2022年度法治政府建设情况报告"
    assert (letterhead["region"], letterhead["level"]) == ("白桦县", "county")


def test_a_number_opens_its_noun_after_a_verb_no_list_knows(lexicon):
    got = [f.indicator for f in read("编制12个领域执法事项清单，选聘36名法律顾问，认定3家守信激励企业。", lexicon)]
    assert got == ["编制领域执法事项", "选聘法律顾问", "认定守信激励企业"]
    # a predicate after the count keeps the noun before it; a bracketed count is no noun's opener
    assert read("纳入问题清单23条并全部整改到位。", lexicon)[0].indicator == "纳入问题清单"
    assert read("全县政务服务事项（共612项）全部实现网上可办。", lexicon)[0].indicator == "政务服务事项"
    assert read("全区11家执法部门完成备案。", lexicon)[0].indicator == "完成备案的执法部门"


def test_from_one_figure_to_another(lexicon):
    got = [(f.value, f.indicator, f.stage) for f in read("审批时间由20个工作日压缩至5个工作日，"
                                                        "执法案卷合格率从85%提升到96%。", lexicon)]
    assert got == [(20, "审批时间", "before"), (5, "审批时间", "after"),
                   (85, "执法案卷合格率", "before"), (96, "执法案卷合格率", "after")]
    cut = read("办理时限压缩50%。", lexicon)[0]
    assert (cut.kind, cut.qualifier) == ("change", "decrease")


def test_a_title_year_is_the_year_of_account_or_it_is_asked(lexicon):
    assert infer("关于2023年度法治政府建设情况和2024年工作安排的报告\n", lexicon)["year"] == 2023
    period = infer("松林县2021—2023年法治政府建设情况报告\n2023年，全县推进。\n", lexicon)
    assert "year" not in period and "2021—2023" in period["_why"]["year"]
    assert period["publisher"] == "松林县人民政府"


def test_a_subject_organisation_before_an_adverb_or_a_verb_no_indicator_needs(lexicon):
    assert read("县公安局查处违法案件45起。", lexicon)[0].actor == "县公安局"
    assert read("县人民法院严格审查行政案件12件。", lexicon)[0].actor == "县人民法院"
    assert read("区政府常务会议研究议题8项。", lexicon)[0].actor is None     # a meeting is no actor


def test_gold_scopes_and_years_of_table_columns(lexicon):
    """Gold rows may name the part of the place a breakdown is of (scope) and a table column's year
    (period): the extracted fact says the same, and no other fact has either."""
    name = "tongwan-district-2024"
    gold = load_gold(LAYOUTS / f"{name}.facts.jsonl")
    facts = facts_of(name, lexicon)
    for g in gold:
        f = next(x for x in facts if x.value == Decimal(str(g["value"])) and x.unit == g["unit"]
                 and x.sentence.text == g["sentence"])
        assert (f.scope, f.period) == (g.get("scope"), g.get("period")), g
    assert sum(f.scope is not None for f in facts) == sum("scope" in g for g in gold) == 2
    assert sum(f.period is not None for f in facts) == sum("period" in g for g in gold) == 6


def test_tables_and_fractions_as_a_county_bureau_lays_them_out(lexicon):
    """liutang-sifa-2024: a unit closing a table's title and one on a line above a table, a group
    header over two lines, units on a header's second line, a label column on the right, and
    fractions written out (八成五, 九成以上, 七成, 百分之八十五点五)."""
    facts = facts_of("liutang-sifa-2024", lexicon)
    group = [(f.value, f.unit, f.indicator) for f in facts if f.sentence.text.startswith("行政处罚类")]
    assert group == [(58, "件", "行政处罚类行政复议收案"), (55, "件", "行政处罚类行政复议办结"),
                     (16, "件", "行政处罚类行政应诉收案"), (15, "件", "行政处罚类行政应诉办结")]
    units = [(f.value, f.unit, f.indicator) for f in facts if f.sentence.text.startswith("法律援助案件")]
    assert units == [(236, "件", "法律援助案件受理"), (229, "件", "法律援助案件办结"),
                     (Decimal("98.6"), "%", "法律援助案件满意率")]
    right = [(f.value, f.unit, f.indicator) for f in facts if f.sentence.text[:1].isdigit()]
    assert right == [(45, "件", "合法性审查的重大行政决策事项"), (132, "件", "合法性审查的行政合同"),
                     (28, "件", "评查的行政执法案卷")]
    shares = [(f.value, f.unit, f.qualifier) for f in facts if f.unit == "%" and "｜" not in f.sentence.text]
    assert shares == [(85, "%", None), (90, "%", "atLeast"), (70, "%", None), (Decimal("85.5"), "%", None)]
    assert all(f.actor == "云石市柳塘县司法局" for f in facts if "\t" in f.sentence.text or "｜" in f.sentence.text)


def test_tables_as_real_reports_lay_them_out(lexicon):
    """lanxi-county-2024: a header whose label cell is empty (a tab, a run of spaces), rows labelled
    by years and by batches, several label columns with one merged down the rows, rows labelled by
    places and bodies, cells holding —, - and /, and a run of tabs for a cell left empty. Each gold
    fact's period, scope and actor are the extracted fact's, and no other fact has a period or scope."""
    name = "lanxi-county-2024"
    gold = load_gold(LAYOUTS / f"{name}.facts.jsonl")
    facts = facts_of(name, lexicon)
    for g in gold:
        f = next(x for x in facts if x.value == Decimal(str(g["value"])) and x.unit == g["unit"]
                 and x.sentence.text == g["sentence"] and x.indicator == g["indicator"])
        assert (f.period, f.scope, f.actor) == (g.get("period"), g.get("scope"), g["actor"]), g
    assert sum(f.scope is not None for f in facts) == sum("scope" in g for g in gold) == 10
    assert sum(f.period is not None for f in facts) == sum("period" in g for g in gold) == 8
    # a blank, a dash or a slash holds no figure, and the figures after it keep their columns
    marked = [(f.value, f.indicator) for f in facts if f.sentence.text.startswith(("行政复议\t", "信访事项", "检察建议"))]
    assert marked == [(66, "行政复议办结"), (5, "行政复议纠错"), (214, "信访事项受理"),
                      (11, "检察建议收到"), (11, "检察建议答复")]
