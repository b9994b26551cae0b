"""Articles about oversight no one went on yet, and oversight with no place to go to.

`visit_kind` asks whether an opening sentence shows a delegation visiting; some articles
have such a sentence and still report no visit, because the text around it says what it is:

- a team set up by a decision, with its head, deputies and remit ("Quyết định ... thành lập
  Đoàn giám sát", "X làm Trưởng đoàn; Y làm Phó Trưởng đoàn", "Đối tượng giám sát: ...");
- a plan or a year's programme agreed or issued, listing the units to be overseen ("thống nhất
  chương trình giám sát năm 2021", "ban hành Kế hoạch số 06/KH-HĐND ... về việc giám sát");
- oversight done in writing ("giám sát bằng văn bản", "giám sát qua báo cáo"): no one went;
- a council's own hearing ("phiên giải trình", "phiên chất vấn"): officials come to the council.

Each holds only when nothing in the article says the visit was made ("Đoàn đã giám sát",
"Qua kiểm tra", "kết luận"): a visit report often recalls the plan or decision behind it.
The other way round, a visit announced inside its own stated dates ("Từ ngày 26/8 - 1/9, ...
tổ chức đoàn giám sát ...; đoàn sẽ trực tiếp giám sát tại ...") is a visit, and a round of a few
visits told one by one ("03 cuộc giám sát ...; Đoàn đã giám sát ... tại xã A") is one report; so are
teams set up for days already past ("Vừa qua, từ ngày 01 – 05/4/2021 huyện X thành lập các đoàn
kiểm tra ... ở các xã": their checks were made, s27/fresh48).
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .text import Article
from .visit_team_work_told import team_work_told

_DONE = re.compile(
    r"\bđã\s+(?:trực tiếp\s+|tiến hành\s+|có buổi\s+|thực hiện\s+)?(?:đi\s+|đến\s+)?"
    r"(?:khảo sát|giám sát|kiểm tra|làm việc)\b|"
    r"\bQua\s+(?:\S+\s+){0,2}?(?:khảo sát|giám sát|kiểm tra)\b|\bkết luận\b|"
    r"(?<!thành )(?<!tỉnh )(?<!huyện )\bđoàn đã\b(?!\s+(?:ban hành|ký|thành lập))|"
    r"\btại buổi\s+(?:làm việc|giám sát|khảo sát|kiểm tra)\b|\bbáo cáo (?:với|tại) đoàn\b|\btiếp đoàn\b|"
    r"\b(?:đoàn|tổ)\s+(?:giám sát|kiểm tra|khảo sát)\s+(?:đã\s+)?(?:phân công|cử)\s+(?:các\s+)?thành viên\s+"
    r"(?:\S+\s+){0,2}?(?:đến|xuống|tới)\b",
    re.IGNORECASE)
"""(The team at work without a day, "Đoàn giám sát phân công thành viên đến trực tiếp địa điểm cấp phát": the plan
and the team set up before it are the visit's background; `team_at_work`.)"""
_AT_WORK = re.compile(r"\b(?:đoàn|tổ)\s+(?:giám sát|kiểm tra|khảo sát)\s+(?:đã\s+)?(?:phân công|cử)\s+(?:các\s+)?"
                      r"thành viên\s+(?:\S+\s+){0,2}?(?:đến|xuống|tới)\b", re.IGNORECASE)


def team_at_work(article: Article) -> str | None:
    """The opening sentence in which the team sends its members to the sites it oversees, or None: the visit told
    without a day, after the plan and the team set up ("Đoàn giám sát phân công thành viên xuống trực tiếp ...")."""
    return next((s.text for s in article.sentences[:5] if _AT_WORK.search(s.text)), None)
"""The visit was made: a report says so even when it recalls the plan or decision behind it ("Thành đoàn đã ban
hành" is the youth union's committee issuing a plan)."""

_TEAM_SET_UP = re.compile(r"\bthành lập\s+(?:các\s+|\d+\s+)?(?:đoàn|tổ)\s+(?:công tác\s+)?"
                          r"(?:(?:đặc biệt|liên ngành)\s+về\s+)?(?:giám sát|khảo sát|kiểm tra)\b|"
                          r"\bsẽ có\s+(?:\d+|hai|ba|bốn)\s+đoàn\b|"
                          r"\bthành lập\s+(?:các|\d+|hai|ba|bốn|năm)\s+đoàn\s+công tác\b", re.IGNORECASE)
"""A team set up to oversee, or several working teams set up at once ("thành lập 3 đoàn công tác"): a plan's; a
standing team's kind may follow "đặc biệt về" or "liên ngành về" ("thành lập Tổ Công tác đặc biệt về kiểm tra công
vụ", s34 fresh72 n11)."""
_DEPUTY_NAMED = re.compile(r"làm\s+Phó\s+Trưởng\s+đoàn\b", re.IGNORECASE)
_MADE_UP = re.compile(r"\blàm\s+Trưởng\s+đoàn\s*[,;]\s*(?:các\s+)?thành\s+viên\s+(?:gồm|là|bao\s+gồm)\b", re.IGNORECASE)
"""A team's make-up, its head then its members ("do ông X, Phó Giám đốc Sở Nội vụ, làm Trưởng đoàn, thành viên gồm
đại diện các sở ..."): how a decision sets a team up, as a deputy named is; with its remit and no visit told (a
lead cut before "Quyết định ... thành lập", s28/fresh54), a team set up."""
_REMIT = re.compile(r"\b(?:Đối tượng|Lịch|Phạm vi)\s+(?:giám sát|khảo sát|kiểm tra)\b|\bĐoàn sẽ\b|"
                    r"\b(?:sẽ|dự kiến)\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""A team's remit: whom it will oversee, its timetable to come."""

_PROGRAMME = re.compile(
    r"\b(?:ban hành|triển khai|thông qua|thảo luận|thống nhất|xây dựng|quyết định|bàn)\s+(?:và\s+\S+\s+)?"
    r"(?:\S+\s+){0,2}?(?:kế hoạch|chương trình)\b[^.;]{0,70}?\b(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""A plan or programme of oversight agreed or issued ("thống nhất chương trình giám sát năm 2021", "ban hành Kế
hoạch số 06/KH-HĐND ngày 31/3/2023 về việc giám sát")."""

_DAY_CLAUSE_AFTER = re.compile(r",\s*(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})"
                               r"[^,;.]{0,14},\s*"
                               r"(?:đoàn|ban|thường trực|tổ|đồng chí|đ/c|ông|bà|ủy ban|uỷ ban|HĐND|UBND)\b",
                               re.IGNORECASE)
"""After the plan, a day that opens the visit's own clause ("Triển khai kế hoạch giám sát năm 2024, sáng 5/6/2024,
Đoàn giám sát ... giám sát tại xã A"): the plan is the visit's background."""
_VISIT_DAY_OPENS = re.compile(r"(?:^|[.;,]\s+|^\W*)(?:sáng|chiều|tối|trưa)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}|"
                              r"^\W*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}[^,]{0,8},", re.IGNORECASE)
"""A visit's own day opening a clause ("Sáng 5/6/2024, Đoàn ...", "Ngày 3/12/2024, Tổ 1 ..."): a team at work."""
_ISSUED_ON_THE_DAY = re.compile(
    r"^\W*(?:ngày|sáng|chiều)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,[^,.;]{0,80}?"
    r"\b(?:ban hành|ký|vừa ký|thông qua)\s+(?:\S+\s+){0,2}?(?:Nghị quyết|Quyết định|Kế hoạch)\b", re.IGNORECASE)
"""The day opens a document's clause ("Ngày 06/9/2021, Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết ... thành lập
Đoàn giám sát"): the day the team was set up, not a day it was at work."""
_VISIT_VERB = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
_PLAN_TIMETABLE = re.compile(r"(?:^|[.!?]\s+)Theo kế hoạch,")
_SUBJECTS_PLANNED = re.compile(r"^\W*Theo kế hoạch,\s*(?:các\s+|những\s+)?(?:đối tượng|đơn vị|cơ quan|địa phương|"
                               r"địa bàn)\s+(?:được\s+)?(?:giám sát|khảo sát|kiểm tra)\s+(?:gồm|bao gồm|là)\b",
                               re.IGNORECASE)
"""The plan's list of whom the team will oversee ("Theo kế hoạch, các đối tượng khảo sát gồm: Văn phòng UBND ...;
các sở ..."): no timetable and no day, so the team set up before it stays a plan (a decision told after a summary
line, whose lead `visit_kind` reads without it)."""
_STILL_TO_COME = re.compile(r"\b(?:sẽ|dự kiến)\b", re.IGNORECASE)
"""A timetable told still to come ("Theo kế hoạch, ngày 12/6, Đoàn sẽ khảo sát tại ..."), after the team set up."""
_MEANS_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|có nhiệm vụ|nhằm)\b", re.IGNORECASE)
_IN_WRITING = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra)\s+(?:\S+\s+){0,2}?(?:bằng|qua)\s+(?:các\s+)?"
                         r"(?:văn bản|báo cáo)\b(?!\s+(?:và|kết hợp|với)\b)", re.IGNORECASE)
