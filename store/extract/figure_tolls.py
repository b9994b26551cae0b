"""A disaster's toll over many places, told at a visit to one commune or ward: the wider area's, no figure of it.

A leader who goes to a flooded commune is often told first what the storm did across the province ("đợt mưa lũ đã
làm 3 người tử vong, 2 người mất tích tại nhiều xã, phường trong tỉnh; gần 2.100 căn nhà bị ngập", "hoàn lưu bão đã
khiến 2 người chết ... ở nhiều địa phương", "lũ quét tại các xã vùng cao của tỉnh làm 4 người mất tích"), then what it
did to the place itself ("Riêng xã A có 19 điểm sạt lở"). Only the place's own losses are figures of the visit: a
sentence that tells a toll (dead, missing, injured, houses flooded or unroofed, damage) and places it in many units
or the whole province keeps none of its numbers, except those after "riêng" or "trong đó" that single out a unit. A
visit to a province (a national leader's stop) is the province's, so its province-wide toll stays.
"""

from __future__ import annotations

import re

__all__ = ["toll_of_many_places"]

_MANY_PLACES = re.compile(r"\b(?:ở|tại|trên|của)\s+(?:địa bàn\s+)?(?:nhiều|các|một số|hàng loạt|hầu hết các)\s+"
                          r"(?:địa phương|xã|phường|tỉnh|huyện|thôn|bản|nơi|khu vực|vùng)\b|"
                          r"\b(?:toàn tỉnh|cả tỉnh|toàn thành phố|toàn TP|cả thành phố|toàn huyện|cả huyện|cả nước|"
                          r"toàn quốc|trên địa bàn tỉnh|trong tỉnh)\b",
                          re.IGNORECASE)
_TOLL = re.compile(r"\b(?:chết|tử vong|thiệt mạng|mất tích|bị thương|thiệt hại|tốc mái|bị ngập|ngập sâu|sập|"
                   r"cuốn trôi|sạt lở|vùi lấp|hư hỏng)\b", re.IGNORECASE)
_SINGLED_OUT = re.compile(r"\briêng\b|\btrong đó\s+(?:(?:tại|ở)\s+)?(?:xã|phường|thị trấn)\b", re.IGNORECASE)


def toll_of_many_places(text: str, start: int, unit_visit: bool) -> bool:
    """Whether the number at `start` belongs to a toll the sentence spreads over many places (`unit_visit`: the
    visit went to a commune or ward, not to a province)."""
    if not unit_visit:
        return False
    spread = _MANY_PLACES.search(text)
    if spread is None or not _TOLL.search(text):
        return False
    singled = [m.start() for m in _SINGLED_OUT.finditer(text, 0, start)]
    return not (singled and singled[-1] > spread.start())
