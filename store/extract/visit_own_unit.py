"""A commune's or ward's own leaders meeting the unit's own schools, offices or villages: its own meeting, no visit.

Since 1 July 2025 the new communes and wards report their own work at length. Their leaders, named together as the
unit's organs ("Đảng ủy, HĐND, UBND xã An Vinh", "Thường trực Đảng ủy, HĐND, UBND phường X"), "tổ chức buổi làm việc
với" the heads of the schools "trên địa bàn" before a school year, or with its villages before a holiday. The
sentence has a body and "làm việc với", so it reads like a visit; but no one goes from outside to oversee, survey or
inspect: it is a meeting the unit holds with its own institutions, as its own quarterly meeting is
(`visit_kind._OWN_UNIT`). A single official checking a desk of their own unit stays a visit, as the project has it
(`leaders._CHECKS_ITSELF`): only the organs meeting together are taken here.

The same holds when the unit's party committee, or its standing committee or working team, "làm việc với" the same
unit's Front and mass organisations ("Ban Thường vụ Đảng ủy xã X làm việc với Ủy ban MTTQ Việt Nam xã và các đoàn
thể xã"): the organ met is named by the level word alone, or "của xã", so it is the unit's own; a higher unit's
party committee working with a commune ("Huyện ủy ... làm việc với Đảng ủy xã X") is a visit
(`visit_visitors`).
"""

from __future__ import annotations

import re

from .text import Article

_ORGAN = (r"(?:Đảng ủy|Đảng uỷ|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban MTTQ(?: Việt Nam)?|"
          r"MTTQ)")
_OWN_ORGANS_MEET = re.compile(
    r"(?:^|,\s*)(?:Thường trực\s+)?" + _ORGAN + r"(?:\s*(?:,|và)\s*" + _ORGAN + r")+\s+(?:xã|phường|thị trấn|đặc khu)"
    r"\s+[A-ZĐÀ-Ỹ][^.;]{0,40}?\s+(?:đã\s+)?(?:tổ chức|có)\s+(?:buổi làm việc|hội nghị|cuộc họp|buổi họp|buổi gặp mặt)"
    r"\s+(?:với|cùng)\b(?P<with>[^.;]{0,200})")
"""Two or more of the unit's organs, then the unit, then a meeting they hold with someone."""
_OWN_INSTITUTIONS = re.compile(r"\btrên địa bàn\b|\bcủa (?:xã|phường|thị trấn|đặc khu)\b|\bthuộc (?:xã|phường)\b",
                               re.IGNORECASE)
"""Whom they meet lies within the unit: "các trường ... trên địa bàn", "các thôn của xã"."""
_OUTSIDE_TEAM = re.compile(r"\b(?:đoàn|tổ)\s+(?:giám sát|khảo sát|kiểm tra|công tác)\b|\bĐoàn ĐBQH\b|"
                           r"\b(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\b", re.IGNORECASE)
"""A team or a body from above met instead: then the meeting is that team's visit."""


_LEVEL = r"(?:xã|phường|thị trấn|đặc khu)"
_PARTY_MEETS_OWN = re.compile(
    r"(?:^|[,:]\s*|\b)(?:(?:Ban Thường vụ|Thường trực|[Đđ]oàn công tác|Lãnh đạo)\s+(?:của\s+)?)?(?:Đảng ủy|Đảng uỷ)\s+"
    r"(?P<level>" + _LEVEL + r")\s+[A-ZĐÀ-Ỹ][^.;,]{0,30}?\s+(?:đã\s+)?(?:có buổi\s+)?làm việc\s+với\s+"
    r"(?:Ủy ban MTTQ|Uỷ ban MTTQ|Ủy ban Mặt trận Tổ quốc|MTTQ|Mặt trận|các đoàn thể|các tổ chức chính trị)"
    r"[^.;]{0,40}?\s(?P=level)\b(?P<next>\s+\w+)?")
"""The unit's party committee with the same unit's Front or mass organisations, the latter named by the level word
alone ("Ủy ban MTTQ Việt Nam xã và đoàn thể xã"): its own organs at one table."""


def own_organs_meet(article: Article, sentences: int = 3) -> bool:
    """Whether an opening sentence has the unit's organs hold a meeting with the unit's own institutions."""
    for sentence in article.sentences[:sentences]:
        found = _OWN_ORGANS_MEET.search(sentence.text)
        if found and _OWN_INSTITUTIONS.search(found["with"]) and not _OUTSIDE_TEAM.search(found["with"]):
            return True
    # the party committee's working session can follow a sentence or two of what was said at it
    for sentence in article.sentences[:sentences + 1]:
        found = _PARTY_MEETS_OWN.search(sentence.text)
        if found and not (found["next"] or " ").strip()[:1].isupper():
            return True  # "... Ủy ban MTTQ Việt Nam xã và ..."; not "... với Đảng ủy xã Tân Lập" (another unit)
    return False
