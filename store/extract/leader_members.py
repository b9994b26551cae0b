"""Two ways a report names its delegation's head without the usual titles or phrase.

- An abbreviated office glued to the name by a hyphen ("Ông X- PCT HĐND huyện Y làm trưởng Đoàn"): the people
  module knows no "PCT" as a title, so the leader rules, which look for "làm trưởng đoàn" right after the titles,
  see the abbreviation first. `past_abbreviated_title` steps over it.
- No one called head, and the members listed as taking part ("Tham gia đoàn kiểm tra có đồng chí X, ... Chủ tịch
  HĐND huyện, đồng chí Trưởng Ban ..."): a team is listed highest office first, so the first listed with a chair's
  or secretary's office leads it. Only a fallback: any phrase naming a head wins over it. "Tham gia có đồng chí X -
  <office>" after the delegation's sentence, with no "đoàn", reads the same (session 29). A member listed with no such
  office ("Đại biểu Quốc hội chuyên trách") is no head: when the head is never named, there is no leader, not a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import People, PersonMention

_ABBREVIATED = re.compile(r"^\s*[-–,]\s*(?:P\.?\s?CT|CT|PBT|BT|TB|PTB|GĐ|PGĐ)\s+(?:HĐND|UBND|UBMTTQ|MTTQ|HU|TU)\b"
                          r"[^.;,]{0,60}?(?=\s+(?:làm|là|chủ trì|dẫn đầu|dẫn đoàn|đã|đến|đi)\b)")
"""("PCT HĐND huyện Y": Phó Chủ tịch; "CT UBND", "PBT HU" ...: capitals, never an ordinary word.)"""
_KIND = r"(?:\s+(?:giám sát|khảo sát|kiểm tra|công tác))?"
_TAKING_PART = re.compile(r"\b(?:tham\s+gia(?:\s+(?:của\s+)?đoàn" + _KIND + r")?|"
                          r"thành\s+phần\s+(?:của\s+)?đoàn" + _KIND + r")\s+(?:có|gồm|gồm có)\s*:?\s*(?:các\s+)?"
                          r"(?:(?:ông|bà|đồng chí|đ/c)\s*)?$", re.IGNORECASE)
_HIGH_OFFICE = re.compile(r"\b(?:chu tich|bi thu|truong ban|giam doc|chu nhiem)\b")


def past_abbreviated_title(after: str) -> str:
    """The text after a name past an abbreviated office glued to it, else `after` itself."""
    m = _ABBREVIATED.match(after)
    return after[m.end():] if m else after


def first_taking_part(people: People) -> PersonMention | None:
    """The first person listed as taking part in the delegation who holds a chair's or secretary's office."""
    for mention in people.mentions:
        if name_parts(mention.name) >= 2 and _TAKING_PART.search(mention.before) and \
                _HIGH_OFFICE.search(fold(mention.title)) and "ubnd xa" not in fold(mention.title):
            return mention
    return None
