from rdflib import Dataset, Graph, Literal
from rdflib.namespace import PROV, RDF

from kg.namespaces import QB, Iris
from kg.validate import validate


def test_built_graph_conforms(dataset):
    conforms, text = validate(dataset)
    assert conforms, text


def test_shapes_catch_an_observation_without_source(dataset, config):
    iris = Iris(config.base_iri)
    broken = Dataset()
    for q in dataset.quads((None, None, None, None)):
        broken.add(q)
    g = broken.graph(iris.graph("tiexi-2025"))
    obs = next(g.subjects(RDF.type, QB.Observation))
    g.remove((obs, PROV.wasDerivedFrom, None))
    g.add((obs, iris.FZ.value, Literal("many")))
    conforms, text = validate(broken, config.base_iri)
    assert not conforms
    assert "wasDerivedFrom" in text


def _graphs(config, report):
    from kg.graph import report_graph, vocabulary
    from kg.lexicon import load_lexicon
    iris = Iris(config.base_iri)
    return report_graph(report, load_lexicon(config.lexicon_dirs), iris) + vocabulary(iris), iris


def _both(graph, config):
    """(pyshacl conforms, the SPARQL checks find nothing) for one report's graph."""
    from kg.shapes_sparql import compile_shapes, violations
    from kg.store import GraphStore
    from kg.validate import shapes_graph, validate_graph
    ds = Dataset()
    g = ds.graph(Iris(config.base_iri).graph("x"))
    for t in graph:
        g.add(t)
    checks = compile_shapes(shapes_graph(config.base_iri))
    assert checks, "the project's shapes compile to SPARQL"
    return validate_graph(graph, shapes_graph(config.base_iri))[0], not violations(GraphStore.from_dataset(ds), checks)


def _mutations(iris, g):
    from rdflib import URIRef
    from rdflib.namespace import SKOS
    FZ = iris.FZ
    obs = min(g.subjects(RDF.type, QB.Observation))
    sentence = next(g.objects(obs, PROV.wasDerivedFrom))
    org = min(g.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Organization")))
    return {
        "no source": ([(obs, PROV.wasDerivedFrom, sentence)], []),
        "two units": ([], [(obs, FZ.unit, Literal("件件"))]),
        "value a word": ([(obs, FZ.value, None)], [(obs, FZ.value, Literal("many"))]),
        "kind unknown": ([(obs, FZ.kind, None)], [(obs, FZ.kind, Literal("other"))]),
        "empty unit": ([(obs, FZ.unit, None)], [(obs, FZ.unit, Literal(""))]),
        "indicator a sentence": ([(obs, FZ.indicator, None)], [(obs, FZ.indicator, sentence)]),
        "sentence without language": ([(sentence, RDF.value, None)], [(sentence, RDF.value, Literal("句"))]),
        "year a string": ([(obs, FZ.year, None)], [(obs, FZ.year, Literal("2025"))]),
        "organisation unnamed": ([(org, SKOS.prefLabel, None)], []),
    }


def test_sparql_checks_agree_with_pyshacl(config, tiexi, baihua):
    for report in (tiexi, baihua):
        g, iris = _graphs(config, report)
        assert _both(g, config) == (True, True)
        for name, (remove, add) in _mutations(iris, g).items():
            broken = g + Graph()
            for t in remove:
                broken.remove(t)
            for t in add:
                broken.add(t)
            assert _both(broken, config) == (False, False), name


def test_a_figure_of_another_year_and_of_part_of_the_place(config):
    """A table's 2023年 column in a 2024 report is stamped 2023; a 其中 part carries its scope;
    both still conform, and two scopes on one figure do not."""
    from pathlib import Path

    from kg.report import load_report
    report = load_report(Path(__file__).parent / "fixtures" / "layouts" / "tongwan-district-2024.json")
    g, iris = _graphs(config, report)
    FZ = iris.FZ
    years = {int(g.value(o, FZ.value).toPython()): g.value(o, FZ.year).toPython()
             for o in g.subjects(RDF.type, QB.Observation) if g.value(o, FZ.unit).toPython() == "件"}
    assert (years[98], years[135], years[1200]) == (2023, 2024, 2024)
    scoped = {str(g.value(o, FZ.scope)): g.value(o, FZ.value).toPython() for o in g.subjects(FZ.scope, None)}
    assert scoped == {"区本级": 612, "街道": 588}
    assert _both(g, config) == (True, True)
    obs = next(g.subjects(FZ.scope, None))
    g.add((obs, FZ.scope, Literal("另一部分", lang="zh")))
    assert _both(g, config) == (False, False)
