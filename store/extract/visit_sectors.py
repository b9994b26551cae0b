"""A department inspecting its own sector: an inspection, and no oversight visit of a locality.

A department of education checking its schools before the school year ("Sở GD&ĐT tổ chức kiểm tra tình
hình đầu năm học tại các cơ sở giáo dục", "Giám đốc Sở GD&ĐT ... kiểm tra công tác chuẩn bị Lễ Khai giảng
tại Trường Mầm non ..."), or a department of health its clinics, goes somewhere and inspects; what it
inspects is its own establishments, not a commune's or a ward's government, so the article reports no
oversight or survey of a locality.

It stays a visit when an overseeing body or a government's leader is in the opening (a council's
committee surveying schools, a province's vice-chairman with the director), or when the department
works with a local government ("làm việc với UBND huyện", "tại Bộ phận một cửa").
"""

from __future__ import annotations

import re

from .text import Article

_SECTORS = (
    (r"(?:GD&ĐT|GD-ĐT|GDĐT|GD và ĐT|Giáo dục và Đào tạo|Giáo dục - Đào tạo|Giáo dục)",
     r"\b(?:trường|cơ sở giáo dục|điểm trường|nhà trường|khai giảng|năm học)\b"),
    (r"Y tế", r"\b(?:trạm y tế|bệnh viện|trung tâm y tế|cơ sở (?:khám|y tế)|phòng khám|khám,? chữa bệnh)\b"),
)
"""Each sector: its department's name after "Sở"/"Phòng", and the words for its own establishments and work."""

_OVERSEER = re.compile(
    r"\b(?:HĐND|Hội đồng nhân dân|ĐBQH|Quốc hội|MTTQ|UBMTTQ\w*|Mặt trận|Thường trực|Tỉnh ủy|Tỉnh uỷ|Thành ủy|"
    r"Thành uỷ|Huyện ủy|Huyện uỷ|Bí thư|Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|đại biểu|P?CT\s+UBND|Phó CT)\b")
"""An overseeing body or a government's leader in the opening (also abbreviated: "PCT UBND huyện"): then the
inspection is theirs, a visit."""
_COMMUNE_LEADER_AT_ITS_SCHOOLS = re.compile(
    r"\b(?:Phó\s+)?(?:Chủ tịch|PCT|CT)\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|thị trấn)\b"
    r"[^.;]{0,80}?\bkiểm tra\b[^.;]{0,120}?\b(?:trường học|các trường|điểm trường|cơ sở giáo dục|trạm y tế)\b"
    r"[^.;]{0,40}?\btrên địa bàn\b")
"""A commune's or ward's own (vice-)chairman checking the schools or the clinic on its own ground: the commune at its
own establishments, as a department at its sector's; none of another level or body in the opening."""
_OTHER_LEVEL = re.compile(r"\b(?:HĐND|Hội đồng nhân dân|ĐBQH|MTTQ|Mặt trận|huyện|tỉnh|thành phố|quận|thị xã|Sở|"
                          r"Phòng)\b")
_LOCAL_GOVERNMENT = re.compile(
    r"\b(?:với|tại)\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b|Bộ phận (?:một cửa|Một cửa|tiếp nhận)|"
    r"Trung tâm (?:Phục vụ )?[Hh]ành chính công)")


def own_sector_inspection(article: Article, evidence: str) -> bool:
    """The opening or the visit sentence has a sector's department inspecting that sector's establishments, with no
    overseer in the opening and no local government visited."""
    head = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:2]])
    if _COMMUNE_LEADER_AT_ITS_SCHOOLS.search(head) and not _OTHER_LEVEL.search(head):
        return True
    if _OVERSEER.search(head) or _LOCAL_GOVERNMENT.search(head) or _LOCAL_GOVERNMENT.search(evidence):
        return False
    opening = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]] + [evidence]
    return any(_inspects_its_own(text) for text in opening)


def _inspects_its_own(text: str) -> bool:
    """ "Sở GD&ĐT ... kiểm tra ... tại các cơ sở giáo dục", "Phòng Y tế ... kiểm tra ... tại trạm y tế": the
    department is named before the inspection, its establishments after it."""
    for department, establishments in _SECTORS:
        subject = re.search(rf"\b(?:Sở|Phòng)\s+{department}", text)
        inspects = subject and re.search(r"\b(?:kiểm tra|thanh tra)\b", text[subject.end():], re.IGNORECASE)
        if inspects and re.search(establishments, text[inspects.end():], re.IGNORECASE):
            return True
    return False
