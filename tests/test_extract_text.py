import pytest

from kg.extract.text import parse_structure


def test_sections_and_roles(tiexi, lexicon):
    st = parse_structure(tiexi.text, lexicon)
    tops = [s for s in st.sections if s.level == 1]
    assert [s.role for s in tops] == ["work", "problems", "leaders", "plans"]
    subs = [s for s in st.sections if s.parent == "1"]
    assert len(subs) == 7
    assert st.section("4.1").title.endswith("发展蓝图")


def test_sentence_offsets_point_into_the_text(tiexi, lexicon):
    st = parse_structure(tiexi.text, lexicon)
    assert len(st.sentences) > 50
    for s in st.sentences:
        assert tiexi.text[s.start:s.end] == s.text


def test_inline_subheading_body_is_kept(tiexi, lexicon):
    st = parse_structure(tiexi.text, lexicon)
    body = [s for s in st.sentences if s.section == "3.1"]
    assert body and body[0].text.startswith("深化思想引领")


def test_ordinals_as_the_reports_parts(lexicon):
    text = ("某区人民政府关于2024年度法治政府建设情况的报告\n2024年，全区坚持依法行政。\n第一，主要工作和成效\n"
            "一、健全依法决策机制\n全年审查文件12件。\n二、化解行政争议\n受理案件30件。\n第二，存在的问题\n"
            "基层执法力量不足。\n第三　2025年工作打算\n深化行政复议体制改革。\n")
    s = parse_structure(text, lexicon)
    assert [(x.id, x.notation, x.title, x.role) for x in s.sections[1:]] == [
        ("1", "第一，", "主要工作和成效", "work"), ("1.1", "一、", "健全依法决策机制", "work"),
        ("1.2", "二、", "化解行政争议", "work"), ("2", "第二，", "存在的问题", "problems"),
        ("3", "第三", "2025年工作打算", "plans")]
    # a 第一， in the opening with no 第二 line after it is a sentence, and so are points under 一、
    lone = parse_structure("某区报告\n第一，全区坚持依法行政，成效明显。\n一、主要工作\n第一，完善制度。\n第二，加强培训。\n", lexicon)
    assert [(x.notation, x.level) for x in lone.sections[1:]] == [("一、", 1), ("第一，", 2), ("第二，", 2)]
    assert lone.sentences[0].section == "0"


def test_circled_points_on_one_line_are_points_each(lexicon):
    text = "某区报告\n一、存在的问题\n①执法力量薄弱；②办案周期偏长；③宣传形式单一。\n二、工作打算\n主要是：①深化改革；②加强培训。\n"
    s = parse_structure(text, lexicon)
    assert [(x.id, x.notation, x.title) for x in s.sections if x.parent == "1"] == [
        ("1.1", "①", "执法力量薄弱"), ("1.2", "②", "办案周期偏长"), ("1.3", "③", "宣传形式单一")]
    # a line that opens with words keeps its points in its sentence
    assert [x.text for x in s.sentences if x.section == "2"] == ["主要是：①深化改革；②加强培训。"]
    assert all(text[x.start:x.end] == x.text for x in s.sentences)


def test_a_line_keeps_the_blanks_it_opened_with(lexicon):
    # a table's header with its first cell left empty: the tab is stripped from the text, kept beside it
    s = parse_structure("某区报告\n一、主要数据\n\t2023年\t2024年\n  行政复议收案\t98\t135\n正文一句。\n", lexicon)
    body = [(x.text, x.indent) for x in s.sentences]
    assert body == [("2023年\t2024年", "\t"), ("行政复议收案\t98\t135", "  "), ("正文一句。", "")]


def test_titles_in_lenticular_brackets_are_headings(lexicon):
    """【依法决策，提升行政效能】 on a line of its own, or with its body running on: a part of the report,
    its role from its words (【2025年工作打算】 holds the plans)."""
    from kg.extract.text import parse_structure
    text = ("某县报告\n【依法决策，提升行政效能】\n县政府常务会议会前学法12次。\n【存在的不足】一是基层力量不足。\n"
            "【2025年工作打算】\n计划会前学法不少于15次。")
    st = parse_structure(text, lexicon)
    tops = [(s.title, s.role) for s in st.sections if s.parent is None and s.role != "preamble"]
    assert tops == [("依法决策，提升行政效能", "work"), ("存在的不足", "problems"), ("2025年工作打算", "plans")], tops
    assert any("一是基层力量不足" in x.text for x in st.sentences)


@pytest.mark.parametrize("heading", ["三、2024年工作思路", "三、下步工作设想", "三、今后努力方向"])
def test_the_genres_other_words_for_next_years_part_are_plans(lexicon, heading):
    """工作思路, 工作设想, 努力方向 (sections.tsv): the part after them holds targets, not work done."""
    from kg.extract.text import parse_structure
    st = parse_structure(f"某镇报告\n一、主要工作\n全年受理纠纷52件。\n{heading}\n全年组织集体学法不少于10次。", lexicon)
    tops = [s.role for s in st.sections if s.parent is None and s.role != "preamble"]
    assert tops == ["work", "plans"], tops


