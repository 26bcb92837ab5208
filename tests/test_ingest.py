import json
import shutil

import pytest

from kg.cli import main
from kg.config import PROJECT_ROOT
from kg.ingest import IngestError, infer, ingest

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


@pytest.fixture
def data_dir(tmp_path):
    shutil.copytree(PROJECT_ROOT / "data" / "lexicon", tmp_path / "lexicon")
    return tmp_path


def test_infers_from_the_opening_lines():
    meta = infer((FIXTURES / "reports" / "baihua-2024.txt").read_text("utf-8"))
    assert meta["region"] == "白桦区" and meta["city"] == "青松市" and meta["year"] == 2024
    assert meta["publisher"] == "青松市白桦区人民政府" and "2024年度" in meta["title"]


def test_a_city_reporting_to_another_city_is_a_county_level_city_of_it():
    # 县级市: a 市 whose report is addressed to another 市's party committee and government is below it
    text = ("枫江市人民政府门户网站\n枫江市人民政府\n关于2024年度法治政府建设情况的报告\n"
            "中共桦原市委、桦原市人民政府：\n2024年，市政府坚持依法行政，全市辖五个镇。\n一、强化组织领导。全年学法6次。\n")
    meta = infer(text)
    assert (meta["region"], meta["city"], meta["level"]) == ("枫江市", "桦原市", "county"), meta
    # …a county names its city so; a city addressed by its own name, or by the province, stays a city
    assert infer(text.replace("枫江市", "枫江县"))["city"] == "桦原市"
    assert infer(text.replace("桦原市", "枫江市"))["level"] == "city"
    assert infer(text.replace("中共桦原市委、桦原市人民政府", "省人民政府"))["level"] == "city"
    # (a page's fields ending in a colon are no addressee)
    assert "city" not in infer(text.replace("中共桦原市委、桦原市人民政府：", "来源：桦原市人民政府　发布时间："))


def test_a_town_government_is_read_as_a_town():
    """镇人民政府 (places.tsv: 镇, 乡, 街道): level ``town``, the town its region."""
    meta = infer((FIXTURES / "qa" / "baiyang-town-2024.txt").read_text("utf-8"))
    assert (meta["publisher"], meta["region"], meta["level"], meta["year"]) == ("白杨镇人民政府", "白杨镇", "town", 2024)


def test_a_towns_metadata_naming_the_town_itself_keeps_its_county_above():
    """苇塘县桥头镇人民政府 with region 桥头镇: the town, in 苇塘县 (never 苇塘县桥头镇 in 桥头镇); region
    柏川县 for 白杨镇人民政府: the town, in that county."""
    from kg.report import load_report
    town = load_report(FIXTURES / "qa" / "qiaotou-town-2025.json")
    assert (town.region, town.city) == ("桥头镇", "苇塘县")
    town = load_report(FIXTURES / "qa" / "baiyang-town-2024.json")
    assert (town.region, town.city) == ("白杨镇", "柏川县")


def test_a_fuller_name_of_the_publisher_in_the_source_line_is_its_name():
    text = ("苇塘乡2024年度法治政府建设情况报告\n发布时间：2025-02-10　　信息来源：柘川县苇塘乡人民政府\n"
            "一、主要成效\n全年调处纠纷30件。\n")
    meta = infer(text)
    assert meta["publisher"] == "柘川县苇塘乡人民政府" and meta["region"] == "苇塘乡" and meta["level"] == "town"


@pytest.mark.parametrize("publisher, region", [
    ("石岙县住房和城乡建设局", "石岙县"),         # 住房和城乡 is a department's name, no place ending in 乡
    ("柘城市城市管理综合执法局", "柘城市"),       # 城市管理… is a department's name, no place 城市
    ("杉州市人民政府", "杉州市"),                 # 州 before 市 is part of the name, no place 杉州
])
def test_a_departments_own_name_is_no_place(publisher, region):
    meta = infer(f"{publisher}关于2024年度法治政府建设情况的报告\n一、主要成效\n全年办理案件30件。\n")
    assert (meta["publisher"], meta["region"]) == (publisher, region)


def test_a_portal_block_of_metadata_lines_before_the_title():
    """索引号/发文机构/发文字号/发布日期/有效性, each value on a line of its own: the title still found."""
    text = ("当前位置：首页 > 政务公开\n• 索引号：\n　　XX-2026-00001\n• 发文机构：\n　　樟溪市统计局\n• 发文字号：\n"
            "• 发布日期：\n　　2026年02月11日\n• 有效性：\n　　有效\n\n樟溪市统计局2025年度法治政府建设情况报告\n\n"
            "市人民政府：\n现将全年工作情况报告如下：\n一、主要成效\n全年检查企业30家。\n")
    meta = infer(text)
    assert (meta.get("year"), meta.get("publisher")) == (2025, "樟溪市统计局")


