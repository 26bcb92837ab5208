"""The SPARQL templates of question answering, each prepared once.

User text never enters these strings: the engine binds RDF terms to their
variables (Oxigraph substitutions, SEP-0007).  Only the vocabulary namespace,
fixed by configuration, is filled in when the templates are made.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIXES = """PREFIX fz: <{fz}>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

_REPORTS = """SELECT ?report ?region ?regionLabel ?city ?year ?level ?publisher ?title
       (GROUP_CONCAT(DISTINCT ?publisherAlt; separator="|") AS ?publisherAlts) WHERE {
  ?report a fz:Report ; dcterms:spatial ?region ; fz:year ?year .
  ?region skos:prefLabel ?regionLabel .
  OPTIONAL { ?region fz:within/skos:prefLabel ?city }
  OPTIONAL { ?report fz:level ?level }
  OPTIONAL { ?report dcterms:title ?title }
  OPTIONAL { ?report dcterms:publisher ?org . ?org skos:prefLabel ?publisher .
             OPTIONAL { ?org skos:altLabel ?publisherAlt } }
} GROUP BY ?report ?region ?regionLabel ?city ?year ?level ?publisher ?title
ORDER BY DESC(?year) ?regionLabel ?report"""

_CATALOGUE = """SELECT ?region ?year ?report ?obs ?value ?unit ?indicator ?label ?kind ?qualifier ?actor ?actorLabel ?clause
       ?sentence ?start ?sectionLabel ?doc ?para ?scope ?stage (GROUP_CONCAT(DISTINCT ?role; separator="|") AS ?roles)
       (GROUP_CONCAT(DISTINCT ?upLabel; separator="|") AS ?upLabels)
       (GROUP_CONCAT(DISTINCT ?note; separator="|") AS ?notes) WHERE {
  ?obs a qb:Observation ; fz:region ?region ; fz:year ?year ; fz:value ?value ; fz:unit ?unit ;
       fz:indicator ?indicator ; fz:kind ?kind ; fz:clause ?clause ; fz:start ?start ;
       dcterms:source ?report ; prov:wasDerivedFrom ?s .
  ?s rdf:value ?sentence .
  ?indicator skos:prefLabel ?label .
  OPTIONAL { ?obs fz:section/skos:prefLabel ?sectionLabel }
  OPTIONAL { { ?obs fz:section/skos:broader* ?top . ?top fz:role ?role } UNION { ?obs fz:role ?role } }
  OPTIONAL { ?obs fz:section/skos:broader+/skos:prefLabel ?upLabel }
  OPTIONAL { ?obs fz:section/skos:broader* ?within . ?within skos:notation ?note }
  OPTIONAL { ?s fz:paragraph ?para ; dcterms:isPartOf ?doc }
  OPTIONAL { ?obs fz:qualifier ?q . BIND(STRAFTER(STR(?q), STR(fz:)) AS ?qualifier) }
  OPTIONAL { ?obs fz:actor ?actor . ?actor skos:prefLabel ?actorLabel }
  OPTIONAL { ?obs fz:scope ?scope }
  OPTIONAL { ?obs fz:stage ?stage }
} GROUP BY ?region ?year ?report ?obs ?value ?unit ?indicator ?label ?kind ?qualifier ?actor ?actorLabel ?clause
  ?sentence ?start ?sectionLabel ?doc ?para ?scope ?stage
ORDER BY ?start"""

# aliases of indicators and organisations: shared by all reports, so asked once for all
_ALTS = """SELECT ?x ?alt WHERE { ?x skos:altLabel ?alt }"""

# the first sentence of each paragraph, joined to the catalogue by (document, paragraph):
# asked apart, since in one query the paragraph numbers, shared by every report, join
# across the whole corpus before the document narrows them
_LEADS = """SELECT ?doc ?para ?leadText WHERE {
  ?lead fz:leadsParagraph true ; fz:paragraph ?para ; dcterms:isPartOf ?doc ; rdf:value ?leadText .
}"""

# every sentence of one report (asked of its own graph), with its section: what a question for a
# thing, not a number, may be answered by quoting (sentences without a figure or entity included)
_SENTENCES = """SELECT ?sentence ?section ?plans WHERE {
  ?s a fz:Sentence ; rdf:value ?sentence .
  OPTIONAL { ?s fz:section/skos:prefLabel ?section }
  BIND(EXISTS { ?s fz:section/skos:broader* ?up . ?up fz:role "plans" } AS ?plans)
}"""

# one report's figures of another year than its own (上年为M), asked of its own graph with that year
_PRIORS = """SELECT ?year ?obs ?value ?unit ?label ?sentence WHERE {
  ?obs a qb:Observation ; fz:year ?year ; fz:value ?value ; fz:unit ?unit ;
       fz:indicator/skos:prefLabel ?label ; prov:wasDerivedFrom/rdf:value ?sentence .
}"""

