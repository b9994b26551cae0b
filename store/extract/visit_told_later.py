"""Visits whose lead does not tell them, told later in the page, and one oversight read as a round-up.

`visit_kind` decides from the lead. Real visit reports were flagged because their lead is something else:

- a feature lead about the place ("Những năm qua, thành phố A đã quan tâm ..."), the visit only in a photo caption
  ("Toàn cảnh buổi giám sát") and a later paragraph of the team's findings ("Các đại biểu của Đoàn giám sát đánh giá
  cao ..., đề nghị ...");
- a lead that opens on the host's report ("Theo báo cáo của Huyện ủy A, ... ban hành ..., triển khai kế hoạch"), read
  as a plan issued, with the team's findings and its own check on site after ("Sau khi làm việc với Huyện ủy, Đoàn
  cũng đã kiểm tra trực tiếp ... tại ...");
- teams set up "to oversee" ("Vừa qua, Thường trực HĐND huyện đã thành lập 03 Đoàn giám sát ... để tiến hành giám
  sát"), then told at work in a caption ("Giám sát hộ nghèo tại xã A.");
- a body that "vừa triển khai công tác giám sát ... tại" units, or set up a team on a day that went to check
  ("Sáng 24/4, huyện A đã thành lập đoàn công tác liên ngành đi kiểm tra ... tại 2 xã").
- a page that lost its lead, the unit's figures first, the visit told only by its working session's close: "Kết luận
  buổi làm việc, Phó Chủ tịch UBND tỉnh X yêu cầu UBND thị xã A ...", "Tại buổi làm việc, ông X, Chủ tịch LĐLĐ tỉnh,
  đề nghị huyện A ..." (real: nhandanthudo, nld 2019, s36/fresh77): an official asking a named lower unit at the
  session ("buổi làm việc, ..." with nothing between; a session "với" others or an ask still to come, "sẽ đề nghị",
  is no such close).

What separates them from a plan, a directive or a team's decision is evidence that the visit was made: a caption of
the session, the team's findings ("Đoàn ... đánh giá cao / ghi nhận / chỉ ra / nhận thấy"), a check told after the
session, each with nothing still to come in the opening ("sẽ", "dự kiến").

And one oversight summed up by its findings is no round-up: "Ban Pháp chế HĐND tỉnh vừa giám sát ... Qua giám sát cho
thấy, từ đầu năm đến nay ..." or "Tổ đại biểu ... vừa hoàn thành đợt giám sát ... Qua giám sát cho thấy ...": the
period and the counts are what the hosts did, found by this one oversight (session 12 settled this against tuned
t151, which had read one "đợt" finished as a round-up; "các đợt", "5 cuộc" still are).
"""

from __future__ import annotations

import re

from .text import Article
from .visit_set_up_captions import team_at_work_in_a_caption

_SESSION_CAPTION = re.compile(r"^\W*(?:Toàn cảnh|Quang cảnh|Khung cảnh)\s+(?:buổi|cuộc)\s+(?:giám sát|kiểm tra|"
                              r"khảo sát|làm việc)\b", re.IGNORECASE)
"""A photo caption of the session ("Toàn cảnh buổi giám sát Ảnh: ...", "Quang cảnh buổi kiểm tra.")."""
_AT_WORK_CAPTION = re.compile(r"^\W*(?:(?:Đoàn|Tổ)\s+(?:giám sát|kiểm tra|khảo sát|công tác)\s+)?(?i:làm việc|giám sát|"
                              r"kiểm tra|khảo sát)\b[^.;:]{0,80}?\btại\s+(?:xã|phường|thị trấn|huyện|[A-ZĐ])"
                              r"[^.;:]*\.?$")
"""A caption line of the team at work somewhere ("Giám sát hộ nghèo tại Tam Lộc.", "Đoàn giám sát làm việc tại xã
A.")."""
_TEAM_FOUND = re.compile(r"\b(?:Đoàn|[Tt]hành viên (?:của\s+)?Đoàn|đại biểu (?:của\s+)?Đoàn)"
                         r"(?:\s+(?:giám sát|kiểm tra|khảo sát|công tác))?\s+(?:cũng\s+)?(?:đã\s+)?"
                         r"(?:đánh giá cao|ghi nhận|chỉ ra|nhận thấy|biểu dương)\b")
