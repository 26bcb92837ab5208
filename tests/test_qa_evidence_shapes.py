"""What the evidence check accepts and refuses, by the shapes people ask in (each test can fail)."""

import pytest

from kg.qa import ask


def values(a):
    return [f.value for f in a.facts]


@pytest.mark.parametrize("q", [
    "因为行政复议，区司法局收到了多少件申请",           # function word
    "区司法局做了多少件行政复议申请的收到工作",          # light verb
    "安全生产专项整治中检查企业多少次",                  # a scene phrase in the figure's sentence
    "区司法局收到行政复议申请的件数",                    # a measure noun asking the unit
    "依托多元调解机制化解的纠纷共有多少件",              # 元 inside a word (多元) asks no money
    "专项整治累计出动执法人员多少人次",                  # 整治 read as its usual word (整改), found as itself
    "搞安全生产整治的时候一共出动了多少人次执法人员",    # another action where the figure stands: its scene
])
def test_words_that_frame_the_question_do_not_block_it(q):
    a = ask(q)
    assert a.answered and a.facts, a.answer


@pytest.mark.parametrize("q", [
    "普法工作中检查企业多少次",          # a scene the figure is not in
    "重点信访事项还有多少件没化解",      # a remainder with no whole stated: not the count done
    "撤销行政复议案件的比例是多少",      # an action word before the thing (撤销|行政复议案件)
    "出动执法人员多少名",                # 名 counts persons, the figure counts 人次
])
def test_content_that_names_something_else_is_declined(q):
    a = ask(q)
    assert not a.answered and not a.facts, a.answer


def test_a_percent_remainder_is_computed_not_the_count_left_nor_the_rate():
    a = ask("政务服务事项没进驻的占百分之几")
    assert a.answered and a.facts[0].computed and a.facts[0].unit == "%"
    assert abs(a.facts[0].value - (100 - 96.67)) < 1e-6


@pytest.mark.parametrize("q,rest", [
    ("不能全科受理的事项占比是多少", 100 - 66.71),         # a share stated with its count: 100 − it
    ("未能一次性化解的信访事项比例", 100 - 96.7),          # a rate stated alone
    ("政务服务事项中未实现全程网办的比例", 100 - 95.08),  # 实现 a light verb; 中未 is 中|未
])
def test_the_share_left_of_a_stated_share_is_computed_from_it(q, rest):
    a = ask(q)
    assert a.answered and a.facts[0].computed and a.facts[0].unit == "%", a.answer
    assert abs(a.facts[0].value - rest) < 1e-6 and len(a.facts) == 2


@pytest.mark.parametrize("q", [
    "没有同比下降的劳动保障违法案件比例",      # a change has no rest (no such rate stated either)
    "未能一次性化解的法律援助案件比例",        # the rate stated is of another thing
])
def test_the_share_left_needs_a_share_of_that_thing(q):
    a = ask(q)
    assert not a.answered and not a.facts, a.answer


def test_a_count_and_its_share_are_of_one_thing():
    a = ask("无差别全科受理事项的数量及其占比")
    assert a.answered and sorted(values(a)) == [66.71, 465]
    b = ask("区司法局收到行政复议申请的数量及其比例")   # no share of it stated: not another figure's
    assert not b.answered and not b.facts


def test_a_list_question_about_one_part_is_never_the_whole_list():
    a = ask("在普法方面有哪些打算")
    assert not a.answered
    b = ask("基层法治机构方面存在什么问题")
    assert b.answered and "有1项" in b.answer


def test_a_count_stated_of_a_quoted_term_is_a_figure_with_its_sentence():
    a = ask("全区党员干部领悟的是几个坚持")
    assert a.answered and values(a) == [12] and "原文" in a.answer and "铁西区" in a.answer
    b = ask("全区党员干部领悟的是几个确立")       # no such term stated: no number made up
    assert not b.answered


def test_a_question_for_a_thing_is_answered_by_the_clause_naming_it_or_declined():
    a = ask("行政检查备案依托的是什么系统")
    assert a.answered and a.kind == "entity" and "智能备案管理系统" in a.answer and "原文" in a.answer
    b = ask("矛盾纠纷调处化解有哪些方式")      # several things asked: never one figure
    assert not b.facts, b.answer
    # …but the one sentence holding what it names, quoted whole with its ways (人民调解, 派驻调解室)
    assert not b.answered or ("原文" in b.answer and "派驻调解室" in b.answer), b.answer


def test_a_stated_none_answers_a_negated_question():
    a = ask("全年没有发生安全事故吧")
    assert a.answered and a.kind == "zero" and values(a) == [0]