def test_ingest_then_build_each_report_in_its_own_graph(data_dir):
    for path in [PROJECT_ROOT / "data/reports/tiexi-2025.txt", FIXTURES / "reports/baihua-2024.txt",
                 FIXTURES / "layouts/songlin-2025.txt"]:
        assert main(["--data", str(data_dir), "ingest", str(path)]) == 0
    metas = [json.loads(p.read_text("utf-8")) for p in (data_dir / "reports").glob("*.json")]
    assert {m["region"] for m in metas} == {"铁西区", "白桦区", "松林县"}
    out = data_dir / "kg.nq"
    assert main(["--data", str(data_dir), "build", "--out", str(out)]) == 0
    graphs = {line.rsplit(" ", 2)[-2] for line in out.read_text("utf-8").splitlines()}
    assert len(graphs) == 4  # three reports and the vocabulary


def test_removing_a_report_is_removing_its_files(data_dir):
    meta = ingest(FIXTURES / "reports/baihua-2024.txt", data_dir)
    meta.unlink()
    meta.with_suffix(".txt").unlink()
    out = data_dir / "kg.nq"
    assert main(["--data", str(data_dir), "build", "--out", str(out)]) == 0
    assert "白桦区" not in out.read_text("utf-8")


def test_what_cannot_be_inferred_is_named(data_dir, tmp_path):
    bare = tmp_path / "bare.txt"
    bare.write_text("关于法治建设的报告\n正文。\n", encoding="utf-8")
    with pytest.raises(IngestError, match="region.*year.*publisher"):
        ingest(bare, data_dir)
    path = ingest(bare, data_dir, region="某区", year=2023, publisher="某区人民政府")
    assert json.loads(path.read_text("utf-8"))["year"] == 2023


def test_same_region_and_year_twice_is_refused(data_dir):
    ingest(FIXTURES / "reports/baihua-2024.txt", data_dir)
    with pytest.raises(IngestError, match="already"):
        ingest(FIXTURES / "reports/baihua-2024.txt", data_dir, report_id="other")


def test_two_reports_ingested_still_answer_both_question_sets(data_dir):
    """The Tiexi report and the fixture, ingested into one folder: both question sets score."""
    from scoring import accuracy

    from kg.build import build
    from kg.config import Config
    from kg.qa import engine_for
    from kg.store import GraphStore

    for path in [PROJECT_ROOT / "data/reports/tiexi-2025.txt", FIXTURES / "reports/baihua-2024.txt"]:
        assert main(["--data", str(data_dir), "ingest", str(path)]) == 0
    config = Config(data_dir=data_dir)
    engine = engine_for(GraphStore.from_dataset(build(config)), config)
    assert accuracy(engine.answer, FIXTURES / "dev_questions.jsonl") >= 0.95
    assert accuracy(engine.answer, FIXTURES / "baihua_2024_questions.jsonl") >= 0.90


def test_a_department_and_its_government_coexist(data_dir, tmp_path):
    """白桦区司法局's report and 白桦区人民政府's report for the same year are two reports."""
    government = tmp_path / "gov.txt"
    government.write_text("青松市白桦区人民政府\n关于2023年度法治政府建设情况的报告\n"
                          "2023年，区政府扎实推进法治政府建设。\n一、主要工作\n全年办理行政复议案件12件。\n",
                          encoding="utf-8")
    dept = ingest(FIXTURES / "layouts/baihua-sifa-2023.txt", data_dir)
    gov = ingest(government, data_dir)
    metas = [json.loads(p.read_text("utf-8")) for p in (dept, gov)]
    assert dept != gov and {(m["region"], m["year"]) for m in metas} == {("白桦区", 2023)}
    assert [m["level"] for m in metas] == ["department", "district"]
    out = data_dir / "kg.nq"
    assert main(["--data", str(data_dir), "build", "--out", str(out)]) == 0
    nq = out.read_text("utf-8")
    assert "青松市白桦区司法局" in nq and "行政复议案件" in nq


def test_a_true_duplicate_is_refused_and_nothing_is_overwritten(data_dir, tmp_path):
    first = ingest(FIXTURES / "layouts/qingsong-scj-2023.txt", data_dir)
    before = sorted(p.read_bytes() for p in (data_dir / "reports").iterdir())
    edited = tmp_path / "again.txt"
    edited.write_text((FIXTURES / "layouts/qingsong-scj-2023.txt").read_text("utf-8") + "补记。\n", "utf-8")
    with pytest.raises(IngestError, match="青松市市场监督管理局's 2023 report is already in .*" + first.name):
        ingest(edited, data_dir)
    with pytest.raises(IngestError, match="already"):
        ingest(edited, data_dir, report_id="other-id")
    assert sorted(p.read_bytes() for p in (data_dir / "reports").iterdir()) == before


