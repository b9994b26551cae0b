"""The former units a new commune, ward or special zone was made from, counted: its make-up, no figure.

Since the 2025 arrangement a report on a new unit often says what it was made from before saying what the team found:
"Đặc khu Kiên Hải ... được thành lập trên cơ sở bốn đơn vị hành chính cấp xã cũ là ...", "Xã A hình thành từ việc
sáp nhập 3 đơn vị hành chính cấp xã", "Phường B được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô
dân số của 3 đơn vị hành chính". Like the place's area and population (`figure_place_size`, `figure_context`), that is
what the place is, no result of the work it was checked on. Counted in "xã" or "phường" the former units were never
read as a figure; counted in "đơn vị hành chính" (a unit `figure_units` knows, for the units a merger left or cut:
"còn 579 đơn vị hành chính") they were.

What tells the make-up apart: the clause that opens the unit's origin ("thành lập / hình thành / sắp xếp / sáp nhập /
hợp nhất / nhập" then "trên cơ sở" or "từ") stands before the count in the same clause. A change from one count to
another stays a figure ("sắp xếp từ 10.310 đơn vị hành chính cấp xã xuống còn 3.321"), and so do the units a merger
left or cut ("sau sắp xếp tỉnh còn 148 đơn vị hành chính", "đã giảm 68 đơn vị hành chính"): no origin opens them.
The make-up is told in other words too (session 27 items3): in brackets after the name ("xã A (sáp nhập 3 đơn vị
hành chính cấp xã)"), as the new unit's ground ("là xã mới trên cơ sở 3 đơn vị hành chính cũ"), or as what it holds
after the arrangement, the units called former ("sau sắp xếp gồm 3 đơn vị hành chính cũ"; without "cũ", "sau sắp
xếp tỉnh gồm 148 đơn vị hành chính" is what a province has left, a figure). What a commune, a ward or a special
zone holds needs no "cũ" (session 28): "Xã A sau sắp xếp gồm 3 đơn vị hành chính cấp xã" can only be its make-up.
"""

from __future__ import annotations

import re

__all__ = ["made_of_units"]

_UNITS = ("đơn vị hành chính",)
"""The units a merged place is counted in when its parts are told (`figure_units`)."""
_ORIGIN_BEFORE = re.compile(
    r"\b(?:thành lập|hình thành|sắp xếp|sáp nhập|hợp nhất|nhập)\s+(?:trên cơ sở|từ)\b"
    r"(?:(?!\b(?:xuống|còn|tăng|giảm)\b)[^.;:!?\n]){0,90}?$",
    re.IGNORECASE)
"""The origin clause before the count, in the same clause: "được thành lập trên cơ sở ", "hình thành từ việc sáp nhập
", "trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số của "; a change ("xuống", "còn") in between is no
origin."""
_OTHER_ORIGIN_BEFORE = re.compile(
    r"(?:\(\s*(?:sáp nhập|hợp nhất|nhập)(?:\s+từ)?\s+|\bmới\s+(?:được\s+)?(?:thành lập\s+)?trên cơ sở\s+)$",
    re.IGNORECASE)
"""The make-up opened right before the count: in brackets after the unit's name ("xã A (sáp nhập 3 đơn vị ..."), or
as a new unit's ground ("là xã mới trên cơ sở 3 đơn vị ...")."""
_HELD_BEFORE = re.compile(r"\b(?:sắp xếp|sáp nhập|hợp nhất)\s*,?\s+gồm(?:\s+có)?\s+$", re.IGNORECASE)
_FORMER_AFTER = re.compile(r"\s+(?:cấp\s+(?:xã|huyện|tỉnh)\s+)?cũ\b", re.IGNORECASE)
"""What a unit holds after the arrangement, counted as former units ("sau sắp xếp gồm 3 đơn vị hành chính cũ")."""
_COMMUNE_HOLDS = re.compile(
    r"(?<![Tt]hị )(?<![Cc]ấp )(?<![Cc]ác )\b(?:[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu)\s+(?:mới\b|(?=[A-ZĐÀ-Ỹ]))"
    r"(?:(?!\b(?:tỉnh|thành phố|huyện|quận|thị xã|xuống|còn|tăng|giảm)\b)[^.;:!?\n]){0,70}?"
    r"\bgồm(?:\s+có)?\s+$")
"""What a commune, a ward or a special zone holds, counted in administrative units ("Xã A sau sắp xếp gồm 3 đơn vị
hành chính cấp xã", "Phường B mới gồm 5 đơn vị hành chính"): no unit of that level holds others but the former ones
it was made of, so "cũ" need not be said. A province, a district or a town ("thị xã A gồm 15 đơn vị hành chính cấp
xã") holds units that are there now, a figure; so does a count that goes on to change."""
_CHANGE_AFTER = re.compile(r"(?:[^.;:!?\n]){0,40}?\b(?:xuống(?:\s+còn)?|còn|lên)\s+\d", re.IGNORECASE)
"""A count the sentence goes on to change ("từ 10.310 đơn vị ... xuống còn 3.321"): the merger's result, a figure."""


def made_of_units(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) is the former units a new place was made from."""
    if unit not in _UNITS:
        return False
    window = max(0, start - 120)
    if _OTHER_ORIGIN_BEFORE.search(text, window, start):
        return not _CHANGE_AFTER.match(text, end)
    if _COMMUNE_HOLDS.search(text, window, start):
        return not _CHANGE_AFTER.match(text, end)
    if _HELD_BEFORE.search(text, window, start):
        return bool(_FORMER_AFTER.match(text, end))
    if not _ORIGIN_BEFORE.search(text, window, start):
        return False
    return not _CHANGE_AFTER.match(text, end)