_FACT = """SELECT ?obs ?value ?unit ?indicator ?actor ?region ?year ?source ?qualifier ?section ?scope WHERE {
  ?obs fz:value ?value ; fz:unit ?unit ; fz:year ?year ;
       fz:indicator/skos:prefLabel ?indicator ;
       fz:region/skos:prefLabel ?region ;
       prov:wasDerivedFrom/rdf:value ?source .
  OPTIONAL { ?obs fz:actor/skos:prefLabel ?actor }
  OPTIONAL { ?obs fz:qualifier ?q . BIND(STRAFTER(STR(?q), STR(fz:)) AS ?qualifier) }
  OPTIONAL { ?obs fz:section/skos:prefLabel ?section }
  OPTIONAL { ?obs fz:scope ?scope }
}"""

SHOWN_PLACES = 2    # a computed share or average is given to two decimals unless the asker asks otherwise

_ARITHMETIC = """SELECT ?a ?b ?va ?vb ?result ?exact WHERE {{
  ?a fz:value ?va . ?b fz:value ?vb .
  BIND({exact} AS ?exact)
  BIND({result} AS ?result)
}}"""


def _arithmetic(exact: str, places: int | None = None) -> str:
    """A computation on two figures: ``?result`` given to ``places`` decimals (a share, an average,
    for reading), ``?exact`` not rounded, so that a rounding the asker asks for (保留一位小数)
    starts from the true value, never from the two-place one (2.449… → 2.4, not 2.45 → 2.5)."""
    result = exact if places is None else f"ROUND({10 ** places} * ({exact})) / {10 ** places}"
    return _ARITHMETIC.format(exact=exact, result=result)

_ENTITIES = """SELECT DISTINCT ?region ?year ?report ?item ?class ?label ?components ?context ?section ?sentence ?order ?para WHERE {
  ?item fz:region ?region ; fz:year ?year ; dcterms:source ?report ; skos:prefLabel ?label ; a ?class ;
        prov:wasDerivedFrom ?s . ?s rdf:value ?sentence ; dcterms:isPartOf ?report .
  FILTER(?class != fz:Section && ?class != skos:Concept)
  OPTIONAL { ?item fz:components ?components }
  OPTIONAL { ?item fz:context ?context }
  OPTIONAL { ?item fz:section/skos:prefLabel ?section }
  OPTIONAL { ?item fz:order ?order }
  OPTIONAL { ?s fz:paragraph ?para }
} ORDER BY ?order ?label"""

_COUNT = """SELECT ?region ?year ?report ?class (COUNT(DISTINCT ?item) AS ?n) WHERE {
  ?item a ?class ; fz:region ?region ; fz:year ?year ; dcterms:source ?report .
} GROUP BY ?region ?year ?report ?class"""


@dataclass(frozen=True)
class Templates:
    reports: str
    catalogue: str
    leads: str
    alts: str
    fact: str
    sum: str
    difference: str
    ratio: str
    entities: str
    count: str
    complement: str = ""       # 100 − a stated rate (没进驻的占百分之几, from 进驻率)
    remainder_share: str = ""  # (whole − part) / whole, in percent
    mean: str = ""             # one figure over another (场均: 人次 over 场), to two places
    sentences: str = ""        # one report's sentences, their sections and whether they stand in its plans (describe)
    priors: str = ""           # one report's figures of the year before its own (changes from them)


def make_templates(fz_namespace: str) -> Templates:
    head = PREFIXES.format(fz=fz_namespace)
    return Templates(
        reports=head + _REPORTS,
        catalogue=head + _CATALOGUE,
        leads=head + _LEADS,
        alts=head + _ALTS,
        fact=head + _FACT,
        sum=head + _arithmetic("?va + ?vb"),
        difference=head + _arithmetic("?va - ?vb"),
        ratio=head + _arithmetic("100 * ?va / ?vb", SHOWN_PLACES),
        entities=head + _ENTITIES,
        count=head + _COUNT,
        complement=head + _arithmetic("100 - ?va"),
        remainder_share=head + _arithmetic("100 * (?vb - ?va) / ?vb", SHOWN_PLACES),
        mean=head + _arithmetic("?va / ?vb", SHOWN_PLACES),
        sentences=head + _SENTENCES,
        priors=head + _PRIORS,
    )


def with_values(query: str, rows: list[dict]) -> str:
    """The query as an analyst can re-run it: bound terms shown in a VALUES block.

    Terms are written by rdflib's ``n3()``, which escapes them; this text is for
    display and is never what the engine executes.
    """
    if not rows:
        return query
    names = list(rows[0])
    values = " ".join("(" + " ".join(row[n].n3() for n in names) + ")" for row in rows)
    head, _, body = query.partition("WHERE {")
    return f"{head}WHERE {{\n  VALUES ({' '.join('?' + n for n in names)}) {{ {values} }}{body}"
