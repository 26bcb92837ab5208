"""Every number+unit mention of the report, found by this test's own scan,
is an observation that cites a sentence containing it."""

import re
from decimal import Decimal

from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from kg.namespaces import QB, Iris

UNITS = "个工作日|人次|场次|件次|万元|个|件|项|名|家|次|场|处|支|条|人|日|%"
ARABIC = re.compile(rf"(\d+(?:\.\d+)?)({UNITS})")
CHINESE = re.compile(r"(?<!第)([两三四五六七八九十]+)(次|场|件|项|个|名|家|支|处|条)")
CN = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def quoted(text, pos):
    return text.rfind("“", 0, pos) > text.rfind("”", 0, pos)


def scan(text):
    for m in ARABIC.finditer(text):
        if not quoted(text, m.start()):
            yield m.group(0), Decimal(m.group(1))
    for m in CHINESE.finditer(text):
        if not quoted(text, m.start()) and m.group(1) in CN:
            yield m.group(0), Decimal(CN[m.group(1)])


def test_every_numeric_mention_is_an_observation(dataset, tiexi, config):
    iris = Iris(config.base_iri)
    g = dataset.graph(iris.graph(tiexi.id))
    FZ = iris.FZ
    observed = []
    for obs in g.subjects(RDF.type, QB.Observation):
        sentence = g.value(obs, PROV.wasDerivedFrom)
        observed.append((Decimal(str(g.value(obs, FZ.value))), str(g.value(sentence, RDF.value))))
    mentions = list(scan(tiexi.text))
    assert len(mentions) >= 60
    missing = [m for m, v in mentions if not any(v == ov and m in s for ov, s in observed)]
    assert not missing, missing
    assert isinstance(g.value(URIRef(str(iris.observation(tiexi.id, 1))), FZ.value).toPython(), int)
