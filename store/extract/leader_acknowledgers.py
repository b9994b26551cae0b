"""The head named only as the one who praises the hosts: no phrasing says who led.

A page copied from after its lead ("Trước khi làm việc với tỉnh, Đoàn công tác đã dành thời gian đi kiểm tra ...")
may name the delegation's head only where the head speaks to the hosts: "Đồng chí X đã biểu dương những thành tích
... của tỉnh", "Ông X ghi nhận, đánh giá cao kết quả mà huyện đạt được". The hosts do not praise their own results:
who does is the visitor. `leaders.choose_leader` asks this last, when nothing else names anyone; the person must open
the sentence, hold no commune's or ward's office and never be named as one who reports or hosts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention
    from .text import Article

_OPENS = re.compile(r"^\W*(?:ông|bà|đồng\s+chí|đ/c)?\s*$", re.IGNORECASE)
_PRAISES = re.compile(r"^\s*[,–-]?\s*(?:đã\s+)?(?:biểu\s+dương|ghi\s+nhận|đánh\s+giá\s+cao|chúc\s+mừng)\b[^.;]{0,200}?"
                      r"\b(?:của|mà)\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã|phường|địa\s+phương|đơn\s+vị)\b",
                      re.IGNORECASE)
"""Praise of what the hosts achieved: "đã biểu dương những thành tích ... của tỉnh", "ghi nhận kết quả mà xã đạt"."""
_VISITING_TEAM = re.compile(r"\b[Đđ]oàn\s+(?:công\s+tác|giám\s+sát|khảo\s+sát|kiểm\s+tra)\b")
_LOCAL_OFFICE = re.compile(r"\b(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|tỉnh)\b", re.IGNORECASE)
_REPORTS = re.compile(r"^\s*[,–-]?\s*(?:đã\s+)?(?:báo\s+cáo|cho\s+biết|giải\s+trình|tiếp\s+đoàn)\b", re.IGNORECASE)
_LEAD = 3


def acknowledges_the_hosts(people: People, article: Article) -> PersonMention | None:
    """The first person who opens a sentence praising the hosts' results, after a visiting team is named."""
    if not any(_VISITING_TEAM.search(s.text) for s in article.sentences[:_LEAD]):
        return None
    for mention in people.mentions:
        if mention.sentence is None or name_parts(mention.name) < 2 or mention.titles:
            continue
        if not _OPENS.match(mention.sentence.text[:mention.start]) or not _PRAISES.match(mention.after):
            continue
        if any(other.name == mention.name and (_REPORTS.match(other.after) or
                                               any(_LOCAL_OFFICE.search(t) for t in other.titles))
               for other in people.mentions):
            continue
        return mention
    return None
