"""An industrial or economic zone's scale in hectares is the place's make-up, no figure: "có khu công nghiệp cảng
biển với quy mô lên tới 5.000ha".

The house keeps a place's own area out of the figures ("diện tích" before the number, `figure_numbers._NOT_BEFORE`;
session 16), and a zone the place has is sized the same way, whether "diện tích" or "quy mô" is written and whether
"ha" is spaced or glued ("5.000ha", "75 ha"): what the place holds, told to say what it can become, not a result of
the work the team checked. An area the work reached stays a figure ("đã bàn giao 12,5ha mặt bằng", "thu hồi 5.000ha
đất", "1.200ha lúa bị ngập"), and so does a project's own area (`figure_shapes._AREA_OF_A_WORK`, session 23): a zone
named as a project's ("dự án khu công nghiệp A có quy mô 300 ha") is a work carried out, not the place's make-up.
"""

from __future__ import annotations

import re

__all__ = ["zone_size"]

_AREAS = {"ha", "m2", "km2"}
_ZONE_SCALE = re.compile(
    r"(?<![\wÀ-ỹ])(?<!án\s)(?:khu|cụm)\s+(?:công nghiệp|kinh tế|chế xuất|công nghệ cao|đô thị|du lịch|cảng)"
    r"(?:[^.;:!?\d]{0,60}?)\s(?:có|với|rộng)\s+(?:tổng\s+)?quy mô(?:\s+(?:diện tích|đất))?"
    r"(?:\s+(?:là|lên tới|lên đến|tới|đến|khoảng|gần|hơn|trên|xấp xỉ|rộng))*\s*$", re.IGNORECASE)
"""A zone, then its scale: "khu công nghiệp cảng biển với quy mô lên tới", "Cụm công nghiệp B có quy mô"; not after
"dự án" ("dự án khu đô thị ... có quy mô 12 ha": a work's area)."""


def zone_size(text: str, start: int, unit: str) -> bool:
    """Whether the area at `start` is the scale of a zone the place has."""
    return unit in _AREAS and bool(_ZONE_SCALE.search(text, max(0, start - 140), start))
