"""How the names of one list are read: the level words written before it ("08 xã, phường gồm: A, B"), a description
between the level word and the list ("các xã nông thôn mới nâng cao: A, B") and a commune's district after a dash
("Tân Thuận - Hàm Thuận Nam, Tân Thắng - Hàm Tân")."""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .place_names import known_name

_WARD_WORDS = {"phường": "phường", "xã": "xã", "thị trấn": "xã"}


def levels_before(text: str, start: int, level: str) -> tuple[str, ...]:
    """The ward level words written just before the one at `start` ("xã, phường", "phường và xã"): a list
    that follows may hold units of each."""
    m = re.search(r"(?:(?<![\w])(?i:phường|xã|thị trấn)\s*(?:,|và|/|hoặc)\s*)+$", text[max(0, start - 40):start])
    if not m or level not in _WARD_WORDS.values():
        return ()
    words = [" ".join(w.lower().split()) for w in re.findall(r"(?i:phường|xã|thị\s+trấn)", m[0])]
    own = " ".join(text[start:start + 9].lower().split())
    if own.startswith("thị trấn"):  # "xã, thị trấn gồm: A, B": the list's own word read as "xã" may be a town's
        words.append("thị trấn")
    return tuple(dict.fromkeys(w for w in words if w != level or w == "thị trấn"))


_DASHED = re.compile(r"([A-ZĐÀ-Ỹ][\w'’]*(?:[ \t]+[A-ZĐÀ-Ỹ\d][\w'’]*){0,3})[ \t]+[-–—][ \t]+"
                     r"([A-ZĐÀ-Ỹ][\w'’]*(?:[ \t]+[A-ZĐÀ-Ỹ\d][\w'’]*){0,3})(?=\s*(?:[,;()]|\s+và\s|$))")


def _dashed_district(unit: str, district: str) -> str | None:
    """The level of the district after a dash in a listed name ("Suối Kiết - Tánh Linh"), when the whole is no
    unit's name ("Xuân Hương - Đà Lạt" is one ward's)."""
    if known_name(f"{unit} - {district}"):
        return None
    levels = gazetteer().district_levels(district)
    return next(iter(levels)) if len(levels) == 1 else None


_DESCRIPTION_END = re.compile(r"\s*(?::|,?\s*(?:bao\s+)?gồm\b)", re.IGNORECASE)


def described_list(text: str, position: int) -> int:
    """Where the list opens after a description of its units: "các xã đặc biệt khó khăn: A, B" (at the colon), "các
    phường có tỷ lệ hồ sơ trực tuyến thấp gồm A, B". The description is a few words in lower case (an acronym such as
    "NTM" may stand among them) with no punctuation; `position` itself when no such description and list follow."""
    words = list(re.finditer(r"[ \t]+(\w[\w'’]*)", text[position:position + 100]))
    end = position
    for count, word in enumerate(words, 1):
        if word.start() != end - position or count > 12:
            break
        token = word[1]
        # the first word in lower case (or an acronym); later ones may name what the units have in common:
        # "6 xã có công trình cầu Rạch Miễu 2 đi qua, gồm: A, B"
        if not (token.islower() or (token.isupper() and 2 <= len(token) <= 5)) and \
                (count == 1 or not (token[0].isupper() or token.isdigit())):
            break
        end = position + word.end()
        if _DESCRIPTION_END.match(text, end):
            comma = re.match(r"\s*,", text[end:])  # "..., gồm:": the list opens after the comma
            return end + (comma.end() if comma else 0)
    return position