_REPORTS_ASKED = re.compile(r"\b(?:ban hành|gửi)\s+(?:\S+\s+){0,2}?(?:công văn|văn bản|thông báo|kế hoạch)\b"
                            r"[^.;]{0,120}\b(?:đề nghị|yêu cầu)\s+(?:\S+\s+){0,3}?báo cáo\b[^.;]{0,60}"
                            r"\bphục vụ\s+(?:\S+\s+)?(?:giám sát|khảo sát)\b", re.IGNORECASE)
_SUBJECTS_LISTED = re.compile(r"\bĐối tượng(?:\s+(?:và|,)\s+(?:phương thức|hình thức|phạm vi))?\s+"
                              r"(?:giám sát|khảo sát)\b|"
                              r"\b(?:giám sát|khảo sát)\s+trực tiếp\s+đối với\b", re.IGNORECASE)
"""A letter asking the units for reports "phục vụ giám sát" and setting out whom it will oversee and how ("Đối tượng
và phương thức giám sát: 1. Giám sát trực tiếp đối với ...; 2. Giám sát qua báo cáo đối với ..."): a plan."""
_ON_SITE = re.compile(r"\b(?:thực tế|trực tiếp)\s+tại\b|\bkhảo sát thực tế\b|\bgiám sát thực tế\b", re.IGNORECASE)
"""Oversight in writing ("giám sát bằng văn bản", "giám sát qua báo cáo"), unless on site as well ("qua báo cáo và
thực tế")."""

