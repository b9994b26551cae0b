"""A person's home written before a place: the place is where someone lives, not where the visit went.

`place_former_districts` refused a bare former district after "quê", "sinh", "sống" ("quê ở Thanh Chương"); a
home is as often written without them:
 - "ông X, người xã A", "người ở Thanh Chương" ("người" right before, not "người dân", the residents a visit meets);
 - "bà Y (xã B)", "ông Trần Văn Sang (Vũng Liêm)": a place in brackets right after a person's name;
 - "cử tri xã C phản ánh", "cử tri ở Mang Thít": voters of a place speaking, not a meeting with them ("tiếp xúc cử
   tri xã C" is where the deputies went);
 - "một giáo viên ở X", "một hộ nghèo ở X", "gia đình ông X ở": one person or household and where they live;
 - "bà Y, xã B, cho biết", "hộ ông Z ở phường C": a named person, a comma or "ở", and the place (session 22);
 - each later unit of such an address: "người xã A, huyện B" (the district too).
`home_before` says whether the text before a place's start is one of these. A place so written is no locality and,
named bare, bounds no yearless day as a visited one would (`year_ceased_units`).
"""

from __future__ import annotations

import re

__all__ = ["home_before"]

_LIVES = re.compile(r"\b(?:quê|quê quán|nguyên quán|(?<!học )(?<!vệ )(?<!phát )(?<!nảy )(?<!dân )(?<!an )sinh|"
                    r"sinh ra|lớn lên|(?<!đời )(?<!cuộc )sống|sinh sống|cư trú|thường trú|tạm trú|(?<!nguồn )gốc|ngụ|"
                    r"(?<!nội )(?<!bán )(?<!lưu )trú)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
"""A home said as one: "quê ở Thanh Chương", "sinh ra tại Vĩnh Cửu", "hiện sống ở", "trú tại" (not "học sinh tại",
"vệ sinh ở", "đời sống ở", "cơ sở lưu trú tại", "bếp ăn bán trú ở": a pupil, a lodging, a school is where the
visit may go; nor "công trình dân sinh ở", "cầu dân sinh thuộc", "an sinh xã hội ở": works and welfare for the
people's livelihood, session 31 f66)."""
_PERSON = re.compile(r"(?:,\s*|\b)người\s+(?:ở\s+|tại\s+)?$", re.IGNORECASE)
"""", người xã A", "người ở Thanh Chương": whose home it is ("người dân xã A" is not this)."""
_VOTERS = re.compile(r"\bcử\s+tri\s+(?:ở\s+|tại\s+)?$", re.IGNORECASE)
_MET = re.compile(r"\b(?:tiếp\s+xúc|tiếp|gặp\s+gỡ|gặp|đối\s+thoại|với|của)\s+$", re.IGNORECASE)
"""Before "cử tri": a meeting with the voters of a place ("tiếp xúc cử tri xã C"), or theirs named as the place's."""
_NAMED = re.compile(r"\b(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]háu|[Cc]ụ)\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*){1,4}\(\s*$")
"""A person's name and the opening bracket of where they live: "bà Nguyễn Thị Lan (", "ông Sang ("."""
_NAMED_AT = re.compile(r"(?:\b(?:hộ|gia\s+đình|nhà)\s+)?\b(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ụ)\s+"
                       r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*){1,4}(?:,\s*|\s+ở\s+)$")
"""A person's name, then a comma or "ở", then where they live: "bà Nguyễn Thị Lan, xã B, cho biết", "hộ ông Z ở
phường C", "gia đình anh Tư ở"; the name is capitalised, so "ông X, Chủ tịch UBND xã B" (an office) is not this."""
_VISITED_HOME = re.compile(r"\b(?i:thăm|đến|tới|tham quan|kiểm tra|khảo sát|giám sát|tặng quà|trao quà|trao)\s+"
                           r"(?:\S+\s+){0,3}$")
"""A household the visit went to ("thăm hộ ông Z ở xã C", "tặng quà gia đình bà Y ở"): its place is visited."""
_UNIT_BEFORE = re.compile(r"\b(?:xã|phường|thị\s+trấn|thị\s+xã|huyện|quận)\s+"
                          r"(?:[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ'’]*\s*){1,4},?\s*$")
"""A unit written just before another, in one address: "xã Hạnh Lâm, huyện Thanh Chương" (a commune or above; a
hamlet between, "(thôn A, xã B)", is a farm's or a household's address, often the one visited)."""
_ONE = re.compile(r"\b(?:một|1)\s+(?:người|giáo\s+viên|hộ(?:\s+(?:nghèo|dân|cận\s+nghèo))?|nông\s+dân|học\s+sinh|"
                  r"bệnh\s+nhân|thương\s+binh|cựu\s+chiến\s+binh|phụ\s+huynh|người\s+dân|cử\s+tri)\s+(?:ở|tại)\s+$",
                  re.IGNORECASE)
"""One person or household and where they live: "một giáo viên ở", "một hộ nghèo ở"."""


def home_before(text: str, start: int) -> bool:
    """Whether the place written at `text[start:]` (its level word, or its name when bare) is a person's home."""
    before = text[max(0, start - 60):start]
    if _LIVES.search(before) or _PERSON.search(before) or _NAMED.search(before) or _ONE.search(before):
        return True
    named = _NAMED_AT.search(before)
    if named and not _VISITED_HOME.search(before[:named.start()]):
        return True
    voters = _VOTERS.search(before)
    if voters and not _MET.search(before[:voters.start()]):
        return True
    # "bà Y, xã B, huyện C": the district of an address whose first unit is a home
    unit = _UNIT_BEFORE.search(text, max(0, start - 60), start)
    return bool(unit and unit.start() < start and home_before(text, unit.start()))
