"""Bodies and titles in one casing, whatever casing the page wrote them in.

Real pages capitalise an organ's or a title's words as they please: "Đoàn Đại biểu Quốc hội", "Đoàn Giám sát",
"Ban Pháp Chế", "Hội đồng Nhân dân", "Ủy Ban MTTQ", "Thường Trực HĐND", "UBND Phường". The rules that find bodies,
leaders and places were written for one casing ("Đoàn đại biểu Quốc hội"), and a different one either missed the
organ or cut it short ("Quốc hội" for the province's deputies). Rather than teach every rule every casing, the text is
given the usual casing of these names once, before any rule reads it (`extract_article`):

- only words after a phrase's first letter change, so a lower-case mention ("đoàn giám sát đã ...") stays lower-case
  and a capitalised one stays capitalised: the change never turns a common noun into a title or back;
- a phrase written wholly in capitals (a headline "ĐOÀN GIÁM SÁT ...") is left as it is;
- the change keeps every character's place (a letter's case only), so positions in the text still hold.

A unit's name with one syllable written in lower case ("HĐND huyện Đồng hỷ", "xã Tân hiệp") is given its capital
the same way (`place_syllables`): only when the capitalised words alone name no unit of that level and, with the
next syllable capitalised, they do ("Đồng" no district, "Đồng Hỷ" one); "xã Phan đã ..." stays as written.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer

_PHRASES = (
    "Đoàn đại biểu Quốc hội", "Ủy ban Thường vụ Quốc hội", "Quốc hội",
    "Hội đồng nhân dân", "Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Ủy ban MTTQ",
    "Đoàn giám sát", "Đoàn khảo sát", "Đoàn kiểm tra", "Đoàn công tác", "Đoàn liên ngành",
    "Tổ giám sát", "Tổ khảo sát", "Tổ kiểm tra", "Tổ công tác", "Tổ đại biểu",
    "Ban Pháp chế", "Ban Kinh tế", "Ban Văn hóa", "Ban Dân tộc", "Ban Đô thị", "Ban Kinh tế - Ngân sách",
    "Ban Văn hóa - Xã hội", "Ban Chỉ đạo",
    "Thường trực", "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Chủ nhiệm", "Phó Chủ nhiệm",
    "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Đảng ủy", "Quận ủy", "Thị ủy",
)
"""Organs and titles in their usual casing. (Titles holding "ban" or "đoàn", "Trưởng ban", "Trưởng đoàn", are left
out: "Trưởng Ban Pháp chế" and "Trưởng Đoàn ĐBQH" capitalise the organ's own first word, which must stay.)"""

_LEVELS = ("Phường", "Xã", "Tỉnh", "Huyện", "Quận", "Thị xã", "Thị trấn", "Thành phố", "Đặc khu")
"""A unit's level word after an organ, before the unit's name ("UBND Phường Tân Phong"): written lower-case, as the
place rules expect."""
_ORGANS = r"UBND|HĐND|ĐBQH|MTTQ|UBMTTQ|Hội đồng nhân dân|[ỦU][yỷ] ban nhân dân|Đảng [uủ][ỷy]|Công an"


def _spelled(word: str) -> str:
    """A word as a pattern that allows either place of the accent in "Ủy"/"Uỷ" and "hóa"/"hoá"."""
    pattern = re.escape(word)
    for old, new in (("Ủy", "(?:Ủy|Uỷ)"), ("ủy", "(?:ủy|uỷ)"), ("hóa", "(?:hóa|hoá)")):
        pattern = pattern.replace(old, new)
    return pattern


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("uỷ", "ủy").replace("hoá", "hóa").split())


_CANON = {_key(phrase): phrase for phrase in _PHRASES}


def _phrase_pattern(phrase: str) -> str:
    """A phrase's words apart by any spaces, a dash in it either dash ("Ban Kinh tế – Ngân sách")."""
    return r"\s+".join(_spelled(w) for w in phrase.replace(" - ", " @ ").split()).replace("@", r"[-–]")


_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(_phrase_pattern(p) for p in sorted(_PHRASES, key=len, reverse=True))
                     + r")(?!\w)", re.IGNORECASE)
NAMES = _PHRASE
"""Where organs and titles are written, in any casing (for tests that recase them)."""
_LEVEL = re.compile(r"(?<!\w)(" + _ORGANS + r")(\s+)(" + "|".join(_LEVELS) + r")(?!\w)(?P<named>(?=[ \t]+[^\W_a-zđ]))?")
"""An organ's level word, and whether a unit's name follows it ("UBND Phường Tân Phong")."""


def _level(match: re.Match[str]) -> str:
    """The level word lower-case, but "Thành phố" alone ("Phó Chủ tịch HĐND Thành phố,"): Hà Nội's and TPHCM's own
    council, as their pages write it, naming no unit for the place rules."""
    if match[3].isupper() or (match[3] == "Thành phố" and match["named"] is None):
        return match[0]
    return match[1] + match[2] + match[3].lower()


def _recase(match: re.Match[str]) -> str:
    found = match[0]
    if found.upper() == found:  # a headline in capitals: left as written
        return found
    canon = _CANON.get(_key(found.replace("–", "-")))
    if canon is None:
        return found
    words, canon_words = re.split(r"(\s+)", found), canon.split()
    out: list[str] = []
    for index, word in enumerate(words[::2]):
        model = canon_words[index] if index < len(canon_words) else word
        if model.isupper() or not model.isalpha():  # an acronym ("MTTQ") or a dash: as written
            cased = word
        elif model[0].isupper():
            cased = word[0].upper() + word[1:].lower()
        else:
            cased = word.lower()
        if index == 0:
            cased = word[0] + cased[1:]  # the first letter stays as the page wrote it
        out.append(cased)
        if 2 * index + 1 < len(words):
            out.append(words[2 * index + 1])
    return "".join(out)


def usual_case(text: str) -> str:
    """`text` with organs, titles and an organ's level word in their usual casing; every character keeps its place."""
    text = _PHRASE.sub(_recase, text)
    return _LEVEL.sub(_level, text)


_CAPITALISED = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
_LOWER_SYLLABLE = r"[a-zđà-ỹ][^\W\d_]*"
_LOWER_IN_NAME = re.compile(rf"(?<!\w)(?P<level>huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+"
                            rf"(?P<name>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})[ \t]+(?P<low>{_LOWER_SYLLABLE})"
                            rf"(?!\w)")
"""A level word, capitalised words and one lower-case syllable after them ("huyện Đồng hỷ")."""


def _names_a_unit(level: str, name: str) -> bool:
    if level in ("xã", "phường", "thị trấn"):
        return bool(gazetteer().former_wards(name, level) or gazetteer().find_wards(name))
    return level in gazetteer().district_levels(name)


def _syllable(match: re.Match[str]) -> str:
    level, name, low = match["level"], match["name"], match["low"]
    if _names_a_unit(level, name) or not _names_a_unit(level, f"{name} {low.capitalize()}"):
        return match[0]
    return match[0][:match.start("low") - match.start()] + low[0].upper() + low[1:]


def place_syllables(text: str) -> str:
    """`text` with a unit's name that has one syllable in lower case capitalised (see the module's note); every
    character keeps its place."""
    return _LOWER_IN_NAME.sub(_syllable, text)
