"""The locality's side speaking in ways `item_speakers` did not read (session 17, issue 12).

Read on real reports:

- a report made TO the team opens the clause: "Báo cáo với đoàn, Chủ tịch UBND
  xã ... kiến nghị tỉnh ...", "Báo cáo cùng đoàn công tác, lãnh đạo Trung tâm
  ... cho biết, ..." (fresh22 v10). The team ("đoàn") is whom the report goes
  to, not who speaks: what follows is the locality's, so a request in it is a
  recommendation and never the delegation's direction;
- an office of the visited ward or commune asks: "Công an phường X đề xuất
  ...", "Trung tâm Phục vụ hành chính công xã X kiến nghị ...", "Bộ phận một
  cửa ... đề nghị ...". The office is who asks (`by`), not the ward's people's
  committee;
- the head of such an office, named with his title ("Trung tá X, Trưởng Công an
  phường Sa Đéc, kiến nghị ...", "bà Y, Trưởng Trạm Y tế xã ..."): the office asks
  (before, any person whose title was no people's committee's was read as the team's);
- the office checked, spoken of as "Đơn vị được kiểm tra cũng đề xuất ..."
  after the text said where the team went ("kiểm tra thực tế tại Công an
  phường Hiệp Bình Chánh", fresh21 v04): that office.
"""

from __future__ import annotations

import re

from .item_voices import without_opener
from .places import Places

_REPORTED_TO_TEAM = re.compile(
    r"^\W*(?:(?:tại buổi [^,]*|tại đây)\s*,\s*)?(?:báo cáo|trình bày|chia sẻ|thông tin)\s+(?:với|cùng|trước)\s+"
    r"(?:các thành viên\s+(?:của\s+)?)?(?:đoàn|Đoàn|lãnh đạo)\b[^,]{0,80},\s*", re.IGNORECASE)
"""A clause that opens with the report the locality makes to the team."""

_OFFICE_WORDS = (r"(?:Công an|Trung tâm Phục vụ hành chính công|Trung tâm hành chính công|Bộ phận một cửa|"
                 r"Bộ phận Tiếp nhận và Trả kết quả|Trạm Y tế|Văn phòng HĐND và UBND|Ban Chỉ huy Quân sự)")
_OFFICE_NAME = (r"(" + _OFFICE_WORDS + r"\s+(?:của\s+)?(xã|phường|thị trấn|đặc khu)"
                r"(?:\s+[A-ZĐ][^\s,;]*)*)")
_OFFICE = re.compile(r"^\W*" + _OFFICE_NAME, re.IGNORECASE)
_OFFICE_IN_TITLE = re.compile(r"^\W*(?:Phó\s+)?(?:Trưởng|Giám đốc|Trạm trưởng|Phó Giám đốc)\s+" + _OFFICE_NAME,
                              re.IGNORECASE)
"""An office of a commune or ward opening the clause, with the unit's name when written."""
_OFFICE_BEFORE = re.compile(_OFFICE_WORDS + r"\s+(?:của\s+)?$", re.IGNORECASE)
_CHECKED_UNIT = re.compile(r"^\W*(?:các\s+)?đơn vị được (?:kiểm tra|khảo sát|giám sát)\b", re.IGNORECASE)


def reported_to_team(clause: str) -> str | None:
    """The clause after "Báo cáo với đoàn, ": the locality speaks; None when it does not open so."""
    m = _REPORTED_TO_TEAM.match(clause)
    return clause[m.end():] if m else None


def office_speaker(clause: str, places: Places) -> str | None:
    """ "Công an phường X", "Trung tâm Phục vụ hành chính công xã": the ward's office that asks, named in full."""
    words = without_opener(clause)
    m = _OFFICE.match(words)
    if m:
        return _named(m, places)
    if _CHECKED_UNIT.match(words):
        return checked_office(places)
    return None


def title_office(title: str, places: Places) -> str | None:
    """ "Trưởng Công an phường Sa Đéc", "Giám đốc Trung tâm Phục vụ hành chính công xã": the office a person heads,
    when it is a commune's or ward's own: who speaks for it speaks for the locality, never for the team."""
    for part in title.split(","):  # "Trung tá, Trưởng Công an phường ...": a rank before the office
        if m := _OFFICE_IN_TITLE.match(part):
            return _named(m, places)
    return None


def _named(m: re.Match[str], places: Places) -> str:
    office = " ".join(m[1].split())
    if office.split()[-1].lower() == m[2].lower():  # "Công an xã": the visited commune of that level
        same = [v for v in places.visited if v.level == m[2].lower() and v.name]
        if len(same) == 1:
            office = office[: -len(m[2])] + same[0].name
    return office


def checked_office(places: Places) -> str | None:
    """The office of a visited unit the text names as a place the team went to ("tại Công an phường X")."""
    keys = {v.key for v in places.visited}
    for mention in places.mentions:
        if mention.sentence is None or mention.key not in keys or not mention.name or \
                mention.level not in ("xã", "phường", "thị trấn", "đặc khu"):
            continue
        before = mention.sentence.text[: mention.start]
        office = _OFFICE_BEFORE.search(before)
        if office and re.search(r"\b(?:tại|đến|thăm|làm việc với)\s+$", before[: office.start()], re.IGNORECASE):
            return " ".join(office[0].split()).removesuffix(" của") + " " + mention.name
    return None
