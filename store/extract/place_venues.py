"""Where a visit physically took place when the text says so around a site, a dated opening or a body.

Three ways real reports name the place of a visit that the cue lists of `place_cues` did not read:

- the ward a visited site lies in, written after the site: "khảo sát Phố ẩm thực X (phường 1, quận 10)",
  "kiểm tra thực tế tại khu vực bỏ phiếu số 12 (thuộc phường Nha Trang, tỉnh Khánh Hòa)", "kiểm tra ... tại dự
  án Cảng X, phường Hòa Hiệp Bắc, quận Liên Chiểu" (`site_ward`);
- the venue of a dated opening: "Sáng 5/2, tại phường Phan Thiết (tỉnh Lâm Đồng), đoàn ... làm việc với Ủy ban
  bầu cử tỉnh" — the ward is where the team was; the host's province only names the host (`dated_venue`);
- a round that goes "tại các xã, phường" without naming one, sent by a body that names its province: "các
  đoàn công tác của Tỉnh ủy Quảng Ngãi ... kiểm tra ... tại các xã, phường, đặc khu" (`body_province`), which
  counts only when no unit at all was found visited.

A province-level city ("thành phố Đà Nẵng" of "Sáng 11/11, tại thành phố Đà Nẵng, ...") is a province: like
"tỉnh X", it is listed only when no lower unit is visited (`province_level`).
"""

from __future__ import annotations

import re

from ..gazetteer import WARD_LEVELS, gazetteer
from .place_context import resolve_province
from .place_mentions import Mention
from .place_resolution import display_name
from .text import Sentence

_VISIT_VERB = r"\b(?:kiểm tra|khảo sát|giám sát|làm việc|thăm)\b"
_SITE_WARD = re.compile(_VISIT_VERB + r"(?P<site>[^.;()]{3,140}?(?P<aside>\s*\([^.;()]{1,50}\))?)"
                        r"(?P<open>\s*\(\s*(?:thuộc\s+)?|,\s*(?:thuộc\s+)?)$", re.IGNORECASE)
"""The site may carry its other name in brackets before the comma: "kiểm tra tại Khu công nghiệp A (VSIP B), xã C",
"tại Bệnh viện Đa khoa D (BVĐK D), xã E" — the short name or the operator's, no unit (session 31, fresh64 v05)."""
_UNIT_WORD = re.compile(r"\b(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|TP|TX|đặc khu)\b", re.IGNORECASE)
_PERSON_WORD = re.compile(r"\b(?:ông|bà|(?<!tiếng )anh|chị|đồng chí|người dân|cử tri|ngụ|trú|quê|sinh sống)\b",
                          re.IGNORECASE)
"""(A language, "dạy học tiếng Anh", is no person.)"""


def site_ward(mention: Mention, text: str) -> bool:
    """`mention` (a ward, or a district in brackets) is where the site just visited lies: it follows the site, in
    brackets or after a comma.

    The site between the visit's verb and the ward names no unit (else the ward belongs to that unit's list) and no
    person (a resident's ward, "bà X (ngụ phường 7)", is no visit); after a comma the site ends in a name or number
    ("dự án Cảng Liên Chiểu, phường A"), never in a clause ("kiểm tra công tác bầu cử, phường A đã ...").
    """
    district = mention.level in ("huyện", "quận", "thị xã", "thành phố")
    if mention.level not in WARD_LEVELS and not district:
        return False
    found = _SITE_WARD.search(text[max(0, mention.start - 160):mention.start])
    if found is None or district and "(" not in found["open"]:
        return False  # a district only in brackets after its site: "tại Trường Tiểu học X (huyện Y)"
    site = found["site"].strip(" ,")
    if not site or _UNIT_WORD.search(site) or _PERSON_WORD.search(site):
        return False
    if "(" not in found["open"]:
        named = site[:len(site) - len(found["aside"].strip())].split() if found["aside"] else site.split()
        return bool(named) and (named[-1][0].isupper() or named[-1].isdigit())  # the name before its bracket
    return not found["aside"]  # "tại Trường A (cơ sở 2) (phường B)": a second bracket is read as before, not here


_DATED_VENUE = re.compile(
    r"^\W*(?:(?:sáng|chiều|trưa|tối|đêm)\s+)?(?:ngày\s+)?\d{1,2}(?:\s*(?:,|và|-)\s*\d{1,2})*"
    r"(?:\s*[/.-]\s*\d{1,2})(?:\s*[/.-]\s*\d{2,4})?\s*,\s*tại\s+"
    r"(?:(?:trụ sở|hội trường)\s+)?(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|"
    r"Trung tâm [Pp]hục vụ [Hh]ành chính công|[Bb]ộ phận [Mm]ột cửa)\s+)?$",
    re.IGNORECASE,
)


