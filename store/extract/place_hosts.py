"""A province whose party committee hosts the visit: "làm việc với Ban Thường vụ Tỉnh ủy Hà Tĩnh".

A national leader or team often works with a province's party standing committee rather than its People's
Committee. The province is then visited, as when the team works with "UBND tỉnh X" — but "Tỉnh ủy X" carries no
level word before the name, so no unit mention is read there. Only the committee named after the visit's verb is
the host; one named before it ("Ban Thường vụ Tỉnh ủy X làm việc với huyện Y") is the visitor, and its province
only qualifies the units it went to. Like `place_venues.body_province`, it counts only when no unit at all was
found visited.
"""

from __future__ import annotations

import re

from .place_context import resolve_province
from .place_mentions import Mention
from .place_resolution import display_name
from .text import Sentence

_HOST_COMMITTEE = re.compile(
    r"(?<!Ủy ban )(?<!Uỷ ban )\b(?:làm việc (?:với|tại)|thăm và làm việc với|giám sát|khảo sát|kiểm tra)\s+"
    r"(?:(?:tập thể|lãnh đạo|đại diện)\s+)?(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành(?: Đảng bộ)?)\s+)?"
    r"(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\s+(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,3})",
    re.IGNORECASE)
"""The visit's verb, then a province's (or a province-level city's) party committee, then the province's name; "Ủy ban
Kiểm tra Tỉnh ủy X" is a body's name, no verb."""
_OPENING = 4


def host_province(sentences: list[Sentence]) -> Mention | None:
    """The province whose party committee the team works with in the opening sentences, as a visited unit."""
    for sentence in sentences[:_OPENING]:
        for host in _HOST_COMMITTEE.finditer(sentence.text):
            if mention := _province_named(host["name"], host.start("name"), sentence):
                return mention
    return None


_ANOTHER_COMMITTEE = re.compile(
    r"\s*(?:,|và|cùng)\s+(?:(?:tập thể|lãnh đạo|đại diện)\s+)?(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành"
    r"(?: Đảng bộ)?)\s+)?(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\s+"
    r"(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,3})",
    re.IGNORECASE)
"""After the host committee: another one joined to it ("... Tỉnh ủy Quảng Ninh và Ban Thường vụ Tỉnh ủy Hưng Yên"),
the same visit's second host — a team of the centre works with two provinces on one day."""


def other_hosts(first: Mention) -> list[Mention]:
    """The committees named right after `first`, the host province, and joined to it: each one's province."""
    found: list[Mention] = []
    if first.sentence is None:
        return found
    end = first.end
    while (more := _ANOTHER_COMMITTEE.match(first.sentence.text, end)) and \
            (mention := _province_named(more["name"], more.start("name"), first.sentence)):
        found.append(mention)
        end = mention.end
    return found


def _province_named(text: str, start: int, sentence: Sentence) -> Mention | None:
    """The province whose name opens `text` (at `start` in `sentence`), as a visited unit."""
    words = text.split()
    while words:  # "Hà Tĩnh về kết quả" is cut at the first lower-case word; the longest known name wins
        name = " ".join(words)
        if name[0].isupper() and all(w[0].isupper() for w in words) and \
                (found := resolve_province(name)) is not None and found.ward is None:
            # "Thành ủy Hải Phòng" is a city's: named as one ("thành phố Hải Phòng"), still province-level
            city = found.province.name.startswith("Thành phố")
            level, written = ("thành phố", f"thành phố {name}") if city else ("tỉnh", name)
            mention = Mention(written, level, name, start, start + len(name), sentence, resolution=found)
            mention.name = display_name(mention)
            return mention
        words.pop()
    return None
