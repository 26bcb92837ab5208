"""A report's own everyday words, figures broken down by body or by community, a subject shared
along a chain of clauses, a level not the report's, and parts asked after 分别 (heqiao-county-2024)."""

import pytest
from test_qa_scope_and_plans import engine_over

from kg.qa import ask
from kg.qa.normalise import apply_synonyms


@pytest.fixture(scope="module")
def engine(tmp_path_factory, config):
    return engine_over(tmp_path_factory, config, "heqiao-county-2024")


def values(a):
    return [f.value for f in a.facts]


def test_an_alias_is_a_word_not_a_run_of_characters():
    synonyms = [("结案", "办结"), ("开会", "召开会议")]
    known = frozenset({"审结", "召开", "办结", "召开会议"})
    assert apply_synonyms("审结案件多少件", synonyms, known) == "审结案件多少件"
    assert apply_synonyms("召开会议几次", synonyms, known) == "召开会议几次"
    assert apply_synonyms("结案多少件", synonyms, known) == "办结多少件"
    assert apply_synonyms("开会几次", synonyms, known) == "召开会议几次"


def test_a_report_using_the_everyday_word_is_read_as_a_question_is(engine):
    """The report says 一网通办, the synonym list reads it 全程网办: asked either way, it answers."""
    for q in ("禾桥县全程网办的政务服务事项有多少项", "禾桥县一网通办的政务服务事项有多少项"):
        a = engine.answer(q)
        assert values(a) == [1190], (q, a.answer)


def test_a_bodys_part_of_a_breakdown_answers_for_that_body(engine):
    a = engine.answer("禾桥县县市场监管局办了多少件行政处罚")
    assert values(a) == [305], a.answer
    assert values(engine.answer("禾桥县行政执法机关办理行政处罚案件多少件")) == [860]


def test_parts_asked_after_fenbie_and_a_verb_of_asking(engine):
    a = engine.answer("禾桥县分别列出县交通运输局和其他部门的行政处罚案件数")
    assert a.kind == "multi" and values(a) == [210, 345], a.answer


def test_a_communitys_part_is_its_own_and_the_wholes_rate_is_not_the_communitys(engine):
    assert values(engine.answer("禾桥县枫林社区调处了多少件纠纷")) == [96]
    assert values(engine.answer("禾桥县调解成功率是多少")) == [98.2]
    a = engine.answer("禾桥县枫林社区的调解成功率是多少")
    assert not a.answered and not a.facts, a.answer


def test_a_subject_is_shared_along_its_chain_of_clauses(engine):
    """12名县级领导坐班接访，处理信访事项88件: who handled them is the clause before's subject."""
    a = engine.answer("禾桥县县级领导接访处理了多少件")
    assert values(a) == [88], a.answer


def test_another_levels_leaders_are_not_the_reports(engine):
    a = engine.answer("禾桥县市级领导接访处理了多少件")
    assert not a.answered and not a.facts, a.answer
    # the shipped report's leaders are the district's (区级领导): the city's are asked, no figure is theirs
    b = ask("市级领导到铁西区接访处理了多少件次？")
    assert not b.answered and not b.facts, b.answer
    assert ask("区级领导接访处理了多少件次？").answered


def test_the_things_counted_may_set_the_scene_in_any_words(engine):
    """审结案件中维持了多少件: 案件 is what the report counts as 件, whatever it calls them."""
    assert values(engine.answer("禾桥县审结案件中维持了多少件")) == [41]


@pytest.fixture(scope="module")
def bureaus(tmp_path_factory, config):
    """Two cities' 市场监督管理局, each known by its level alone as 市市场监管局."""
    return engine_over(tmp_path_factory, config, "shanlan-scjg-2024", "tongling-scjg-2023")


def test_a_bureau_by_its_everyday_short_name_and_its_parts(bureaus):
    """杉岚市监局: the city's 市场监管局 (the 市 of 杉岚市 is the 市 of 市场监管局 too); 局执法稽查支队
    is a part of it, and what follows a semicolon is another subject's (各县区市场监管局)."""
    a = bureaus.answer("杉岚市监局稽查支队结案多少件")
    assert values(a) == [210], a.answer
    b = bureaus.answer("杉岚市各县区市场监管局罚没了多少万元")
    assert values(b) == [910], b.answer


def test_figures_of_the_bureaus_parts_are_given_each_when_the_bureau_is_asked(bureaus):
    a = bureaus.answer("杉岚市监局罚没了多少万元")
    assert sorted(values(a)) == [560, 910], a.answer


def test_all_of_a_thing_is_not_a_kind_of_it(bureaus):
    a = bureaus.answer("杉岚市监局一共开过多少次党组会议")
    assert not a.answered and not a.facts, a.answer
    assert values(bureaus.answer("杉岚市监局专题研究法治事项的党组会议开了几次")) == [6]
    b = bureaus.answer("杉岚市监局开过几次党组会议")
    assert 4 not in values(b), b.answer     # 集体学法 is no meeting of the 党组, whatever stands beside it


