import subprocess
import sys

from kg.build import build, canonical_nquads
from kg.cli import main


def test_build_is_byte_identical(config):
    assert canonical_nquads(build(config)) == canonical_nquads(build(config))


def test_cli_build_twice(tmp_path):
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    assert main(["build", "--store", str(tmp_path / "one"), "--out", str(a)]) == 0
    assert main(["build", "--store", str(tmp_path / "two"), "--out", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 10000


def test_each_report_in_its_own_named_graph(two_report_config):
    ds = build(two_report_config)
    names = {str(g.identifier) for g in ds.graphs()}
    assert any(n.endswith("graph/tiexi-2025") for n in names)
    assert any(n.endswith("graph/baihua-2024") for n in names)


def test_export_formats_parse():
    from rdflib import Dataset, Graph
    for fmt, parser in [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")]:
        out = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", fmt],
                             capture_output=True, text=True, check=True).stdout
        g = Dataset() if fmt == "trig" else Graph()
        g.parse(data=out, format=parser)
        assert len(g) > 1000 or sum(1 for _ in g.quads()) > 1000, fmt


def test_stats_counts_classes(capsys):
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "qb:Observation" in out and "org:Organization" in out


def test_a_governments_department_is_known_by_the_departments_names(lexicon):
    # (瑾沣市人民政府国有资产监督管理委员会: the 市政府's 国资委, asked as 瑾沣市国资委 or 市国资委)
    from kg.graph import publisher_names
    from kg.report import Report
    r = Report("x", "", "樟溪市人民政府国有资产监督管理委员会", "樟溪市", "", 2024, "", level="department")
    names = publisher_names(r, lexicon)
    assert {"樟溪市国资委", "市国资委", "国资委"} <= set(names), names
