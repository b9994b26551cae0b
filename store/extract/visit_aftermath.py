"""What a plan says will follow its check: "Kết thúc đợt giám sát, Thường trực HĐND sẽ làm việc với UBND ...".

A plan with the team's days ("Từ ngày 6 đến 17/10, Đoàn giám sát sẽ làm việc tại ...") often ends on what comes
after the round: "Kết thúc đợt giám sát, Thường trực HĐND tỉnh sẽ làm việc với UBND tỉnh", "Sau khi kiểm tra, tổ sẽ
báo cáo Chủ tịch UBND tỉnh", "Kết thúc chuyến khảo sát, Ban sẽ gửi báo cáo". The check's word stands in the opening
time clause as a noun, the body and "làm việc với" in the main clause, so the sentence read as a visit made and its
day (the plan's) did not let the plan be one. The main clause is still to come: its subject then "sẽ / dự kiến" at
once, no "đã", no one speaking or directing before it ("Kết thúc buổi giám sát, bà X đề nghị ... sẽ ..." is a report,
its head's words told after the check).
"""

from __future__ import annotations

import re

__all__ = ["aftermath_ahead"]

_AFTER_A_CHECK = re.compile(r"^\W*(?:Sau khi|Sau|Kết thúc|Khi kết thúc)\s+(?:(?:buổi|đợt|cuộc|chuyến)\s+)?"
                            r"(?:kiểm tra|giám sát|khảo sát)\b[^,;.]{0,80},\s*(.*)$", re.IGNORECASE)
"""A sentence opening on a check's end, then its main clause."""
_SUBJECT_THEN_WILL = re.compile(r"^(?:[^\s,;]+\s+){0,8}?(?:sẽ|dự kiến)\b", re.IGNORECASE)
_SPOKEN = re.compile(r"\b(?:cho biết|đề nghị|yêu cầu|nhấn mạnh|khẳng định|chỉ đạo|phát biểu|nói|thông tin|"
                     r"kết luận|đánh giá|ghi nhận)\b", re.IGNORECASE)
"""Someone speaking or directing before "sẽ": the check is over, what will be done is their word."""


def aftermath_ahead(text: str) -> bool:
    """The sentence opens on a check's end and its main clause is what will be done then ("Sau khi kiểm tra, tổ sẽ
    báo cáo ..."): no visit told in it."""
    after = _AFTER_A_CHECK.match(text)
    if after is None:
        return False
    rest = after[1]
    will = _SUBJECT_THEN_WILL.match(rest)
    return will is not None and not _SPOKEN.search(will[0]) and re.search(r"\bđã\b", rest, re.IGNORECASE) is None
