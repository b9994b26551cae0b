"""A call that the visit words of `visit_kind` miss: a team's consultation in a place (a led gift call, which they
misread, is `visit_gifts.heads_a_gift_call`).

- A working or joint team that goes to a commune to hear its people ("tổ công tác liên ngành ... tiến hành lấy ý kiến
  của người dân thôn 3", "Đoàn công tác của UBND huyện đã đến xã A lấy ý kiến các hộ dân") surveys the place: a
  visit, though none of the usual verbs is written. A body that gathers views at its own table ("UBND xã tổ chức lấy
  ý kiến", "hội nghị lấy ý kiến") is no team and stays none.
"""

from __future__ import annotations

import re

_CONSULTS = re.compile(r"\b(?:tổ|đoàn)\s+(?:công tác|liên ngành)\b(?P<between>[^.;]{0,120}?)\s(?:tiến hành\s+)?"
                       r"lấy\s+ý\s+kiến\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|chuẩn bị|kế hoạch|thành lập|nhằm|để)\b", re.IGNORECASE)


def team_consults(text: str) -> bool:
    """Whether `text` has a working or joint team gathering people's views, done (not planned)."""
    return any(not _NOT_DONE.search(m["between"]) for m in _CONSULTS.finditer(text))
