"""A sentence whose subject is the places visited together: its figures belong to the visit, not to one place.

Reports of a visit to two communes tell what each did and, as often, what both did: "Hai xã đã tiếp nhận 2.315
hồ sơ", "Từ ngày 1/7 đến nay, cả hai phường đã ...", "Theo báo cáo, 02 xã đã thành lập ..." (halang.caobang 2023,
a district's check at two communes), "Hai xã Chu Hương và Nam Mẫu đã ..." (a province's report on two communes of
Ba Bể), "Năm 2021, huyện có 2 xã ...; đến nay, 2 xã đã cơ bản đạt ..." (baohaiduong 2021). A figure after such a
subject is the sum of both: no one place's. `Places.scene_at` reads the scene as the last thing set before the
figure; a joint subject sets it to no place, as a named place sets it to that place.
"""

from __future__ import annotations

import re

__all__ = ["joint_subjects"]

_COUNT = r"(?:cả\s+)?(?:hai|ba|bốn|0?[2-9]|các)"
_UNITS = r"(?:xã|phường|thị trấn|địa phương|đơn vị|nơi|huyện|quận|thị xã)"
_VERB = (r"(?:đã|đều|cũng|đang|cùng|có|tiếp nhận|giải quyết|thực hiện|hoàn thành|đạt|bố trí|giải ngân|tổ chức|"
         r"ghi nhận|triển khai|huy động|xây dựng|hỗ trợ|cấp|thu|chi)")
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()) + "]"
"""A capital letter, Vietnamese ones included: a name begins with one."""
_JOINT = re.compile(
    r"(?:^|(?<=[,;:])|(?<=\bcả)|(?<=\btheo báo cáo)|(?<=\btính chung)|(?<=\btổng cộng))\s*"
    rf"(?P<count>{_COUNT})\s+{_UNITS}\b"
    rf"(?P<names>(?:\s+(?:này|trên|nói trên))?(?:\s+(?-i:{_CAPITAL})[^,;:.]{{0,60}}?\s+(?:và|,)\s+"
    rf"(?-i:{_CAPITAL})[^,;:.]{{0,30}}?)?)"
    rf"\s+(?=(?:{_VERB})\b)",
    re.IGNORECASE,
)
"""The subject opens its clause (or follows "cả", "theo báo cáo"), counts two or more places or says "các", may
name them ("Hai xã A và B"), and a verb follows: "huyện có 2 xã đạt chuẩn" counts communes, it is no subject."""


def joint_subjects(text: str) -> list[int]:
    """Where, in `text`, a subject of the places visited together ends (the figures after it are the visit's)."""
    found: list[int] = []
    for m in _JOINT.finditer(text):
        if m["count"].lower() == "các" and text[:m.start("count")].strip() and \
                not re.search(r"[,;:]\s*$", text[:m.start("count")]):
            continue  # "các xã" inside a clause ("đề nghị các xã đã ..."): no subject of a result
        found.append(m.end())
    return found
