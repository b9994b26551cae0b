"""A title that holds an office of a commune, a ward, a township or a special zone: the visited unit's own host.

Several leader rules drop such an official (a commune's chairman who speaks at the session hosts it). The word "xã"
also opens "xã hội", social affairs, in the names of committees and ministries that visit: "Ban Văn hóa - Xã hội HĐND
tỉnh", "Ủy ban Văn hóa và Xã hội của Quốc hội", "Bộ Lao động - Thương binh và Xã hội". "Xã hội" is read as a commune
only when a name follows it ("xã Hội Hợp", "UBND xã Hội Sơn"): a capitalised word that is no abbreviation ("HĐND").
"""

from __future__ import annotations

import re

_UNIT = re.compile(r"\b(?:(xã)\s+hội\b(?:\s+(\S+))?|xã|phường|thị\s+trấn|đặc\s+khu)\b", re.IGNORECASE)


def local_office(title: str) -> bool:
    """Whether `title` holds an office of a commune, ward, township or special zone (never "Xã hội", social affairs)."""
    for unit in _UNIT.finditer(title):
        if not unit[1]:
            return True
        following = unit[2] or ""
        if following[:1].isupper() and not following.isupper():
            return True  # "xã Hội Hợp": a commune's name
    return False
