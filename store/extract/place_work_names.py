"""A province's name inside a works' proper name ("đập ngăn mặn A và B", "hồ thủy lợi A – B") is no place visited.

Dams, reservoirs, canals, roads and bridges are named after the communes, districts or old provinces they serve or
join, and those names are often a province's: "dự án đập ngăn mặn Bình Nguyên và Bình Phước" is a dam in Quảng Ngãi
whose second name is also a former province's (s27 fresh49 v03). Counted as a province the article names, such a name
made two provinces named, and the province of the chair who checked the site was no longer listed
(`place_fallback`). A province written in the capitalised run right after a works' noun (and its kind: "hồ chứa
nước", "đập ngăn mặn", "đường nối"), or joined to that run by "và", "–" or "-", is therefore left out of the
provinces the text names (`place_province_hints`). "dự án ở Thái Bình", "công trình tại tỉnh Long An" and "hồ chứa
trên địa bàn Sơn La" keep theirs: a preposition or a level word stands between.
"""

from __future__ import annotations

import re

__all__ = ["in_work_name"]

_CAPITAL = r"[A-ZĐÀ-Ỹ][^\s,.;:()–-]*"
_WORK = re.compile(
    r"(?<![\w])(?<!yêu )(?<!nhu )(?<!toàn )(?:đập|hồ|kênh|cầu|đường|tuyến|kè|đê|cống)"
    r"(?:\s+(?:ngăn\s+mặn|dâng|tràn|chứa(?:\s+nước)?|thủy\s+lợi|thuỷ\s+lợi|tưới|tiêu|chính|nối|liên\s+tỉnh|"
    r"liên\s+huyện|liên\s+xã|giao\s+thông|bao|biển|chống\s+sạt\s+lở|cao\s+tốc|vượt\s+sông|đường\s+bộ))?"
    rf"\s+(?:{_CAPITAL}\s+){{0,3}}(?:(?:và|–|-)\s+(?:{_CAPITAL}\s+){{0,3}})?$")
"""A works' noun and kind, then capitalised words (and "và", "–" joining two names) up to the name read as a province:
"dự án đập ngăn mặn Bình Nguyên và |Bình Phước", "hồ thủy lợi |Hòa Bình"; not "yêu cầu", "nhu cầu" (a request, a
need)."""


def in_work_name(text: str, start: int) -> bool:
    """Whether the capitalised name at `text[start:]`, read as a province, is part of a works' proper name."""
    return bool(_WORK.search(text, max(0, start - 90), start))
