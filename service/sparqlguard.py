"""What a SPARQL request is, decided by a parser before anything runs.

The endpoint used to refuse updates and SERVICE with regular expressions over
the text; SPARQL's escapes (``e:a\\#b`` is a prefixed name, not a comment)
made the regex read the rest of a query as a comment and let SERVICE through,
while harmless variable names like ``?delete`` were refused.  Here the text is
parsed once with rdflib's SPARQL 1.1 parser and the verdict comes from the
parse tree: an update is what parses as an update, SERVICE is a
``ServiceGraphPattern`` node, volatile functions are ``Builtin_RAND`` and kin.
The full check runs in the query child (see :mod:`service.runner` for why);
the server itself only runs the depth scan, before a query is admitted.

rdflib's parser is recursive (pyparsing): a few thousand ``{`` or ``(`` would
exhaust Python's recursion limit, and Oxigraph's own parser would overflow its
stack on the same text in the query child.  So a cheap scan first measures the
nesting depth (skipping strings, IRIs, comments and escapes as the grammar
does) and refuses anything deeper than ``SPARQL_MAX_DEPTH``; a recursion error
that still happens is a 400 as well.  Whatever rdflib accepts is shallow
enough for Oxigraph.  The parse is not the only wall: query children cannot
open sockets at all (:mod:`service.runner`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

# the grammar's IRIREF: what follows "<" when it opens an IRI rather than comparing
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VOLATILE = {"Builtin_RAND", "Builtin_NOW", "Builtin_UUID", "Builtin_STRUUID", "Builtin_BNODE"}


class Refused(Exception):
    """The request is not one this endpoint runs: ``status`` and a message for the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class Verdict:
    volatile: bool    # uses RAND, NOW, UUID, STRUUID or BNODE: never served from a cache


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``{ ( [`` in a query, outside strings, IRIs and comments.

    Unary operators chained (``!!!…``, ``- - -…``) nest in the parser just as
    brackets do, so a run of them counts as that many levels.
    """
    depth = deepest = run = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
            continue
        if c == "<" and (m := _IRIREF.match(text, i)):
            i = m.end()
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == "\\":        # PN_LOCAL_ESC: the next character is part of a name
            i += 2
            continue
        if c in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "})]":
            depth -= 1
        if c in "!-+^":
            run += 1
            deepest = max(deepest, depth + run)
        elif not c.isspace():
            run = 0
        i += 1
    return deepest


def _walk(node, names: set[str]) -> set[str]:
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            names.add(x.name)
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)) or hasattr(x, "as_list"):
            stack.extend(x)
    return names


def _message(e: Exception) -> str:
    return str(e).splitlines()[0][:300]


@lru_cache(maxsize=1024)
def _check(query: str, max_depth: int) -> Verdict:
    check_depth(query, max_depth)
    try:
        tree = parseQuery(query)
    except RecursionError:
        raise Refused(400, "malformed query: nested too deeply to parse") from None
    except ParseBaseException as e:
        try:
            parseUpdate(query)
        except (ParseBaseException, RecursionError):
            raise Refused(400, f"malformed query: {_message(e)}") from None
        raise Refused(403, "this endpoint is read-only: SPARQL Update is not accepted") from None
    names = _walk(tree, set())
    if "ServiceGraphPattern" in names:
        raise Refused(403, "federated queries (SERVICE) are disabled on this endpoint")
    return Verdict(volatile=bool(names & _VOLATILE))


def check_depth(query: str, max_depth: int) -> None:
    """Refuse (400) a query nested deeper than ``max_depth``: cheap, done before admission."""
    depth = nesting_depth(query)
    if depth > max_depth:
        raise Refused(400, f"malformed query: nested {depth} levels deep; at most {max_depth} are accepted")


def check(query: str, max_depth: int) -> Verdict:
    """The verdict on a read query, or :class:`Refused` (400 malformed, 403 update/SERVICE).

    Verdicts on short queries are remembered (the same few queries come again
    and again); long ones are parsed each time so the memo stays small.
    """
    if len(query) > 4096:
        return _check.__wrapped__(query, max_depth)
    return _check(query, max_depth)