@pytest.mark.parametrize("q, expected", [
    ("依托行政检查智能备案管理系统注册的执法人员有几名", [138]),   # 检查 inside the system's name
    ("安全生产专项整治里排查整改了几处隐患", [1517]),               # the sentence's opening figure sets the scene
    ("安全生产整治里受到行政处罚的违法违规单位有几家", [4]),         # 整治里: an activity, the scene, not a whole
])
def test_an_action_word_inside_a_name_or_scene_is_not_the_action_asked(q, expected):
    a = ask(q)
    assert a.answered and values(a) == expected, a.answer


def test_a_scene_is_found_by_any_word_of_its_action():
    # 转来 stands for 转交办 (one action): the scene is the report's, and the share left is computed from it
    a = ask("上级转来的信访事项里，没有及时受理的占比是多少")
    assert a.answered and values(a)[0] == 0 and "计算值" in a.answer, a.answer


def test_the_noun_after_what_is_the_thing_asked_not_a_kind_word_elsewhere():
    # 制度 stands in the question (行政审批制度改革), but 模式 is asked: never the list of 制度
    a = ask("深化行政审批制度改革时推进了什么模式")
    assert "报告中的制度" not in a.answer
    b = ask("在哪些方面存在不足")            # 哪些方面: a question word jieba joins to its noun
    assert b.answered and "不足有3项" in b.answer


def test_a_list_narrowed_by_the_question_quotes_what_its_items_say():
    a = ask("明年在监督体系方面有什么打算")
    assert a.answered and "有1项" in a.answer and "执法案卷评查" in a.answer, a.answer


@pytest.mark.parametrize("q", [
    "法院派驻调解室比公安派驻调解室少化解纠纷多少件",     # a difference asked: never one of its sides
    "合格行政执法主体占全部执法主体的比例是多少",          # no whole of that thing stated: no made-up share
    "系统核验不正常的比例是多少",                          # asked the complement of the stated rate
])
def test_arithmetic_that_cannot_be_done_is_declined_not_answered_with_an_operand(q):
    a = ask(q)
    assert not a.answered or all(f.computed for f in a.facts[:1]), a.answer
    assert not (a.answered and 36 in values(a) and len(values(a)) == 1)
    assert not (a.answered and 91.23 in values(a) and len(values(a)) == 1)


def test_a_measure_after_de_is_the_unit_asked():
    a = ask("执法人员培训的人次比政法干警政治轮训的人次少多少")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 786 - 337, a.answer


def test_a_question_for_things_quotes_the_one_sentence_that_holds_its_words():
    a = ask("对哪些事项要严格开展合法性审查")
    assert a.answered and not a.facts and "重要合同" in a.answer and "原文" in a.answer, a.answer
    # the kind asked (流程) must stand in the sentence quoted, not only the question's other words
    b = ask("行政规范性文件清理要走哪些流程")
    assert not b.answered or "部门自查" in b.answer, b.answer


def test_a_sum_of_more_than_two_figures_names_them_and_gives_no_bare_total():
    a = ask("学习研讨、法治讲座、旁听庭审加起来一共几次")
    assert not a.answered and not a.facts
    assert "学习研讨8次" in a.answer and "旁听庭审1次" in a.answer, a.answer
    b = ask("司法建议加上检察建议，一共收到几件")        # 加上 joins two parts
    assert b.answered and b.facts[0].computed and b.facts[0].value == 4, b.answer


def test_a_kind_named_alone_lists_its_items():
    a = ask("铁西区 存在的主要问题")
    assert a.answered and "问题有3项" in a.answer, a.answer


def test_a_manner_asked_is_quoted_from_the_sentence_that_states_it():
    a = ask("区级领导通过哪些方式接访处理信访事项")     # 方式 stated as 通过…, not named
    assert a.answered and "带案下访" in a.answer and "原文" in a.answer, a.answer


@pytest.mark.parametrize("q, expected", [
    ("几家执法部门和几名执法人员完成了注册", [11, 138]),              # two numbers asked, one figure each
    ("区司法局收到行政复议申请多少件、办结多少件", [32, 28]),          # …in coordinated pieces
    ("完成注册的执法部门和执法人员分别有多少", [11, 138]),            # side by side, one predicate, one modifier
    ("诉前调解案件的数量是多少件", [1150]),                           # one number named twice is one number
    ("我前年申请过一次复议。想问问区司法局去年一共收到多少件行政复议申请？先谢谢了。", [32]),  # scene, question, chat
    ("有几位区领导亲自接访", [16]),                                   # 位 counts people; 区领导 is 区级领导
    ("系统正常核验率是百分之几", [91.23]),                            # 百分之几 asks a rate, not a word
    ("What is the 系统正常核验率?", [91.23]),                         # a measure asked with "what" stays a figure
    ("How many times did they 累计备案?", [604]),                      # how many times: 多少次
])
def test_shapes_answered_with_their_figures(q, expected):
    a = ask(q)
    assert a.answered and values(a) == expected, a.answer


