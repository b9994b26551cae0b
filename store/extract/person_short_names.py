"""A name of two words written right after an office, with no "ông" or "bà": "Phó Chủ tịch HĐND tỉnh Lê Quang".

A name after a title needs three words (`person_names`), because a capitalised pair after a title is as often the
place that ends it ("Chủ tịch UBND tỉnh Hà Nam", "Chủ tịch UBND xã Lê Lợi"). Many officials' names have two words,
though, and pages write them so after any office ("Trưởng Ban Dân tộc HĐND tỉnh Lò Hương làm trưởng đoàn"); the head
was then never found (generated leads: every two-word name after a title failed). The pair is a name when its first
word is a surname (or a clan word no Vietnamese syllable spells, "Hdơk Yên", "Kơsor Phước", before a given name that
one does), it is followed by what a person does or by their titles (not by a capitalised word, which would
make it a longer name or a place), and it names no unit of the level the title ends with: after "tỉnh" no province
is called so, after "xã" no commune, and after a body with no level word ("Sở Nội vụ", "Ủy ban ... của Quốc hội")
no province or district.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .person_names import NAME_SURNAMES, TOKEN, clan_shaped, viet_syllable

_LEVEL_END = re.compile(r"(?:^|\s)(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+$", re.IGNORECASE)
_ACTS_AFTER = re.compile(
    r"\s*(?:[,(]|[-–]\s|\s(?:đã|đang|vừa|cùng|và|làm|là|dẫn|chủ trì|đồng chủ trì|chủ tọa|phát biểu|nhấn mạnh|"
    r"yêu cầu|đề nghị|kết luận|chỉ đạo|ghi nhận|đánh giá|khảo sát|giám sát|kiểm tra|thị sát|thăm|đến|tới|đi|"
    r"trực tiếp|lưu ý|khẳng định|cho biết|tiếp thu|biểu dương)\b)")
"""What follows a person: their titles after a comma or a dash, or a verb of theirs."""


def short_name_after_title(text: str, position: int, before: str) -> tuple[str, int] | None:
    """The two-word name at `position` right after a title ending `before`, as (name, end); or None."""
    first = TOKEN.match(text, position)
    if first is None or text[first.end():first.end() + 1] != " " or not first[0][:1].isupper():
        return None  # (a name opens capitalised: "Cục Quản lý Khám" holds no "Lý Khám")
    listed = first[0].lower() in NAME_SURNAMES
    if not listed and not clan_shaped(first[0]):
        return None
    second = TOKEN.match(text, first.end() + 1)
    if second is None or not second[0][:1].isupper() or not second[0][1:].islower() or len(second[0]) < 2:
        return None
    if not listed and not viet_syllable(second[0]):
        return None  # a clan word opens a name with a Vietnamese-spelt given name ("Rmah Đoan"), no "Samsung Display"
    if not _ACTS_AFTER.match(text, second.end()):
        return None
    name = f"{first[0]} {second[0]}"
    return None if _names_a_unit(name, before) else (name, second.end())


def _names_a_unit(name: str, before: str) -> bool:
    """Whether `name` could be the unit the title before it ends with."""
    places = gazetteer()
    level = _LEVEL_END.search(before[-20:])
    word = level[1].lower().rstrip(".") if level else ""
    province = bool(places.find_province(name) or places.former_province(name))
    district = places.names_a_district(name)
    ward = bool(places.find_wards(name) or places.former_wards(name))
    if word == "tỉnh":
        return province
    if word in ("thành phố", "tp"):
        return province or district
    if word in ("huyện", "quận", "thị xã"):
        return district
    if word in ("xã", "phường", "thị trấn"):
        return ward
    return province or district  # "Giám đốc Sở Nội vụ Hà Nam": a body is a province's or a district's, no ward's
