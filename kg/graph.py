"""Extracted facts and entities → RDF, one named graph per report.

W3C vocabularies where they fit: RDF Data Cube for figures, ORG for
organisations, PROV-O for provenance, SKOS for indicators, sections and
aliases, DCTERMS for report metadata.  Our own terms live under ``<base>def/``.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef

# the row writer of rdflib's N-Triples serializer (pinned ~=7.6): the same bytes as Graph.serialize
from rdflib.plugins.serializers.nt import _nt_row

from kg.extract.entities import Entity, extract_entities
from kg.extract.facts import Fact, extract_facts
from kg.extract.text import parse_structure
from kg.lexicon import Lexicon, longest_first
from kg.namespaces import DCTERMS, ORG, PROV, QB, RDF, RDFS, SDMX_ATTR, SKOS, XSD, Iris
from kg.report import Report

ZH = "zh"

def _lit(text: str) -> Literal:
    return Literal(text, lang=ZH)


def _number(value: int | Decimal) -> Literal:
    if isinstance(value, Decimal):
        return Literal(value, datatype=XSD.decimal)
    return Literal(int(value), datatype=XSD.integer)


def vocabulary(iris: Iris) -> Graph:
    """Classes, properties and the Data Cube structure shared by all reports."""
    FZ = iris.FZ
    g = Graph()
    for cls, label, parent in [
        ("Report", "报告", PROV.Entity), ("Region", "行政区", DCTERMS.Location),
        ("Sentence", "句子", PROV.Entity), ("Section", "章节", SKOS.Concept),
        ("Indicator", "指标", SKOS.Concept), ("Mechanism", "机制", SKOS.Concept),
        ("System", "制度/体系", SKOS.Concept), ("Principle", "原则", SKOS.Concept),
        ("Process", "流程", SKOS.Concept), ("InformationSystem", "信息系统", SKOS.Concept),
        ("Document", "文件", PROV.Entity), ("Measure", "举措", SKOS.Concept),
        ("Problem", "问题", SKOS.Concept), ("Plan", "工作安排", SKOS.Concept),
    ]:
        g.add((FZ[cls], RDF.type, RDFS.Class))
        g.add((FZ[cls], RDFS.label, _lit(label)))
        g.add((FZ[cls], RDFS.subClassOf, parent))
    dsd = FZ["reportStructure"]
    g.add((dsd, RDF.type, QB.DataStructureDefinition))
    for i, (prop, kind, label) in enumerate([
        ("region", QB.DimensionProperty, "地区"), ("year", QB.DimensionProperty, "年度"),
        ("indicator", QB.DimensionProperty, "指标"), ("actor", QB.DimensionProperty, "主体"),
        ("value", QB.MeasureProperty, "数值"), ("unit", QB.AttributeProperty, "单位"),
        ("qualifier", QB.AttributeProperty, "限定"), ("stage", QB.AttributeProperty, "变化前后"),
        ("scope", QB.AttributeProperty, "范围"),
    ], start=1):
        g.add((FZ[prop], RDF.type, kind))
        g.add((FZ[prop], RDFS.label, _lit(label)))
        comp = URIRef(f"{dsd}/component/{prop}")
        g.add((dsd, QB.component, comp))
        g.add((comp, RDF.type, QB.ComponentSpecification))
        g.add((comp, QB.order, Literal(i)))
        key = {QB.DimensionProperty: QB.dimension, QB.MeasureProperty: QB.measure}.get(kind, QB.attribute)
        g.add((comp, key, FZ[prop]))
        if prop in ("actor", "qualifier", "unit", "stage", "scope"):
            g.add((comp, QB.componentRequired, Literal(prop == "unit")))
    g.add((FZ.unit, RDFS.subPropertyOf, SDMX_ATTR.unitMeasure))
    g.add((iris.indicator_scheme(), RDF.type, SKOS.ConceptScheme))
    g.add((iris.indicator_scheme(), SKOS.prefLabel, _lit("指标")))
    return g


class _ReportGraph:
    def __init__(self, report: Report, lexicon: Lexicon, iris: Iris, graph: Graph):
        self.r, self.lx, self.iris, self.g = report, lexicon, iris, graph
        self.FZ = iris.FZ
        self.rid = report.id
        self.region = iris.region(report.region, report.city)
        self.orgs: dict[str, URIRef] = {}

    def add(self, s, p, o):
        self.g.add((s, p, o))

    def stamp(self, node, year: int | None = None):
        """Region and year on every fact, so reports can share one store; ``year`` when the fact is
        of another year than the report's (a table's 2023年 column in a 2024 report)."""
        self.add(node, self.FZ.region, self.region)
        self.add(node, self.FZ.year, Literal(year or self.r.year, datatype=XSD.integer))
        self.add(node, DCTERMS.source, self.iris.report(self.rid))

    def metadata(self):
        r, FZ, rep = self.r, self.FZ, self.iris.report(self.rid)
        self.add(rep, RDF.type, FZ.Report)
        self.add(rep, RDF.type, DCTERMS.BibliographicResource)
        self.add(rep, DCTERMS.title, _lit(r.title))
        self.add(rep, DCTERMS.language, Literal(r.language))
        self.add(rep, DCTERMS.identifier, Literal(r.id))
        self.add(rep, DCTERMS.spatial, self.region)
        self.add(rep, DCTERMS.temporal, Literal(str(r.year), datatype=XSD.gYear))
        self.add(rep, FZ.year, Literal(r.year, datatype=XSD.integer))
        publisher = self.organization(r.publisher, None)
        self.add(rep, DCTERMS.publisher, publisher)
        self.add(rep, FZ.level, Literal(report_level(r)))
        # the everyday names a question may use for the publisher (市场监管局, 区司法局, 市政府办公室)
        for alias in publisher_names(r, self.lx):
            if alias != r.publisher:
                self.add(publisher, SKOS.altLabel, _lit(alias))
        self.add(self.region, RDF.type, FZ.Region)
        self.add(self.region, RDFS.label, _lit(r.region))
        self.add(self.region, SKOS.prefLabel, _lit(r.region))
        if r.city:
            city = self.iris.region(r.city)
            self.add(self.region, FZ.within, city)
            self.add(city, RDF.type, FZ.Region)
            self.add(city, RDFS.label, _lit(r.city))
            self.add(city, SKOS.prefLabel, _lit(r.city))
        ds = self.iris.dataset(self.rid)
        self.add(ds, RDF.type, QB.DataSet)
        self.add(ds, QB.structure, FZ.reportStructure)
        self.add(ds, RDFS.label, _lit(f"{r.label}法治政府建设指标"))
        self.add(ds, PROV.wasDerivedFrom, rep)

    def organization(self, name: str, sentence_iri: URIRef | None) -> URIRef:
        node = self.iris.organization(name, self.r.city, self.r.region)
        if name not in self.orgs:
            self.orgs[name] = node
            self.add(node, RDF.type, ORG.Organization)
            self.add(node, RDFS.label, _lit(name))
            self.add(node, SKOS.prefLabel, _lit(name))
            self.stamp(node)
            for alias in self.lx.department_aliases.get(name, []):
                self.add(node, SKOS.altLabel, _lit(alias))
            if name.startswith("区") and len(name) > 3:
                self.add(node, SKOS.altLabel, _lit(name[1:]))
        if sentence_iri is not None:
            self.add(node, PROV.wasDerivedFrom, sentence_iri)
        return node

    def structure(self):
        structure = parse_structure(self.r.text, self.lx)
        FZ, scheme = self.FZ, self.iris.sections(self.rid)
        self.add(scheme, RDF.type, SKOS.ConceptScheme)
        self.add(scheme, SKOS.prefLabel, _lit(f"{self.r.label}报告章节"))
        self.add(scheme, DCTERMS.source, self.iris.report(self.rid))
        for order, sec in enumerate(structure.sections):
            node = self.iris.section(self.rid, sec.id)
            self.add(node, RDF.type, FZ.Section)
            self.add(node, SKOS.inScheme, scheme)
            self.add(node, SKOS.prefLabel, _lit(sec.title))
            self.add(node, SKOS.notation, Literal(sec.notation or sec.id))
            self.add(node, FZ.role, Literal(sec.role))
            self.add(node, FZ.order, Literal(order))
            self.add(node, FZ.start, Literal(sec.start))
            self.add(node, FZ.end, Literal(sec.end))
            self.stamp(node)
            if sec.parent:
                self.add(node, SKOS.broader, self.iris.section(self.rid, sec.parent))
            else:
                self.add(scheme, SKOS.hasTopConcept, node)
        for s in structure.sentences:
            node = self.iris.sentence(self.rid, s.index)
            self.add(node, RDF.type, FZ.Sentence)
            self.add(node, RDF.value, _lit(s.text))
            self.add(node, FZ.start, Literal(s.start))
            self.add(node, FZ.end, Literal(s.end))
            self.add(node, FZ.section, self.iris.section(self.rid, s.section))
            self.add(node, FZ.paragraph, Literal(s.paragraph))
            if s.first_in_paragraph:
                self.add(node, FZ.leadsParagraph, Literal(True))
            self.add(node, DCTERMS.isPartOf, self.iris.report(self.rid))
        return structure

    def indicator(self, label: str, fact: Fact) -> URIRef:
        pref = self.lx.canonical_indicator(label)
        node = self.iris.indicator(pref)
        self.add(node, RDF.type, self.FZ.Indicator)
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.inScheme, self.iris.indicator_scheme())
        self.add(node, SKOS.prefLabel, _lit(pref))
        alts = set(self.lx.indicator_aliases.get(pref, []))
        if label != pref:
            alts.add(label)
        if fact.noun and fact.noun != pref and len(fact.noun) >= 2:
            alts.add(fact.noun)
        for alt in alts:
            self.add(node, SKOS.altLabel, _lit(alt))
        return node

    def facts(self, facts: list[Fact]):
        FZ = self.FZ
        for f in facts:
            node = self.iris.observation(self.rid, f.index)
            sent = self.iris.sentence(self.rid, f.sentence.index)
            self.add(node, RDF.type, QB.Observation)
            self.add(node, QB.dataSet, self.iris.dataset(self.rid))
            self.stamp(node, f.period or (self.r.year - 1 if f.prior else None))   # (上年为M: the year before)
            self.add(node, FZ.indicator, self.indicator(f.indicator, f))
            self.add(node, FZ.value, _number(f.value))
            self.add(node, FZ.unit, Literal(f.unit))
            self.add(node, FZ.kind, Literal(f.kind))
            self.add(node, RDFS.label, _lit(f"{f.indicator} {f.value}{f.unit}"))
            if f.actor:
                self.add(node, FZ.actor, self.organization(f.actor, sent))
            if f.qualifier:
                self.add(node, FZ.qualifier, FZ[f.qualifier])
            if f.target:  # a table's column of targets (目标值): the figure's role is the plans'
                self.add(node, FZ.role, Literal("plans"))
            if f.stage:   # 将N家开发区整合为N家: the count before / after the change
                self.add(node, FZ.stage, Literal(f.stage))
            if f.scope:   # 其中市本级收到N件: the part of the place the figure is of
                self.add(node, FZ.scope, _lit(f.scope))
            if f.rate_of:
                self.add(node, FZ.rateOf, self.iris.observation(self.rid, f.rate_of))
            self.add(node, FZ.section, self.iris.section(self.rid, f.sentence.section))
            self.add(node, PROV.wasDerivedFrom, sent)
            self.add(node, FZ.mention, Literal(f.mention))
            self.add(node, FZ.clause, _lit(f.clause))
            self.add(node, FZ.start, Literal(f.start))
            self.add(node, FZ.end, Literal(f.end))

    def entities(self, entities: list[Entity]):
        FZ = self.FZ
        for e in entities:
            sent = self.iris.sentence(self.rid, e.sentence.index)
            if e.kind == "Organization":
                node = self.organization(e.label, sent)
                self.add(node, FZ.context, _lit(e.context))
                continue
            node = self.iris.entity(self.rid, e.kind, e.order)
            self.add(node, RDF.type, FZ[e.kind])
            self.add(node, SKOS.prefLabel, _lit(e.label))
            self.add(node, RDFS.label, _lit(e.label))
            self.add(node, FZ.section, self.iris.section(self.rid, e.section))
            self.add(node, FZ.order, Literal(e.order))
            self.add(node, PROV.wasDerivedFrom, sent)
            self.stamp(node)
            if e.context:
                self.add(node, FZ.context, _lit(e.context))
            if e.components:
                self.add(node, FZ.components, _lit("、".join(e.components)))
                for part in e.components:
                    self.add(node, FZ.component, _lit(part))


LEVEL_OF_SUFFIX = (("省", "province"), ("自治区", "province"), ("市", "city"), ("州", "city"),
                   ("盟", "city"), ("县", "county"), ("旗", "county"), ("区", "district"),
                   ("镇", "town"), ("乡", "town"), ("街道", "town"), ("苏木", "town"))
LEVEL_CHAR = {"province": "省", "city": "市", "county": "县", "district": "区"}


def report_level(r: Report) -> str:
    """The metadata's level, or (older metadata) the region's by its ending: a government's report."""
    if r.level:
        return r.level
    return next((lv for suffix, lv in LEVEL_OF_SUFFIX if r.region.endswith(suffix)), "district")