def test_a_name_two_places_publishers_share_by_level_is_read_by_place_or_year(bureaus):
    assert values(bureaus.answer("桐岭市市市场监管局罚没款多少亿元")) == [1.2]
    assert values(bureaus.answer("2023年市市场监管局罚没款多少亿元")) == [1.2]
    a = bureaus.answer("市市场监管局罚没款多少")
    assert not (a.answered and len(a.facts) == 1), a.answer    # which city's: not one taken for both


def test_a_word_of_two_actions_answers_either(engine):
    """调处 is 调解 and 化解 alike (actions.tsv): 调解了多少 is answered by 调处N件."""
    assert values(engine.answer("禾桥县枫林社区调解了多少件纠纷")) == [96]


def test_a_body_by_an_everyday_name_issues_what_its_kind_issues(engine):
    """检察机关 is the 检察院 (departments.tsv), and what it 发了几件 is what it issues."""
    assert values(engine.answer("禾桥县检察机关给县里发了几件检察建议")) == [3]
    # (the shipped report names no issuer beside its 检察建议: the body is read as their source)
    assert [f.value for f in ask("检察机关给区里发了几件检察建议").facts] == [2]


def test_a_collective_of_people_is_asked_as_the_people(engine):
    assert values(engine.answer("禾桥县人民调解员队伍排查矛盾纠纷多少次")) == [410]


def test_as_is_a_function_word(engine):
    assert values(engine.answer("禾桥县政府作为被告的行政诉讼有几件")) == [4]
    # (the shipped report writes 涉区政府行政诉讼 with no 作为: the word asks nothing of its own)
    assert [f.value for f in ask("区政府作为被告的行政诉讼有几件").facts] == [5]


def test_a_word_inside_a_quoted_name_is_not_what_the_figure_counts(bureaus):
    """收到“好差评”评价N条 counts evaluations of the 好差评 system; 几条差评 asks the bad ones."""
    a = bureaus.answer("杉岚市监局一共收到几条差评")
    assert 9600 not in values(a), a.answer
    assert values(bureaus.answer("杉岚市监局收到的好差评评价有多少条")) == [9600]


def test_what_is_left_besides_a_part(engine):
    """除了X，还有多少: the whole less the part the report states (除了 is read as 不属于, 未)."""
    a = engine.answer("禾桥县1320项政务服务事项中，除了实现一网通办的，还有多少项")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 130, a.answer
    # …the same exception written after its words (X以外的) or around them (除X外)
    for q in ("禾桥县1320项政务服务事项中，实现一网通办以外的还有多少项",
              "禾桥县1320项政务服务事项中，除实现一网通办的外，还有多少项"):
        a = engine.answer(q)
        assert a.answered and a.facts[0].computed and a.facts[0].value == 130, (q, a.answer)


@pytest.mark.parametrize("asked, read", [
    ("资金里，市本级以外兑现了多少", "资金里，未市本级兑现了多少"),
    ("市本级之外的机构收到几件", "未市本级的机构收到几件"),
    ("除市本级外，兑现了多少", "未市本级，兑现了多少"),
    ("除险加固了几处", "除险加固了几处"),          # 除 with no 外 after it excepts nothing
])
def test_an_exception_is_read_as_a_remainder(engine, asked, read):
    assert engine.reader.normalise(asked).text == read


def test_a_one_character_verb_with_its_particle_and_a_part_asking_only_a_count(engine):
    """组了几支 is 组建: the particle is no word to find; 多少人次去了 asks the count of what came before."""
    assert values(engine.answer("禾桥县应急救援队伍组了几支")) == [12]
    assert values(engine.answer("禾桥县给执法人员办的培训有几场，多少人次去了？")) == [6, 420]


def test_english_of_coming_in(engine):
    assert values(engine.answer("How many 检察建议 came in at 禾桥县?")) == [3]


def test_an_action_word_inside_bodies_names_no_body():
    """多元调解化解了多少纠纷: 调解 is how, not who (公安派驻调解室, 法院派驻调解室 are both 调解室):
    the sentence's figure of all; 派驻调解室 names the rooms, each given."""
    assert [f.value for f in ask("多元调解化解了多少纠纷").facts] == [85]
    assert sorted(f.value for f in ask("派驻调解室化解了多少纠纷").facts) == [36, 49]


def test_one_character_that_picks_out_a_part_must_be_the_figures():
    """法律明白人里女的: 女 (jieba: a distinguishing word) names a part the report does not break out."""
    a = ask("法律明白人里女的有多少")
    assert not a.answered and not a.facts, a.answer
    assert ask("法律明白人有多少").answered


def test_what_percent_in_english_asks_a_share():
    """what %: the sign after an English word asks a share, so a quoted sentence is no answer."""
    a = ask("Regarding 回访 of inspected firms, what % did NOT get one?")
    assert not a.answered or (a.facts and a.facts[0].unit == "%"), a.answer


def test_a_part_with_no_words_measures_the_same_thing_in_another_unit(engine):
    """培训办了几场、多少人次: the second part is the first's training, in 人次 (verb and all)."""
    assert values(engine.answer("禾桥县执法人员培训办了几场、多少人次？")) == [6, 420]


