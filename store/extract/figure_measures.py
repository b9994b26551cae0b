"""Lengths in metres, volumes in cubic metres and weights in tons: figures only when they measure works built, goods
supported or materials moved.

A commune's oversight of its hamlets reports what was built and what the state gave for it ("làm được 200 m đường bê
tông", "cứng hóa 450 m kênh mương", "được hỗ trợ 42 tấn xi măng"), as other reports count houses or works. The same
units far more often measure no result: a distance ("cách trụ sở 700 m"), a size ("rộng 6 m"), a yield or a harvest
("6 tấn/ha", "5.000 tấn lúa"), a tank ("bể chứa 20 m3"). So the unit counts only when what it measures follows it
at once: a road, a canal; cement, rice; sand, stone, earth dredged.
"""

from __future__ import annotations

import re

_WORKS = re.compile(r"\s*(?:đường|kênh|mương|rãnh|cống|kè|đê|tường rào|hàng rào|vỉa hè|ống|dây)(?![\wÀ-ỹ])",
                    re.IGNORECASE)
_MATERIALS = r"cát|sỏi|đá|đất|bùn|gỗ|đá dăm|cát sỏi|cấp phối"
"""Building materials and spoil, given, bought or dug out ("78 m³ cát sỏi", "30 tấn đá", "nạo vét 1.200 m3 đất"); a
canal dredged is counted by what came out of it ("nạo vét 3.500 m3 kênh mương"), water never (a tank, a supply's
capacity: "bể 20 m3 nước", "1.200 m3 nước/ngày")."""
_MEASURED = {
    "m": _WORKS, "km": _WORKS,  # "cứng hóa 4,2 km đường", never "cách trụ sở 8 km"
    "tấn": re.compile(r"\s*(?:xi măng|gạo|thóc|phân bón|sắt thép|thép|hàng hóa|hàng hoá|hàng|" + _MATERIALS + r"|"
                      r"thức ăn|vôi bột|vôi|hóa chất|hoá chất|lương thực|giống)(?![\wÀ-ỹ])", re.IGNORECASE),
    "m3": re.compile(r"\s*(?:" + _MATERIALS + r"|rác|bê tông|kênh|mương)(?![\wÀ-ỹ])", re.IGNORECASE),
}
"""What a length or a weight must measure to be a result: a road, a canal, a drain ...; cement, rice, fertiliser."""


def measure_is_context(text: str, end: int, unit: str) -> bool:
    """Whether a number in metres or tons, its unit ending at `end`, measures no works built nor goods given."""
    measured = _MEASURED.get(unit)
    return measured is not None and not measured.match(text, end)


def same_works(later: dict, earlier: dict) -> bool:
    """Whether a length or weight restates an earlier one: the same value, unit and place, the same thing measured
    (the label's first word after the unit: "200 m đường" registered, then "làm được 200 m đường"), and no other
    period. A plan's length told again once built is one figure: the report checks the one against the other."""
    if later["unit"] not in _MEASURED or later["unit"] != earlier["unit"] or later["value"] != earlier["value"]:
        return False
    if later.get("locality") != earlier.get("locality") or later.get("period") not in (None, earlier.get("period")):
        return False
    return _measured(later) is not None and _measured(later) == _measured(earlier)


def _measured(figure: dict) -> str | None:
    words = re.findall(r"[\wÀ-ỹ]+", figure["label"].lower())
    if words and words[0] in ("m", "mét", "tấn", "m3", "khối"):
        words = words[1:]
    return words[0] if words else None
