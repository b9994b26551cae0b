"""What the gazetteer knows of a name as a report types it, for reading where a unit's name ends.

A name is read as its capitalised words ("phường Mỹ Đình"); these say when more belongs to it: a number
("Mỹ Đình 2"), syllables typed in lower case ("xã Hòa hiệp", "Cát hanh"), when less does (a title joined to the
first line of the text, "tại xã Kim Phú Đoàn kiểm tra ..."), and whether the next name
after a comma is another ward of the same level ("phường Phúc Xá, Trúc Bạch") rather than a district or
province ("phường Lái Thiêu, Bình Dương"), or another district of the same level ("huyện Cẩm Khê, Thanh Sơn")
rather than the province it lies in ("huyện Châu Thành, Long An"). Each asks whether a unit was ever so called:
today, before 2025 (`former_wards`) or before that (`earlier_wards`).

A name is the same written either way the tone mark is placed ("Thanh Thủy" and "Thanh Thuỷ", "Hòa" and "Hoà"):
the gazetteer's lists use both styles (`same_spelling`).
"""

from __future__ import annotations

import re
import unicodedata

from ..dashes import has_dash, one_dash
from ..earlier_wards import earlier_wards
from ..gazetteer import gazetteer
from .place_spelled_numbers import spellings


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
    return called(name, level)


def called(name: str, level: str) -> bool:
    """Whether a ward or commune of `level` has been called `name`, whatever else bears it ("xã Hội An" beside the
    city): where a body's head word opens the name ("xã A và Hội An" against "xã A và Hội Nông dân xã")."""
    places = gazetteer()
    return bool([w for w, _ in places.find_wards(name) if w.name.lower().startswith(level)]
                or places.former_wards(name, level) or earlier_wards(name, level))


def unit_name(name: str, level: str) -> bool:
    """Whether a unit of `level` has been called `name`, so the name after a comma goes on a list of that level
    with no level word of its own: a ward or commune as `ward_name` says ("phường Phúc Xá, Trúc Bạch"), or a
    district of that level before 2025 ("huyện Cẩm Khê, Thanh Sơn, Yên Lập", "quận Ba Đình, Hoàn Kiếm"). A name a
    province bears, today's or a former one, is where the district lies ("huyện Châu Thành, Long An", "huyện Lạng
    Giang, Bắc Giang"), never a district of the list; nor are cities ("thành phố A, B": a province's city as often)."""
    if level in ("phường", "xã"):
        return ward_name(name, level)
    if level not in ("huyện", "quận", "thị xã"):
        return False
    places = gazetteer()
    if places.find_province(name) or places.former_province(name):
        return False
    return level in places.district_levels(name)


_IN_A_DISTRICT = re.compile(r"\s*,\s*(?i:huyện|quận|thị xã)\s+[A-ZĐÀ-Ỹ]")


def lies_in_next_district(text: str, end: int, name: str, level: str) -> bool:
    """A district after a comma: the name of `level` ending at `end` is a place within it ("... của huyện Lệ Thủy và
    Tân Ninh, huyện Quảng Ninh"; real: a province's secretary in two districts' flood areas, Quảng Bình; session 25,
    fresh42), unless the name is a district of that level itself ("tại Công an huyện Can Lộc, Đức Thọ, thị xã Hồng
    Lĩnh": a district never lies in another; the list goes on)."""
    return level in ("huyện", "quận", "thị xã") and bool(_IN_A_DISTRICT.match(text, end)) and \
        not unit_name(name, level)


def numbered(text: str, name: str, end: int, series: bool = False) -> tuple[str, int]:
    """ "phường Mỹ Đình 2": a number after the words of a name, taken when only the numbered name is a unit.
    `series`: the name follows a numbered one in a list ("xã Hòa Tú 1, Gia Hòa 1, Gia Hòa 2 về ..."), so its number
    is part of it whatever follows."""
    number = re.match(r"[ \t]+(\d{1,2})\b(?![.,/]\d)", text[end:])
    if not number:
        return name, end
    places = gazetteer()
    longer = next((f"{name} {said}" for said in [number[1]] + spellings(int(number[1]))
                   if places.find_wards(f"{name} {said}") or places.former_wards(f"{name} {said}")), None)
    if longer is None:
        return name, end  # "thị trấn Thứ 11" is "Thứ Mười Một" (place_spelled_numbers)
    if series or not (places.find_wards(name) or places.former_wards(name)) or \
            _NAME_ENDS.match(text, end + number.end()):
        return longer, end + number.end()  # "xã Tân Phước 1 và xã Tân Phước 2": units of 2025, though a ward of
        # TPHCM is "Tân Phước"; a number followed by a word is a count ("xã Tân Phước 2 lần")
    return name, end