def publisher_names(r: Report, lexicon: Lexicon) -> list[str]:
    """青松市市场监督管理局 → 市场监督管理局, 市市场监督管理局, 青松市市场监管局, 市场监管局 …:
    the publisher (each of a joint publisher's parts) with and without its place, at its level,
    and by the department aliases of ``departments.tsv`` whose core is the same office."""
    place_level = next((lv for suffix, lv in LEVEL_OF_SUFFIX if r.region.endswith(suffix)), "district")
    level_char = LEVEL_CHAR.get(place_level, "")
    places = [p for p in dict.fromkeys([r.city + r.region, r.region]) if p]
    by_core: dict[str, set[str]] = {}
    for name, alts in lexicon.department_aliases.items():
        # the list's names carry their level (区司法局); its aliases are the everyday, level-less ones
        cores = {name[1:] if len(name) > 2 and name[0] in LEVEL_CHAR.values() else name, *alts}
        for c in cores:
            by_core.setdefault(c, set()).update(cores)
    out: list[str] = []
    for part in r.publisher.split():
        core = part
        for p in places:
            if core.startswith(p):
                core = core[len(p):]
                break
        if not core or core == part and not any(part.startswith(x) for x in places):
            out.append(part)   # 中共松林县委: the Party committee of a joint report, by its own name
            continue
        # 某市人民政府国有资产监督管理委员会: the government's department, known by the department's core
        for gov in longest_first(e for e, kind in lexicon.publisher_kinds if kind == "government"):
            if core.startswith(gov) and core[len(gov):] in by_core:
                core = core[len(gov):]
                break
        for c in longest_first({core} | by_core.get(core, set())):
            if len(c) < 2:
                continue
            out += [part.removesuffix(core) + c, level_char + c, c]
            out += [p + c for p in places]
    return list(dict.fromkeys(x for x in out if x))


