"""A count inside what someone asks for is an aim: "yêu cầu phường hoàn thành sửa chữa 6 phòng học" is no result.

A visit ends on its asks, and an ask can carry a number ("đề nghị xã bố trí thêm 2 công chức", "yêu cầu nhà trường
hoàn thành sửa chữa 6 phòng học trước ngày khai giảng", "chỉ đạo trồng mới 5.000 cây"): what is to be done, as a
target is (`figures._TARGET_SAID`), never what was done. The ask is the verb after the one who asks (a team, a
title, a name: "Phó Chủ tịch yêu cầu", "Đoàn đề nghị", "ông A kiến nghị thành phố đầu tư thêm 2 ki-ốt"), never
the noun ("hồ sơ đề nghị cấp giấy", "giải quyết 15 đề nghị", "12 kiến nghị"); the count is the object of a verb of
doing after it. A number the ask only refers to ("đề nghị xã giải quyết dứt điểm 27 hồ sơ còn tồn") is a finding
of the visit and stays: the verbs of settling are not among the verbs of doing here.
"""

from __future__ import annotations

import re

__all__ = ["asked_for"]

_ASKED = re.compile(
    r"\b(?:[Đđ]oàn|Ban|ông|bà|đồng chí|Chủ tịch|Trưởng đoàn|Trưởng ban|Bí thư|lãnh đạo|[A-ZĐ][\wÀ-ỹ]*)"
    r"(?:\s+(?!(?:hồ sơ|đơn|văn bản|tờ trình)\b)[\wÀ-ỹ]+){0,4}?\s+"
    r"(?:yêu cầu|đề nghị|chỉ đạo|đề xuất|lưu ý|(?<![\d.,]\s)kiến nghị)\s+"
    r"(?!(?:của|được|đã|về|này|đó|trên|chính đáng|hợp pháp)\b)[^.;]{0,100}?"
    r"\b(?:hoàn thành|sửa chữa|xây dựng|xây mới|bổ sung|bố trí(?:\s+thêm)?|đầu tư|đạt|nâng(?:\s+lên)?|tăng(?:\s+thêm)?|"
    r"trồng(?:\s+mới)?|mở(?:\s+thêm)?|lắp đặt|tuyển(?:\s+dụng)?|đào tạo|cấp thêm|thêm)\s+(?:(?:ít nhất|tối thiểu|"
    r"từ|trên|hơn|khoảng)\s+)?(?:\d[\d.,]*\s+[^\d.;,]{1,30}?(?:,|\s+và)\s+)*$")
"""(and the items listed after the first: "đầu tư thêm 3 phòng học và 2 nhà vệ sinh" asks for both)"""


def asked_for(text: str, start: int) -> bool:
    """Whether the number at `start` is the object of something asked for ("đề nghị xã bố trí thêm 2 công chức")."""
    return bool(_ASKED.search(text, max(0, start - 160), start))
