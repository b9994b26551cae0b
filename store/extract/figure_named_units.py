"""Units counted and then named, and the overseer's own rounds: where a check went and how often, no result.

- "kiểm tra đợt 1 gồm 3 đơn vị: Trung Lương, Đậu Liêu, Thuận Lộc": a count of units followed by a colon and their
  bare names (no level word, which `figure_numbers._PLACES_AFTER` needs) lists the places a round went to.
- "Ngoài việc kiểm tra 2 đợt từ đầu năm": rounds of the overseer's own checks counted after its verb, as "2 đợt
  giám sát" (`figure_lexicon.NOT_AFTER`) counts them before it; what a place did in rounds ("tổ chức 3 đợt tuyên
  truyền", "tiêm 2 đợt") has another verb and stays.
"""

from __future__ import annotations

import re

__all__ = ["own_rounds", "units_named_after"]

_PLACE_UNITS = frozenset({"đơn vị", "cơ quan", "trường", "xã", "phường", "thị trấn"})
_NAMED_AFTER = re.compile(r"\s*:\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ]*){0,4}\s*(?:,|\s+và\s)")
_CHECK_BEFORE = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát|thanh tra)\s+(?:(?:được|thêm|tổng cộng)\s+)?$",
                           re.IGNORECASE)


def units_named_after(text: str, unit_end: int, unit: str) -> bool:
    """Whether the count of units ending at `unit_end` is followed by a colon and their names."""
    return unit in _PLACE_UNITS and bool(_NAMED_AFTER.match(text, unit_end))


def own_rounds(text: str, start: int, unit: str) -> bool:
    """Whether the count of rounds at `start` follows the overseer's own check verb ("kiểm tra 2 đợt")."""
    return unit == "đợt" and bool(_CHECK_BEFORE.search(text, max(0, start - 30), start))
