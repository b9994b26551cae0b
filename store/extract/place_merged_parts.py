"""The units a merged ward or commune was made of, named beside it: no visits of their own.

Since the 2025 arrangement, reports name a new ward with the old ones it replaced: "khảo sát tại phường Thủ Dầu Một
(sáp nhập từ các phường Phú Cường, Hiệp Thành và Chánh Nghĩa)", "Phường Trấn Biên được sắp xếp từ 6 phường: ...",
"xã A (trước đây gồm các xã B, C)", "phường A (phường B, C cũ)". The team went to the new unit; the old names say what
it is made of. An old name that today's ward shares is merged with it already (one key); one that a namesake
elsewhere shares ("Hiệp Thành" is also a ward of Quận 12) was listed as a second place. A plan still to come ("dự
kiến sáp nhập xã A với xã B", "khảo sát việc sắp xếp đơn vị hành chính tại xã A") names no made-of clause: the words
that open one say what the head unit was made from ("từ", "trên cơ sở", "trước đây là/gồm").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["mark_merged_parts"]

_COUNT = r"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
_MADE_OF = re.compile(
    r"(?:(?:nơi|vốn|được|là|mới)\s+)*(?:sau\s+(?:khi\s+)?(?:sáp nhập|sắp xếp|hợp nhất),?\s+)?"
    r"(?:trước\s+(?:đây|kia|khi\s+(?:sáp nhập|sắp xếp|hợp nhất))\s*(?:là|gồm|thuộc)?"
    r"|(?:thành lập|hình thành|sắp xếp|sáp nhập|hợp nhất|nhập)\s+(?:trên cơ sở|từ)"
    r"|trên cơ sở\s+(?:sáp nhập|sắp xếp|hợp nhất|nhập)"
    r"|hình thành\s+(?:từ việc|do)\s+(?:sáp nhập|sắp xếp|hợp nhất)"
    r"|từ\s+(?:việc\s+)?(?:sáp nhập|sắp xếp|hợp nhất)"
    # the merging verb or "trước là", "vốn là" straight before the units: "(sáp nhập 3 xã A, B và C)", "(trước là
    # các xã A, B)"
    r"|(?:sáp nhập|hợp nhất|(?:trước|vốn)\s+là)(?=\s+(?:các\s+|" + _COUNT + r"\s+)?(?:xã|phường|thị trấn)\b)"
    r"|(?:bao\s+)?gồm(?=\s+(?:các\s+|\d{1,2}\s+)?(?:xã|phường|thị trấn)\b))\b",
    re.IGNORECASE)
"""What opens the clause that names a unit's former parts, right after the unit: "(sáp nhập từ", ", được thành lập
trên cơ sở", "được sắp xếp từ", "(trước đây là", "(hình thành từ việc hợp nhất", "mới từ sáp nhập", "(gồm các phường",
"sau sáp nhập bao gồm"."""
_BETWEEN = re.compile(r"(?:\s*\(\s*mới\s*\))?[\s,(]*(?:[-–]\s*)?(?:(?:mới|nay|hiện nay)\s*)?[\s,(]*"
                      r"(?:(?:là\s+)?(?:một\s+)?(?:xã|phường|đặc khu|đơn vị(?:\s+hành chính)?)(?:\s+mới)?\s*,?\s*)?",
                      re.IGNORECASE)
"""What may stand between the head unit and the clause: a comma, a bracket, a dash, "mới", the unit said again
("xã A, xã mới được hợp nhất từ", "xã A - đơn vị hành chính mới được sắp xếp từ", "xã A (xã mới, sáp nhập từ")."""
_OLD_BRACKET = re.compile(r"\s*\(\s*(?:do\s+)?(?:các\s+)?(?:xã|phường|thị trấn)\s+[^()]{1,120}?\s+"
                          r"(?:cũ|trước đây|trước khi (?:sáp nhập|sắp xếp|hợp nhất)|trước (?:sáp nhập|sắp xếp|hợp nhất)"
                          r"|hợp thành)\s*\)", re.IGNORECASE)
"""A bracket of old names after the unit: "phường A (phường B, C cũ)", "(xã B, C trước sáp nhập)", or the old units
that made it: "(do các xã B, C và D hợp thành)"."""

_BARE_HEAD = re.compile(r"\W*(?:Phường|Xã|Thị trấn|Đặc khu)(?:\s+(?:này|mới))?(?=[\s,])", re.IGNORECASE)
"""A sentence that opens on the unit by its level word alone: "Phường được thành lập trên cơ sở ..."."""


def mark_merged_parts(mentions: list[Mention]) -> None:
    """Mark the units named in a made-of clause after a ward or commune: `merged_part`, no visit."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.sentence is not None and not mention.in_title:
            by_sentence.setdefault(id(mention.sentence), []).append(mention)
    for group in by_sentence.values():
        text = group[0].sentence.text if group[0].sentence else ""
        if (bare := _BARE_HEAD.match(text)) and (span := _clause(text, bare.end())):
            for part in group:  # "Phường được thành lập trên cơ sở sáp nhập phường A, B": the unit just told of
                part.merged_part = part.merged_part or span[0] <= part.start
        for head in sorted(group, key=lambda m: m.start):
            if head.level not in WARD_LEVELS or head.merged_part:
                continue
            span = _clause(text, head.end)
            if span is None:
                continue
            for part in group:
                if span[0] <= part.start and part.end <= span[1]:
                    part.merged_part = True


def _clause(text: str, end: int) -> tuple[int, int] | None:
    """Where the made-of clause after a unit ending at `end` runs: to its bracket's close, else the sentence's end."""
    if bracket := _OLD_BRACKET.match(text, end):
        return end, bracket.end()
    gap = _BETWEEN.match(text, end)
    start = gap.end() if gap else end
    if not _MADE_OF.match(text, start):
        return None
    if text[end:start].count("(") > text[end:start].count(")"):
        close = text.find(")", start)
        return start, close if close >= 0 else len(text)
    stop = re.compile(r";|\.\s|\)").search(text, start)
    return start, stop.start() if stop else len(text)
