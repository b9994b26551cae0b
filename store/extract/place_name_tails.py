"""A province's name at the tail of a longer name (a firm's, a person's) is no clue to where the article is.

Vietnamese given names are often places: "Trần Hòa Bình", "Nguyễn Thái Bình", "Lê Quảng Ninh". Read as a province
the article names, a visitor's name (written three or four times in a report) outweighs the province written once
in brackets after the communes visited, and places a commune two provinces share in the wrong one ("xã Đồng Xuân"
of Phú Thọ, which took in Hòa Bình, rather than of Đắk Lắk). A former province's name right after a surname or a
middle name, with only a space between, is therefore read as the end of a person's name; so is one ending a firm's
name (`place_companies`). "tỉnh Hòa Bình", "tại Thái Bình" and "Đoàn ĐBQH Hòa Bình" are untouched: the word before
them is no name.
"""

from __future__ import annotations

import re

from .person_names import SURNAMES
from .place_companies import in_firm_name

_MIDDLE_NAMES = {"thị", "đình", "đức", "hữu", "công", "ngọc", "xuân", "bá", "trọng", "khắc", "tiến", "quốc"}
"""Middle names that stand between a surname and a given name read as a province ("Nguyễn Thị Thái Bình")."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def in_other_name(text: str, start: int) -> bool:
    """Whether the capitalised name at `text[start:]`, read as a province, ends a person's or a firm's name."""
    return in_person_name(text, start) or in_firm_name(text, start)


def in_person_name(text: str, start: int) -> bool:
    """Whether the name at `text[start:]` follows a capitalised surname or middle name with one space between."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None or not before[1][0].isupper() or before[1].isupper() and len(before[1]) > 1:
        return False  # "ĐBQH Hòa Bình", "UBND Thái Bình": an acronym, no name
    word = before[1].lower()
    return word in SURNAMES or word in _MIDDLE_NAMES
