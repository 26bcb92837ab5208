"""A remote SPARQL 1.1 endpoint as the store (``KGQA_STORE=http://host:port/sparql``).

Past one machine the service keeps no data: any engine speaking the SPARQL 1.1
Protocol stands behind it (Oxigraph server, Virtuoso), read-only.  Its default
graph must be the union of its named graphs — ``oxigraph serve
--union-default-graph``; Virtuoso's default — and since the build puts every
triple in exactly one graph, that union is the merge.

Values are bound as RDF terms in a ``VALUES`` block written in N-Triples
syntax by Oxigraph (which escapes them), never as text spliced into a query:
the protocol has no other way to pass bindings.  This is a protocol client,
not an HTTP service: :mod:`kg` still knows nothing of serving.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from functools import cached_property

import pyoxigraph as ox

from kg.store import GraphStore, StoreUnavailable, rows, to_ox

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# a CONSTRUCT or DESCRIBE after its prologue: its answer is a graph
_GRAPH_FORM = re.compile(r"^(?:\s+|#[^\n]*|(?:PREFIX\s+[^\s:]*:|BASE)\s*<[^>]*>)*(?:CONSTRUCT|DESCRIBE)\b",
                         re.IGNORECASE)
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


class QueryRejected(ValueError):
    """The endpoint refused the query (a client mistake): its message, for the client."""


class RemoteTimeout(StoreUnavailable):
    """The endpoint took longer than allowed (the service answers 503, as for a local time-out)."""


def _group_end(query: str, start: int) -> int:
    """Index of the ``}`` closing the group opened just before ``start`` (strings, IRIs and comments skipped)."""
    depth, i, n = 1, start, len(query)
    while i < n:
        c = query[i]
        if c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not query.startswith(quote, i):
                i += 2 if query[i] == "\\" else 1
            i += len(quote)
            continue
        if c == "<" and (iri := _IRI.match(query, i)):
            i = iri.end()     # an IRI may hold '#'
            continue
        if c == "#":
            i = query.find("\n", i)
            if i < 0:
                break
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("the WHERE group is not closed")


def bind_values(query: str, bindings: dict[str, object] | None, at_end: bool = False) -> str:
    """``query`` with its variables bound by a ``VALUES`` row at the start of its WHERE group.

    ``at_end``: at the end of the group instead, for Virtuoso 7.2, which drops an
    OPTIONAL that follows an OPTIONAL holding a BIND when a VALUES row stands
    before them (the fact template's section came back unbound).  The group's
    patterns bind these variables, so the join is the same; the start stays the
    default because Oxigraph server uses a row there first (ask p50 2 ms against
    12 ms with the row at the end).
    """
    if not bindings:
        return query
    m = _WHERE.search(query)
    if m is None:
        raise ValueError("a bound query needs a WHERE clause")
    end = _group_end(query, m.end()) if at_end else m.end()
    names = list(bindings)
    row = " ".join(str(to_ox(bindings[n])) for n in names)
    values = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    return query[:end] + values + query[end:]


class RemoteStore(GraphStore):
    changes_underneath = True

    def __init__(self, endpoint: str, timeout: float = 10.0):
        self.endpoint, self.timeout = endpoint, timeout
        self.server: str | None = None     # the endpoint's Server header, once it has answered

    def request(self, query: str, accept: str, default_graph: list[str] = (),
                named_graphs: list[str] = (), timeout: float | None = None) -> tuple[str, bytes]:
        """POST the query (SPARQL 1.1 Protocol); (content type, body).

        Raises QueryRejected for a 4xx, RemoteTimeout past ``timeout``,
        StoreUnavailable when the endpoint cannot be reached or fails.
        """
        if NTRIPLES in accept and _GRAPH_FORM.match(query):
            # Virtuoso honours "results JSON first" for a CONSTRUCT too, writing triples as
            # s/p/o rows with numbers unquoted (not JSON results any client reads): ask for N-Triples
            accept = NTRIPLES
        form = [("query", query), *(("default-graph-uri", g) for g in default_graph),
                *(("named-graph-uri", g) for g in named_graphs)]
        req = urllib.request.Request(self.endpoint, data=urllib.parse.urlencode(form).encode(),
                                     headers={"Accept": accept,
                                              "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(req, timeout=timeout or self.timeout) as resp:
                self.server = resp.headers.get("Server", "")
                return resp.headers.get_content_type(), resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if 400 <= e.code < 500:
                raise QueryRejected(detail or e.reason) from None
            raise StoreUnavailable(f"the SPARQL endpoint {self.endpoint} answered {e.code}: {detail}") from None
        except TimeoutError:
            raise RemoteTimeout(f"{self.endpoint} did not answer in time") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise RemoteTimeout(f"{self.endpoint} did not answer in time") from None
            raise StoreUnavailable(f"the SPARQL endpoint {self.endpoint} is unreachable: {reason}") from None

    def _bind(self, query: str, bindings: dict[str, object] | None) -> str:
        if bindings and self.server is None:
            self.check()
        return bind_values(query, bindings, at_end=(self.server or "").startswith("Virtuoso"))

    def select(self, query, bindings=None, graphs=None):
        _, body = self.request(self._bind(query, bindings), RESULTS_JSON, default_graph=graphs or ())
        return rows(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))

    def construct(self, query, bindings=None):
        _, body = self.request(self._bind(query, bindings), NTRIPLES)
        return [ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]

    def triples(self, graph: str | None = None) -> Iterator[ox.Triple]:
        if graph is None:
            return iter(self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
        return iter(self.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                                   {"g": ox.NamedNode(graph)}))

    @cached_property
    def _graphs(self) -> list[str]:
        # the data does not change under a read-only service: asked once.  GROUP BY, not DISTINCT:
        # Virtuoso answers that exact DISTINCT from its graph registry, its own graphs included
        return sorted(r["g"] for r in self.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))

    def named_graphs(self) -> list[str]:
        return self._graphs

    @cached_property
    def _size(self) -> int:
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])

    def __len__(self) -> int:
        return self._size

    def check(self) -> None:
        self.request("ASK WHERE { }", RESULTS_JSON, timeout=2.0)

    def describe_source(self) -> str:
        return f"SPARQL endpoint {self.endpoint}"
