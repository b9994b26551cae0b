"""A level word cut to its letters ("H. Phú Ninh", "X. Tân Hiệp", "TT Nghèn"), kept only where the gazetteer agrees.

Captions, tables and lists shorten the level word: "UBND H. Phú Ninh", "X. Tân Hiệp, H. Phú Giáo", a township with
no stop ("TT Nghèn", "TT Nông trường Việt Trung"). The same letters are a person's initial ("ông Nguyễn H. Nam"),
a post's prefix ("P. Chủ tịch": Phó, "Q. Giám đốc": quyền), a centre ("TT Y tế": Trung tâm) or a sentence's last
letter, which the regex (`place_unit_words.LEVEL`) cannot tell apart; read alone, "H." gave a unit named "H". So a
mention found by these letters is kept only when the name after it is a unit of that level: "H." a district, "X."
a commune, a bare "TT" before one word a former township; "P."/"Q." (read before) lose only a post's title.
"""

from __future__ import annotations

import re

from ..folding import fold
from ..gazetteer import gazetteer
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
    if letters in ("H.", "X."):
        before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 30):start])  # a comma ends the word before
        previous = before[1] if before else ""
        if _LETTER_AFTER.search(previous) or previous[:1].isupper() and previous[1:].islower() and \
                previous.lower() not in _CUES:
            return None  # "ông Nguyễn H. Nam", "loại X."
        return (names, end) if names and _is_unit(names, "huyện" if letters == "H." else "xã") else None
    if letters == "TT" and names and " " not in names and not _is_unit(names, "thị trấn"):
        return None  # "TT Y tế", "TT Huấn luyện": a centre; "TT Nghèn" stays
    return names, end


def _is_unit(name: str, level: str) -> bool:
    """Whether a unit of `level` was called `name`, spelled as written (not "Chũ" for "Chủ")."""
    places = gazetteer()
    if level == "huyện":
        return "huyện" in places.district_levels(name)
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