def test_a_difference_of_two_actions_of_no_thing_named_is_declined():
    """收到的比办结的多多少, asked alone: the figures of two different things are no difference."""
    a = ask("收到的比办结的多多少")
    assert not a.answered and not a.facts, a.answer


def test_a_follow_up_naming_another_thing_with_its_own_action_keeps_neither_the_old_action_nor_unit():
    """纠纷排查多少次？诉前调解呢？: 诉前调解 is another thing with its own action, counted in 件, not 次."""
    first = ask("开展了多少次矛盾纠纷排查")
    assert [f.value for f in first.facts] == [2937], first.answer
    b = ask("诉前调解呢", context=first.context)
    assert [f.value for f in b.facts] == [1150], b.answer
    # …and so is the two in one message: the second is read as the first's follow-up
    both = ask("开展了多少次矛盾纠纷排查？诉前调解呢？")
    assert [f.value for f in both.facts] == [2937, 1150], both.answer


def test_one_of_a_list_counted_together_is_not_given_apart(engine):
    """召开审批改革推进会、窗口业务培训会N次 counts both: one of them asked has no figure of its own,
    also where the asker states the pair's figure and asks a part of it (…一共7次，其中…几次)."""
    assert values(engine.answer("禾桥县召开审批改革推进会、窗口业务培训会多少次")) == [7]
    for q in ("禾桥县开了几次窗口业务培训会", "禾桥县审批改革推进会、窗口业务培训会一共7次，其中窗口业务培训会是几次"):
        a = engine.answer(q)
        assert 7 not in values(a), (q, a.answer)


def test_an_outcome_counts_only_the_cases_it_came_to(engine, bureaus):
    """败诉0件 answers 输了几件, never how many cases there were (4; none stated: declined)."""
    assert values(engine.answer("禾桥县政府作为被告的行政诉讼案件有几件")) == [4]
    assert values(engine.answer("禾桥县政府打行政官司输了几件")) == [0]
    assert values(bureaus.answer("桐岭市市场监管局打行政官司输了几件")) == [0]
    assert not bureaus.answer("桐岭市市场监管局作为被告的行政诉讼案件有几件").answered


def test_a_towns_figure_named_after_a_preposition_is_only_that_towns(engine):
    """在枫溪镇建成…一处: the town opens the clause after 在, and the figure is only that town's."""
    assert values(engine.answer("禾桥县枫溪镇建了几处法治文化公园")) == [1]
    a = engine.answer("禾桥县柳塘镇建了几处法治文化公园")
    assert not a.answered, a.answer


def test_a_verb_and_its_object_split_by_a_count(engine):
    """学了几次法 is 学法几次 (a word jieba knows, the object closing the question); 开会前 is the
    report's 会前, not a meeting held; 多少家次 keeps its unit whole."""
    assert values(engine.answer("禾桥县政府常务会开会前学了几次法")) == [9]
    assert values(engine.answer("禾桥县长主持开了几次专题会")) == [2]


def test_what_the_asker_heard_or_guesses_is_no_question(engine):
    """听说…一共调处了N件，…几件: a figure the asker heard sets the scene, the other clause asks; 上百件
    is a guess, no figure to find."""
    assert values(engine.answer("听说禾桥县调解组织一共调处了1300件纠纷，枫林社区调处了几件")) == [96]
    assert values(engine.answer("禾桥县枫林社区调处纠纷是不是有上百件")) == [96]
    assert values(ask("我看到说铁西区法律“七进”活动有200场，是这样吗？")) == [124]


def test_the_share_of_an_action_and_a_comparison_with_its_verb():
    """办结比例 is 办结率 (computed from what came in); 比B多开了几次 asks the difference."""
    a = ask("按报告数字算，行政复议申请的办结比例是百分之多少")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 87.5, a.answer
    b = ask("学习研讨比法治讲座多开了几次")
    assert b.answered and b.facts[0].computed and b.facts[0].value == 6, b.answer


def test_a_rate_is_never_of_a_sibling_outcome(engine):
    """保留N件、修改M件: M is no part of N, and no rate of 修改 is computed from them."""
    a = engine.answer("禾桥县修改规范性文件的比例是多少")
    assert not any(f.computed for f in a.facts), a.answer


def test_which_is_more_and_by_how_much(engine):
    """A和B哪个多？多几件？: the larger less the smaller, computed; never the whole the parts are of."""
    a = engine.answer("禾桥县枫林社区和柳岸社区，哪个调处的纠纷多？多几件？")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 21, a.answer
    assert 1240 not in values(a)


def test_an_answer_names_the_part_of_the_place_its_figure_is_of(engine):
    """其中枫林社区调处N件: the answer says whose figure it is, not only the whole's words."""
    a = engine.answer("禾桥县枫林社区调处纠纷几件")
    assert values(a) == [96] and a.facts[0].scope == "枫林社区" and "枫林社区" in a.answer.split("（原文")[0], a.answer