@pytest.mark.parametrize("q", [
    "行政检查一共多少次",                         # 检查 asked on its own: no figure counts such checks
    "执法人员完成注册多少名，累计备案多少次",     # the second number has no figure of its own
    "我住在白桦区。请问法律援助受理多少件？",     # the scene's place still counts
    "How many visitors came to the 政府开放日?",  # the thing counted, unknown to every list, is not the 23场
])
def test_shapes_declined(q):
    a = ask(q)
    assert not a.answered and not a.facts, a.answer


def test_the_noun_after_a_bare_count_word_is_the_thing_counted():
    # 多少群众 with no counter: the events held (N场) mention 群众 only in their sentence
    a = ask("政府开放日一共来了多少群众")
    assert not a.answered and not a.facts and "群众" in a.answer
    # …while a word for "things counted" (案件) is any figure's, and the figure's own noun counts
    for q in ("区司法局收到多少行政复议案件", "How many 行政复议 cases did they receive (收到)?"):
        b = ask(q)
        assert b.answered and b.facts[0].indicator.endswith("行政复议申请"), (q, b.answer)


def test_a_described_answer_names_the_kind_each_what_word_asks():
    # two what-words: the sentence quoted must name a 流程, not only the 文件 of the first
    a = ask("What are the steps of 规范性文件清理? 按什么流程")
    assert not a.answered or "流程" in a.answer, a.answer
    b = ask("文件清理按照什么流程推进")
    assert b.answered and "部门自查" in b.answer and "流程" in b.answer, b.answer


def test_a_sum_of_two_parts_one_figure_already_counts_is_that_figure():
    # 排查出涉企执法、民生实事类问题N个 counts both parts: no sum with another figure that names 涉企…执法
    a = ask("涉企执法和民生实事的问题一共排查出多少个")
    assert not a.answered or (len(a.facts) == 1 and not a.facts[0].computed
                              and a.facts[0].indicator.startswith("排查")), a.answer
    b = ask("人大代表建议和政协提案一共办理了多少件")     # two figures: their sum, marked computed
    assert b.answered and b.facts[0].computed


def test_a_listed_mechanism_is_told_apart_by_its_paragraph():
    # three 闭环 mechanisms: the one whose paragraph is about 重大行政决策 (its lead), and no other
    a = ask("重大行政决策的闭环机制包括哪些环节")
    assert a.answered and "公众参与" in a.answer and "述法" not in a.answer, a.answer
    b = ask("安全生产的闭环机制包括哪些环节")       # no 闭环 mechanism is about it
    assert not b.answered or "公众参与" not in b.answer, b.answer


@pytest.mark.parametrize("q", [
    "区司法局受理了多少件行政复议申请",     # 受理 alone: not the figure's action (收到), never its scene
    "区司法局办结的行政复议申请收到了多少件",   # 办结 is the next clause's figure, not where 收到 stands
])
def test_an_action_asked_that_another_figure_states_is_no_scene(q):
    a = ask(q)
    assert not a.answered or [f.value for f in a.facts] != [32], a.answer


def test_a_which_question_is_never_answered_with_a_figure():
    a = ask("铁西区优化了哪个区级服务中心的职能")     # a thing asked (哪个 + a noun), no number
    assert not a.facts, a.answer


def test_a_rate_joined_to_a_count_is_a_second_number_asked():
    a = ask("How many 政务服务事项 were moved into the center, and what was the 进驻率?")
    assert a.answered and sorted(values(a)) == [96.67, 697], a.answer


def test_english_verbs_in_their_base_form_name_their_action():
    a = ask("How many 行政诉讼 cases did 铁西区政府 lose?")
    assert a.answered and values(a) == [0] and "败诉" in a.answer, a.answer
    # other forms are read by their endings (revised → revise …), un- negates a known action
    b = ask("How many 行政复议 applications were accepted?")
    assert not b.answered or "受理" in b.answer, b.answer
    assert "未回复" in normalise_text("How many 区长信箱 letters were left unanswered?")


@pytest.mark.parametrize("q,word", [
    ("How many 行政复议 applications were appealed?", "appealed"),     # (rejected, dropped, got 收到32件)
    ("How many 法律援助 cases were maintained?", "maintained"),        # (transferred, dropped: 受理328件)
    ("How many 区长信箱 letters were requested?", "requested"),        # (forwarded, dropped: 处理26条)
])
def test_an_english_word_no_list_knows_is_named_never_read_past(q, word):
    a = ask(q)
    assert not a.answered and not a.facts and word in a.answer, a.answer


