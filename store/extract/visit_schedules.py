"""Timetables and trainings that look like visits, and a spot-check round that looks like a round-up.

Three phrasings `visit_kind` misread:

- an inspection timetable ("Theo kế hoạch, ngày 12 - 16/8, đoàn kiểm tra tại 6 cơ quan (...). Ngày 26 - 30/8, đoàn
  kiểm tra tại 3 cơ quan ..."): spans of days, each with the units the team will go to, and nothing said to be done.
  The headline ("Lãnh đạo tỉnh kiểm tra ...") reads as a visit; the body is a plan;
- a conference that trains or guides people in oversight ("tổ chức hội nghị tập huấn giám sát việc ...",
  "hội nghị hướng dẫn giám sát"): the oversight is its subject, a noun, as "kỹ năng giám sát" is;
- a spot-check round headed by its count of units ("Tổ kiểm tra công vụ ... kiểm tra 10 đơn vị") whose units are
  then listed one by one ("đã kiểm tra: Sở A; UBND xã B; UBND xã C; ..."): the count reads as a round-up of many
  oversight activities, but the list is one round by one team, which by the house convention is one visit.
"""

from __future__ import annotations

import re

from .text import Article

_SPAN = (r"(?:từ\s+)?(?:ngày\s+)?\d{1,2}(?:\s*[/.]\s*\d{1,2})?(?:\s*[/.]\s*\d{4})?\s*(?:-|–|đến)\s*(?:ngày\s+)?"
         r"\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?")
_TEAM_AT_UNITS = (r"\s*,\s*đoàn\b[^.;]{0,60}?\b(?:kiểm tra|giám sát|khảo sát|làm việc)\s+tại\s+"
                  r"(?:\d+|các|một số)\s+(?:cơ quan|đơn vị|địa phương|xã|phường)")
_TIMETABLE_OPENS = re.compile(r"^\W*Theo kế hoạch,\s*" + _SPAN + _TEAM_AT_UNITS, re.IGNORECASE)
"""The opening entry of a timetable: "Theo kế hoạch, từ ngày 3/11 đến ngày 7/11, đoàn ... làm việc tại 5 đơn vị"."""
_TIMETABLE_ENTRY = re.compile(r"^\W*" + _SPAN + _TEAM_AT_UNITS, re.IGNORECASE)
"""A later entry: "Ngày 26 - 30/8, đoàn kiểm tra tại 3 cơ quan"."""
_DONE = re.compile(r"\bđã\s+(?:\S+\s+){0,2}?(?:kiểm tra|giám sát|khảo sát|làm việc)\b|\bQua\s+(?:\S+\s+){0,2}?"
                   r"(?:kiểm tra|giám sát|khảo sát)\b|\b(?:tại|trong)\s+buổi\b|\bkết luận\b|\bghi nhận\b|"
                   r"\bđánh giá cao\b|\bnhận thấy\b|\bbiểu dương\b|\bchấn chỉnh\b|\blập biên bản\b", re.IGNORECASE)
"""Anything told as done or found: a visit report that recalls its plan says it."""


def timetable(article: Article) -> bool:
    """The article is an inspection timetable: its opening is a planned span of days with the units to be visited,
    and either another such entry follows or nothing in it is told as done."""
    sentences = [s.text for s in article.sentences]
    if not sentences or not _TIMETABLE_OPENS.match(sentences[0]):
        return False
    if any(_DONE.search(text) for text in sentences):
        return False
    return any(_TIMETABLE_ENTRY.match(text) for text in sentences[1:6]) or len(sentences) <= 3


_TRAINING = re.compile(r"\b(?:hội nghị|lớp|buổi|cuộc họp)\s+(?:\S+\s+){0,2}?(?:hướng dẫn|tập huấn|quán triệt|"
                       r"bồi dưỡng)\s+(?:công tác\s+|nghiệp vụ\s+|kỹ năng\s+)?$", re.IGNORECASE)


def training_subject(before: str) -> bool:
    """The oversight word is what a conference or class trains people in: "hội nghị tập huấn giám sát việc ..."."""
    return bool(_TRAINING.search(before))


_COUNTED_UNITS = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát)\s+(?:(?:đột xuất|được)\s+)?\d+\s+(?:cơ quan|đơn vị)",
                            re.IGNORECASE)
_LISTED_AFTER_COLON = re.compile(r"\b(?:đã|tiến hành)\s+(?:\S+\s+){0,2}?(?:kiểm tra|giám sát|khảo sát)"
                                 r"(?:\s+(?:đột xuất|tại|các|đơn vị|cơ quan)){0,3}\s*:\s*(.+)$", re.IGNORECASE)
_UNIT = re.compile(r"^\s*(?:\d+\s+)?(?:UBND|(?:Ủy|Uỷ) ban|Sở|Phòng|Ban|Bộ phận|Trạm|Trung tâm|Chi cục|Văn phòng|"
                   r"Trường|Bệnh viện|Chi nhánh|Công an|Đảng ủy|Đảng uỷ)\b")


def units_listed_one_by_one(article: Article, rounds: list[str]) -> bool:
    """Every round-up sign among `rounds` is the count of units checked ("kiểm tra 10 đơn vị"), and an opening
    sentence lists those units after a colon, at least three of them, split by ";": one round, one visit."""
    if not rounds or not all(_COUNTED_UNITS.search(found) for found in rounds):
        return False
    for sentence in article.sentences[:3]:
        if (m := _LISTED_AFTER_COLON.search(sentence.text)) is None:
            continue
        items = [item for item in re.split(r";", m[1]) if item.strip()]
        if len(items) >= 3 and sum(bool(_UNIT.match(item)) for item in items) >= 3:
            return True
    return False


_TEAM_ORGANISED = re.compile(r"\btổ chức\s+(?:các\s+|\d+\s+)?đoàn\s+$", re.IGNORECASE)
_DAYS_CLOSE = re.compile(r"[^.;]{0,240}?\btừ\s+ngày\s+(\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?)\s*(?:-|–|đến)\s*"
                         r"(?:ngày\s+)?\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?\s*[.;]?\s*$", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|kế hoạch)\b", re.IGNORECASE)


def organised_over_closing_days(text: str, before: str, after: str) -> bool:
    """ "<body> tổ chức đoàn khảo sát tại 6/6 khu phố ... từ ngày 10/3/2022 đến ngày 17/3/2022.": a team at work on the
    days that close the sentence, as when they open it (`visit_plans.organised_within_its_days`); never one still to
    come ("sẽ tổ chức đoàn kiểm tra ... (dự kiến từ ngày 21 đến 27/5)")."""
    return bool(_TEAM_ORGANISED.search(before)) and bool(_DAYS_CLOSE.match(after)) and not _NOT_YET.search(text)


_VERB = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)


def closing_span_first_day(text: str) -> int | None:
    """Where the first day of the span that closes a team's sentence starts ("tổ chức đoàn khảo sát tại 9/9 tổ dân
    phố ... từ ngày 15/9/2025 đến ngày 19/9/2025."): the visit's first day, which `dates` would otherwise skip as a
    period's. Only a team organised to go somewhere ("tại"), never a period it oversees ("giám sát việc ... từ ngày
    1/7 đến ngày 30/9")."""
    for verb in _VERB.finditer(text):
        after = text[verb.end():]
        if organised_over_closing_days(text, text[:verb.start()], after) and \
                (span := _DAYS_CLOSE.match(after)) and re.search(r"\btại\b", after[:span.start(1)]):
            return verb.end() + span.start(1)
    return None
