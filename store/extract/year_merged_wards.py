"""A commune or ward merged away on 1 July 2025, named as it stood, dates a yearless visit before that day.

The reform of 1 July 2025 merged about ten thousand communes and wards into some three thousand; a unit whose name no
unit of its level bears since in its province (`place_resolution` gives it `Resolution.former_ward`: the name was a
unit of the list in force until 30 June 2025, `ward` what it became) was no unit after that day. A page that names
one as standing was written before it: "Ngày 22/4, Ban ... HĐND tỉnh Nghệ An giám sát tại phường Quán Bàu" (merged
into phường Vinh Hưng) is April 2025 at the latest, not April 2026.

Standing means visited (the visit went there), or named with its body ("UBND xã A", "Trạm Y tế xã A"), or as the
subject of what it does or has ("xã A đã ...", "phường B hiện có ..."). Never named as what it was ("xã A (cũ)",
"trước đây", "nay là", a sentence that tells the merger: `year_ceased_units.as_former`; an old address said as
such, "xã A (huyện B cũ)"), nor where it may be a unit of today: its name borne today at its level somewhere, and
its province only a guess (the outlet's, `year_numbered_units.known_province`); nor when the text states a
fact of the reform (two-level government, a unit of 2025 named: `places.reformed`): then the old name is the area's
name in speech or a person's old address, and the reform outweighs it, as it does for a former city's name
(`year_spoken_cities`) and a former district written as a home (`year_ceased_units`). A town ("thị trấn") or a district
is `year_ceased_units`' and `places.era_bounds`'; a unit merged before 2025, `year_earlier_units`'.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..reasons import reason
from .place_cues import named_as_former
from .place_mentions import Mention
from .places import Places
from .text import Article
from .year_bounds import TWO_TIER_START, Bound
from .year_ceased_units import as_former
from .year_numbered_units import known_province

__all__ = ["merged_wards"]

_BODY_BEFORE = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|Công an|"
                          r"Trạm Y tế|Chủ tịch|Bí thư|Trường\s[^.;,]{2,40}?)\s+$")
"""The unit's own body or office right before its name: "UBND xã A", "Trạm Y tế phường B"."""
_DOES_AFTER = re.compile(r"\s*(?:đã|đang|hiện|vừa|có|còn|đạt)\b")
"""What the unit does or has, right after its name: "xã A đã ...", "phường B hiện có ..."."""
_WARD_WORDS = ("xã", "phường")
_FORMER_ADDRESS = re.compile(r"\s*[(,]\s*(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s+[^(),.;]{1,40}?\s*[(,]?\s*"
                             r"(?:cũ|trước đây)\b", re.IGNORECASE)
"""An address of before the reform said as such: "xã A (huyện B cũ)", "xã A, huyện B (cũ)": the unit with it."""


def merged_wards(article: Article, places: Places) -> list[Bound]:
    """An upper bound at 1/7/2025 for the first commune or ward merged away that day that the page names as standing;
    none when the text states a fact of the reform."""
    if places.reformed:
        return []
    for mention in sorted(places.mentions, key=lambda m: m.order):
        found = mention.resolution
        if found is None or found.former_ward is None or found.ward is None or mention.bare or \
                mention.base.isdigit() or mention.merged_part or \
                not mention.written.lower().startswith(_WARD_WORDS) or named_as_former(mention):
            continue  # a numbered ward is `year_numbered_units`'
        text = mention.sentence.text if mention.sentence is not None else article.title or ""
        if as_former(text, mention.start, mention.end) or _FORMER_ADDRESS.match(text, mention.end) or \
                not _certain(places, mention, found.province.code):
            continue
        standing = mention.visited or _BODY_BEFORE.search(text[:mention.start]) or \
            _DOES_AFTER.match(text, mention.end)
        if standing:
            return [Bound(TWO_TIER_START, False, reason("year.merged_ward", name=text[mention.start:mention.end],
                                                        became=found.ward.name), text)]
    return []


def _certain(places: Places, mention: Mention, code: int) -> bool:
    """Whether the unit surely ceased: no unit of today bears its name at its level anywhere, or the province it was
    placed in is the text's, not a guess (`year_numbered_units.known_province`: the outlet's province alone is none)."""
    level = mention.written.split()[0].lower()
    today = [unit for unit, _ in gazetteer().find_wards(mention.base) if unit.name.lower().startswith(level)]
    return not today or known_province(places, mention, code)
