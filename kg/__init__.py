"""fazhi-kg: a knowledge graph of Chinese rule-of-law government reports.

The data flows one way: report text (:mod:`kg.report`) → extraction
(:mod:`kg.extract`) → RDF graph (:mod:`kg.graph`, :mod:`kg.build`) → store
(:mod:`kg.store`) → question answering (:mod:`kg.qa`).
"""

__version__ = "0.1.0"