def dated_venue(mention: Mention, text: str) -> bool:
    """`mention` is the venue a dated opening names before the team acts: "Sáng 5/2, tại phường X (tỉnh Y), đoàn ...
    đã kiểm tra, làm việc với ...", or the office of it there ("Sáng 6/10, tại Trung tâm ... xã X (tỉnh Y), ...")."""
    if mention.start > 110 or not _DATED_VENUE.match(text[:mention.start]):
        return False
    return bool(re.search(_VISIT_VERB + r"|\bđoàn\b", text[mention.end:], re.IGNORECASE))


_GENERIC_UNITS = re.compile(
    _VISIT_VERB + r"[^.;]{0,120}?\b(?:tại|ở|đến|về|xuống)\s+(?:các|một số|nhiều|hai|ba|bốn|năm|\d{1,2})\s+"
    r"(?:xã|phường|đặc khu|địa phương|huyện|thị trấn)\b",
    re.IGNORECASE,
)
_ITS_GROUND = re.compile(_VISIT_VERB + r"[^.;]{0,120}?\btrên địa bàn(?:\s+tỉnh)?\s*(?:[.;]|$)", re.IGNORECASE)
"""A check "on the ground" with no unit after it: "Chủ tịch UBND tỉnh X kiểm tra đột xuất ... trên địa bàn." """
_LOWER_UNIT = re.compile(r"\b(?:phường|xã|thị trấn|quận|huyện|thị xã|TP|TX|đặc khu)\s+[A-ZĐÀ-Ỹ\d]")
_BODY_OF_PROVINCE = re.compile(
    r"\b(?:Tỉnh ủy|Tỉnh uỷ|(?:Thường trực\s+)?(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+tỉnh|"
    r"(?:Đoàn|Trưởng đoàn) (?:ĐBQH|đại biểu Quốc hội)\s+tỉnh|Ủy ban MTTQ Việt Nam\s+tỉnh)\s+"
    r"(?=(?P<name>\w[\w'’]*(?:\s+\w[\w'’]*){0,3}))"
)
"""A province's body and the words after it (looked at, not taken, so that "Tỉnh ủy A và Tỉnh ủy B" finds both).

A body named only in its head's title counts as the body: "bà X - Phó Trưởng đoàn ĐBQH tỉnh A cùng các đại biểu ...
giám sát ... trên địa bàn tỉnh" ("Chủ tịch HĐND tỉnh A" already names its council)."""


def body_province(sentences: list[Sentence]) -> Mention | None:
    """The province of the body whose round goes "tại các xã, phường" without naming one, as a visited unit.

    Bodies of two provinces on one round ("Tỉnh ủy A và Tỉnh ủy B ... tại các xã, phường") give no guess."""
    for sentence in sentences:
        if not _GENERIC_UNITS.search(sentence.text) and \
                not (_ITS_GROUND.search(sentence.text) and not _LOWER_UNIT.search(sentence.text)):
            continue  # (on the ground of the province only when the sentence names none of its units)
        found_in = bodies_named(sentence)
        if len({mention.resolution.province.code for mention in found_in if mention.resolution}) == 1:
            return found_in[0]
    return None


def bodies_named(sentence: Sentence) -> list[Mention]:
    """Each province whose body the sentence names ("Tỉnh ủy Quảng Ngãi", "HĐND tỉnh Gia Lai"), as a mention."""
    found_in: list[Mention] = []
    for body in _BODY_OF_PROVINCE.finditer(sentence.text):
        words: list[str] = []
        for word in body["name"].split():  # the capitalised words of the name ("Quảng Ngãi đã" → "Quảng Ngãi")
            if not word[0].isupper():
                break
            words.append(word)
        found = None
        while words and found is None:  # "tỉnh Hậu Giang Lê Tiến Châu": the province, then the official's name
            name = " ".join(words)
            found = resolve_province(name)
            words = words[:-1] if found is None else words
        if found is None or found.ward is not None:
            continue
        start = body.start("name")
        mention = Mention(name, "tỉnh", name, start, start + len(name), sentence, resolution=found)
        mention.name = display_name(mention)
        found_in.append(mention)
    return found_in


def province_level(mention: Mention) -> bool:
    """A province, or a city that is one ("thành phố Đà Nẵng", "TP. Cần Thơ"): never listed beside a lower unit."""
    if mention.level == "tỉnh":
        return True
    found = mention.resolution
    return mention.level == "thành phố" and found is not None and found.ward is None and \
        gazetteer().find_province(mention.base) is not None and not gazetteer().names_a_district(mention.base)