def test_a_table_in_the_opening_is_read_and_a_metadata_table_is_not(lexicon):
    """A table right after the opening's first sentence holds figures; a pipe table of metadata above
    the title (索引号 | 发布机构 …) is letterhead."""
    from kg.extract.facts import extract_facts
    text = ("| 索引号 | 发布机构 | 生成日期 |\n| 1122-2026-00013 | 东浦经开区管委会 | 2026-01-15 |\n"
            "东浦经济技术开发区管理委员会关于2025年度法治政府建设情况的报告\n\n东浦市人民政府：\n"
            "2025年，管委会坚持以法治护航营商环境，现将有关情况报告如下。\n"
            "| 指标 | 2025年 | 2024年 |\n|---|---|---|\n| 涉企行政检查（户次） | 280 | 450 |\n\n"
            "一、主要举措和成效\n行政审批局全年受理审批服务事项12600件。\n")
    got = extract_facts(parse_structure(text, lexicon).sentences, lexicon)
    assert sorted(f.value for f in got) == [280, 450, 12600], [(f.value, f.indicator) for f in got]


def test_an_appendix_is_a_part_of_its_own_after_the_plans_or_between_parts(lexicon):
    """附表：… opens a part at the top whatever is open (never a point of the plans before it), and
    the report's own headings after it are parts again."""
    text = ("某县教育局2025年法治政府建设情况报告\n一、主要工作\n开展培训3期。\n二、下一步打算\n一要压实责任。\n"
            "附表：主要指标完成情况\n指标\t目标值\t完成值\n法治教育活动（场次）\t300\t326\n"
            "附件2：问题清单\n三、其他\n无。\n")
    sections = {s.title: s for s in parse_structure(text, lexicon).sections}
    table = sections["主要指标完成情况"]
    assert table.level == 1 and table.parent is None and table.role != "plans"
    assert sections["其他"].level == 1 and sections["问题清单"].level == 1


def test_a_bare_fu_line_opens_an_appendix_too(lexicon):
    text = ("某乡2024年法治政府建设情况报告\n一、主要工作\n调处纠纷30件。\n二、下一步打算\n一要压实责任。\n"
            "附：主要数据（括号内为2023年数据）\n调处纠纷：30件（26件）\n")
    sections = {s.title: s for s in parse_structure(text, lexicon).sections}
    data = sections["主要数据（括号内为2023年数据）"]
    assert data.level == 1 and data.role != "plans"


def test_an_appendix_word_alone_on_its_line_opens_an_appendix(lexicon):
    # 附件 / 2025年…统计表 / | … |: the title on the line after the word, the table after the plans its own part
    text = ("某局2025年法治政府建设情况报告\n一、主要工作\n立案30件。\n二、2026年工作打算\n一要压实责任。\n"
            "附件\n2025年行政处罚情况统计表\n| 单位 | 立案（件） |\n|---|---|\n| 局本级 | 30 |\n")
    st = parse_structure(text, lexicon)
    tops = [(s.notation, s.role) for s in st.sections if s.parent is None and s.role != "preamble"]
    assert tops[-1] == ("附件", "work"), tops
    table = next(x for x in st.sentences if "局本级" in x.text)
    assert st.section(table.section).role != "plans"


def test_a_pages_controls_in_brackets_open_no_part(lexicon):
    # 【大】【中】【小】 and 【发布时间：…】 above the title: a page's, so the report's parts keep their roles
    text = ("某县人民政府门户网站\n【大】【中】【小】　【打印本页】\n【发布时间：2026-01-05】\n某县2025年法治政府建设年度报告\n"
            "一、主要工作\n学法14次。\n二、2026年工作打算\n学法不少于12次。\n")
    tops = [(s.title, s.role) for s in parse_structure(text, lexicon).sections if s.parent is None and s.role != "preamble"]
    assert tops == [("主要工作", "work"), ("2026年工作打算", "plans")], tops


def test_markdown_marks_are_layout_not_words(lexicon):
    # a report saved from a web editor: 「## 一、…」 headings and bold run-in titles 「**1. 题目。** 正文」
    text = ("# 某县林业局2025年度法治政府建设情况报告\n\n县委依法治县办：\n\n## 一、主要举措和成效\n\n"
            "**1. 规范执法。** 全年立案查处案件18件。\n\n## 二、存在的不足\n\n一是力量不足。\n\n"
            "## 三、2026年工作打算\n\n- 培训执法人员不少于2次；\n")
    st = parse_structure(text, lexicon)
    tops = [s for s in st.sections if s.level == 1]
    assert [s.role for s in tops] == ["work", "problems", "plans"]
    sub = next(s for s in st.sections if s.parent == tops[0].id)
    assert sub.title == "规范执法"
    body = [s for s in st.sentences if s.section == sub.id]
    assert [s.text for s in body] == ["全年立案查处案件18件。"]
    for s in st.sentences:          # the marks were blanked, never cut out: offsets still hold
        assert text[s.start:s.end] == s.text


def test_a_part_of_problems_and_next_years_plans_is_read_as_plans(lexicon):
    """四、存在的不足和2025年工作安排: its figures are next year's targets, never results."""
    st = parse_structure("某县司法局2024年度报告\n一、主要成效\n办结案件30件。\n四、存在的不足和2025年工作安排\n"
                         "一是基层力量不足。2025年，培训不少于60学时。\n", lexicon)
    assert [s.role for s in st.sections if s.level == 1] == ["work", "plans"]
