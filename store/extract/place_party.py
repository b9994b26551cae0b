"""A district known only through its party committee: "làm việc với Ban Thường vụ Huyện ủy Ba Tơ".

"Huyện ủy X", "Thị ủy X" and "Quận ủy X" name the district X by its party committee; no level word stands before the
name, so `place_mentions` does not see a unit there, and a party inspection team's visit to a district was given the
province of the team's own body. Here they are mentions of the district ("huyện X", "thị xã X", "quận X"), and a
committee the team works with, checks or comes to ("làm việc với Huyện ủy X", "kiểm tra tại Ban Thường vụ Thị ủy X",
"Sau khi làm việc với Huyện ủy, ..." of the district named so elsewhere) is a visit of its district; so is each
committee of a list after the verb ("làm việc với Ban Thường vụ Thành uỷ A và Ban Thường vụ Huyện uỷ B"). "Thành ủy X"
is a district city's only when X is no province, old or new: "Thành ủy Hà Nội" is as often the visitor's body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer
from .place_mentions import Mention

if TYPE_CHECKING:
    from .text import Sentence

__all__ = ["party_committee_visited", "party_mentions"]

_COMMITTEE = re.compile(r"(?<![\w])(Huyện|Thị|Quận|Thành)\s+(?:ủy|uỷ)\s+([\w'’]+(?:[ \t]+[\w'’]+){0,3})")
"""The committee and up to four words after it; the name is those of them that are capitalised (`_name`)."""
_LEVELS = {"huyện": "huyện", "thị": "thị xã", "quận": "quận", "thành": "thành phố"}
_HOSTS = (r"(?:làm việc|kiểm tra|giám sát|khảo sát|thăm|đến|về|tại|với)\s+(?:(?:trụ sở|đối với|với|tại)\s+)?"
          r"(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|lãnh đạo)\s+)?")
_VISITED = re.compile(_HOSTS + r"$", re.IGNORECASE)
_BARE_VISITED = re.compile(r"\b(?:làm việc|kiểm tra|giám sát|khảo sát)\s+(?:với|tại)\s+"
                           r"(?:(?:Ban Thường vụ|Thường trực)\s+)?"
                           r"(?P<level>Huyện|Thị|Quận)\s+(?:ủy|uỷ)\b(?P<next>\s+\w+)?", re.IGNORECASE)


_AFTER_ANOTHER = re.compile(r"(?<![\w])(?:Huyện|Thị|Quận|Thành)\s+(?:ủy|uỷ)\s+[^,.;()]{1,40}?\s*(?:,|\svà)\s+"
                            r"(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành)\s+)?$")
"""The committee before, in the same list: what it was visited for, this one was too."""


def party_mentions(text: str, sentence: Sentence | None, in_title: bool) -> list[Mention]:
    """The districts named by their party committee in `text`."""
    out: list[Mention] = []
    for m in _COMMITTEE.finditer(text):
        if (name := _name(m[2])) and not (m[1] == "Thành" and _a_province(name)):
            end = m.start(2) + len(name)
            out.append(Mention(text[m.start():end], _LEVELS[m[1].lower()], name, m.start(), end, sentence, in_title))
    return out


def _a_province(name: str) -> bool:
    """ "Thành ủy Hà Nội", "Thành ủy Cần Thơ": a province's committee (the visitor's body, often), not a district city's
    ("Thành ủy Đà Lạt", a city of a province until 2025)."""
    return gazetteer().find_province(name) is not None or gazetteer().former_province(name) is not None


def _name(words: str) -> str:
    """The capitalised words that open `words`: "Ba Tơ đã làm" → "Ba Tơ"; "đã giám sát" → ""."""
    taken: list[str] = []
    for word in words.split():
        if not (word[0].isupper() or word[0].isdigit() and taken):
            break
        taken.append(word)
    return " ".join(taken)


def party_committee_visited(mention: Mention, sentences: list[Sentence]) -> bool:
    """`mention` names a party committee that the team works with or checks, here or bare in a later sentence."""
    text = mention.sentence.text if mention.sentence is not None else ""
    if mention.in_title or not _COMMITTEE.match(text, mention.start):
        return False
    if _VISITED.search(text[max(0, mention.start - 80):mention.start]):
        return True
    before = text[max(0, mention.start - 160):mention.start]
    if (other := _AFTER_ANOTHER.search(before)) and _VISITED.search(before[:other.start()]):
        return True  # "làm việc với Ban Thường vụ Thành uỷ A và Ban Thường vụ Huyện uỷ B": both committees
    level = mention.written.split()[0].lower()
    return any(found["level"].lower() == level and not _name(found["next"] or "")  # bare: no name after it
               for sentence in sentences for found in _BARE_VISITED.finditer(sentence.text))