_HEARING = re.compile(r"\b(?:tổ chức|tiến hành|diễn ra|khai mạc)\s+(?:các\s+)?phiên\s+(?:họp\s+)?"
                      r"(?:giải trình|chất vấn)\b|"
                      r"^\W*(?:HĐND|Hội đồng nhân dân|Thường trực)\b[^.;]{0,60}\bphiên\s+(?:giải trình|chất vấn)\b",
                      re.IGNORECASE)
"""A council's own hearing: officials answer before the council, at its seat."""

_SPAN_OPENS = re.compile(
    r"^\W*(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:(?:từ|trong)\s+(?:các\s+|\d+\s+|hai\s+|ba\s+)?ngày\s+)\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?\s*"
    r"(?:-|–|đến)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,", re.IGNORECASE)
"""A clause that opens with the visit's own days ("Từ ngày 26/8 - 1/9,", "Từ ngày 14 đến 18/9/2023,")."""
_TEAM_ORGANISED = re.compile(r"\btổ chức\s+(?:các\s+|\d+\s+)?đoàn\s+$", re.IGNORECASE)
_PAST_SPAN_OPENS = re.compile(
    r"^\W*(?:vừa qua|mới đây|vừa rồi|thời gian qua)\s*,\s*"
    r"(?:từ|trong)\s+(?:các\s+|\d+\s+|hai\s+|ba\s+|bốn\s+|năm\s+)?ngày\s+"
    r"\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?\s*(?:-|–|đến)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}",
    re.IGNORECASE)
"""Days already past that open the sentence after "Vừa qua," / "Mới đây," ("Vừa qua, từ ngày 01 – 05/4/2021 huyện X
thành lập các đoàn kiểm tra ..."): the teams' own days, so their checks were made — unless the sentence says their
work is still to come ("...; đoàn sẽ làm việc tại ... trong tháng 1/2026"), when the days are only the set-up's.
"Thời gian qua," opens them alike (session 27 items3)."""
_PAST_SPAN_AFTER_BODY = re.compile(
    r"^\W*[^,.;:()]{3,90}?,\s*(?:từ|trong)\s+(?:các\s+|\d+\s+|hai\s+|ba\s+|bốn\s+|năm\s+)?ngày\s+"
    r"\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?\s*(?:-|–|đến)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{4})?\s*,\s*(?:đã|vừa)\s+(?:tiến hành\s+)?thành lập\b",
    re.IGNORECASE)
"""The same days set between commas after the body, told done ("UBND huyện A, từ ngày 3 đến 7/6/2024, đã thành lập
các đoàn kiểm tra ..."; session 27 items3); without "đã" / "vừa" the days may be a plan's, so left alone."""


def _past_span(text: str) -> bool:
    """Teams set up for days already past (`_PAST_SPAN_OPENS`, `_PAST_SPAN_AFTER_BODY`), their work not still to
    come."""
    return bool(_PAST_SPAN_OPENS.match(text) or _PAST_SPAN_AFTER_BODY.match(text)) and not _STILL_TO_COME.search(text)

