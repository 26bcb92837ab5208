"""The embedded default data, installed as the package ``kg.data`` (see pyproject.toml)."""