@pytest.mark.parametrize("q,chinese", [
    ("How many 行政复议 applications were rejected?", "驳回"),      # none stated: never 收到32件
    ("How many 法律援助 cases were transferred?", "移送"),          # …never 受理328件
])
def test_an_english_word_of_one_meaning_is_read_as_its_chinese_and_checked(q, chinese):
    a = ask(q)
    assert not a.answered and not a.facts and chinese in a.answer, a.answer
    assert chinese in normalise_text(q)


def normalise_text(q: str) -> str:
    from kg.config import Config
    from kg.qa import _default_engine
    return _default_engine(Config()).reader.normalise(q).text


def test_a_remainder_is_of_the_whole_the_question_names():
    # 721 政务服务事项 and 697 of them 进驻: the question names the first outright
    a = ask("铁西区政务服务事项里，不属于无差别全科受理的有多少项？")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 721 - 465, a.answer
    assert "不属于无差别全科受理事项的" in a.answer
    b = ask("行政复议申请还有几件没审结")      # 收到 and no other whole named: the one whole stated
    assert not b.answered or b.facts[0].value == 32 - 28


def test_two_departments_compared_each_answer_for_their_own_part():
    # one clause states both (公安、法院派驻调解室分别化解纠纷36件、49件): each side its own figure
    a = ask("法院派驻调解室比公安派驻调解室多化解纠纷多少件")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 49 - 36, a.answer
    b = ask("公安派驻调解室和法院派驻调解室各化解了多少件纠纷")
    assert b.answered and values(b) == [36, 49], b.answer


def test_a_bound_asked_is_the_figures_own_bound():
    a = ask("重大行政决策征求公众意见的时间最短是多少天")       # 不少于30日: the least it may be
    assert a.answered and values(a) == [30], a.answer
    b = ask("重大行政决策征求意见的时间最长是多少天")           # a lower bound never answers the most
    assert not b.answered and not b.facts, b.answer


def test_a_rate_named_by_bilv_is_asked_and_never_a_difference():
    # 比率 is a rate word, not 比…多少 (a difference): no count minus a rate, ever
    a = ask("铁西区政务服务事项入驻政务服务中心的比率为多少？")
    assert a.answered and values(a) == [96.67], a.answer
    b = ask("进驻政务服务中心的事项比受理率多多少")
    assert not b.answered and not b.facts and "单位不同" in b.answer, b.answer


def test_things_counted_without_a_rate_word_are_not_answered_by_a_rate():
    a = ask("涉企执法回访覆盖了多少企业")          # 覆盖60%受检企业: a share, not how many
    assert not a.answered and not a.facts and "比率" in a.answer, a.answer
    b = ask("涉企执法回访覆盖了百分之多少的受检企业")
    assert b.answered and values(b) == [60], b.answer


def test_a_count_of_those_who_did_something_needs_what_they_did():
    # 16名区级领导通过…接访…: leaders who received petitioners, not all the district's leaders
    a = ask("铁西区一共有多少名区级领导？")
    assert not a.answered and not a.facts and "接访" in a.answer, a.answer
    b = ask("有多少名区级领导参与接访")
    assert b.answered and values(b) == [16], b.answer


def test_chinese_in_brackets_after_an_english_word_is_what_it_means():
    a = ask("How many 不合格的执法证 did 铁西区 revoke (注销) in 2025?")
    assert a.answered and values(a) == [5], a.answer
    # only that word: the question and the thing counted before it stay
    assert "多少" in normalise_text("How many cases were resolved (化解)?")


def test_an_action_word_inside_a_noun_for_who_does_it_is_no_action_done():
    # 依托74个人民调解组织: 调解 names the organisations; 化解 (elsewhere in the sentence) is not their scene
    a = ask("人民调解化解了多少案件")
    assert all(f.value != 74 for f in a.facts), a.answer


def test_what_is_left_of_an_action_said_done_for_all_is_none():
    # 排查出…问题76个，建立台账并全部整改销号: none is left to 整改, computed from that statement
    a = ask("排查出来的那些涉企执法问题，还有几个没整改完的？")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 0, a.answer
    assert a.facts[1].value == 76 and "全部整改" in a.answer
    # …never of a count whose sentence says no such thing
    b = ask("还有几件法律援助案件没办结")
    assert not b.answered or all(f.value != 0 for f in b.facts), b.answer
    # …or whose very next figure is that action's rate at 100% (来信26条，回复办结率为100%)
    c = ask("区长信箱来信还有几条没回复")
    assert c.answered and c.facts[0].value == 0 and [f.value for f in c.facts[1:]] == [26, 100], c.answer


