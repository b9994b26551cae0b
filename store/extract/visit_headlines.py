"""A headline that names a council's oversight, over a lead that only announces it.

"HĐND tỉnh Quảng Trị giám sát việc cấp giấy chứng nhận ..." reads as a visit; the lead then says the team was just
set up ("vừa thành lập đoàn giám sát"), what it will do ("Dự kiến trong tháng 11, đoàn sẽ làm việc với ..."), that
the outline is being drafted ("đang xây dựng đề cương giám sát") or that the council will oversee more this year
("Năm 2024, HĐND tỉnh sẽ tăng cường hoạt động giám sát"). Nobody has gone anywhere yet: the article announces
oversight. A lead that tells a visit made ("đã làm việc với", "Sáng 12/3, Đoàn giám sát ... tại xã A") keeps the
headline's visit, whatever it says is still to come. A lead that opens on a day to come ("Ngày mai, đoàn ... làm việc
với ...", "Tuần tới, ...") announces it too (session 30 rel1).

A lead may instead say the plan for the oversight was adopted ("Ngày 19/3, Ban Pháp chế ... đã có Kế hoạch khảo sát
...") and then when the team will go ("Theo kế hoạch, từ ngày 24/3 ..., Ban sẽ khảo sát tại ..."): its day is the
plan's, its "đã" is the plan's, and the headline names the plan's visits, none made yet.
"""

from __future__ import annotations

import re

from .day_relative import opens_on_a_day_to_come
from .days import day_mentions
from .text import Article

# ("khẳng định sẽ xử lý dứt điểm": a leader's promise of a remedy, made on the trip the headline tells, not a visit
# still to come)
_SET_UP = re.compile(r"\b(?:sẽ(?!\s+(?:\S+\s+){0,2}?(?:xử lý|giải quyết|khắc phục|chấn chỉnh)\b)|dự kiến|sắp(?!\s+xếp)|"
                     r"vừa thành lập\s+(?:các\s+)?(?:đoàn|tổ)|(?:đang|vừa)\s+xây dựng\s+"
                     r"(?:\S+\s+){0,2}?(?:đề cương|kế hoạch|chương trình))\b", re.IGNORECASE)
_DONE = re.compile(r"\bđã\s+(?:\S+\s+){0,3}?(?:giám sát|khảo sát|kiểm tra|làm việc|đến|đi)\b", re.IGNORECASE)
_AT_WORK = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
_LEAD = 3


def headline_only_announces(article: Article, evidence: str) -> bool:
    """The visit's only evidence is the headline (or an untitled first line), and the lead announces the oversight."""
    sentences = [s.text for s in article.sentences[:_LEAD + 1]]
    headline = article.title if article.title else (sentences[0] if sentences else None)
    if evidence != headline or day_mentions(evidence):
        return False
    lead = sentences if article.title else sentences[1:]
    if not lead or _DONE.search(evidence) or any(_DONE.search(text) for text in lead):
        return False
    if any(day_mentions(text) and _AT_WORK.search(text) and not _SET_UP.search(text) for text in lead):
        return False  # "Sáng 12/3, Đoàn giám sát ... tại xã A": a dated visit under the headline
    if opens_on_a_day_to_come(lead[0]):
        return True  # "Ngày mai, đoàn ... làm việc với UBND xã A": the headline's visit is still to come (day_relative)
    return bool(_SET_UP.search(lead[0]) or _SET_UP.search(evidence) and any(_SET_UP.search(t) for t in lead[:2]))


_PLAN_ADOPTED = re.compile(r"\b(?:đã\s+)?(?:có|ban hành|xây dựng|ký|phê duyệt|thông qua)\s+kế\s+hoạch"
                           r"(?:\s+\S+){0,2}?\s+(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
_WILL = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b", re.IGNORECASE)


def headline_over_a_plan(article: Article, evidence: str) -> bool:
    """The visit's only evidence is the headline; the lead tells the plan adopted for it and the visits to come."""
    lead = [s.text for s in article.sentences[:_LEAD]]
    if not article.title or evidence != article.title or day_mentions(evidence) or not lead:
        return False
    if not _PLAN_ADOPTED.search(lead[0]):
        return False
    if any(_DONE.search(_PLAN_ADOPTED.sub(" ", text)) for text in lead):
        return False  # the work told as done after the plan: a visit report
    return any(_WILL.search(text) for text in lead[1:])
