"""A team set up (or a plan adopted), then the team's work told as done: a visit, even without a day of its own.

Front, party and council pages often open on the paperwork ("đã thành lập 02 đoàn công tác giám sát ...", "xây dựng
Kế hoạch số ... đồng thời ra Quyết định ... thành lập đoàn giám sát do X làm Trưởng đoàn") and only then tell what the
team did at the place, in the past and with no day of its own:

- the team as the subject of work done ("Đoàn kiểm tra đã tổ chức đi thực tế trong toàn thôn", "Đoàn công tác đã
  phân công thành viên ... gặp trực tiếp", "Tổ kiểm tra đã xuống các hộ");
- what the team saw, told as seen ("Theo ghi nhận của các đoàn giám sát: ...", "đến thời điểm giám sát, ...",
  "qua một buổi làm việc ... tại thôn");
- the team's days already spent and their results ("Từ ngày 18/5 đến 27/5/2020, Đoàn giám sát ... tổ chức giám sát
  ... tại 11 phường ..., kết quả như sau:");
- a caption of the team at the place ("X cùng đoàn công tác giám sát tại đơn vị xã A").

A decision or plan that only sets the team up keeps its flag: its sentences say what is to come ("đoàn sẽ giám sát
trực tiếp tại ...", "thời gian giám sát từ ... đến ...", "Nội dung giám sát gồm ...", "Theo kế hoạch, ..."), and a
sentence that says so is never read as work done (fresh87 v07, v10, v11; session 42).
"""

from __future__ import annotations

import re

from .text import Article

_TEAM = r"(?:các\s+)?(?:[Đđ]oàn|[Tt]ổ)(?:\s+(?:công\s+tác|giám\s+sát|kiểm\s+tra|khảo\s+sát|liên\s+ngành))+"
"""A team by its kind ("Đoàn kiểm tra", "các đoàn giám sát", "Tổ công tác"): never "tổ chức" or a bare "đoàn"."""
_TEAM_DID = re.compile(
    _TEAM + r"(?:\s+số\s+\d{1,2}|\s+\d{1,2})?\b[^.;:]{0,80}?\bđã\s+(?:tổ\s+chức\s+|trực\s+tiếp\s+|tiến\s+hành\s+)?"
    r"(?:(?:đi|xuống|đến|về)\s+(?:thực\s+tế|tận\s+nơi|các\s+hộ|từng\s+hộ|các\s+thôn|cơ\s+sở)\b|"
    r"phân\s+công\s+(?:các\s+)?thành\s+viên\b|gặp\s+(?:gỡ\s+|trực\s+tiếp\s+)?(?:người\s+dân|các\s+hộ|hộ)\b|"
    r"đối\s+chiếu\b|ghi\s+nhận\b|chỉ\s+ra\b)")
"""The team as the subject of work done on the spot (`visit_plans` already reads "đã kiểm tra", "đã làm việc")."""
_SEEN = re.compile(r"\b[Tt]heo\s+ghi\s+nhận\s+của\s+" + _TEAM + r"|"
                   r"\b(?:đến|tại)\s+thời\s+điểm\s+(?:giám\s+sát|kiểm\s+tra|khảo\s+sát)\b|"
                   r"\b[Qq]ua\s+(?:một\s+|hai\s+|các\s+)?buổi\s+(?:làm\s+việc|giám\s+sát|kiểm\s+tra|khảo\s+sát)\b"
                   r"[^.;]{0,80}?\btại\s+(?:các\s+)?(?:thôn|xã|phường|thị\s+trấn|bản|ấp|tổ\s+dân\s+phố|khu\s+phố)\b")
"""What the team saw, told as seen: "Theo ghi nhận của các đoàn giám sát", "đến thời điểm giám sát" (the place's state
then), "qua một buổi làm việc ... tại thôn"."""
_SPAN_DONE = re.compile(
    r"^\W*(?:[Tt]ừ|[Tt]rong)\s+(?:các\s+)?ngày\s+\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s*/\s*\d{4})?\s*(?:-|–|đến)\s*"
    r"(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*,\s*" + _TEAM +
    r"\b[^.]{0,600}?\b(?:kết\s+quả\s+(?:như\s+sau|cho\s+thấy)|ghi\s+nhận\s+như\s+sau)")
"""The team's days already spent, with their results ("Từ ngày 18/5 đến 27/5/2020, Đoàn giám sát ... kết quả như
sau:"); a plan's timetable gives no results."""
_CAPTION = re.compile(r"\bcùng\s+" + _TEAM + r"\s+(?:giám\s+sát|kiểm\s+tra|khảo\s+sát)\s+tại\s+(?:đơn\s+vị\s+)?"
                      r"(?:xã|phường|thị\s+trấn|thôn|bản|ấp)\s+[A-ZĐÀ-Ỹ]|"
                      r"^\W*" + _TEAM + r"\s+(?:giám\s+sát|kiểm\s+tra|khảo\s+sát)\s+tại\s+(?:đơn\s+vị\s+)?"
                      r"(?:xã|phường|thị\s+trấn|thôn|bản|ấp)\s+[A-ZĐÀ-Ỹ][^.;]{0,60}?,\s*(?:làm\s+việc|kiểm\s+tra|"
                      r"gặp|trò\s+chuyện|xem)\b")
"""A caption of the team at the place ("Bà X, ... cùng đoàn công tác giám sát tại đơn vị xã A"; "Đoàn công tác giám
sát tại thị trấn A, làm việc với ...")."""
_TO_COME = re.compile(r"\b(?:sẽ|dự\s+kiến|sắp(?!\s+xếp)|chuẩn\s+bị|kế\s+hoạch|tháng\s+tới|tuần\s+tới|"
                      r"[Tt]hời\s+gian\s+(?:giám\s+sát|kiểm\s+tra|khảo\s+sát)|"
                      r"[Nn]ội\s+dung\s+(?:giám\s+sát|kiểm\s+tra|khảo\s+sát)\s+(?:gồm|bao\s+gồm)|"
                      r"[Đđ]ối\s+tượng\s+(?:giám\s+sát|kiểm\s+tra|khảo\s+sát))\b")
"""A sentence that tells what is to come, or a decision's remit: never the team's work done."""


def team_work_told(article: Article) -> str | None:
    """The sentence that tells a team's work done at the place (no future in it), or None."""
    for sentence in article.sentences:
        text = sentence.text
        if _TO_COME.search(text) and not _SPAN_DONE.search(text):
            continue
        if _TEAM_DID.search(text) or _SEEN.search(text) or _SPAN_DONE.search(text) or _CAPTION.search(text):
            return text
    return None
