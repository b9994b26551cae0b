"""The visiting official named only after the lead, when the lead names no one.

Excerpts and photo-led pages often lose or skip the lead's subject: the page opens with a caption-like line or with
who came along ("Cùng tham dự có Phó Chủ tịch UBND TPHCM Y ..."), and the official who made the check is named a
sentence or two later, as the subject of the check ("Chủ tịch UBND TPHCM X đã kiểm tra việc tiếp nhận ...") or as the
one who tells the localities what to do at it ("Trên cơ sở đó, Phó Chủ tịch UBND thành phố X đã trao đổi, lưu ý các
địa phương ..."). `leaders.choose_leader` ranks the lead's phrasings; this is its last resort before the overseeing
body's officer, and never picks a commune's or ward's own office (the host), nor someone who reports or answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention
    from .text import Article

_CHECKS = re.compile(r"^\s*,?\s*(?:đã\s+)?(?:trực tiếp\s+)?(?:(?:đến|đi|xuống)\s+)?(?:kiểm tra|khảo sát|giám sát)\b",
                     re.IGNORECASE)
"""The person's own check: "X đã kiểm tra việc tiếp nhận ..."."""
_TELLS_THE_LOCALITIES = re.compile(
    r"^\s*,?\s*(?:đã\s+)?(?:trao đổi,?\s+)?(?:lưu ý|yêu cầu|đề nghị|chỉ đạo|nhắc nhở)\s+(?:các\s+)?"
    r"(?:địa phương|xã|phường|đơn vị|tổ bầu cử|ủy ban bầu cử)\b", re.IGNORECASE)
"""The person tells the places checked what to do: "X đã trao đổi, lưu ý các địa phương ..."."""
_OPENS = re.compile(r"(?:^|[.;]\s*|^\W*(?:[^,.;]{0,40},\s*))(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)
"""Only a short clause ("Trên cơ sở đó,", "Qua kiểm tra,") comes before the person's title and name."""
_LOCAL_OFFICE = re.compile(r"\b(?:xã|phường|thị trấn|đặc khu)\b", re.IGNORECASE)
_HOST_WORDS = re.compile(r"\b(?:cho biết|báo cáo|tiếp đoàn|đề nghị đoàn|kiến nghị)\b", re.IGNORECASE)


def visitor_named_later(people: People, article: Article, sentences: int = 5) -> PersonMention | None:
    """The first official who, in the opening `sentences`, checks or tells the localities what to do."""
    opening = {id(s) for s in article.sentences[:sentences]}
    for mention in people.mentions:
        if mention.sentence is None or id(mention.sentence) not in opening or len(mention.name.split()) < 2:
            continue
        if not mention.titles or any(_LOCAL_OFFICE.search(title) for title in mention.titles):
            continue  # an untitled name, or a commune's or ward's own office: the host
        after = mention.after
        for title in mention.titles:
            index = after.find(title)
            if index >= 0:
                after = after[index + len(title):]
        if _HOST_WORDS.search(after[:60]):
            continue
        before = mention.sentence.text[:mention.start]
        for title in mention.titles:
            before = before.rstrip().removesuffix(title)
        if not _OPENS.search(before.rstrip(" -–") + (" " if before.strip() else "")):
            continue
        if _CHECKS.match(after) or _TELLS_THE_LOCALITIES.match(after):
            return mention
    return None