"""The team's findings: what it praised, noted or pointed out at the place."""
_CHECKED_AFTER = re.compile(r"\bSau khi (?:làm việc|khảo sát|kiểm tra|giám sát)\s+(?:với|tại)\b[^.;]{0,120},\s*"
                            r"(?:Đoàn|đoàn)\b[^.;]{0,40}?\bđã\s+(?:\S+\s+){0,2}?(?:kiểm tra|khảo sát|giám sát|"
                            r"làm việc)\b")
"""A check told after the session: "Sau khi làm việc với Huyện ủy, Đoàn cũng đã kiểm tra trực tiếp ... tại ..."."""
_DONE_AT_PLACES = re.compile(r"\b(?:MTTQ|Mặt trận|HĐND|Hội đồng nhân dân|Đoàn|Ban|(?:Ủy|Uỷ) ban|Tổ)\b[^.;]{0,80}?"
                             r"\bvừa\s+(?:triển khai|thực hiện|tổ chức|tiến hành)\s+(?:công tác|đợt|cuộc)\s+"
                             r"(?:giám sát|kiểm tra|khảo sát)\b[^.;]{0,80}?\btại\b")
"""A body that just carried out oversight at places: "Ủy ban MTTQ tỉnh vừa triển khai công tác giám sát ... tại"."""
_SET_UP_AND_WENT = re.compile(r"^\W*(?:Sáng|Chiều|Ngày|Hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}[^,]{0,12},"
                              r"[^.;]{0,120}?"
                              r"\bđã\s+thành lập\s+(?:\S+\s+){0,6}?đi\s+(?:kiểm tra|khảo sát|giám sát)\b[^.;]{0,120}?"
                              r"\btại\b", re.IGNORECASE)
"""A team set up on a day that went to check: "Sáng 24/4/2023, huyện A đã thành lập đoàn ... đi kiểm tra ... tại"."""
_SETS_UP = re.compile(r"\bthành\s+lập\s+(?:\S+\s+){0,2}?(?:đoàn|tổ)\s+(?:kiểm tra|giám sát|khảo sát|công tác|"
                      r"liên ngành)\b", re.IGNORECASE)
