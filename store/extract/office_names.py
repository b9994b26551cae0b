"""Office and body names that a plain reading of titles would cut short.

Titles after a name are read segment by segment, a comma ending one, and a title stops where
ordinary lower-case words begin (`people._titles_after`, `people._trim_title`). Some offices are
written with a comma or lower-case words inside their own name, so the reading stopped half-way and
lost the rest of the titles, "Trưởng Đoàn ..." and the verb that says who led with them:

- a department whose name lists its fields with a comma: "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
  "Thứ trưởng Bộ Lao động, Thương binh và Xã hội";
- the party committee of a province's party agencies, set up in 2025: "Phó Bí thư Đảng ủy các cơ quan
  Đảng tỉnh";
- a dotted abbreviation inside the titles ("Chủ tịch UBND TP.HCM, cùng ông Y, Phó Chủ tịch UBND TP.HCM,
  đi kiểm tra"), whose dot is no sentence's end: rules that read a clause up to a "." must read past it.
"""

from __future__ import annotations

import re

from ..folding import fold

_COMMA_TAILS = {
    "van hoa": re.compile(r"\s*Thể\s+thao\s+và\s+Du\s+lịch\b"),
    "lao dong": re.compile(r"\s*Thương\s+binh\s+và\s+Xã\s+hội\b"),
}
"""The last field of an office name before its comma (folded), and what the name goes on with after it."""

_PARTY_AGENCIES = ("cac", "co", "quan")
"""'Đảng ủy các cơ quan Đảng tỉnh': the words after 'Đảng ủy' that belong to the body's name."""

_DOTTED = re.compile(r"\b(?:TP|Tp|TX|TT|P|Q|H)\.(?=[A-ZĐ0-9]|\s(?:Hồ Chí Minh|HCM|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ|"
                     r"Huế)\b)")
"""An abbreviated level before a place ("TP.HCM", "TP. Hồ Chí Minh", "P.Phú An", "Q.1"): the dot joins, it ends
nothing. With a space after it, only before a city's name: "tại TP. Sau đó" may end a sentence."""


def office_tail(previous: str, rest: str) -> int:
    """How much of `rest` (the text after the comma that ended `previous`) still belongs to `previous`'s office name:
    "Giám đốc Sở Văn hóa" + ", Thể thao và Du lịch, Trưởng Đoàn ..." → the length of ", Thể thao và Du lịch"."""
    words = fold(previous).split()
    for last, tail in _COMMA_TAILS.items():
        if " ".join(words[-2:]) == last and (m := tail.match(rest.lstrip(", "))):
            return len(rest) - len(rest.lstrip(", ")) + m.end()
    return 0


def body_words_at(words: list[str], index: int) -> int:
    """How many of `words` from `index` on belong to a body name that the words before began ("các cơ quan" after
    "Đảng ủy"), so that a title is not cut at its lower-case words; 0 when none do."""
    if index >= 2 and fold(" ".join(words[index - 2:index])) == "dang uy" and \
            tuple(fold(w) for w in words[index:index + 3]) == _PARTY_AGENCIES:
        return 3
    return 0


def undot_abbreviations(text: str) -> str:
    """`text` with the dot of an abbreviated level ("TP.HCM") replaced by "·", the length kept, so that a rule
    reading a clause up to its "." reads past it."""
    return _DOTTED.sub(lambda m: m[0][:-1] + "·", text)
