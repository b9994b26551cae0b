"""A host named only in the visitor's praise at the session: "Phát biểu tại buổi làm việc, đồng chí X, <office>, đánh
giá cao ... của Ban Thường vụ Tỉnh ủy A".

A stored excerpt may open after the lead that said who came and where: its first sentence tells the guest's words at
the session, and the host is named only as the body whose work the guest praises, after "của" (s29 fresh56 v05). No
"làm việc với" names the host, so the article read as no visit and its province as none. The session ("buổi làm
việc|kiểm tra|giám sát|khảo sát", never a conference or a voters' meeting), the speaker named with an office, a word
of praise ("đánh giá cao", "ghi nhận", "biểu dương") and one named unit's party committee, standing committee, people's
committee or council after "của" tell a visit to that unit. Not when the speaker holds an office of that same unit
(its own secretary at its own people's committee's session: the unit at its own table), nor a list ("của các xã"), nor
a conference ("Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đánh giá cao ... của các xã").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold

if TYPE_CHECKING:
    from .place_mentions import Mention
    from .text import Article

__all__ = ["praised_host", "praised_host_session"]

_PRAISED = re.compile(
    r"^\W*Phát biểu\s+(?:\S+\s+){0,2}?tại\s+(?:buổi|cuộc)\s+(?:làm việc|kiểm tra|giám sát|khảo sát)\s*,\s*"
    r"(?P<speaker>[^.;]{3,220}?),?\s+(?:đã\s+)?(?:đánh giá cao|ghi nhận|biểu dương)\b[^.;]{0,160}?\bcủa\s+"
    r"(?:Ban Thường vụ\s+|Ban Chấp hành(?:\s+Đảng bộ)?\s+|Thường trực\s+|lãnh đạo\s+)?"
    r"(?P<body>(?:Tỉnh|Huyện|Thành|Thị|Quận)\s+(?:ủy|uỷ)|Đảng\s+(?:ủy|uỷ)|UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|"
    r"Hội đồng nhân dân)\s+"
    r"(?P<place>(?:(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|TP\.?)\s*)?"
    r"(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:[ \t]+[A-ZĐÀ-Ỹ0-9][\w'’]*){0,3}))")
"""The guest's words at the session praising one named unit's body: "Phát biểu tại buổi làm việc, đồng chí X, Trưởng
Ban ..., đánh giá cao những nỗ lực của Ban Thường vụ Tỉnh ủy A"; "... ghi nhận những cố gắng của UBND huyện B"."""
_OPENING = 2
"""The excerpt's first two sentences: a later guest's praise is told after a lead that named the host already."""


def _praise(text: str) -> re.Match[str] | None:
    """The praise naming its host, when the speaker holds no office of that unit."""
    m = _PRAISED.match(text)
    if m is None or fold(m["name"]) in fold(m["speaker"]):
        return None  # "đồng chí X, Bí thư Huyện ủy B, đánh giá cao ... của UBND huyện B": the unit at its own table
    return m


def praised_host_session(article: Article) -> str | None:
    """The opening sentence telling a guest's praise of the named host at the session, or None."""
    return next((s.text for s in article.sentences[:_OPENING] if _praise(s.text)), None)


def praised_host(mention: Mention) -> bool:
    """Whether `mention` is the unit whose body the guest praises at the session, in the excerpt's opening."""
    if mention.sentence is None or mention.sentence.index >= _OPENING:
        return False
    m = _praise(mention.sentence.text)
    return m is not None and m.start("body") <= mention.start < m.end("place")
