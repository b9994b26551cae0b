"""Where a leader went to check: "Thủ tướng ... đã trực tiếp đến Quảng Ngãi và Đà Nẵng để kiểm tra ...".

A leader's on-site trip names its destinations after the going verb and the check after "để" (or "và"), often with no
level word ("Quảng Ninh và Hải Phòng"): the provinces or units so named are the ones visited, as a council's team
"làm việc tại xã A" visits A. Only in a sentence that says the going was done ("đã", "vừa") and the check comes next.
"""

from __future__ import annotations

import re

from .place_mentions import Mention

_NAME = r"[A-ZĐÀ-Ỹ][^\s,.;()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.;()]*)*"
_GONE_TO = re.compile(r"\b(?:đã|vừa)\s+(?:trực\s+tiếp\s+)?(?:đi\s+)?(?:đến|tới|về|xuống)\s+"
                      r"(?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?|huyện|xã|phường)\s+)?"
                      r"(?:" + _NAME + r"\s*(?:,|và|, và)\s+(?:(?:tỉnh|thành phố|TP\.?|huyện|xã|phường)\s+)?)*"
                      r"(?:(?:tỉnh|thành phố|TP\.?|huyện|xã|phường)\s+)?$")
_CHECK_AFTER = re.compile(r"^[^.;]{0,120}?\s(?:để|và)\s+(?:kiểm\s+tra|thị\s+sát|khảo\s+sát|giám\s+sát|làm\s+việc|"
                          r"thăm)\b", re.IGNORECASE)


def trip_destination(mention: Mention, text: str) -> bool:
    """`mention` is one of the places a leader went to, the check told after them ("để kiểm tra")."""
    before = text[max(0, mention.start - 200):mention.start]
    return bool(_GONE_TO.search(before)) and bool(_CHECK_AFTER.match(text[mention.end:]))
