from rdflib import Dataset, Literal
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
