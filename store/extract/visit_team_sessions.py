"""A team's own session at its seat: its first sitting, the meeting that rolls out its plan or adopts its outline.

An oversight team meets as itself before it goes anywhere: "Đoàn giám sát của Quốc hội về ... họp phiên thứ nhất"
at the Assembly House, "Đoàn giám sát ... đã họp phiên thứ nhất, do X chủ trì", "Đoàn khảo sát ... tổ chức họp triển
khai kế hoạch khảo sát", "... họp thông qua đề cương". The team leads the sentence and meets; no unit is visited or
met with, so no visit is reported, whatever place it will go to later (fresh87 n06; session 42). `visit_kind`'s
`_TEAM_MEETS` knows the other word order ("phiên họp thứ sáu của Đoàn giám sát", "họp Đoàn giám sát").

A team that meets a unit ("họp với UBND tỉnh", "làm việc với"), or sits after it went to a place ("Sau khi khảo sát
thực tế tại xã A, Đoàn ... họp phiên thứ hai"), reports a visit.
"""

from __future__ import annotations

import re

from .text import Article

_TEAM = r"\b(?:Đoàn|Tổ)\s+(?:công\s+tác\s+)?(?:giám\s+sát|khảo\s+sát|kiểm\s+tra)\b"
_ORDINAL = r"(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|\d{1,2})|đầu\s+tiên|lần\s+thứ\s+\S+)"
_OWN_SESSION = re.compile(
    _TEAM + r"[^.]{0,300}?\b(?:đã\s+|vừa\s+)?(?:tổ\s+chức\s+|tiến\s+hành\s+)?"
    r"(?:họp\s+phiên(?:\s+họp)?\s+" + _ORDINAL + r"|phiên\s+họp\s+" + _ORDINAL + r"|"
    r"(?:cuộc\s+)?họp\s+(?:để\s+)?(?:triển\s+khai|thông\s+qua|thống\s+nhất)\s+(?:\S+\s+){0,2}?"
    r"(?:kế\s+hoạch|đề\s+cương)\b)", re.IGNORECASE)
"""The team, then its own sitting: "họp phiên thứ nhất", "tổ chức phiên họp đầu tiên", "họp triển khai kế hoạch
khảo sát", "họp thông qua đề cương"."""
_WITH_A_UNIT = re.compile(r"\b(?:họp|làm\s+việc|gặp|tiếp\s+xúc)\s+(?:trực\s+tiếp\s+)?với\b", re.IGNORECASE)
_WENT_BEFORE = re.compile(r"\b(?:sau\s+khi|trước\s+đó|trước\s+khi)\b[^.;]{0,80}?\b(?:khảo\s+sát|giám\s+sát|kiểm\s+tra|"
                          r"làm\s+việc)\s+(?:thực\s+tế\s+)?(?:tại|ở|với)\b|"
                          r"\bđã\s+(?:\S+\s+){0,3}?(?:khảo\s+sát|giám\s+sát|kiểm\s+tra|làm\s+việc|đến)\s+"
                          r"(?:thực\s+tế\s+)?(?:tại|với|ở)\b", re.IGNORECASE)
"""A place visited, before the sitting or anywhere in the page: then a visit report."""


def team_own_session(article: Article) -> bool:
    """The title or the opening sentence has the team at its own sitting, and no unit is met or visited."""
    opening = ([article.title] if article.title else []) + [s.text for s in article.sentences[:1]]
    whole = " ".join(s.text for s in article.sentences)
    for text in opening:
        if (m := _OWN_SESSION.search(text)) and not _WITH_A_UNIT.search(text) and \
                not re.match(r"[^.;]{0,30}?\bvới\b", text[m.end():]):  # "phiên họp thứ nhất với UBND huyện A"
            return not _WENT_BEFORE.search(whole)
    return False