class Triples:
    """A report's triples as a plain set, for the build: what :func:`report_graph` adds and
    :func:`split_shared` splits, without an rdflib graph's indexes, which the build never
    queries (they were most of its extraction time); N-Triples by rdflib's own row writer,
    so Oxigraph reads the same terms as from ``Graph.serialize``."""

    def __init__(self, triples=()):
        self._t: dict = dict.fromkeys(triples)     # a dict keeps the order added: stable output

    def add(self, triple) -> None:
        self._t[triple] = None

    def __iter__(self):
        return iter(self._t)

    def __len__(self) -> int:
        return len(self._t)

    def graph(self) -> Graph:
        """As an rdflib graph (pyshacl's full report, when the compiled shapes are not enough)."""
        g = Graph()
        for t in self._t:
            g.add(t)
        return g

    def ntriples(self) -> bytes:
        return "".join(map(_nt_row, self._t)).encode("utf-8")


def report_graph(report: Report, lexicon: Lexicon, iris: Iris, graph: Graph | Triples | None = None) -> Graph:
    """The whole graph of one report (into ``graph``: a :class:`Triples` for the build)."""
    g = graph if graph is not None else Graph()
    rg = _ReportGraph(report, lexicon, iris, g)
    rg.metadata()
    structure = rg.structure()
    rg.facts(extract_facts(structure.sentences, lexicon, default_actor=report.default_actor,
                           sections=structure.sections))
    rg.entities(extract_entities(structure, lexicon))
    return g