_WENT_ON_ITS_DAY = re.compile(
    r"^\W*(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*,\s*"
    r"(?:các\s+)?(?:[Đđ]oàn|[Tt]ổ)\b[^.;]{0,120}?\bđã\s+(?:\S+\s+){0,2}?(?:làm việc|kiểm tra|giám sát|khảo sát)\s+"
    r"(?:thực tế\s+)?(?:tại|với)\s+(?:(?:UBND|(?:Ủy|Uỷ) ban nhân dân|Đảng ủy|Đảng uỷ|HĐND)\s+)?"
    r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s+[A-ZĐÀ-Ỹ]")
"""A team set up in the lead (`_SETS_UP`), then told at work on a day of its own at a named unit: "Sáng 14/10/2025,
đoàn đã làm việc tại UBND xã A" — the page tells the visit itself (session 30 vis2)."""
_STILL_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\s+(?:\S+\s+){0,3}?(?:giám sát|khảo sát|kiểm tra|làm việc|"
                            r"tiến hành)\b",
                            re.IGNORECASE)

_ONE_JUST_DONE = re.compile(r"\bvừa\s+(?:hoàn thành\s+(?:đợt|cuộc)\s+)?(?:giám sát|kiểm tra|khảo sát)\b")
"""One oversight just done ("Ban Pháp chế HĐND tỉnh vừa giám sát", "vừa hoàn thành đợt giám sát")."""
_FOUND_ON_SITE = re.compile(r"\bkết quả (?:giám sát|kiểm tra|khảo sát) thực tế\b", re.IGNORECASE)
_FINDINGS = re.compile(r"(?:^|[.!?]\s+)\W*Qua\s+(?:\S+\s+){0,2}?(?:giám sát|kiểm tra|khảo sát)\b|" +
                       _TEAM_FOUND.pattern)
_MANY = re.compile(r"\b(?:\d+|nhiều|các|những)\s+(?:cuộc|đợt|lượt|chuyên đề)\b", re.IGNORECASE)

_SESSION_ASKS_A_UNIT = re.compile(
    r"^\W*(?:Tại|(?:Phát biểu\s+)?[Kk]ết luận(?:\s+tại)?)\s+buổi\s+làm\s+việc\s*,\s*[^.;]{0,120}?(?<!sẽ\s)"
    r"\b(?:đề nghị|yêu cầu)\s+(?:(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+)?"
    r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố)\s+[A-ZĐÀ-Ỹ]")
"""The session's close asking a named lower unit: "Kết luận buổi làm việc, Phó Chủ tịch tỉnh X yêu cầu UBND xã A"."""
_HOSTS_REPORT = re.compile(r"^\W*Theo báo cáo (?:của|tại)\b")
_TOLD_LATER = ("nonvisit.no_visit", "nonvisit.issued_in_lead", "nonvisit.team_set_up", "nonvisit.plan")


def told_as_a_visit(article: Article, code: str) -> bool:
    """Whether an article flagged with the reason `code` tells a visit after all (see the module's note)."""
    title = [article.title] if article.title else []
    sentences = [s.text for s in article.sentences]
    opening = " ".join(title + sentences[:3])
    if _STILL_TO_COME.search(opening):
        return False
    if code == "nonvisit.round_up":
        lead = " ".join(title + sentences[:1])
        if _MANY.search(lead):
            return False
        if _ONE_JUST_DONE.search(lead) or _FOUND_ON_SITE.search(lead):
            return any(_FINDINGS.search(text) for text in sentences[:3])
        if not (sentences and _HOSTS_REPORT.match(sentences[0])):
            return False  # ("Theo báo cáo của Huyện ủy A, thời gian qua, ...": the hosts' period, told to the team)
    elif code not in _TOLD_LATER:
        return False
    if any(_CHECKED_AFTER.search(text) for text in sentences):
        return True
    if sentences and _SETS_UP.search(sentences[0]) and any(_WENT_ON_ITS_DAY.match(text) for text in sentences[1:4]):
        return True  # "Ngày 6/10, ... thành lập đoàn kiểm tra ...", then "Sáng 14/10, đoàn đã làm việc tại UBND xã A"
    if any(_SESSION_CAPTION.match(line) for line in article.dropped + title + sentences) and \
            any(_TEAM_FOUND.search(text) for text in sentences):
        return True  # a caption alone may show a meeting that set the plan up: the team's findings say it went
    captions = [s.text for i, s in enumerate(article.sentences) if len(s.text.split()) <= 14 and
                all(o.paragraph != s.paragraph for j, o in enumerate(article.sentences) if j != i)]
    if any(_AT_WORK_CAPTION.match(text) for text in captions) or team_at_work_in_a_caption(article):
        return True  # "Đoàn GS số 2 làm việc với UBND xã A." (visit_set_up_captions)
    if code == "nonvisit.no_visit" and any(_SESSION_ASKS_A_UNIT.match(text) for text in sentences):
        return True  # "Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh X yêu cầu UBND xã A ...": a page without its lead
    return code == "nonvisit.no_visit" and any(_DONE_AT_PLACES.search(text) or _SET_UP_AND_WENT.match(text)
                                               for text in title + sentences[:2])


def session_asks_a_unit(sentence: str) -> bool:
    """Whether `sentence` is a working session's close asking a named lower unit (`_SESSION_ASKS_A_UNIT`); the
    leaders module takes its asker, however far down a page that lost its lead (session 36)."""
    return bool(_SESSION_ASKS_A_UNIT.match(sentence))