def test_ingest_asks_only_for_what_it_could_not_read(data_dir, tmp_path):
    text = tmp_path / "r.txt"
    text.write_text("青松市白桦区人民政府\n关于法治政府建设情况的报告\n2022年，起步。2023年，推进。\n", "utf-8")
    asked = []
    path = ingest(text, data_dir, ask=lambda key, why: asked.append((key, why)) or "2023")
    assert [k for k, _ in asked] == ["year"] and "2022 and 2023" in asked[0][1]
    assert json.loads(path.read_text("utf-8"))["year"] == 2023


def test_ingest_shows_what_it_inferred(data_dir, capsys):
    assert main(["--data", str(data_dir), "ingest", str(FIXTURES / "layouts/songlin-county-2022.txt")]) == 0
    err = capsys.readouterr().err
    assert "publisher 中共松林县委 松林县人民政府  (inferred)" in err and "level     county  (inferred)" in err


def test_a_breadcrumb_is_never_the_title():
    text = ("首页 > 信息公开 > 行政执法数据年度公开\n樟溪县司法局2024年度法治政府建设暨行政执法工作年度报告\n"
            "来源：樟溪县司法局　　发布日期：2025-01-27\n一、主要成效\n全年办理案件30件。\n")
    assert infer(text)["title"] == "樟溪县司法局2024年度法治政府建设暨行政执法工作年度报告"


def test_a_metadata_tables_row_is_never_the_title():
    text = ("樟溪县人民政府门户网站\n| 索引号 | 1143/2026-00007 | 发布机构 | 樟溪县栎塘镇人民政府 |\n"
            "| 组配分类 | 法治政府建设年度报告 | 发布日期 | 2026-01-22 |\n\n樟溪县栎塘镇人民政府\n"
            "2025年度法治政府建设情况报告\n\n2025年，栎塘镇坚持依法行政。\n一、主要成效\n全年办理案件30件。\n")
    meta = infer(text)
    assert meta["title"] == "樟溪县栎塘镇人民政府2025年度法治政府建设情况报告", meta
    assert (meta["region"], meta["level"], meta["year"]) == ("栎塘镇", "town", 2025)


def test_a_department_named_with_committee_is_no_party_committee():
    # (委 alone ends a party's name, 樟溪县委; 国资委 or 发改委 is a department)
    meta = infer("樟溪市国资委2024年度法治政府建设情况报告\n\n2024年，我委坚持依法履职。\n一、主要成效\n全年审核合同30份。\n")
    assert (meta["publisher"], meta["region"], meta["level"]) == ("樟溪市国资委", "樟溪市", "department")


def test_a_vertically_managed_bureau_is_of_the_place_after_its_system():
    meta = infer("国家税务总局樟溪县税务局2024年度法治政府建设情况报告\n\n2024年，县局坚持依法治税。\n"
                 "一、主要成效\n全年办理复议案件3件。\n")
    assert (meta["region"], meta["level"], meta["year"]) == ("樟溪县", "department", 2024), meta


def test_a_heads_own_report_is_its_bodys():
    # 某县县长2025年度述法报告: the head writes by office; the publisher is the county's government
    meta = infer("桉杞县县长2025年度述法报告\n桉杞县人民政府县长关于2025年度履行推进法治建设第一责任人职责情况的报告\n"
                 "　　2025年，本人作为县政府主要负责人，认真履职。\n")
    assert (meta.get("publisher"), meta.get("region"), meta.get("level"), meta.get("year")) == \
        ("桉杞县人民政府", "桉杞县", "county", 2025), meta


def test_a_street_office_is_the_streets_own_government():
    meta = infer("乙区甲街道办事处2025年法治政府建设情况报告\n\n2025年，甲街道办事处……\n一、主要工作")
    assert (meta.get("publisher"), meta.get("region"), meta.get("level")) == ("乙区甲街道办事处", "甲街道", "town"), meta
    assert "_why" not in meta, meta


def test_a_periods_summary_filed_as_one_years_report_is_that_year():
    text = ("甲市乙区市场监督管理局2023—2025年法治政府建设工作总结\n\n"
            "2023年以来，区局……对三年工作进行了回顾，形成本总结，同时作为区局2025年度法治政府建设情况报告。\n一、主要工作")
    assert infer(text).get("year") == 2025
    # (a period named and no year it is filed as: asked, never guessed)
    assert "year" not in infer(text.replace("，同时作为区局2025年度法治政府建设情况报告", ""))


def test_a_zones_committee_is_the_zones_own_government():
    # 某经济开发区管理委员会: the zone's report (level development_zone); another 管理委员会 is a department
    meta = infer("丙经济开发区管理委员会关于2024年度法治建设工作情况的报告\n\n2024年，开发区管委会……\n一、主要工作")
    assert (meta.get("publisher"), meta.get("region"), meta.get("level")) == \
        ("丙经济开发区管理委员会", "丙经济开发区", "development_zone"), meta
    other = infer("丁市国有资产监督管理委员会2024年法治政府建设情况报告\n\n2024年，市国资委……\n一、主要工作")
    assert other.get("level") == "department", other