def split_shared(graph: Graph | Triples, iris: Iris, rid: str) -> tuple[Triples, Triples]:
    """One report's graph → (its own facts, what it says of shared resources).

    A report's own resources are minted under its IRI (``…/id/report/<id>``);
    indicators, regions and organisations are minted from their names, so
    several reports state the same triples about them.  Those go to the one
    shared vocabulary graph: with every triple in exactly one graph, the union
    default graph is the RDF merge and a join through a concept counts once.
    A report's graph plus the vocabulary graph is all that report says.  The
    one triple that can repeat: an organisation's context (``fz:context``) when
    two reports of one region quote the very same sentence about it.
    """
    own_prefix = str(iris.report(rid))

    def is_own(term) -> bool:
        return isinstance(term, URIRef) and (str(term) == own_prefix or str(term).startswith(own_prefix + "/"))

    # what this report alone says of a shared resource stays with the report: the sentences
    # an organisation is mentioned in, and the context it is mentioned in
    own, shared = [], []
    context = iris.FZ.context
    for t in graph:
        (own if is_own(t[0]) or is_own(t[2]) or t[1] == context else shared).append(t)
    return Triples(own), Triples(shared)


def bind_prefixes(ds: Dataset, iris: Iris) -> None:
    for prefix, ns in [("qb", QB), ("org", ORG), ("prov", PROV), ("skos", SKOS),
                       ("dcterms", DCTERMS), ("fz", iris.FZ), ("xsd", XSD)]:
        ds.bind(prefix, ns)


def build_dataset(reports: list[Report], lexicon: Lexicon, iris: Iris) -> Dataset:
    """All reports, each in its own named graph, plus the shared vocabulary graph.

    Each triple is in exactly one graph (see :func:`split_shared`).
    """
    ds = Dataset()
    bind_prefixes(ds, iris)
    vocab = ds.graph(iris.vocab_graph())
    for t in vocabulary(iris):
        vocab.add(t)
    for report in reports:
        own, shared = split_shared(report_graph(report, lexicon, iris), iris, report.id)
        g = ds.graph(iris.graph(report.id))
        for t in own:
            g.add(t)
        for t in shared:
            vocab.add(t)
    return ds
