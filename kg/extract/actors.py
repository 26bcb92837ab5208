"""Who a figure is of: an organisation named as a clause's subject, or the publisher.

A department's report calls itself by its everyday name (区司法局, 市市场监管局); that name
denotes the publisher (青松市白桦区司法局, 青松市市场监督管理局) when its level mark is the
publisher's own level and its body is the publisher's body or one of its aliases
(``data/lexicon/departments.tsv``).
"""

from __future__ import annotations

from kg.lexicon import Lexicon

_LEVEL_MARKS = "省市区县镇乡"


def same_body(named: str, publisher: str, lexicon: Lexicon) -> bool:
    """Whether ``named`` (区司法局, 市市场监管局) is the publisher (青松市白桦区司法局,
    青松市市场监督管理局) by its everyday name: same level mark, same body or an alias of it."""
    if not named or not publisher or named[0] not in _LEVEL_MARKS:
        return named == publisher
    core = named[1:]
    forms = {core}
    for name, aliases in lexicon.department_aliases.items():
        row = {name.lstrip(_LEVEL_MARKS), *aliases}
        if core in row:
            forms |= row
    # the level mark must be the publisher's own level: 区司法局 is not 青松市司法局
    level_at = max((publisher.rfind(f) for f in forms if publisher.endswith(f)), default=-1)
    return level_at > 0 and publisher[level_at - 1] == named[0]
