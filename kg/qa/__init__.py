"""Chinese question answering over the report graph.

``ask(question)`` answers from the default store (built from the data folder
on first use); pass ``store=`` or ``config=`` to answer from another.
"""

from __future__ import annotations

from functools import lru_cache

from kg.config import Config
from kg.lexicon import Layers, load_lexicon
from kg.qa.answer import Answer, FactOut
from kg.qa.engine import Engine
from kg.store import GraphStore, default_store

__all__ = ["Answer", "Engine", "FactOut", "ask", "engine_for"]


def engine_for(store: GraphStore, config: Config | None = None) -> Engine:
    config = config or Config()
    return Engine(store, load_lexicon(config.lexicon_dirs), config.base_iri, config.default_region,
                  lexicon_dir=Layers(config.lexicon_dirs), max_question=config.max_question_length,
                  current_year=config.current_year)


@lru_cache(maxsize=8)
def _default_engine(config: Config) -> Engine:
    return engine_for(default_store(config), config)


def ask(question: str, *, context: dict | None = None, store: GraphStore | None = None,
        config: Config | None = None) -> Answer:
    """Answer one question; see :class:`kg.qa.answer.Answer` for the contract.

    ``context`` is the previous answer's ``context``: follow-up questions
    (办结了多少？ 那法律援助呢？) are read against it.
    """
    config = config or Config()
    engine = engine_for(store, config) if store is not None else _default_engine(config)
    return engine.answer(question, context)
