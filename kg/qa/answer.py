"""The answer contract every client gets (Python, CLI, HTTP)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
        out = asdict(self)
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
