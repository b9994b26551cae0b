"""Two ways a leader's name is written that the title reader and the leader ranking missed.

- An assessment quoted first, its author after a row of titles: "Đó là đánh giá của UVTV Tỉnh uỷ, Trưởng Ban ...,
  Trưởng Ban ... HĐND tỉnh X tại buổi làm việc với thị xã A": X visits; the unit worked with is the host.
- A body whose name has "và" in it ("Ủy ban Kinh tế và Tài chính", "Sở Kế hoạch và Đầu tư"): the "và" joins the
  body's name and ends no title, so "Phó Chủ nhiệm Thường trực Ủy ban Kinh tế và Tài chính Lê Quang Mạnh" is a name
  with its title. A district's department too, its "phòng" often in lower case after "Trưởng" ("do Trưởng phòng
  Văn hóa và Thông tin huyện X Y làm trưởng đoàn", "Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện X Y
  dẫn đầu"): without it the title was read from "Thông tin" or "trường" on, and the head was no one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people import People, PersonMention

AND_KEPT = "v\u2061à"
"""The "và" of a body's name, spelled so that a split on the word "và" passes it by (put back after)."""
_BODY_AND = re.compile(r"\b(?:(?:Ủy|Uỷ)\s+ban|Bộ|Sở|Ban)\s+[A-ZĐÀ-Ỹ]\w*(?:\s+(?:\w+|[-–])){0,4}?\s+(và)\s+"
                       r"(?=[A-ZĐÀ-Ỹ])")
_DEPARTMENT_AND = re.compile(r"(?:\bPhòng|(?<=ưởng\s)phòng)\s+[A-ZĐÀ-Ỹ]\w*(?:[\s\u2060]+(?:\w+|[-–])){0,4}?\s+(và)\s+"
                             r"(?!(?:Phó|Giám|Chủ|Trưởng|Bí|Thứ|Bộ|Sở|Ủy|Uỷ|Tổng|Cục|Vụ|Phòng|Chánh|Đoàn|Lãnh|UBND|"
                             r"HĐND)\b)(?=[A-ZĐÀ-Ỹ])")
"""(The spaces of a dashed name may be spelled U+2060 by then, `people._COMMITTEE_DASH`: "Lao động - Thương binh và
Xã hội". A department's "và" never joins a second office: "Trưởng phòng Nội vụ và Chủ tịch UBND xã" are two people.)"""
_ASSESSED = re.compile(r"\b(?:Đây|Đó)\s+là\s+(?:[^.;]{0,30}?\s)?(?:đánh giá|nhận định|nhận xét|ý kiến|chỉ đạo|"
                       r"kết luận|yêu cầu|khẳng định)\b[^.;]{0,40}?\bcủa\s+(?P<titles>[^.;]{0,200})$", re.IGNORECASE)


def body_and_kept(text: str) -> str:
    """`text` with the "và" inside a body's name spelled `AND_KEPT`."""
    def kept(m: re.Match[str]) -> str:
        return m[0][:m.start(1) - m.start()] + AND_KEPT + m[0][m.end(1) - m.start():]
    return _DEPARTMENT_AND.sub(kept, _BODY_AND.sub(kept, text))


def assessed_by(people: People, mention: PersonMention) -> bool:
    """Whether `mention` is the author of an assessment quoted before it, named after a row of titles and no one else
    between "của" and the name."""
    text = mention.sentence.text[:mention.start] if mention.sentence else mention.before
    m = _ASSESSED.search(text)
    if m is None or not mention.titles:
        return False
    start = m.start("titles")
    return not any(other is not mention and other.sentence is mention.sentence and start <= other.start < mention.start
                   for other in people.mentions)
