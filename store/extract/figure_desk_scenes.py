"""A count whose clause opens on a unit named by its bare level word is that unit's, not the last commune's.

A district council's team oversees two communes and the district's own one-stop desk, then gives each one's counts
in one sentence, clause by clause: "UBND xã A tiếp nhận 18.066 hồ sơ ...; UBND xã B tiếp nhận 15.667 hồ sơ ...; Bộ
phận Tiếp nhận và Trả kết quả Văn phòng HĐND-UBND huyện tiếp nhận 8.387 hồ sơ". The desk is named by its level word
alone, so the last unit named before the count was commune B, and the district's 8,387 went to B, where the figure
checks compared it with B's own counts ("đúng hạn nhiều hơn tiếp nhận: 15.665 > 8.387"). When the record lists that
level's unit (`place_site_desks` lists the district of a district's own site), the count is the district's.
A unit named after the bare one in the clause keeps its counts: "Theo báo cáo của UBND huyện, xã A tiếp nhận ...".

Real pages: vinhthuan.kiengiang 2020 (the example above); the same clause-by-clause tallies in huyendamha 2020
("Trung tâm Hành chính công huyện đã tiếp nhận 6.192 hồ sơ ... Tại bộ phận một cửa hiện đại cấp xã tiếp nhận
5.517 hồ sơ") and baodongnai 2020 ("cấp huyện giải quyết gần 49 ngàn hồ sơ ... Cấp xã có tổng số ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold

if TYPE_CHECKING:
    from .figures import FigureDraft

_BARE = re.compile(r"(?:\bUBND|\b(?i:ủy|uỷ) ban nhân dân|\b(?i:văn phòng|bộ phận|trung tâm)\b[^.;,]{0,50}?|\b(?i:cấp))"
                   r"\s+(huyện|quận|thị xã)\b")
_UNIT = re.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+(\S)", re.IGNORECASE)


def desk_scenes(drafts: list[FigureDraft], localities: list[dict]) -> None:
    """Give a count whose clause opens on a bare-level unit the record's unit of that level (in place)."""
    if len(localities) < 2:
        return
    for draft in drafts:
        if "locality" not in draft.figure:
            continue
        text = draft.sentence.text
        segment = text[text.rfind(";", 0, draft.start) + 1:draft.start]
        bare = [m for m in _BARE.finditer(segment) if not _named(segment, m.end())]
        if not bare or any(m[1][:1].isupper() or m[1][:1].isdigit() for m in _UNIT.finditer(segment, bare[-1].end())):
            continue
        level = fold(bare[-1][1])
        unit = next((loc for loc in localities if fold(loc.get("level", "")) == level), None)
        if unit is not None:
            draft.figure["locality"] = unit["name"]


def _named(text: str, end: int) -> bool:
    """Whether a name follows the level word ending at `end` ("UBND huyện Vĩnh Thuận", "UBND quận 3")."""
    rest = text[end:].lstrip()
    return rest[:1].isupper() or rest[:1].isdigit()


__all__ = ["desk_scenes"]
