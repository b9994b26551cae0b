"""Calls that the visit words of `visit_kind` misread: a led gift call, and a team's consultation in a place.

- "dẫn đầu" or "trưởng đoàn" says who heads a team, not what it does. A team led to hand over relief money or gifts
  ("Đoàn công tác ... do X dẫn đầu đã đến thăm và trao kinh phí hỗ trợ ... khắc phục thiệt hại do mưa lũ", "...
  thăm, chúc Tết và tặng quà") oversees no one: with no oversight word in the sentence, the head's words are no
  evidence of a visit (the project's convention: a call with gifts or greetings and no oversight is no visit).
- A working or joint team that goes to a commune to hear its people ("tổ công tác liên ngành ... tiến hành lấy ý kiến
  của người dân thôn 3", "Đoàn công tác của UBND huyện đã đến xã A lấy ý kiến các hộ dân") surveys the place: a
  visit, though none of the usual verbs is written. A body that gathers views at its own table ("UBND xã tổ chức lấy
  ý kiến", "hội nghị lấy ý kiến") is no team and stays none.
"""

from __future__ import annotations

import re

_GIFTS = re.compile(r"\b(?:trao(?!\s+đổi)|tặng|(?:suất\s+)?quà|chúc\s+Tết|chúc\s+mừng|thăm\s+hỏi|cứu\s+trợ|ủng\s+hộ|"
                    r"(?:kinh\s+phí|tiền)\s+hỗ\s+trợ|hỗ\s+trợ\s+(?:kinh\s+phí|tiền))\b", re.IGNORECASE)
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
_CONSULTS = re.compile(r"\b(?:tổ|đoàn)\s+(?:công tác|liên ngành)\b(?P<between>[^.;]{0,120}?)\s(?:tiến hành\s+)?"
                       r"lấy\s+ý\s+kiến\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:sẽ|dự kiến|sắp|chuẩn bị|kế hoạch|thành lập|nhằm|để)\b", re.IGNORECASE)


def heads_a_gift_call(text: str) -> bool:
    """Whether `text` tells a gift or relief call and no oversight: its head's words prove no visit."""
    return bool(_GIFTS.search(text)) and not _OVERSIGHT.search(text)


def team_consults(text: str) -> bool:
    """Whether `text` has a working or joint team gathering people's views, done (not planned)."""
    return any(not _NOT_DONE.search(m["between"]) for m in _CONSULTS.finditer(text))
