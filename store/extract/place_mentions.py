"""Where the article names an administrative unit, and how: "phường Lái Thiêu", "TP.Dĩ An", "các phường X và Y".

A unit is written as a level word and a capitalised name; the words around a
mention tell whether it qualifies the unit before it ("phường X, TP.Dĩ An")
or belongs to another ("của phường X"). Which unit a mention is, and whether
it was visited, is decided elsewhere (`place_resolution`, `places`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from ..earlier_wards import EarlierWard
from ..folding import fold, tone_key
from ..gazetteer import Resolution, district_key, gazetteer
from .place_agencies import OFFICE_NAME, SITE_NAME
from .place_generic_lists import GENERIC_LIST
from .place_letter_levels import abbreviated_unit
from .place_lists import _DASHED, _dashed_district, described_list, levels_before
from .place_names import (
    called,
    counts_quarters,
    district_in_lower_case,
    known_name,
    known_prefix,
    lies_in_next_district,
    numbered,
    typed_in_lower_case,
    unit_name,
)
from .place_person_after import person_after_level
from .place_preamble import distributive
from .place_site_brackets import site_bracket_units
from .place_title_after import opens_on_title
from .place_unit_words import LEVEL, LEVEL_WORDS, SPECIAL_PROVINCES, _name_after
from .place_unit_words import TOKEN as TOKEN  # read from here by older importers
from .place_unit_words import addressee_units as addressee_units
from .place_went_to_cues import went_to_names

if TYPE_CHECKING:
    from .text import Sentence

_PLURAL_BEFORE = re.compile(r"(?:các|hai|ba|bốn|năm|sáu|những|\d{1,2})\s+$", re.IGNORECASE)
VISIT_BEFORE = re.compile(
    r"(?:\btại|\bở|\bđến|\bvề|\bvới|\bxuống|\bthăm|\btham quan|\btrên địa bàn|\bđoạn\s+(?:đi\s+)?qua|"
    # the team's stop named as its destination: "Điểm đến (tiếp theo) của đoàn là xã A", not one still to come
    r"\bđiểm\s+đến(?:\s+(?:đầu tiên|tiếp theo|kế tiếp|cuối cùng))?\s+của\s+(?:đoàn|chuyến)"
    r"(?:(?!\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b)[^.;,()]){0,40}?\s+là)\s+(?:trụ sở\s+)?"
    r"(?:bộ phận (?:một cửa|tiếp nhận và trả kết quả)\s+|(?:trung tâm|điểm)[^,.;]{0,40}?(?:một cửa|hành chính công)\s+|"
    r"Đảng bộ,\s+chính quyền,?\s+và\s+(?:các tầng lớp\s+)?nhân dân\s+|"
    # the unit's bodies joined before its name: "tại Đảng ủy, UBND các phường: A, B", "Đảng ủy và UBND xã A"
    r"(?:(?:Đảng ủy|Đảng uỷ|HĐND|Hội đồng nhân dân)\s*(?:,|và|-|–)\s*)*"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Đảng ủy|Đảng uỷ|Trung tâm phục vụ hành chính công|Công an|"
    r"Ủy ban [Bb]ầu cử|Uỷ ban [Bb]ầu cử|lãnh đạo|Đảng bộ)\s+)?"
    r"(?:(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+)?"
    r"(?:(?:địa phương|đơn vị|địa bàn|cơ sở)\s*[:(]\s*)?$|"
    # the places named, then the units they are: "tại các điểm nóng xây dựng không phép là 3 xã A, B và C"
    # or counted after "tại"/"đến": "tại ba địa phương là xã A, xã B và thị trấn C" ("Ở hai địa phương là ..., tiến
    # độ còn chậm" is a finding about them)
    r"(?:(?:\btại|\bở|\bđến)\s+(?:các\s+)?|(?:\btại|\bđến)\s+(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+)"
    r"(?:điểm|địa bàn|khu vực|nơi|địa phương|vùng)\b[^.;,()]{0,60}?\s(?:là|gồm)\s+"
    r"(?:(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+)?$",
    re.IGNORECASE)
"""What comes just before a unit where the delegation goes there: "tại", "đến trụ sở UBND", "với các", "ở ba",
"tại các địa phương: xã A, xã B", "tại 02 đơn vị (xã A và thị trấn B)", "làm việc với Ủy ban Bầu cử tỉnh X", "đến thăm
Đảng bộ, chính quyền và nhân dân xã A" (the set phrase for a place's people), "tại Điểm phục vụ hành chính công xã A"
(Hà Nội's commune desk of 2025); a road
surveyed "đoạn qua xã A", where it runs through the commune; the team's destination, "Điểm đến của đoàn công tác là xã
A", "Điểm đến tiếp theo của đoàn là UBND xã B" (not "điểm đến của đoàn tuần sau sẽ là xã C", still to come)."""
_CLOSED_LIST = re.compile(r"(?:\s*,\s*(?:[A-ZĐÀ-Ỹ]|\d)[^,.;()]{0,40}?)+\s*,?\s+và\s+(?:[A-ZĐÀ-Ỹ]|\d)")
"""After a unit's name, more names and a final "và" ("xã A, B và C", "phường 1, 2 và 3"): one list."""
_AGENCY_WORD = re.compile(r"(?:UBND|HĐND|MTTQ|Ủy ban|Uỷ ban|Công an|Trung tâm|Bộ phận|Đảng ủy|Đảng uỷ|Trụ sở|Sở|Phòng|"
                          r"Ban|Văn phòng|Chi cục|Bệnh viện|Trường)\b")
"""An office's name, which ends a list of units: "các huyện A, B, Sở Tài nguyên", "xã A và Ủy ban nhân dân xã B"."""
_MEMBER_BODY = re.compile(r"(?:Hội|Trạm|Đội|Hạt|Ngân hàng|Kho bạc|Bưu điện|Mặt trận)\s")
"""A union, station or team asked with the unit ("UBND xã A và Hội Nông dân xã vận động ..."): no commune "Hội
Nông", unless a commune of that level has been so called, whatever else bears the name ("xã A và Hội An")."""
_GENITIVE = re.compile(r"(?:\bcủa|\bcho|\bthuộc|\bvới)\s+(?:UBND\s+|các\s+)?$", re.IGNORECASE)
_QUALIFIER_GAP = re.compile(
    r"\s*(?:\(\s*(?:mới|cũ|trước đây|(?:sau|trước)\s+(?:khi\s+)?(?:sáp nhập|sắp xếp|hợp nhất))\s*\))?"
    r"(?:\s*[,(]|\s[-–]|\sthuộc|\scủa)?\s*", re.IGNORECASE)
"""What may stand between a unit and the higher unit after it that says where it lies: a comma, a bracket, a dash,
"thuộc" ("các xã: A, B - huyện X", "A, B thuộc huyện X"), after a note on the unit's own state ("xã Thạnh Lộc (mới),
huyện Châu Thành", "xã A (sau sáp nhập), huyện B", "xã A (cũ), huyện B"): the note says which of the unit's forms is
meant, and the district after it still only qualifies the unit."""


@dataclass
class Mention:
    """A unit named in the article."""

    written: str
    level: str | None
    base: str
    start: int
    end: int
    sentence: Sentence | None
    in_title: bool = False
    resolution: Resolution | None = None
    name: str = ""
    qualifier: bool = False
    continuation: bool = False
    visited: bool = False
    genitive: bool = False
    bare: bool = False
    """Named without a level word ("tại Mường Thanh"): kept only if it is one of today's wards."""
    earlier: EarlierWard | None = None
    """A unit merged away before the 2025 list ("phường Đống Mác"), placed in its province only."""
    by_neighbours: bool = False
    """Placed among namesakes by the wards named with it (`place_context.settle_by_siblings`)."""
    merged_part: bool = False
    office_of_holder: bool = False
    """A city or district named in an official's title before the name ("Chủ tịch UBND TP X <họ tên>")."""
    """One of the units a merged ward was made of, named beside it: no visit (`place_merged_parts`)."""
    other_levels: tuple[str, ...] = ()
    site_bracket: bool = False
    """A site's commune written bare in brackets after a visit's verb ("ở chợ Phủ (Thạch Châu)"): visited
    (`place_site_brackets`)."""
    """The other level words the list it is in was written under ("các xã, phường: A, B"): either may be its own."""

    @property
    def key(self) -> tuple:
        if self.resolution is None:
            return ("?", fold(self.base))
        ward = self.resolution.ward
        if ward is not None:
            return (self.resolution.province.code, "ward", ward.code)
        return (self.resolution.province.code, self.resolution.level, district_key(self.base))  # "H’Drai" = "Hdrai"

    @property
    def order(self) -> tuple[int, int]:
        return (-1 if self.in_title else self.sentence.index if self.sentence else 10**6, self.start)


def find_mentions(text: str, sentence: Sentence | None, in_title: bool,
                  bare_refs: list[tuple[str, Sentence | None]], before: str = "") -> list[Mention]:
    """The units named in `text`; a level word with no name after it ("UBND thành phố") goes to `bare_refs`.
    `before` is the sentence before `text`, whose visit a site opening `text` may be the place of."""
    found: list[Mention] = []
    for m in SPECIAL_PROVINCES.finditer(text):
        found.append(Mention(m[0], "tỉnh", m[0], m.start(), m.end(), sentence, in_title))
    for m in LEVEL.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        level = LEVEL_WORDS.get(" ".join(m[0].strip(" .").lower().split()))
        if level is None or level == "xã" and re.match(r"\s+hội\b", text[m.end():], re.IGNORECASE):
            continue  # "Ban Văn hóa - Xã hội", "an sinh xã hội": society, no commune
        names, end = _name_after(text, m.end())
        if names and level in ("phường", "xã"):
            names, end = typed_in_lower_case(text, names, end)
            names, end = numbered(text, names, end)
            names, end = known_prefix(names, end)
        if (read := abbreviated_unit(text, m[0], m.start(), names, end)) is None:
            continue  # "ông Nguyễn H. Nam", "P. Chủ tịch", "TT Y tế": letters, no level (place_letter_levels)
        names, end = read
        if not names and level in ("huyện", "quận", "thị xã"):
            names, end = district_in_lower_case(text, m.end())  # "huyện phú Bình"
        if not names or person_after_level(names, text[:m.start()]):  # "UBND tỉnh Lê Văn A": a holder
            plural = bool(_PLURAL_BEFORE.search(text[max(0, m.start() - 20):m.start()]))
            opening = described_list(text, m.end()) if plural else m.end()
            listed = _listed_after(text, opening, level, sentence, in_title, plural)
            for item in listed:  # "08 xã, phường gồm: A, B": a list under two level words
                item.other_levels = levels_before(text, m.start(), level)
            if not listed and not distributive(text, m.start()):  # "Mỗi huyện ...": every one, not the visited
                bare_refs.append((level, sentence))
            found += listed
            continue
        mention = Mention(text[m.start():end], level, names, m.start(), end, sentence, in_title)
        found.append(mention)
        # "các phường Vũng Tàu và Rạch Dừa", "phường Vũng Tàu và Rạch Dừa": more units of the same level
        # "các phường A, B" is a list; so is "xã A, B và C", which a final "và" closes
        plural = bool(_PLURAL_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _CLOSED_LIST.match(text, end))
        position = end
        while True:
            # "các xã A (huyện X), B": the bracketed district qualifies A; the list goes on after it
            if plural and (bracket := _ITEM_QUALIFIER.match(text, position)):
                position = bracket.end()
            link = re.match(r"\s*(,|và|, và)\s+", text[position:])
            if not link:
                break
            after = position + link.end()
            if LEVEL.match(text, after) or SPECIAL_PROVINCES.match(text, after):
                break
            more, more_end = _name_after(text, after)
            if more and level in ("phường", "xã"):  # "xã Sơn Tây, Sơn Kim 1, Sơn Kim 2": a numbered unit goes on
                more, more_end = numbered(text, more, more_end, series=found[-1].base[-1:].isdigit())
            if not more or counts_quarters(text, more, more_end) or \
                    opens_on_title(text, after) or \
                    (_AGENCY_WORD.match(text, after) and not unit_name(more, level)) or \
                    (_MEMBER_BODY.match(text, after) and not called(more, level)) or SITE_NAME.match(text, after):
                break  # "xã A và UBND thị trấn B": an office of the next unit; "xã A và Trường Hòa" is a commune
            if link[1] == "," and not plural and not unit_name(more, level):
                break  # "phường A, B, C" with no "và": only names that are units of that level go on the list
            if lies_in_next_district(text, more_end, more, level):
                break  # "của huyện A và Tân Ninh, huyện B": the name lies in district B, no district of its own
            found.append(Mention(text[after:more_end], level, more, after, more_end, sentence, in_title,
                                 continuation=True))
            position = more_end
    # "tại ba xã: A, B và C", "đối với xã: A, B": a colon right after the level word, which LEVEL does not take
    # as a unit's start
    for m in re.finditer(r"(?<![\w])(phường|xã|thị trấn|quận|huyện):", text, re.IGNORECASE):
        listed = _listed_after(text, m.end() - 1, LEVEL_WORDS[m[1].lower()], sentence, in_title)
        for item in listed:
            item.other_levels = levels_before(text, m.start(), LEVEL_WORDS[m[1].lower()])
        found += listed
    for start, end, name, level in site_bracket_units(text, before):  # "ở chợ Phủ (Thạch Châu)": a site's commune
        if not any(f.start <= start < f.end for f in found):
            found.append(Mention(text[start:end], level, name, start, end, sentence, in_title, site_bracket=True))
    found += _bare_mentions(text, sentence, in_title, found)
    found += _address_districts(text, sentence, in_title, found)
    found.sort(key=lambda f: f.start)
    for previous, current in pairwise(found):
        gap = text[previous.end:current.start]
        # "các xã: A, B - huyện X": a dash before a higher unit says where the units before it lie, as a comma does;
        # so does "thuộc" ("A, B thuộc huyện X và xã C thuộc huyện Y"), after a note such as "(mới)" too
        # and "của" ("xã A, B của huyện X và xã C của huyện Y": each group's district)
        if _QUALIFIER_GAP.fullmatch(gap) and _rank(current.level) > _rank(previous.level):
            current.qualifier = True
    for mention in found:
        before = text[max(0, mention.start - 120):mention.start]
        mention.genitive = bool(_GENITIVE.search(before)) and not VISIT_BEFORE.search(before)
    return found



_BARE_CUE = re.compile(
    r"(?:\btại|\bđến|\bvới)\s+(?:(?:trụ sở\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|"
    r"Trung tâm [Pp]hục vụ [Hh]ành chính công|"
    r"[Bb]ộ phận [Mm]ột cửa)\s+|" + GENERIC_LIST + r")?(?=[A-ZĐÀ-Ỹ])")


def _bare_mentions(text: str, sentence: Sentence | None, in_title: bool, taken: list[Mention]) -> list[Mention]:
    """Units written without a level word where a visit names its place: "tại Mường Thanh và Điện Biên Phủ"."""
    out: list[Mention] = []
    for position in sorted({cue.end() for cue in _BARE_CUE.finditer(text)} | went_to_names(text)):  # "về A làm việc"
        if LEVEL.match(text, position) or SPECIAL_PROVINCES.match(text, position):
            continue
        while True:
            if any(m.start <= position < m.end for m in taken + out):
                break
            name, end = _name_after(text, position)
            name, end = numbered(text, name, end) if name else (name, end)  # "tại Sơn Kim 1 và Sơn Hồng"
            if not name or OFFICE_NAME.match(name) or SITE_NAME.match(text, position) or \
                    name.split()[0].lower() in ("ubnd", "hđnd", "đoàn", "trung", "bộ", "ban", "sở", "ông", "bà"):
                break  # "với Cục Thuế tỉnh X": an agency, which would make the province after it a qualifier
            out.append(Mention(text[position:end], None, name, position, end, sentence, in_title, bare=True,
                               continuation=bool(out and out[-1].end < position)))
            link = re.match(r"\s*(?:,|và|, và)\s+", text[end:])
            if not link or LEVEL.match(text, end + link.end()):
                break
            position = end + link.end()
    return out


_LIST_OPENING = re.compile(r"\s*(?:\(|:|(?:bao\s+)?gồm\s*:?|là\s*:?)\s*", re.IGNORECASE)
"""What opens the names after a level word: "03 phường (A, B)", "xã: A, B", "các phường bao gồm: A, B"."""
_LIST_ITEM = re.compile(r"(?:[A-ZĐÀ-Ỹ]|\d)[\w'’‘ʼ]*(?:[ \t]+(?!và\b)[\w'’‘ʼ]+){0,4}?(?=\s*(?:[,;().]|\s+và\s|$))")
"""One name of such a list, up to its separator; a later syllable may be lower case as typed ("Cát hanh"), taken
when the gazetteer knows the name so written."""
_ITEM_QUALIFIER = re.compile(r"\s*\([^()]{1,60}\)")
_GROUP_END = re.compile(r"(?i:huyện|quận|thị xã|thành phố|TP\.?|TX\.?)\s*[A-ZĐÀ-Ỹ][\w'’]*"
                        r"(?:[ \t]+[A-ZĐÀ-Ỹ\d][\w'’]*){0,3}"
                        r"\s*(?:;|,?\s+và)\s+(?=[A-ZĐÀ-Ỹ])(?!(?i:huyện|quận|thị xã|thành phố|tỉnh|xã|phường)\b)")
"""The district that closes one group of a list and the separator before the next: "Hợp Thành và Thiện Kế, huyện
Sơn Dương; Tứ Quận, huyện Yên Sơn": communes grouped by district after one count and colon ("12 xã: ...")."""
"""The district a listed unit lies in, in brackets after it: "Nhơn An (TX An Nhơn), Phước Nghĩa"."""


def _listed_after(text: str, position: int, level: str, sentence: Sentence | None, in_title: bool,
                  plural: bool = True) -> list[Mention]:
    """The names listed after a level word: "03 phường (A, B, C)", "ba xã: A và B", "đối với xã: A, B (huyện X)",
    "các phường bao gồm: A, B và xã C". Brackets open a list only after a count or "các"."""
    opening = _LIST_OPENING.match(text, position)
    out: list[Mention] = []
    if not opening or (opening[0].strip() in ("(", "là") and not plural):
        return out
    position = opening.end()
    while True:
        if out and (group := _GROUP_END.match(text, position)):
            position = group.end()  # "A và B, huyện X; C, huyện Y": a group's district, then the next group's names
        name, end = _name_after(text, position)
        item = _LIST_ITEM.match(text, position)
        if item and item.end() > end and known_name(item[0]):  # "Cát hanh", not "B tham gia đầy đủ"
            name, end = item[0], item.end()
        if not name or LEVEL.match(text, position) or \
                (_AGENCY_WORD.match(text, position) and not unit_name(name, level)) or \
                name.split()[0].lower() in ("ubnd", "hđnd", "ông", "bà"):
            break  # "các xã: A, B và Ban Công", "Trường Thắng": a unit's name that opens like an office's
        dashed = _DASHED.match(text, position)
        district = _dashed_district(dashed[1], dashed[2]) if dashed else None
        if dashed and district:  # "Tân Thuận - Hàm Thuận Nam": a commune and, after a dash, its district
            name, end = dashed[1], dashed.end(1)
            out.append(Mention(dashed[2], district, dashed[2], dashed.start(2), dashed.end(2), sentence, in_title,
                               qualifier=True))
        listed = any(not m.qualifier for m in out)
        out.append(Mention(text[position:end], level, name, position, end, sentence, in_title, continuation=listed))
        out.sort(key=lambda m: m.start)
        end = max(end, out[-1].end)
        qualifier = _ITEM_QUALIFIER.match(text, end) if not re.match(r"\s*\)", text[end:]) else None
        after = qualifier.end() if qualifier else end
        link = re.match(r"\s*(?:,|;|và|, và)\s+", text[after:])
        if not link:
            break
        position = after + link.end()
    units = [m for m in out if not m.qualifier]
    return out if len(units) >= 2 or re.match(r"\s*\)", text[out[-1].end:] if out else "") else []


def _address_districts(text: str, sentence: Sentence | None, in_title: bool, taken: list[Mention]) -> list[Mention]:
    """A district written without its level word after a ward, as addresses are: "xã Hòa Phú, Củ Chi", or in
    brackets: "các xã Đông Hợp (Đông Hưng), Tân Lập (Vũ Thư)"."""
    out: list[Mention] = []
    spans = [(m.start, m.end) for m in taken]
    for ward in taken:
        if ward.level not in ("phường", "xã"):
            continue
        # "xã A, B và xã C": the name before a "và" and another ward's level word says where A lies, as before a comma
        after = re.match(r"\s*[,(]\s*([A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ\d][\w'’]*){0,3})"
                         r"(?=\s*[,.;)]|\s*$|\s+và\s+(?:xã|phường|thị trấn)\s)", text[ward.end:])
        if after and all(word[0].isupper() or word[0].isdigit() for word in after[1].split()):
            start, end, name = ward.end + after.start(1), ward.end + after.end(1), after[1]
            going_on = None
        elif going_on := _name_going_on(text, ward.end):
            start, end, name = going_on
        else:
            continue
        if ("(" in text[ward.end:start] or going_on) and \
                (gazetteer().find_province(name) or gazetteer().former_province(name)):
            continue  # "xã Tân Tiến (Thanh Hóa)", "xã Dân Hóa, Quảng Trị về ...": a province, read as one
        levels = {d["level"] for d in gazetteer().districts_named(name) if not going_on or
                  tone_key(d["name"]) == tone_key(name)}  # going on: as written, "Chủ tịch" is no thị xã Chũ
        if len(levels) != 1 or any(s <= start < e for s, e in spans) or LEVEL.match(text, start):
            continue
        out.append(Mention(name, levels.pop(), name, start, end, sentence, in_title))
    return out


_WORD = re.compile(r"[^\W_][\w'’]*")
_COMMA = re.compile(r"\s*,\s*")
_SPACE = re.compile(r"[ \t]+")


def _name_going_on(text: str, end: int) -> tuple[int, int, str] | None:
    """Up to four capitalised words after a ward and a comma, then a lower-case word that goes on with the sentence:
    "tại xã Tân Hưng, Đồng Phú về việc ...", "phường Tân Phong, Biên Hòa để ..." as (start, end, name); else None."""
    comma = _COMMA.match(text, end)
    if not comma:
        return None
    position = comma.end()
    kept: list[re.Match[str]] = []
    while len(kept) < 4 and (word := _WORD.match(text, position)) and \
            (word[0][0].isupper() or kept and word[0][0].isdigit()):
        kept.append(word)
        if not (gap := _SPACE.match(text, word.end())):
            return None  # a stop or a bracket right after: the other shape's, or no word goes on
        position = gap.end()
    following = _WORD.match(text, position)
    if not kept or not following or not following[0][0].islower():
        return None
    return kept[0].start(), kept[-1].end(), " ".join(word[0] for word in kept)


def _rank(level: str | None) -> int:
    return {"phường": 1, "xã": 1, "đặc khu": 1, "quận": 2, "huyện": 2, "thị xã": 2, "thành phố": 2, "tỉnh": 3}.get(
        level or "", 0)