@pytest.mark.parametrize("q", ["剩下的法律援助案件有多少件", "还剩多少案件", "How many cases are left?"])
def test_what_is_left_with_no_action_named_is_no_count_stated(q):
    a = ask(q)            # 受理法律援助案件328件 is not what is left of anything
    assert not a.answered and not a.facts, a.answer


def test_left_before_an_un_word_asks_what_is_left_of_that_action():
    a = ask("How many letters to 铁西区's 区长信箱 were left unanswered?")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 0, a.answer


def test_each_joined_to_a_short_verb_still_splits_the_parts():
    a = ask("铁西区人大建议和政协提案各办了几件？")     # jieba: 各办
    assert a.answered and values(a) == [29, 40], a.answer


def test_a_unit_part_takes_the_figure_of_the_same_indicator_and_parts_come_in_the_order_asked():
    # 轮训4场786人次、培训5场337人次: 人次 beside 轮训's 4场 is 786, not 337
    a = ask("政法干警政治轮训场次和人次各是多少？")
    assert a.answered and values(a) == [4, 786], a.answer
    b = ask("铁西区应急队伍的支数和总人数分别是多少？")
    assert b.answered and [f.value for f in b.facts] == [73, 1250], b.answer
    c = ask("铁西区应急队伍总人数和支数分别是多少？")
    assert c.answered and [f.value for f in c.facts] == [1250, 73], c.answer


@pytest.mark.parametrize("q", ["排查出来的76个问题里，涉企执法问题占了多少个？",
                               "143件次信访事项中，通过带案下访处理的有多少件？"])
def test_a_figure_the_asker_gives_is_not_the_answer_to_a_part_of_it(q):
    a = ask(q)
    assert not a.answered and not a.facts and "已给出" in a.answer, a.answer


def test_a_place_held_written_in_english_is_that_place_and_another_is_declined():
    a = ask("How many “法律明白人” were cultivated in Tiexi's villages in 2025?")
    assert a.answered and values(a) == [137], a.answer
    b = ask("How many “法律明白人” were cultivated in Tiedong District in 2025?")   # no report of 铁东区
    assert not b.answered and not b.facts and "tiedong" in b.answer, b.answer


def test_a_name_asked_in_short_keeps_its_action_word_a_name():
    # 行政检查备案系统 for 行政检查智能备案管理系统: 检查 names the system, it is not asked
    a = ask("鐵西區行政檢查備案系統的正常覈驗率是多少？")
    assert a.answered and values(a) == [91.23], a.answer
    b = ask("行政检查多少次")         # …while alone it asks 检查, which no figure counts
    assert not b.answered, b.answer


def test_a_scene_closing_its_own_clause_with_li_and_the_share_left_of_a_stated_share():
    a = ask("鐵西區在安全生產整治裏，對幾家違規單位下了行政處罰？")   # 整治 is the scene, not the action
    assert a.answered and values(a) == [4], a.answer
    b = ask("进驻到政务服务中心里的事项有多少项？")                  # 里 inside a modifier: no scene
    assert b.answered and values(b) == [697], b.answer
    # the share not in 全科受理: 100 − the stated 66.71% (of another whole than 721), not (721−465)/721
    c = ask("铁西区的政务服务事项中，不属于无差别全科受理的占比是多少？")
    assert c.answered and c.facts[0].computed and round(c.facts[0].value, 2) == 33.29, c.answer


@pytest.mark.parametrize("q,expected", [
    ("重大行政决策征求意见的时间不能少于多少天？", [30]),               # 不能少于: a lower bound asked
    ("For 重大行政决策, the minimum 合法性审查 period is how many 工作日?", [7]),
    ("How many 调解员 (full-time and part-time) does 铁西区 have?", [333]),
    ("有几位区级领导下去接访了？", [16]),                                # 下去: a directional complement
])
def test_bounds_and_genre_words_however_worded(q, expected):
    a = ask(q)
    assert a.answered and values(a) == expected, a.answer


@pytest.mark.parametrize("q", ["区法院受理法律援助案件多少件", "法院法律援助案件多少件", "区信访局政务服务事项多少项"])
def test_a_department_named_before_a_figures_words_is_not_taken_as_its_qualifier(q):
    a = ask(q)
    assert not a.answered and not a.facts, a.answer


def test_how_many_more_a_than_b_in_english_is_a_difference():
    a = ask("How many more 法院派驻调解室 纠纷 than 公安派驻调解室?")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 49 - 36, a.answer