_NAME_ENDS = re.compile(r"\s*(?:[,.;:()]|[-–—]\s|$|(?:và|cùng|thuộc|huyện|tỉnh|thành phố|cũ|mới)\b)")
"""What may follow a numbered unit's name: a stop, a bracket, "và", the unit it lies in."""


_COUNTED_AFTER = re.compile(r"[ \t]+(?:khu phố|tổ dân phố|khu dân cư|khu|tổ|ấp|thôn|xóm|bản|buôn|làng|khóm|hộ|người|"
                            r"nhân khẩu)\b")


def counts_quarters(text: str, name: str, end: int) -> bool:
    """ "phường Tân An và 6 khu phố của phường Hiệp An": a bare number that counts the quarters, households or people
    a merged unit took from another names no numbered unit of the list before it ("phường 1, 2 và 6" does)."""
    return name.isdigit() and bool(_COUNTED_AFTER.match(text, end))


def typed_in_lower_case(text: str, name: str, end: int) -> tuple[str, int]:
    """ "xã Hòa hiệp": a ward's later syllables typed in lower case, taken when only the longer name is a unit."""
    places = gazetteer()
    if places.find_wards(name) or places.former_wards(name):
        return _direction_after(text, name, end)
    longer, longer_end = name, end
    for _ in range(2):
        token = re.match(r"[ \t]+([a-zà-ỹđ]+)\b", text[longer_end:])
        if not token:
            break
        longer, longer_end = f"{longer} {token[1]}", longer_end + token.end()
        if places.find_wards(longer) or places.former_wards(longer):
            return longer, longer_end
    return name, end


_DIRECTION = re.compile(r"[ \t]+(bắc|nam|đông|tây|trung|thượng|hạ)\b(?![ \t]*[A-ZĐÀ-Ỹ])")


def _direction_after(text: str, name: str, end: int) -> tuple[str, int]:
    """ "xã Vĩnh Bình bắc": a direction typed in lower case after a name that is a unit by itself ("Vĩnh Bình") is
    the name's last syllable when the longer name is a unit too: a commune named for its side of another is written
    that way, and no report says "xã A bắc" for the north of A. (A capitalised word after it, "xã A nam Bộ", is some
    other name.)"""
    direction = _DIRECTION.match(text[end:])
    if direction is None:
        return name, end
    places = gazetteer()
    longer = f"{name} {direction[1]}"
    if places.find_wards(longer) or places.former_wards(longer):
        return longer, end + direction.end()
    return name, end


def known_prefix(name: str, end: int) -> tuple[str, int]:
    """ "xã Kim Phú Đoàn kiểm tra ...": a ward's name run into the capitalised word that starts the next sentence (a
    title joined to the line after it, a full stop left out). The capitalised words are cut back to the longest
    start of them that a unit has been called, when no unit was ever called by all of them."""
    if " " not in name and not has_dash(name) or known_name(name):
        return name, end
    # cut at a space or at a dash ("Tân Định-Đây là ...": a dash typed unspaced may end the clause too)
    for cut in sorted({m.start() for m in re.finditer(r" |(?<=\w)[-–—]", name)}, reverse=True):
        shorter = name[:cut].rstrip(" -–—")
        if shorter and known_name(shorter) and not shorter.isdigit():
            return shorter, end - len(name) + len(shorter)
    return name, end


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _tone_key(text: str) -> str:
    """Each syllable with its tone mark moved to its end, lower case: "Thủy" and "Thuỷ" give one key."""
    out = []
    for word in unicodedata.normalize("NFD", text).casefold().split():
        tones = "".join(c for c in word if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in word if c not in _TONES)) + tones)
    return " ".join(out)


def same_spelling(one: str, other: str) -> bool:
    """The same name, diacritics and all, whichever vowel of "oa", "oe", "uy" carries the tone: "Thanh Thủy" is the
    commune listed as "Xã Thanh Thuỷ", while "Nam Đàn" is still not "Nấm Dẩn"; whichever dash it is typed with ("Chân
    Mây-Lăng Cô" is "Xã Chân Mây – Lăng Cô", `one_dash`)."""
    return _tone_key(one_dash(one)) == _tone_key(one_dash(other))


def district_in_lower_case(text: str, end: int) -> tuple[str, int]:
    """ "xã Tân Thành huyện phú Bình": a district's first syllable typed in lower case, the next capitalised; taken
    when a district was so called (a lower-case word after "huyện" is otherwise no name: "huyện nghèo")."""
    found = re.match(r"[ \t]+([a-zà-ỹđ]+(?:[ \t]+[A-ZĐÀ-Ỹ][\w'’]*){1,2})", text[end:])
    if found and gazetteer().names_a_district(found[1]):
        return found[1][0].upper() + found[1][1:], end + found.end()
    return "", end
