"""See kg.extract.text (sections, sentences), kg.extract.mentions (figures as written), kg.extract.facts
(what each figure counts), kg.extract.actors (whose figure it is) and kg.extract.entities (named things)."""
