"""Projects count only as work carried out: "xã đang triển khai 4 dự án", "kiểm tra tiến độ thực hiện 3 dự án".

A count of projects is a result where the place carries them out, starts or finishes them ("triển khai 4 dự án giao
thông", "đã hoàn thành 2 dự án", "khởi công 3 dự án"). Elsewhere it names what the team went to see ("kiểm tra, giám
sát 02 dự án bauxit": places visited, no figure), the people of projects already named ("cán bộ 02 dự án đã ..."),
or one project mentioned in passing ("được tài trợ 1 dự án"); the real sets count none of those. So "dự án" is a
unit of `figure_lexicon` only after a verb of carrying out, within its clause.
"""

from __future__ import annotations

import re

__all__ = ["project_not_carried_out"]

_CARRIED_OUT = re.compile(r"\b(?:thực hiện|triển khai|hoàn thành|khởi công|thi công|xây dựng|đầu tư|giải ngân|"
                          r"phê duyệt|vận hành|đưa vào sử dụng)\s+(?:(?:được|xong|mới|thêm|tổng cộng|tổng số)\s+)?"
                          r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)


def project_not_carried_out(text: str, start: int, unit: str) -> bool:
    """Whether a count of projects at `start` is not one of projects carried out (so no figure)."""
    return unit == "dự án" and not _CARRIED_OUT.search(text, max(0, start - 40), start)
