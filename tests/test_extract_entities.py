import pytest

from kg.extract.entities import extract_entities
from kg.extract.text import parse_structure


@pytest.fixture(scope="module")
def entities(tiexi, lexicon):
    return extract_entities(parse_structure(tiexi.text, lexicon), lexicon)


def labels(entities, kind):
    return [e.label for e in entities if e.kind == kind]


def test_organisations_named_and_created(entities):
    orgs = labels(entities, "Organization")
    for name in ["区司法局", "区法律援助中心", "区文物保护中心", "涉外法治协调小组"]:
        assert name in orgs
    created = [e for e in entities if e.kind == "Organization" and "增设" in e.context]
    assert {e.label for e in created} == {"区文物保护中心", "涉外法治协调小组"}


def test_quoted_mechanisms_keep_their_parts(entities):
    system = next(e for e in entities if "四位一体" in e.label)
    assert system.kind == "System" and system.components == ["中心户", "三长", "包保干部", "物业员工"]
    assert any(e.kind == "Principle" and e.components == ["合法", "合理", "必要", "可行"] for e in entities)
    assert "“街道吹哨、部门报到”制度" in labels(entities, "System")   # …制度基础: the name ends at 制度


def test_unquoted_systems(entities, baihua, lexicon):
    assert "法治政府建设工作体系" in labels(entities, "System")
    other = extract_entities(parse_structure(baihua.text, lexicon), lexicon)
    assert {"公平竞争审查制度", "市场准入负面清单制度"} <= set(labels(other, "System"))


def test_documents_problems_plans_measures(entities):
    assert labels(entities, "Document") == ["铁西区涉企行政执法检查监督回访工作方案"]
    assert len(labels(entities, "Problem")) == 3
    assert [p[-4:] for p in labels(entities, "Plan")] == ["发展蓝图", "行政活力", "公平正义", "法治能力"]
    assert "推进机构职能法定化" in labels(entities, "Measure")
    assert all(e.section for e in entities)


def test_a_problems_or_plans_part_without_points_states_its_items_as_sentences(lexicon):
    text = ("白桦区司法局关于2023年度法治政府建设情况的报告\n一、主要成效\n全年办理法律援助案件120件。\n"
            "二、存在的问题\n我们也清醒地看到，工作中还存在一些不足：\n部分执法人员业务能力不强。\n"
            "三、2024年工作打算\n持续深化行政复议体制改革。\n")
    found = extract_entities(parse_structure(text, lexicon), lexicon)
    assert labels(found, "Problem") == ["部分执法人员业务能力不强"]     # the lead-in ending with ： is none
    assert labels(found, "Plan") == ["持续深化行政复议体制改革"]
