"""A writer's signature is no place visited; a commune's office left unnamed by a province's council: the province.

A district's correspondent signs a province council's visit with the office they write for: "Thanh Hà (Trung tâm
Văn hóa - Thông tin và Thể thao huyện Thăng Bình)", "Minh Tuấn - Đài Truyền thanh - Truyền hình huyện Yên Thành". When
the text calls the unit visited only "UBND xã", the signature's district was the one unit named, and the counting
fall-back of `place_choice` took it for the visit. The signature says where the writer works, not where the team
went: it is not counted. A commune's correspondent signing with the commune itself ("Tuyết Vân - xã Thanh Phước")
is read by `place_bylines`, from the lines the page reader drops.

With the signature set aside, "Đoàn giám sát của HĐND tỉnh A đã làm việc tại UBND xã" names no unit but the body's
province: a province-level round at a commune it does not name is listed as its province (the house rule of
`place_outlet_bodies` and `place_title_bodies.lead_body_matter`).
"""

from __future__ import annotations

import re

from .place_mentions import Mention
from .place_title_bodies import _BODY
from .place_venues import province_level

__all__ = ["signed_by", "unnamed_unit_province"]

_NAME = r"[A-ZĐÀ-Ỹ][\w'’]*"
_SIGNATURE = re.compile(
    r"^\s*(?:(?:Tin|Bài|Ảnh|Tin,\s*ảnh|Bài,\s*ảnh|Tin và ảnh|Bài và ảnh)\s*:\s*)?" + _NAME + r"(?:\s+" + _NAME +
    r"){0,4}\s*(?:[-–]\s*|\(\s*)(?:Trung tâm|Đài|Báo|Phòng|Văn phòng|Cổng|Tạp chí|Ban Tuyên giáo|CTV|"
    r"Cộng tác viên|Phóng viên)\b[^.;:()]*\)?\s*\.?\s*$")
"""A writer's name, then a dash or a bracket and the office they write for: "Thanh Hà (Trung tâm VH-TT-TT huyện X)"."""
_UNNAMED_OFFICE = re.compile(
    r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b[^.;:]{0,120}?\b(?:tại|với)\s+(?:trụ sở\s+)?(?:UBND|HĐND|"
    r"Ủy ban nhân dân|Uỷ ban nhân dân|Thường trực HĐND)\s+(?:xã|phường|thị trấn)(?!\s+(?-i:[A-ZĐÀ-Ỹ\d]))",
    re.IGNORECASE)
"""The team's work at a commune's office named by its level word alone: "đã làm việc tại UBND xã"."""


def signed_by(mention: Mention) -> bool:
    """Whether `mention` stands in a writer's signature line (see the module's note)."""
    return mention.sentence is not None and _SIGNATURE.match(mention.sentence.text) is not None


def unnamed_unit_province(ordered: list[Mention]) -> Mention | None:
    """The province of the council or committee whose team, in the lead, works at a commune's office it does not
    name (see the module's note). A fall-back: only when no unit was found visited."""
    for mention in ordered:
        if mention.in_title or mention.sentence is None or mention.sentence.index > 1 or \
                mention.resolution is None or mention.qualifier or not province_level(mention):
            continue
        text = mention.sentence.text
        if _BODY.search(text[:mention.start]) and _UNNAMED_OFFICE.search(text, mention.end):
            return mention
    return None