_SMALL_ROUND = re.compile(r"\b0?[1-5]\s+(?:cuộc|đợt)\s+(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
_TOLD_ONE_BY_ONE = re.compile(
    r"\bĐoàn\s+(?:đã\s+)?(?:giám sát|khảo sát|kiểm tra)\b[^.;]{0,300}?\btại\s+(?:(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+)?"
    r"(?:xã|phường|thị trấn)\s+[A-ZĐ]")


def written_plan_reason(article: Article) -> Reason | None:
    """A team set up, a programme, oversight in writing or a council's hearing, with no visit said to be made."""
    head_texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    head = " ".join(head_texts)
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    whole = " ".join(texts)
    if any(_HEARING.search(text) for text in head_texts[:3]):
        return reason("nonvisit.hearing")
    if any(_told_done(text) for text in texts) or team_work_told(article):
        return None  # the visit made, or the team's work told as done after the set-up (visit_team_work_told)
    if _IN_WRITING.search(head) and not _ON_SITE.search(whole):
        return reason("nonvisit.in_writing")
    if _REPORTS_ASKED.search(head) and _SUBJECTS_LISTED.search(whole):
        return reason("nonvisit.plan")  # a letter asking for reports, with whom it will oversee and how
    for index, text in enumerate(head_texts):
        if (m := _PROGRAMME.search(text)) and not _DAY_CLAUSE_AFTER.search(text, m.end()):
            if any(_VISIT_DAY_OPENS.search(told) and _VISIT_VERB.search(told) for told in head_texts[:index]):
                break  # "Sáng 5/6, Đoàn ... làm việc với xã A. ... xã đã xây dựng kế hoạch kiểm tra": the unit's plan
            return reason("nonvisit.plan")  # a plan that sets up its teams is a plan first
    if any(_PLAN_TIMETABLE.search(text) and not _SUBJECTS_PLANNED.match(text) and not _STILL_TO_COME.search(text)
           for text in texts):
        return None  # "Theo kế hoạch, ... thành lập 4 đoàn": a plan's timetable, which `visit_kind` reads
    if any(_VISIT_DAY_OPENS.search(text) and not _ISSUED_ON_THE_DAY.search(text) for text in head_texts):
        return None  # "Sáng 5/6/2024, Đoàn giám sát do X làm Trưởng đoàn, Y làm Phó Trưởng đoàn ...": a team at work
    if any(_past_span(text) for text in head_texts):
        return None  # "Vừa qua, từ ngày 01 – 05/4/2021 huyện X thành lập các đoàn kiểm tra ... ở các xã": days gone by
    if _TEAM_SET_UP.search(whole) or (_DEPUTY_NAMED.search(whole) or _MADE_UP.search(whole)) and _REMIT.search(whole):
        return reason("nonvisit.team_set_up")
    return None


def _told_done(text: str) -> bool:
    """The sentence tells the visit made (`_DONE`); "qua khảo sát" after what the team will do ("Đoàn khảo sát sẽ
    ...; thông qua khảo sát thực tế, đề xuất ...") is its means, still to come."""
    return any(not (m[0].lower().startswith("qua") and _MEANS_TO_COME.search(text[:m.start()]))
               for m in _DONE.finditer(text))


_TEAMS_SET_UP = re.compile(r"\bthành lập\s+(?:các\s+|\d+\s+|hai\s+|ba\s+|bốn\s+)?(?:đoàn|tổ)\s+$", re.IGNORECASE)


def organised_within_its_days(text: str, before: str) -> bool:
    """ "Từ ngày 14 đến 18/9/2023, <body> tổ chức đoàn giám sát ...": the team at work on those days; so on the day
    that opens the sentence ("Ngày 13/2, ..., đồng chí X - <titles> tổ chức đoàn khảo sát ..."), or once done, told
    without a day ("Ban Thường trực Ủy ban MTTQ huyện đã phối hợp với ... tổ chức Đoàn giám sát việc ..."); and teams
    set up for days already past ("Vừa qua, từ ngày 3 đến ngày 6/11/2025 UBND tỉnh thành lập các tổ kiểm tra ... tại
    xã A", `_PAST_SPAN_OPENS`), their work not told still to come."""
    if _TEAMS_SET_UP.search(before) and _past_span(text):
        return True
    return bool(_TEAM_ORGANISED.search(before)) and bool(
        _SPAN_OPENS.match(text) or _VISIT_DAY_OPENS.match(text) or re.search(r"\bđã\s[^.;]{0,160}$", before))


def few_visits_told_one_by_one(article: Article, texts: list[str]) -> bool:
    """A round of a few visits ("03 cuộc giám sát") then each told ("Đoàn đã giám sát ... tại xã A"): a visit report,
    when the count is the only sign of a round-up among `texts`. Kept on purpose for a body's few visits of one
    season ("vừa tổ chức 03 cuộc giám sát", then "Giám sát tại UBND xã A", "Đoàn đã giám sát ... tại xã B và xã C"):
    the article names the communes and what was overseen at each, which a user importing it wants as one record to
    complete with the day; flagged, the visits would be dropped, and a visit flagged costs more than one let through."""
    if not all(_SMALL_ROUND.search(text) for text in texts):
        return False
    return any(_TOLD_ONE_BY_ONE.search(s.text) for s in article.sentences)
