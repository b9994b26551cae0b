"""A commune's or ward's own meeting for its people's inspection board: no visit.

The Fatherland Front of a commune or ward sets up its People's Inspection Board ("Ban Thanh tra nhân dân", "Ban TTND")
and holds its meetings: the conference that sets its year's tasks, its review, the villages' elections of its members,
the meeting that fills its empty seats. Pages about them are full of oversight words, since overseeing is the board's
remit ("tập trung giám sát việc giải quyết hồ sơ", "tham gia giám sát việc công khai thủ tục"), and a higher official
often attends and speaks ("dự và phát biểu chỉ đạo"); but no one comes to the unit to oversee it (s29 fresh59 n08,
n09). `visit_sessions.meeting_gives_out_surveys` reads such a meeting when the lead says "tổ chức hội nghị"; a lead
that tells it by who attends ("Dự hội nghị có ..."), by the board's conference as subject ("Hội nghị tổng kết ... của
Ban Thanh tra nhân dân xã A diễn ra ...") or by the villages electing ("tiến hành bầu") did not.

A team that goes to the unit to oversee or check the board's work ("Đoàn giám sát ... đã giám sát hoạt động của Ban
Thanh tra nhân dân phường A", "kiểm tra việc tổ chức hội nghị bầu Ban Thanh tra nhân dân tại xã B"), and a council
team that works with the unit and hears of the board, stay visits.
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["board_meeting"]

_BOARD = r"(?:Ban\s+[Tt]hanh\s+tra\s+[Nn]hân\s+dân|Ban\s+TTND|\bTTND\b)"
_MEETING = (r"\b(?:hội nghị|đại hội|bầu|kiện toàn|tổng kết|sơ kết|triển khai nhiệm vụ|triển khai kế hoạch|ra mắt|"
            r"họp)\b")
_BOARDS_MEETING = re.compile(_MEETING + r"[^.;]{0,150}?" + _BOARD + "|" + _BOARD + r"[^.;]{0,60}?" + _MEETING,
                             re.IGNORECASE)
"""The board's own meeting named: "hội nghị kiện toàn Ban Thanh tra nhân dân phường", "bầu thành viên Ban Thanh tra
nhân dân", "Ban Thanh tra nhân dân xã A tổng kết"."""
_VISITING = re.compile(
    r"\b(?:đoàn|tổ)\s+(?:giám sát|kiểm tra|khảo sát|công tác)\b|\blàm việc\s+(?:với|tại)\b|"
    r"\b(?:đến|về|xuống)\s+(?:làm việc|kiểm tra|giám sát|khảo sát)\b|\bdẫn đầu\b|\btrưởng đoàn\b|"
    r"\b(?:giám sát|kiểm tra|khảo sát)\s+(?:việc|công tác|hoạt động|tình hình|kết quả)\b[^.;]{0,100}?" + _BOARD,
    re.IGNORECASE)
"""Someone who comes to oversee: a team, a working session with the unit, a head of a delegation, or a check of the
board's own work ("giám sát hoạt động của Ban Thanh tra nhân dân", "kiểm tra việc tổ chức hội nghị bầu Ban TTND")."""


def board_meeting(article: Article) -> bool:
    """Whether an opening sentence (or the title) names the people's inspection board's own meeting and none of them
    tells someone coming to oversee the unit or the board."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    if not any(_BOARDS_MEETING.search(text) for text in texts[:4]):
        return False
    return not any(_VISITING.search(text) for text in texts)
