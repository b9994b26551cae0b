"""A check heard at an official's own meeting, not a check made: the meeting is no visit.

"Chủ tịch UBND tỉnh chủ trì cuộc họp của UBND tỉnh nghe báo cáo kết quả, tiến độ kiểm tra, xác minh đơn của công dân
huyện A": the chair sits at his own table and hears how others' checks went; the "kiểm tra" is what the report is
about, not what anyone there does that day. A meeting held with a visiting team ("chủ trì cuộc họp với Đoàn kiểm tra
của tỉnh") is the visit seen from the host's side, and stays one (`visit_evidence`).
"""

from __future__ import annotations

import re

_HEARD_AT_A_MEETING = re.compile(
    r"\bchủ\s+trì\s+(?:cuộc|phiên|buổi)?\s*(?:họp|hội nghị)\b"
    r"(?!\s+(?:làm việc\s+)?(?:với|tiếp)\s+(?:các thành viên\s+)?(?:Đoàn|Tổ)\b)"
    r"[^.;]{0,80}?\bnghe\b[^.;]{0,160}$", re.IGNORECASE)
"""Before the check's verb, in the same sentence: a meeting chaired ("chủ trì cuộc họp", "chủ trì hội nghị"), then
"nghe" (báo cáo, the reports heard), with the verb inside what is heard."""

_CHECK = ("giám sát", "khảo sát", "kiểm tra")


def heard_at_a_meeting(verb: str, before: str) -> bool:
    """Whether a check's verb, with the sentence's text before it, is what a chaired meeting hears reported."""
    return verb.lower() in _CHECK and bool(_HEARD_AT_A_MEETING.search(before))
