"""What the gazetteer knows of a name as a report types it, for reading where a unit's name ends.

A name is read as its capitalised words ("phường Mỹ Đình"); these say when more belongs to it: a number
("Mỹ Đình 2"), syllables typed in lower case ("xã Hòa hiệp", "Cát hanh"), and whether the next name
after a comma is another ward of the same level ("phường Phúc Xá, Trúc Bạch") rather than a district or
province ("phường Lái Thiêu, Bình Dương"). Each asks whether a unit was ever so called: today, before
2025 (`former_wards`) or before that (`earlier_wards`).
"""

from __future__ import annotations

import re

from ..earlier_wards import earlier_wards
from ..gazetteer import gazetteer


def known_name(name: str) -> bool:
    places = gazetteer()
    return bool(places.find_wards(name) or places.former_wards(name) or earlier_wards(name))


def ward_name(name: str, level: str) -> bool:
    """Whether a ward or commune of `level` has been called `name` (today, before 2025 or earlier), and no
    province or district is: "Tây Mỗ" after "phường Mỹ Đình 2," is the next ward, "Hà Nội" is not."""
    if level not in ("phường", "xã"):
        return False
    places = gazetteer()
    if places.find_province(name) or places.former_province(name) or places.names_a_district(name):
        return False
    return bool([w for w, _ in places.find_wards(name) if w.name.lower().startswith(level)]
                or places.former_wards(name, level) or earlier_wards(name, level))


def numbered(text: str, name: str, end: int) -> tuple[str, int]:
    """ "phường Mỹ Đình 2": a number after the words of a name, taken when only the numbered name is a unit."""
    number = re.match(r"[ \t]+(\d{1,2})\b(?![.,/]\d)", text[end:])
    if not number:
        return name, end
    places = gazetteer()
    longer = f"{name} {number[1]}"
    if (places.find_wards(longer) or places.former_wards(longer)) and not (
            places.find_wards(name) or places.former_wards(name)):
        return longer, end + number.end()
    return name, end


def typed_in_lower_case(text: str, name: str, end: int) -> tuple[str, int]:
    """ "xã Hòa hiệp": a ward's later syllables typed in lower case, taken when only the longer name is a unit."""
    places = gazetteer()
    if places.find_wards(name) or places.former_wards(name):
        return name, end
    longer, longer_end = name, end
    for _ in range(2):
        token = re.match(r"[ \t]+([a-zà-ỹđ]+)\b", text[longer_end:])
        if not token:
            break
        longer, longer_end = f"{longer} {token[1]}", longer_end + token.end()
        if places.find_wards(longer) or places.former_wards(longer):
            return longer, longer_end
    return name, end
