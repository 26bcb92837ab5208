"""The answer contract every client gets (Python, CLI, HTTP)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from decimal import Decimal

ANSWERED, AMBIGUOUS, NOT_UNDERSTOOD, NO_DATA = "answered", "ambiguous", "not_understood", "no_data"


@dataclass
class FactOut:
    value: int | float
    unit: str
    indicator: str
    actor: str | None
    region: str
    year: int
    source: str
    iri: str
    computed: bool = False
    qualifier: str | None = None
    section: str | None = None
    scope: str | None = None      # the part of the place the figure is of (其中枫林社区…), if only a part
    # a computed figure's value before it was rounded for reading: the start of a rounding the asker
    # asks for; the engine's own, never shown
    exact: Decimal | float | None = field(default=None, repr=False, metadata={"internal": True})


@dataclass
class Answer:
    question: str
    status: str
    answer: str
    kind: str | None = None
    facts: list[FactOut] = field(default_factory=list)
    sparql: str = ""
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    report: dict | None = None
    context: dict | None = None   # hand back with the next question to ask a follow-up

    @property
    def answered(self) -> bool:
        return self.status in (ANSWERED, AMBIGUOUS)

    def to_dict(self) -> dict:
        # by hand rather than dataclasses.asdict, whose deep copies cost more than the answer
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["facts"] = [{f.name: getattr(fact, f.name) for f in fields(fact) if not f.metadata.get("internal")}
                        for fact in self.facts]
        out["suggestions"] = list(self.suggestions)
        out["report"] = dict(self.report) if self.report is not None else None
        out["context"] = copy.deepcopy(self.context)
        out["answered"] = self.answered
        return out


def number(value) -> int | float:
    """JSON-friendly number: integers stay integers."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def show(value) -> str:
    value = number(value)
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)
