"""The SPARQL endpoint's queries passed on to a remote store.

Same contract as :class:`service.runner.QueryRunner` (``run`` → Outcome, or
QueryError / QueryTimeout), so the endpoint does not know where the data
lives: the remote engine runs the query under the time limit; its answer is
capped at the row limit and written in the client's format by Oxigraph's
serialisers, as a local answer is.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from itertools import islice

import pyoxigraph as ox

from kg.store.remote import (
    NTRIPLES,
    RESULTS_JSON,
    QueryRejected,
    RemoteStore,
    RemoteTimeout,
)
from service.runner import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    Outcome,
    QueryError,
    QueryTimeout,
    _solutions,
    place,
)
from service.sparqlguard import Refused, check


class RemoteRunner:
    """Queries passed on to the remote store, checked first as the query children check them.

    The remote engine would run SERVICE itself, so the same parser-based check
    (updates and SERVICE refused, nesting bounded) runs here, in the server
    process: rdflib's parser is not thread-safe, hence the lock. At most
    ``size + waiting`` queries are admitted at once, as with the children.
    """

    def __init__(self, store: RemoteStore, size: int = 2, waiting: int = 2, max_depth: int = 16):
        self.store, self.max_depth = store, max_depth
        self._admit = threading.BoundedSemaphore(size + waiting)
        self._parse = threading.Lock()

    @contextmanager
    def admitted(self):
        """Hold one of the places, or raise :class:`Overloaded` at once."""
        with place(self._admit):
            yield

    def run(self, query: str, options: dict, result_format: str, graph_format: str,
            max_rows: int, timeout: float) -> Outcome:
        try:
            with self._parse:
                volatile = check(query, self.max_depth).volatile
        except Refused as e:
            raise QueryError(e.message, e.status) from None
        try:
            ctype, body = self.store.request(query, f"{RESULTS_JSON}, {NTRIPLES};q=0.9",
                                             options.get("default_graph") or (),
                                             options.get("named_graphs") or (), timeout=timeout)
        except QueryRejected as e:
            raise QueryError(str(e)) from None
        except RemoteTimeout:
            raise QueryTimeout from None
        try:
            if ctype in (NTRIPLES, "text/plain"):
                triples = [ox.Triple(q.subject, q.predicate, q.object)
                           for q in islice(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), max_rows + 1)]
                return Outcome("graph", ox.serialize(triples[:max_rows], format=GRAPH_FORMATS[graph_format]),
                               len(triples) > max_rows, volatile)
            result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"the store's answer could not be read ({ctype}): {e}") from None
        if isinstance(result, ox.QueryBoolean):
            return Outcome("results", result.serialize(format=RESULT_FORMATS[result_format]), False, volatile)
        return Outcome("results", *_solutions(result, result_format, max_rows), volatile)
