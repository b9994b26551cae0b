"""A sentence saying which former district the visited communes belonged to names history, not a visit.

After the 2025 reform a report often adds where the communes it visited used to lie: "Ba xã được đoàn kiểm tra đều
thuộc huyện X (trước khi sắp xếp)", "Các xã này trước đây thuộc huyện X", "... đều thuộc huyện X cũ". The check verb
in such a sentence made the former district a fourth visited unit (real: a province's vice-chair at three new
communes, Lâm Đồng, July 2025; session 32, fresh69 v08). A district right after "thuộc" is no visit when the words
around it mark the past ("trước đây", "trước kia", "cũ", "trước khi sắp xếp") and a commune or ward of an earlier
sentence is visited already; a district the team went to ("đoàn đến huyện X", "tại các xã thuộc huyện X" with no
commune visited before) stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

_DISTRICTS = ("huyện", "quận", "thị xã", "thành phố")
_BELONGED = re.compile(r"\bthuộc\s+(?:(?:về|địa bàn)\s+(?:của\s+)?)?$", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\b(?:trước đây|trước kia|trước khi|vốn)\b", re.IGNORECASE)
_PAST_AFTER = re.compile(r"\s*(?:\(\s*)?(?:cũ\b|trước đây\b|trước khi\s+(?:sắp xếp|sáp nhập|hợp nhất))",
                         re.IGNORECASE)
_CLAUSE_END = re.compile(r".*[.;:!?]", re.DOTALL)


def former_home(mention: Mention, earlier: list[Mention]) -> bool:
    """True for a district named only as where the communes visited in an earlier sentence used to lie."""
    sentence = mention.sentence
    if sentence is None or mention.in_title or mention.level not in _DISTRICTS:
        return False
    text = sentence.text
    before = text[:mention.start]
    clause = before[end.end():] if (end := _CLAUSE_END.match(before)) else before
    if not _BELONGED.search(clause):
        return False
    if not (_PAST_BEFORE.search(clause) or _PAST_AFTER.match(text, mention.end)):
        return False  # "xã A thuộc huyện B" with no mark of the past: where the place lies, read as before
    return any(m.visited and m.level in ("xã", "phường") and m.sentence is not None and
               m.sentence.index < sentence.index for m in earlier)
