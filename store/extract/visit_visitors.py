"""Visitors that `visit_kind` does not know by name: a higher unit's committees and departments, a ministry's officials.

`visit_kind` takes a sentence as a visit when it names an overseeing body (a council, a delegation, the
Front, a party committee of a province or district, a chairman ...) beside a visit verb. Two kinds of
visitor are written with neither:

- the party and people's committees of a district, town or province named together or alone, working
  with a lower unit ("Quận ủy - UBND quận đã có buổi làm việc với phường", "UBND huyện có buổi làm việc
  với xã Lộc An"), or a province's department or a district's office ("Sở Y tế làm việc với UBND xã"): a
  higher unit visits a lower one. A unit with its own villages ("UBND xã làm việc với các thôn") or a
  district convening all its communes at its seat ("tổ chức hội nghị làm việc với các xã") is no visit:
  the host must be a unit of a lower level, one unit or met at its own hall;
- an official of a ministry named by office ("X, Thứ trưởng Bộ Công an, đã làm việc với Công an tỉnh",
  "Thứ trưởng đã kiểm tra thực tế tại Công an phường ...").
"""

from __future__ import annotations

import re

_LEVEL_RANK = {"tỉnh": 3, "thành phố": 2, "tp": 2, "quận": 2, "huyện": 2, "thị xã": 2,
               "phường": 1, "xã": 1, "thị trấn": 1, "đặc khu": 1}
"""A unit's tier: a "thành phố" may be a province's city or a centrally run one, so it ranks with a district
(a city's committees visiting its wards rank above them either way)."""

_COMMITTEE = re.compile(
    r"\b(?P<party>Quận|Thị|Huyện|Tỉnh|Thành)\s*(?:ủy|uỷ)\b|"
    r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<level>tỉnh|thành phố|TP\.?|quận|huyện|thị xã)\b")
_PARTY_RANK = {"quận": 2, "thị": 2, "huyện": 2, "thành": 2, "tỉnh": 3}
_DEPARTMENT = re.compile(r"\b(?P<kind>Sở|Phòng)\s+[A-ZĐ]")
"""A province's department or a district's office ("Sở Y tế", "Phòng Nội vụ huyện"): above the communes it visits."""
_DEPARTMENT_RANK = {"Sở": 3, "Phòng": 2}
_OFFICE = re.compile(r"\b(?:Thứ trưởng|Phó Thủ tướng|Tổng cục trưởng|Cục trưởng|Vụ trưởng)\b")
"""A ministry's official named by office: visits whatever unit he works with."""

_HOST = re.compile(
    r"^\s*(?:thực tế\s+)?(?:(?:với|tại)\s+)?(?P<many>các\s+)?"
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|Công an|"
    r"Bộ phận[^,.;]{0,40}?|Trung tâm[^,.;]{0,50}?)\s+)?"
    r"(?P<level>tỉnh|thành phố|TP\.?|quận|huyện|thị xã|phường|xã|thị trấn|đặc khu)\b", re.IGNORECASE)
"""The host named right after the verb ("với phường", "tại Công an phường Cam Đường"), or after "làm việc với"
when the verb took its "với"."""
_AT_THE_HOSTS_HALL = re.compile(r"\btại\s+(?:hội trường|trụ sở|phòng họp)\s+(?:(?:UBND|Ủy ban nhân dân|Đảng ủy)\s+)?"
                                r"(?:phường|xã|thị trấn)\b", re.IGNORECASE)
_CONVENED = re.compile(r"\b(?:hội nghị|họp|trực tuyến|giao ban)\b", re.IGNORECASE)
"""A meeting the higher unit holds ("tổ chức hội nghị làm việc với các xã"): at its own seat."""


def _rank(level: str) -> int:
    return _LEVEL_RANK.get(level.lower().rstrip("."), 0)


def visitor_of_a_lower_unit(text: str, start: int, end: int) -> bool:
    """Whether the visit verb at text[start:end] has, before it, a higher unit's committees or a ministry's official,
    and after it, a unit of a lower level as its host."""
    before, after = text[:start], text[end:]
    host = _HOST.match(after)
    if host is None:
        return False
    clause = re.split(r"[.;:]", before)[-1]
    if _OFFICE.search(clause):
        return True
    if _CONVENED.search(clause) or host["many"] and not _AT_THE_HOSTS_HALL.search(text):
        return False  # the higher unit at its own table with all its communes
    ranks = [_PARTY_RANK[m["party"].lower()] if m["party"] else _rank(m["level"]) for m in _COMMITTEE.finditer(clause)]
    ranks += [_DEPARTMENT_RANK[m["kind"]] for m in _DEPARTMENT.finditer(clause)]
    return bool(ranks) and max(ranks) > _rank(host["level"])