def test_which_thing_that_is_no_body_is_described_not_declined_as_who():
    a = ask("执法全流程智能备案依托的是哪个系统？")      # 是哪 reads "who"; 系统 is no body
    assert a.answered and "行政检查智能备案管理系统" in a.answer, a.answer


@pytest.mark.parametrize("q,said", [
    ("党政机关法律顾问要对哪几类事情严格开展合法性审查？", "重要合同"),   # 哪几类 asks which (no unit 类); 事情 names nothing
    ("在财会监督方面，区里完成了哪类机构的备案审核？", "代理记账机构"),  # 哪类 is the which-word, no word to find
])
def test_which_kinds_of_things_are_described(q, said):
    a = ask(q)
    assert a.answered and said in a.answer and not a.facts, a.answer


@pytest.mark.parametrize("q,why", [
    ("需要化解的重点信访事项总数", "需要化解"),        # what needs doing is not the count done
    ("全年信访总量是多少件", "总量"),                   # the whole, not the part 化解
])
def test_a_need_or_a_whole_is_not_answered_by_the_count_done(q, why):
    a = ask(q)
    assert not a.answered and not a.facts and why in a.answer, a.answer


def test_a_whole_is_answered_by_what_came_in():
    a = ask("行政复议申请总数是多少")
    assert a.answered and values(a) == [32], a.answer


def test_a_need_word_that_is_no_need_of_an_action_asks_nothing():
    a = ask("因为工作需要，想问区司法局收到行政复议申请多少件")
    assert a.answered and values(a) == [32], a.answer


def test_a_difference_the_other_way_round_is_declined_never_negative():
    a = ask("政法干警政治轮训场次比执法人员培训场次多多少")      # 4 场 against 5 场
    assert not a.answered and not a.facts and "少于" in a.answer, a.answer
    b = ask("执法人员培训场次比政法干警政治轮训场次多多少")
    assert b.answered and b.facts[0].value == 1


def test_each_side_of_a_difference_asks_the_unit_it_ends_in():
    a = ask("政法干警政治轮训人次比执法人员培训人次多多少")
    assert a.answered and a.facts[0].computed and a.facts[0].value == 786 - 337 and a.facts[0].unit == "人次"


def test_a_keyword_question_ending_in_several_units_asks_each():
    a = ask("执法人员培训 场次 人次")
    assert a.answered and values(a) == [5, 337], a.answer


def test_several_units_asked_and_one_not_found_is_declined_not_answered_in_part():
    a = ask("执法人员培训 场次 人次 天数")      # no 天 stated: not 5场 and 337人次 alone
    assert not a.answered and not a.facts, a.answer


def test_parts_may_follow_the_count_word():
    a = ask("铁西区分别办理了多少件人大代表建议和政协提案")
    assert a.answered and values(a) == [29, 40], a.answer
    assert "更多" not in a.answer       # 多少 compares nothing


@pytest.mark.parametrize("q", ["人大建议 政协提案 合计 件数", "铁西区 人大建议 政协提案 合计"])
def test_a_keyword_sum_names_its_things_apart_by_spaces(q):
    a = ask(q)
    assert a.answered and a.facts[0].computed and a.facts[0].value == 69, a.answer


def test_a_rate_of_both_things_is_no_count_of_both():
    a = ask("人大代表建议和政协提案合计")       # 建议和提案办复率100% names both: not the sum asked
    assert a.answered and a.facts[0].computed and a.facts[0].value == 69, a.answer


@pytest.mark.parametrize("q", [
    "受到行政处罚的违法违规单位有多少家",                 # a passive marker asks no action of its own
    "安全生产整治中有几家违法违规单位挨了行政处罚",       # 中有: the scene closes at 中
])
def test_what_was_done_to_the_thing_counted_is_the_action_named(q):
    a = ask(q)
    assert a.answered and values(a) == [4], a.answer


@pytest.mark.parametrize("q,body", [
    ("区住建局排查整改的隐患有多少处", "住建局"),       # a department the report does not speak for
    ("区卫健委办理的政协提案数量是多少", "卫健委"),
])
def test_a_standard_department_is_read_and_its_figure_not_taken_from_others(q, body):
    a = ask(q)
    assert not a.answered and not a.facts and body in a.answer, a.answer


def test_a_thing_asked_is_quoted_from_a_sentence_with_no_figure():
    a = ask("审计监督重点聚焦哪些方面")          # 聚焦预算执行、重大投资及民生项目实施审计: no figure in it
    assert a.answered and "预算执行" in a.answer and "重大投资" in a.answer, a.answer


