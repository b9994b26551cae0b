"""A commune's or ward's own head at a working session with the unit's own staff: its own meeting, no visit.

Since the new communes and wards took over most public services, pages tell how their own heads drive the work: "Phát
biểu tại buổi làm việc với các công chức, Chủ tịch UBND xã yêu cầu ...", "Chủ tịch UBND xã A đã có buổi làm việc với
các phòng chuyên môn, đơn vị trực thuộc UBND xã". The sentence has a head and "làm việc với", so it reads like a
visit; but nobody comes from outside to oversee, survey or inspect: the head meets the people who work under them.

Taken only when all of these hold, so that a visit told the same way stays one:
- the session is with staff named as staff ("cán bộ, công chức", "các phòng chuyên môn", "các đơn vị trực thuộc"),
  and any unit named after them is of the head's own level and, if named, the head's own unit;
- the one who speaks or meets is a head of that level ("Chủ tịch UBND xã", "Phó Bí thư Thường trực Đảng ủy xã");
- no higher office or outside team is named in the sentence or the opening ("Phó Chủ tịch UBND tỉnh", "Trưởng Ban
  ... HĐND tỉnh", "Đoàn giám sát"): a provincial leader working with a commune's officials is a visit.
A head checking a desk of their own unit stays a visit, as the project has it (`leaders._CHECKS_ITSELF`): only a
working session with the staff is taken here.
"""

from __future__ import annotations

import re

from .text import Article

_LEVEL = r"(?:xã|phường|thị trấn|đặc khu)"
_NAME = r"(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:]*)+"
_ORGAN = r"(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng uỷ)"

_HEAD = re.compile(
    r"\b(?:(?:Phó\s+)?Chủ tịch\s+(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)|"
    r"(?:Phó\s+)?Bí thư(?:\s+Thường trực)?\s+Đảng\s+[uủ]y|"
    r"(?:[Ll]ãnh đạo|Thường trực)\s+" + _ORGAN + r")\s+(?P<level>" + _LEVEL + r")\b(?P<name>" + _NAME + r")?")
"""The unit's own head or leadership, of a commune's level ("Chủ tịch UBND xã", "Bí thư Đảng ủy phường A")."""

_OWN_STAFF = re.compile(
    r"\blàm việc\s+với\s+(?:toàn thể\s+|tập thể\s+|các\s+)?(?:"
    r"(?:cán bộ,?\s+(?:và\s+)?)?công chức(?:,\s*viên chức)?(?:\s+và\s+người lao động)?|"
    r"(?:phòng|ban|bộ phận)(?:,\s*(?:ban|phòng|bộ phận))?\s+chuyên môn|"
    r"(?:cơ quan|đơn vị)\s+(?:chuyên môn|trực thuộc))"
    r"(?P<rest>[^.;]{0,80})", re.IGNORECASE)
"""A working session with people named as staff: officials, departments, the units under the unit's committee."""

_STAFF_UNIT = re.compile(
    r"^(?:\s*,?\s*(?:(?:các\s+)?(?:phòng|ban|bộ phận|cơ quan|đơn vị)(?:,\s*\w+)?\s+(?:chuyên môn|trực thuộc)|"
    r"viên chức|người lao động)\s*)*\s*(?:(?:của|thuộc|tại)\s+)?(?:" + _ORGAN + r"\s+)?(?P<level>" + _LEVEL +
    r"|huyện|quận|thị xã|thành phố|tỉnh)\b(?P<name>" + _NAME + r")?")
"""The unit the staff belong to, right after them ("công chức xã", "các phòng chuyên môn thuộc UBND xã A")."""

_HIGHER = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|Trung ương|Quốc hội|ĐBQH|Chính phủ|(?:Bộ|Sở)(?=\s+[A-ZĐ])|"
    r"Tỉnh [uủ]y|Thành [uủ]y|Huyện [uủ]y|"
    r"(?:[Đđ]oàn|[Tt]ổ)\s+(?:giám sát|khảo sát|kiểm tra|công tác)|[Tt]rưởng đoàn|dẫn đầu)\b")
"""A higher office or an outside team: then the session is that office's visit to the unit."""


def _other_unit(staff: str | None, head: str | None) -> bool:
    """Whether the staff's unit is named and is not the head's ("Đức Thọ" heads "Đức Thọ Nguyễn Đình Khang")."""
    return bool(staff and head) and not " ".join((head or "").split()).lower().startswith(
        " ".join((staff or "").split()).lower())


def own_staff_session(article: Article, evidence: str | None) -> bool:
    """Whether the sentence read as the visit is a commune-level head's working session with the unit's own staff."""
    if not evidence:
        return False
    staff = _OWN_STAFF.search(evidence)
    head = _HEAD.search(evidence)
    if not staff or not head or _HIGHER.search(evidence):
        return False
    unit = _STAFF_UNIT.match(staff["rest"])
    if unit and (unit["level"].lower() != head["level"].lower() or _other_unit(unit["name"], head["name"])):
        return False  # "công chức xã B" met by the head of xã A, or a district's staff: not the head's own
    opening = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    return not any(_HIGHER.search(text) for text in opening)
