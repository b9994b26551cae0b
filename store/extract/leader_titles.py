"""A title written before a person's name and set off by commas: "Phó Chủ tịch HĐND tỉnh, ông X, dẫn đầu đoàn".

`people.py` reads the titles written after a name; an appositive office written before it would otherwise leave a
leader with no title at all. Kept apart so that the people module stays short.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .people import PersonMention

_CLAUSE_BEFORE = re.compile(r"([^,;:()]{3,120}),\s*$")


def fill_titles_before(found: list[PersonMention], title_before: Callable[[str], str]) -> None:
    """Give a person named with an honorific and no title after the name the office written just before it, between
    commas. Never when another person is named in that clause: "Chủ tịch UBND tỉnh Nguyễn Văn A, ông B" is A's title."""
    for mention in found:
        if mention.titles or not mention.honorific or mention.sentence is None:
            continue
        before = mention.sentence.text[:mention.start]
        clause = _CLAUSE_BEFORE.search(before)
        if clause is None:
            continue
        if any(other is not mention and other.sentence is mention.sentence and
               clause.start(1) <= other.end <= clause.end() for other in found):
            continue
        if title := title_before(clause[1]):
            mention.titles = [title]
