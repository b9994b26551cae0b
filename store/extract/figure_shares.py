"""A share of communes or wards written as a fraction: "14/14 xã, thị trấn đã công khai thủ tục hành chính".

A count of communes alone is usually where a team went ("đã khảo sát 3 xã") and is no figure; a fraction of them is a
result (how many of all met something), so the commune words count as its unit there and only there — unless the
fraction itself says where the team went: "kiểm tra ... tại 15/15 xã, thị trấn" is a district's round over all its
communes (its reach, like "tại 3 xã"), no result of theirs (`reached_at`).
"""

from __future__ import annotations

import re

_COMMUNES = re.compile(r"\s*((?:xã|phường|thị trấn|đặc khu)(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn|đặc khu))*)"
                       r"(?![\wÀ-ỹ])", re.IGNORECASE)


_WHERE_BEFORE = re.compile(r"\b(?:tại|ở|đến|xuống|đối với)\s+(?:(?:tất cả|toàn bộ)\s+)?(?:các\s+)?$", re.IGNORECASE)


def reached_at(text: str, start: int) -> bool:
    """Whether the fraction starting at `start` follows "tại"/"đến"/"đối với": the units a round went to."""
    return bool(_WHERE_BEFORE.search(text, max(0, start - 30), start))


def communes_counted(text: str, end: int) -> str | None:
    """The commune words right after a fraction ending at `end` ("xã, thị trấn"), or None."""
    m = _COMMUNES.match(text, end)
    return m[1] if m else None