def test_which_few_asks_which_not_how_many():
    # 哪几个 asks which ones: the report gives only their count (11家执法部门…完成注册), never the
    # count as the answer nor its sentence as a list of them
    a = ask("有哪几个部门完成注册")
    assert not a.answered and not a.facts, a.answer


def test_an_action_as_written_that_the_report_says_elsewhere_is_not_quoted_from_its_usual_word():
    # 整治 (read as 整改) stands in another sentence than the one with 整改销号: never that one
    a = ask("铁西区重点整治的是哪几类执法问题")
    assert "整改销号" not in a.answer, a.answer


@pytest.mark.parametrize("q", [
    "铁西区12月份累计备案多少次",             # a month: the report's figures are the year's
    "铁西区上半年收到多少件行政复议申请",
    "How many filings were made on the smart filing system in December 2025?",
])
def test_a_part_of_the_year_is_not_answered_by_the_years_figure(q):
    a = ask(q)
    assert not a.answered and not a.facts, a.answer


def test_the_years_end_asks_the_years_figure():
    a = ask("截至2025年12月底累计备案多少次")
    assert a.answered and values(a) == [604], a.answer


def test_a_whole_asked_is_not_one_actors_share():
    a = ask("铁西 2025 调解 化解纠纷 总件数")        # 调解 is in both 派驻调解室: not the 公安's 36 and 法院's 49
    assert a.answered and values(a) == [85], a.answer
    b = ask("公安派驻调解室化解纠纷总数")             # the actor named: its own
    assert b.answered and values(b) == [36], b.answer


def test_a_level_beside_the_place_held_says_whose_a_thing_is():
    a = ask("省里那个行政检查智能备案管理系统，铁西区的正常核验率是多少")
    assert a.answered and values(a) == [91.23], a.answer
    for q in ("省里收到多少件行政复议申请", "吉林省收到多少件行政复议申请", "铁西区全市收到多少件行政复议申请",
              "铁西区有多少家市级执法部门完成注册"):       # 市级 a grade the figure must have, not dropped
        b = ask(q)
        assert not b.answered and not b.facts, (q, b.answer)


def test_a_unit_named_as_the_noun_asked_is_the_measure():
    a = ask("政法干警政治轮训的参训人次是多少")        # 参训 is 培训 taken part in; 人次 the measure
    assert a.answered and values(a) == [786], a.answer


def test_each_part_asks_in_its_own_unit_and_one_figure_never_answers_two():
    a = ask("执法人员培训的场次和参训人次分别是多少")
    assert a.answered and values(a) == [5, 337], a.answer


def test_a_keyword_question_naming_several_measures_asks_each():
    a = ask("办事事项 总数 进驻数 进驻率")              # three numbers asked apart: never the rate alone
    assert not a.answered or len(a.facts) == 3, a.answer


def test_a_count_word_before_a_word_is_no_unit_of_it():
    a = ask("How many NPC deputies' suggestions and CPPCC proposals did Tiexi District handle, respectively?")
    assert a.answered and values(a) == [29, 40], a.answer     # 多少人大代表建议 asks no 人


@pytest.mark.parametrize("q", [
    "司法建议和检察建议还有几件没回复",             # 回复率100%: none left, computed
    "区长信箱来信还有几条没回复办结",               # the whole phrase negated, the rate right after the count
    "上级转交的信访事项中未及时受理的有几件",
])
def test_a_rate_of_all_says_none_is_left(q):
    a = ask(q)
    assert a.answered and a.facts[0].computed and a.facts[0].value == 0, a.answer


def test_a_rate_short_of_all_leaves_a_remainder_no_one_states():
    a = ask("上级转交的信访事项还有几件没有一次性化解")      # 一次性化解率96.7%: how many is not stated
    assert not a.answered and not a.facts, a.answer


@pytest.mark.parametrize("q,gold", [
    ("法律七进 场次 法律明白人 人数", [124, 137]),                 # a bare measure: the words before it
    ("智能备案系统 注册 执法部门数 执法人员数", [11, 138]),         # a measure with its noun: the words shared
    ("信访 及时受理率 按期答复率 一次性化解率", [100, 100, 96.7]),
])
def test_a_keyword_question_naming_measures_apart_gets_one_figure_each(q, gold):
    a = ask(q)
    assert a.answered and values(a) == gold, a.answer


