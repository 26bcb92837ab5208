"""See kg.extract.text, kg.extract.facts and kg.extract.entities."""
