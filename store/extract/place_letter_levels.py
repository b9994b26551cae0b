"""A level word cut to its letters ("H. Phú Ninh", "X. Tân Hiệp", "TT Nghèn"), kept only where the gazetteer agrees.

Captions, tables and lists shorten the level word: "UBND H. Phú Ninh", "X. Tân Hiệp, H. Phú Giáo" (or in lower case,
"x. Yên Thắng, h. Yên Mô"), a township with no stop ("TT Nghèn", "TT Nông trường Việt Trung"). The same letters are
a person's initial ("ông Nguyễn H. Nam"), a post's prefix ("P. Chủ tịch": Phó, "Q. Giám đốc": quyền), a centre ("TT
Y tế": Trung tâm) or a sentence's last letter, which the regex (`place_unit_words.LEVEL`) cannot tell apart; read
alone, "H." gave a unit named "H". So a mention found by these letters is kept only when the name after it is a unit
of that level: "H." a district, "X." a commune, a bare "TT" before one word a former township, "P." a ward of any
list, "Q." a district or a number ("P.3", "Q. 10"); "P."/"Q." before a post's title ("P. Chủ tịch") or a person's
name ("P. Hùng") are no unit.
"""

from __future__ import annotations

import re

from ..earlier_wards import earlier_wards
from ..folding import fold
from ..gazetteer import gazetteer, split_level
from .place_names import same_spelling
from .place_unit_words import _name_after

__all__ = ["abbreviated_unit"]

_POST = re.compile(r"(?:Chủ tịch|Giám đốc|Phó|Trưởng|Bí thư|Chánh|Tổng|Hiệu trưởng|Thủ trưởng|Chỉ huy|Viện trưởng|"
                   r"Cục trưởng|Vụ trưởng)\b")
"""A post after "P." or "Q.": the deputy (Phó) or acting (quyền) holder, no ward or district."""
_LETTER_AFTER = re.compile(r"(?:loại|hạng|nhóm|mẫu|khu|tia|phụ lục|điểm|lớp|số|kiểu|dạng|vùng|ông|bà|anh|chị|"
                           r"đồng chí|phương án|vitamin)$", re.IGNORECASE)
"""Words a letter follows as a label or an initial ("loại X.", "ông H."), not as a level."""
_CUES = {"tại", "ở", "về", "đến", "với", "và", "thăm", "cùng", "từ"}
"""Capitalised at a sentence's start, these stay cues before a unit ("Tại X. Tân Hiệp")."""
_FARM = re.compile(r"[ \t]*Nông[ \t]+(?:trường|Trường)[ \t]+(?=[A-ZĐÀ-Ỹ])")


def abbreviated_unit(text: str, word: str, start: int, names: str, end: int) -> tuple[str, int] | None:
    """The name after the level `word` (matched at `start`), or None when the letters are no level here."""
    letters = word.strip()
    if re.fullmatch(r"TT|Tt\.?|TT\.|(?i:thị trấn)", letters) and (farm := _farm_town(text, start + len(word))):
        if not farm[0]:
            return None  # a farm town the gazetteer does not know: nothing, rather than "thị trấn Nông"
        names, end = farm
    if letters in ("P.", "Q.") and _POST.match(text, start + len(word)):
        return None  # "P. Chủ tịch UBND xã": a deputy
    if letters.upper() in ("H.", "X.", "P.", "Q."):
        if _initial(text, start):
            return None  # "ông Nguyễn H. Nam", "bà Trần Q. Lan", "loại X."
        if letters in ("P.", "Q.") and (not names or names.isdigit()):
            return names, end  # "P.3", "Q. 10": a numbered ward or district, as addresses write them
        level = {"H": "huyện", "X": "xã", "P": "phường", "Q": "quận"}[letters[0].upper()]
        return (names, end) if names and _is_unit(names, level) else None  # "P. Hùng": a person's initial
    if letters == "TT" and names and " " not in names and not _is_unit(names, "thị trấn"):
        return None  # "TT Y tế", "TT Huấn luyện": a centre; "TT Nghèn" stays
    return names, end


def _initial(text: str, start: int) -> bool:
    """Whether the letters at `start` follow a name's capitalised word or a label word: an initial or a label."""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 30):start])  # a comma ends the word before
    previous = before[1] if before else ""
    return bool(_LETTER_AFTER.search(previous) or previous[:1].isupper() and previous[1:].islower() and
                previous.lower() not in _CUES)


def _is_unit(name: str, level: str) -> bool:
    """Whether a unit of `level` was called `name`, spelled as written (not "Chũ" for "Chủ"); "phường": a ward of
    any list, merged before 2025 too ("P. Đống Mác")."""
    places = gazetteer()
    if level == "huyện":
        return "huyện" in places.district_levels(name)
    if level == "quận":  # "Q. Thủ Đức" in a page older than the city it became
        return bool(places.district_levels(name))
    if level == "phường" and (any(same_spelling(ward.base, name) for ward in earlier_wards(name)) or
                              any(same_spelling(split_level(unit.name)[1], name) for unit, _ in
                                  places.find_wards(name))):
        return True
    if any(same_spelling(ward.base, name) for ward in places.former_wards(name, level)):
        return True
    return level == "xã" and any(fold(unit.name).startswith("xa ") and same_spelling(unit.name[3:], name)
                                 for unit, _ in places.find_wards(name))


def _farm_town(text: str, position: int) -> tuple[str, int] | None:
    """ "TT Nông trường Việt Trung": a farm township, whose name has "trường" in lower case; ("", 0) for a farm
    town no list knows, None where no farm town is written."""
    farm = _FARM.match(text, position)
    if not farm:
        return None
    rest, rest_end = _name_after(text, farm.end())
    full = f"Nông trường {rest}"
    return (full, rest_end) if rest and _is_unit(full, "thị trấn") else ("", 0)