def test_a_list_of_examples_names_the_kind_after_it_and_no_place():
    # 进社区 is no district, and 进机关、进乡村、进社区这类 are examples of the 七进 asked, not parts to add
    a = ask("法律进机关、进乡村、进社区这类七进活动，一共办了多少场")
    assert a.answered and values(a) == [124], a.answer
    b = ask("学习研讨、法治讲座、旁听庭审这些活动一共搞了几次")     # these listed: parts, never one figure
    assert not b.answered, b.answer
    # …这类活动: the kind after the list is a word any count is of, and the examples say what is asked
    # (no figure of some other 活动 in the unit asked)
    for q in ("法律进企业、进乡村、进学校这类活动，去年办了多少场？", "宣传进家庭、进单位、进网络这类活动，去年搞了多少场？"):
        assert not ask(q).answered, ask(q).answer


def test_a_kind_of_place_inside_a_region_is_no_region():
    a = ask("往街道社区这些基层放下去的政务服务事项有多少项")
    assert "没有街道社区的数据" not in a.answer, a.answer


@pytest.mark.parametrize("q", [
    "安全领域专项整治期间，有几家违法违规单位受到行政处罚",     # two scene phrases, one after the other
    "区里搞安全生产专项整治的时候，对几家违法违规单位实施了行政处罚",   # …的时候 sets the scene
])
def test_every_scene_phrase_sets_the_scene(q):
    a = ask(q)
    assert a.answered and values(a) == [4], a.answer


def test_an_english_verb_of_several_actions_is_any_of_them_the_figure_names():
    a = ask("How many 涉企行政执法监督联络点 were set up in 铁西区?")      # 设立
    b = ask("How many 应急队伍 did 铁西区 set up?")                        # 组建
    assert a.answered and values(a) == [5] and b.answered and values(b) == [73], (a.answer, b.answer)
    c = ask("How many 法律援助 cases were set up?")                       # 受理 is none of them
    assert not c.answered and not c.facts, c.answer


@pytest.mark.parametrize("q,chinese", [
    ("What share was NOT resolved in one go?", "一次性"),
    ("petitions referred from above", "上级转交"),
    ("the normal verification rate", "正常"),
    ("the 澄岚 eco-environment 厅", "生态环境"),
])
def test_english_words_of_the_genre_added_are_read(q, chinese):
    assert chinese in normalise_text(q)


def test_a_sum_asked_as_what_is_never_a_quoted_sentence():
    """…counts — what's the total?: a number computed is asked (合计), never the sentence quoted."""
    a = ask("Add up the 学习研讨, 法治讲座 and 旁听庭审 counts — what's the total?")
    assert not a.answered or a.facts[0].computed, a.answer


def test_an_action_asked_as_the_verb_is_not_one_inside_the_figures_object():
    """办结上级交办执法监督任务N件: how many the upper level handed down (交办了几件) is not stated — the
    figure counts those closed; asked of the closed (交办的…办结了几件), it answers."""
    a = ask("上级一共交办了几件执法监督任务？")
    assert not a.answered and not a.facts, a.answer
    assert ask("上级交办的执法监督任务办结了几件？").answered


@pytest.mark.parametrize("q, gold", [
    # what was heard, then a clause asking with no thing of its own: a check of what was heard
    ("听人说区里政府开放日去年搞了三十二场，真的假的？到底办了几场？", [23]),
    # a rough count the asker guesses (两百多名) is no word to find
    ("參加網上培訓的執法人員有兩百多名吧？具體多少名？", [257]),
])
def test_a_figure_the_asker_guesses_is_checked_not_searched(q, gold):
    a = ask(q)
    assert values(a) == gold, a.answer


def test_a_part_of_the_report_named_by_its_place():
    """报告第三部分: the part numbered 三、 (its notation read as 第三部分); another part does not hold it."""
    assert values(ask("報告第三部分，政法幹警輪訓一共多少人次？")) == [786]
    a = ask("报告第二部分，政法干警轮训一共多少人次？")
    assert not a.answered and not a.facts, a.answer


def test_which_items_asked_in_a_counter_is_still_a_list():
    """不足具体有哪几条: 条 counts the items asked for, it asks no number (a rate asked would)."""
    a = ask("报告里讲的不足具体有哪几条？")
    assert a.answered and "基层法治机构" in a.answer, a.answer


def test_an_action_inside_a_bodys_name_is_not_what_the_body_did():
    # 公安派驻调解室化解纠纷N件: the room did 化解; the 调解 of its name answers no 调解 asked
    a = ask("一年调解了多少件纠纷")
    assert not a.answered and not a.facts, a.answer
    a = ask("人民调解这块，一年帮老百姓调解好了多少件纠纷呀？")
    assert not a.answered and 36 not in values(a), a.answer
    # …while the rooms named by it keep their figures
    assert sorted(values(ask("公安、法院派驻调解室分别化解纠纷多少件"))) == [36, 49]
