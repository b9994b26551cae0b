"""The far end of a checked work's stretch: "kiểm tra thực địa tuyến đê từ xã A đến xã B", "thẩm định tuyến đường liên
xã từ xã A đi xã B (huyện C)".

A road, dyke or canal checked along its length is named by the two units it joins; the team walks or drives it, so
both ends are where it was. The first end was read as visited by the other cues only when the article named no other
place; the second, after "đến" / "đi" / "tới" / "sang", never (session 26). Only ward-level units, in one sentence,
"từ" before the first, a work's noun before that and a check's verb before the work: "đoàn đi từ huyện A đến xã B" or
goods carried "từ xã A đến xã B" are not this.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["route_end"]

_WORK_FROM = re.compile(r"\b(?:tuyến|đường|đê|kè|kênh|mương|đoạn|cầu|cống|lộ|tỉnh lộ|huyện lộ|đường dây|đường ống)\b"
                        r"[^.;:()]{0,60}?\btừ\s+(?:UBND\s+)?$", re.IGNORECASE)
"""The work and "từ" right before the first end: "tuyến đê từ ", "đường liên xã từ ", "đoạn kênh nối từ "."""
_CHECKED = re.compile(r"\b(?:kiểm tra|khảo sát|thị sát|giám sát|thẩm định|nghiệm thu)\b", re.IGNORECASE)
"""The check told before the work: "kiểm tra thực địa tuyến đê", "thẩm định thực tế tuyến đường"."""
_TO = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:đi|đến|tới|sang)\s+(?:UBND\s+)?", re.IGNORECASE)
"""Between the two ends: the first end's district in brackets, at most, then "đến" / "đi" / "tới" / "sang"."""


def route_end(mention: Mention, earlier: list[Mention], text: str) -> bool:
    """Whether `mention` is an end of a work checked along its length, in `text` (its sentence): the first end, after
    the work's "từ" with a check told before the work, or the second, after "đến" / "đi" next to the first."""
    if mention.level not in WARD_LEVELS or mention.sentence is None:
        return False
    if _first_end(mention, text):
        return True
    same = [m for m in earlier if m.sentence is mention.sentence and not m.in_title and not m.qualifier and
            m.end <= mention.start]  # "từ xã A (huyện X) đi xã B": A, past its district
    if not same:
        return False
    first = same[-1]
    return first.level in WARD_LEVELS and bool(_TO.fullmatch(text, first.end, mention.start)) and \
        _first_end(first, text)


def _first_end(mention: Mention, text: str) -> bool:
    before = text[max(0, mention.start - 200):mention.start]
    work = _WORK_FROM.search(before)
    return work is not None and bool(_CHECKED.search(before, 0, work.start()))
