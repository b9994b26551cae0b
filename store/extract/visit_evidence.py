"""Whether an article's opening shows a delegation visiting: the sentence that does, or None.

A sentence shows a visit when a delegation or an overseeing body ("Đoàn giám sát", "Ban Pháp chế HĐND tỉnh", "Đoàn
ĐBQH", "Ủy ban MTTQ") does a visit ("giám sát", "khảo sát", "kiểm tra", "làm việc với/tại") that is not a
document's subject ("ban hành kế hoạch giám sát"), a visit still to come ("sẽ giám sát"), a task given ("chỉ đạo các
sở kiểm tra") or a name ("Đoàn giám sát", "Ủy ban Kiểm tra"). `visit_kind` reads the rest of the article for what it
is when no sentence does.
"""

from __future__ import annotations

import re

from .day_relative import opens_on_a_day_to_come
from .text import Article
from .visit_aftermath import aftermath_ahead
from .visit_arrivals import ARRIVED, arrives_to_work, not_made
from .visit_as_planned import cited_opening, told_done_as_planned
from .visit_calls import team_consults
from .visit_devices import watched_by_a_device
from .visit_findings_first import checked_through
from .visit_gifts import heads_a_gift_call
from .visit_grassroots_trips import GRASSROOTS_TRIP
from .visit_heard_reports import heard_at_a_meeting
from .visit_occasions import the_teams_own_clause
from .visit_plans import organised_within_its_days
from .visit_previews import continues_the_plan
from .visit_programme_done import carried_out_at_a_place
from .visit_remits import named_as_a_remit, oversees_a_committees_work
from .visit_rounds import listed_round
from .visit_schedules import organised_over_closing_days, training_subject
from .visit_second_look import came_to_appraise, sent_to_check, team_heard_its_hosts
from .visit_site_checks import committee_checked_a_site
from .visit_visitors import visitor_of_a_lower_unit
from .visit_with_the_team import checks_with_the_team

# the Front in any abbreviation: "MTTQ", "MTTQVN", "UBMTTQ", "UBMTTQVN"
_BODY = re.compile(
    r"\b(?:đoàn|HĐND|Hội đồng nhân dân|ĐBQH|Quốc hội|(?:UB)?MTTQ\w*|Mặt trận|Thường trực|Ban Pháp chế|Ban Kinh tế|"
    r"Ban Văn hóa|Ban Văn hoá|Ban Dân tộc|Ban Đô thị|Ủy ban Pháp luật|Ủy ban Kinh tế|Ủy ban Xã hội|Tỉnh ủy|Thành ủy|"
    r"Tỉnh uỷ|Thành uỷ|Huyện ủy|Huyện uỷ|Ủy ban Kiểm tra|Sở Nội vụ|Ban Chỉ đạo|trưởng đoàn|Chủ tịch|lãnh đạo|"
    r"Giám đốc|Bí thư|Thủ tướng|Bộ trưởng|Thứ trưởng|tổ\s+(?:kiểm tra|giám sát|khảo sát|công tác|thẩm định)|"
    r"Ban thanh tra nhân dân|Ban TTND|Văn phòng Điều phối|Phòng Nội vụ)\b",
    re.IGNORECASE)
"""(A team called "Tổ", "Tổ kiểm tra công vụ của UBND huyện", is a delegation as a "Đoàn" is; so is a commune's
People's Inspection Board, "Ban thanh tra nhân dân xã", which the Front sets up to oversee in the commune; and so are
the offices whose own work is to check communes, with no "đoàn" named: a new-countryside coordination office, "Văn
phòng Điều phối nông thôn mới tỉnh A đã tổ chức kiểm tra ... tại xã B", and a district's home-affairs office,
"Phòng Nội vụ huyện A đã kiểm tra ... tại xã B", fresh86 v12.)"""

_DAY = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,", re.IGNORECASE)
"""A day that opens a clause ("ngày 24/11/2025,"): what came before it is another clause."""

_BODY_ANY = re.compile(r"\b(?:Sở|Ban|Phòng|Cục|Bộ|Ủy ban|UBND)\s+[A-ZĐ]")
"""Any public body that "có buổi kiểm tra" somewhere is visiting it."""

# "thăm" counts only towards a public-service desk ("đi thăm và động viên cán bộ ... tại Trung tâm Phục vụ hành chính
# công tỉnh"): an office at work, seen by a leader who tells it how to serve; a visit to a site or a family is none
# ("thị sát", an on-site inspection, and "đến tham quan", a leader's tour of farms or works, are trips made there)
_VISIT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thị sát|(?<=đến )tham quan|làm việc (?:với|tại)|thăm và làm việc|"
                    r"đến làm việc|" + ARRIVED + "|" + GRASSROOTS_TRIP + "|"  # (visit_grassroots_trips)
                    r"đi thực tế|thăm(?=[^.;]{0,120}\b(?:Trung tâm (?:Phục vụ )?[Hh]ành chính công|Bộ phận (?:Một cửa|"
                    r"[Tt]iếp nhận)))|"
                    r"(?<=đến )(?:Trung tâm (?:Phục vụ )?[Hh]ành chính công|Bộ phận (?:Một cửa|một cửa|[Tt]iếp nhận))"
                    r"(?=[^.;]{0,40}?\s(?:thăm|kiểm tra|làm việc)\b)|"
                    r"có buổi làm việc|(?:đồng\s+)?chủ trì\s+đoàn|"
                    r"(?:cuộc|buổi)\s+làm\s+việc(?=\s+của\s+(?:các\s+)?(?:Đoàn|Tổ|Ủy ban|Uỷ ban|Ban|Thường trực|BTV|"
                    r"HĐND|UBND|Sở|Bộ|Tỉnh [uủ]y|Thành [uủ]y)\b"
                    r"[^.;]{0,200}?\s(?:với|tại)\s)|"
                    r"dẫn đầu|trưởng đoàn|"
                    r"(?:họp|hội nghị)\s+(?:làm việc\s+)?(?:với|tiếp)(?=\s+(?:các thành viên\s+)?(?:Đoàn|Tổ)\s+"
                    r"(?:giám sát|khảo sát|kiểm tra|công tác)))\b", re.IGNORECASE)
"""(A team's working session with a unit that someone attends, "Chủ tịch Quốc hội dự cuộc làm việc của Đoàn giám
sát ... với TP Hà Nội", is the visit told from the guest's side. A meeting held WITH a visiting team, "UBND phường
tổ chức cuộc họp với Đoàn giám sát", "hội nghị tiếp Đoàn kiểm tra", is the visit seen from the host's side.)"""

DOCUMENT_SUBJECT = re.compile(
    r"\b(?:ban hành|ký|vừa ký|phê duyệt|triển khai|xây dựng|họp triển khai|thông qua)\s+(?:\S+\s+){0,3}?"
    r"(?:kế hoạch|chỉ thị|nghị định|nghị quyết|quyết định|thông tư|đề án|chương trình|báo cáo)\b", re.IGNORECASE)

_NOT_YET = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|chuẩn bị(?: cho)?(?: tái)?|thành lập|có nhiệm vụ|nhằm|để|"
                      r"có thể)\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
"""Before the visit verb: a visit still to come ("sẽ giám sát"), being prepared ("chuẩn bị tái giám sát"), a
team set up to do it ("thành lập Đoàn kiểm tra"), its remit ("có nhiệm vụ kiểm tra") or what it may do ("có thể
kiểm tra đột xuất") — no visit yet."""

_PROGRAMME = re.compile(r"\b(?:nghị quyết về|thông qua|lựa chọn|quyết định)\s+(?:\S+\s+){0,3}?"
                        r"(?:chương trình|kế hoạch|nội dung)\s+(?:\S+\s+){0,2}?giám sát\b", re.IGNORECASE)
"""A programme of oversight adopted ("nghị quyết về chương trình giám sát", "lựa chọn nội dung giám sát"): a
sentence after it with no day of its own ("Trong đó, Thường trực HĐND xã giám sát ...") is one of its items."""

_SOME_DAY = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})", re.IGNORECASE)

_GIVEN_AT_A_SESSION = re.compile(r"\b(?:(?:chỉ đạo|yêu cầu|đề nghị)(?:\s+\S+){0,2}?\s+của\b[^.;]{0,120}|phát biểu"
                                 r"(?:\s+(?:chỉ đạo|kết luận))?)\s+(?:(?:tại|trong)\s+(?:buổi|cuộc|chuyến|đợt)|"
                                 r"khi(?:\s+đi)?)\s+$", re.IGNORECASE)
"""Before "làm việc với": the direction an official gave at the session ("chỉ đạo của đồng chí X ... tại buổi làm việc
với Ban Thường vụ Huyện ủy"), a noun; so is a speech there ("phát biểu chỉ đạo tại buổi làm việc với ..."): the
working session itself is the visit. A lead that quotes the direction first names the check it was given at the same
way ("Đó là chỉ đạo của ông X, Bí thư Tỉnh ủy, trong buổi kiểm tra ... tại phường A", "yêu cầu của bà Y khi kiểm
tra ...")."""

_MODE_AFTER = re.compile(r"\s+(?:trực tiếp|gián tiếp)\s+(?:của|(?:thông )?qua)\b", re.IGNORECASE)
"""After "giám sát": a way of overseeing named ("giám sát gián tiếp thông qua các đoàn thể"), a noun."""

_WILL_VISIT = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc)\b",
                         re.IGNORECASE)

_HAS_VISITED = re.compile(r"\bđã\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc|đến)\b", re.IGNORECASE)
"""A team named with its head ("do ông X làm trưởng đoàn") whose verb is still to come ("sẽ làm việc với",
"sẽ có buổi khảo sát"): the head is named, no visit is made; once a sentence has said so, a later one that only
names the head ("Đoàn do bà Y dẫn đầu.") is the same team still to come."""

SETS_UP = re.compile(r"\b(?:thành\s+lập|(?<!thiết\s)lập)\s+(?:\S+\s+){0,2}?(?:đoàn|tổ)\s+(?:kiểm tra|giám sát|"
                      r"khảo sát|công tác|liên ngành)\b", re.IGNORECASE)
"""A team set up ("UBND tỉnh thành lập đoàn kiểm tra", "thống nhất thành lập đoàn", "lập 3 tổ kiểm tra"): once a
sentence says so with no visit told done, a later one that only names its head ("Đoàn do ông X, ..., làm trưởng
đoàn.") tells who will lead the team, not a visit (session 29 figs1)."""


def visit_evidence(article: Article, sentences: int = 4) -> str | None:
    """The sentence that shows a delegation visiting, or None."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:sentences]]
    programme = False
    to_come = False
    set_up = False
    for text in texts:
        will = bool(_WILL_VISIT.search(text)) and not _HAS_VISITED.search(text)
        if opens_on_a_day_to_come(text):  # "Ngày mai, đoàn ... làm việc với UBND xã A": to come (day_relative)
            to_come = True
            continue
        to_come = to_come or will
        set_up = set_up or bool(SETS_UP.search(text)) and not _HAS_VISITED.search(text)
        if re.match(r"\W*theo\s+kế\s+hoạch\b", text, re.IGNORECASE) and \
                not told_done_as_planned(text, article.published):  # published after its day: the visit made
            # "Theo kế hoạch ..., đoàn sẽ ...": the plan's timetable; without a day of its own, what follows
            # without one ("Đoàn thứ 2 do ông X làm trưởng đoàn giám sát tại 36 xã") are the plan's items
            programme = programme or not _SOME_DAY.search(text)
            continue
        if programme and not _SOME_DAY.search(text):
            continue  # "Trong đó, Thường trực HĐND xã giám sát ...": an item of the programme adopted before
        programme = programme or bool(_PROGRAMME.search(text))
        if aftermath_ahead(text):
            continue  # "Kết thúc đợt giám sát, Thường trực HĐND sẽ làm việc với UBND ...": after a check to come
        if team_consults(text) and not to_come:
            return text  # "tổ công tác liên ngành ... tiến hành lấy ý kiến của người dân": a team hears a place
        if (team_heard_its_hosts(text) or came_to_appraise(text) and _BODY.search(text)) and not to_come:
            return text  # "Tại các chốt ..., Đoàn đã được nghe ... báo cáo", "đến thăm và thẩm định": at the place
        for visit in _VISIT.finditer(text):
            before = text[:visit.start()]
            if arrives_to_work(visit[0]) and not_made(before):
                continue  # "điều động công chức về các xã làm việc", "dự kiến cử ... về": none (visit_arrivals)
            if to_come and not will and continues_the_plan(text, before):
                break  # "Ngoài ra, đoàn cũng kiểm tra ..." after "Đoàn sẽ kiểm tra ...": the plan's next item
            if (to_come or set_up) and visit[0].lower() in ("dẫn đầu", "trưởng đoàn") and \
                    not _HAS_VISITED.search(text):
                continue  # "do ông X làm trưởng đoàn sẽ làm việc với ...": the head of a team still to come or set up
            if visit[0].lower() in ("dẫn đầu", "trưởng đoàn") and heads_a_gift_call(text):
                continue  # "do X dẫn đầu đã đến thăm và trao quà": who heads a gift call, no oversight
            if DOCUMENT_SUBJECT.search(text[max(0, visit.start() - 60):visit.start()] + " "):
                continue  # "ban hành kế hoạch giám sát": a document about oversight, not the visit
            if re.search(r"(?:kế hoạch|chương trình|báo cáo|thông báo|nghị quyết|quyết định)\s+(?:\S+\s+){0,2}$",
                         before, re.IGNORECASE) and not carried_out_at_a_place(before, text[visit.end():]):
                continue  # "kế hoạch giám sát", not "đã thực hiện chương trình giám sát ... tại tỉnh A" (the visit)
            if visit[0].lower() in ("giám sát", "khảo sát", "kiểm tra") and (organised_within_its_days(text, before) or
                                                                  organised_over_closing_days(text, before,
                                                                                              text[visit.end():])):
                return text  # "Từ ngày 14 đến 18/9, Ủy ban MTTQ huyện tổ chức đoàn giám sát ...": at work those days
            if visit[0].lower() in ("giám sát", "khảo sát", "kiểm tra") and \
                    re.search(r"\b(?:đoàn|tổ|hoạt động|chuyên đề|chương trình|công tác|quyền|chức năng|vai trò|"
                              r"kỹ năng|nghiệp vụ|năng lực|chất lượng|hiệu quả|"
                              r"nội dung|kết quả|hình thức|cơ chế|phương thức|đối tượng|phạm vi|mục đích|"
                              r"(?:nhiều|các|những|\d+)\s+(?:cuộc|đợt|lượt))\s+"
                              r"(?:(?:giám sát|khảo sát|kiểm tra|thanh tra)"
                              r"(?:\s+\S+)?,\s+)?$", before, re.IGNORECASE) and \
                    not checks_with_the_team(before, text[visit.end():]) and \
                    not oversees_a_committees_work(before, text[visit.end():]) and \
                    not carried_out_at_a_place(before, text[visit.end():]):  # "X cùng đoàn kiểm tra việc ..."
                continue  # "Đoàn giám sát", "hoạt động giám sát", "kỹ năng giám sát" name a delegation or a subject
            if visit[0].lower() in ("giám sát", "khảo sát", "kiểm tra") and \
                    re.search(r"\b(?:việc(?:\s+(?:tổ chức|tiến hành|thực hiện))?|trong|sau)\s+$", before,
                              re.IGNORECASE) and not checked_through(before):
                continue  # "Việc khảo sát nhằm ...", "vai trò ... trong giám sát", "kiến nghị sau giám sát": a noun
            if visit[0].lower() == "giám sát" and named_as_a_remit(before, text[visit.end():]):
                continue  # "về giám sát, phản biện xã hội", "tham gia xây dựng chính quyền, giám sát ...": a remit
            if visit[0].lower() in ("giám sát", "khảo sát", "kiểm tra") and \
                    re.match(r"\s+(?:là|được hiểu|có vai trò|giữ vai trò)\b", text[visit.end():], re.IGNORECASE):
                continue  # "Giám sát là một chức năng ...": oversight defined, a noun
            if visit[0].lower() in ("giám sát", "khảo sát", "kiểm tra") and \
                    (re.search(r"\b(?:hướng tới|hướng đến|tiến tới)\s+$", before, re.IGNORECASE) or
                     re.match(r"\s+tối cao\b", text[visit.end():], re.IGNORECASE)):
                continue  # "hướng tới giám sát để kiến tạo phát triển": an aim; "giám sát tối cao": a power, a noun
            if visit[0].lower() == "giám sát" and _MODE_AFTER.match(text[visit.end():]):
                continue  # "giám sát gián tiếp thông qua các tổ chức": a way of overseeing named, a noun
            if re.search(r"\b(?:chịu sự|sự|được|bị)\s+$", before, re.IGNORECASE) and \
                    visit[0].lower() in ("giám sát", "khảo sát", "kiểm tra"):
                continue  # "các đơn vị chịu sự giám sát", "xã được kiểm tra": the overseen, named
            if watched_by_a_device(visit[0], before):
                continue  # "hệ thống camera giám sát an ninh": what a device does, no oversight (visit_devices)
            if training_subject(before):
                continue  # "hội nghị tập huấn giám sát việc ...": what a conference trains people in, a noun
            if heard_at_a_meeting(visit[0], before):
                continue  # "chủ trì cuộc họp ... nghe báo cáo tiến độ kiểm tra ...": a check reported, not made
            if re.search(r"\b(?:ngoài|ngoài việc|bên cạnh|bên cạnh việc)\s+$", before, re.IGNORECASE):
                continue  # "ngoài kiểm tra trực tiếp theo kế hoạch, ...": a kind of inspection named, a noun
            if re.match(r"\s+nhằm\b", text[visit.end():], re.IGNORECASE):
                continue  # "cuộc giám sát nhằm đánh giá ...": the purpose of oversight, said before or after it
            if re.search(r"(?:Ủy|Uỷ)\s+ban\s+$|\bBan\s+$", before) and visit[0][:1].isupper():
                continue  # "Ủy ban Kiểm tra Tỉnh ủy", "Ban Giám sát": a body's name
            if re.search(r"\bban\s+$", before, re.IGNORECASE) and visit[0].lower() in ("giám sát", "kiểm tra"):
                continue  # "ban giám sát đầu tư cộng đồng" written in lower case is a body's name too
            if visit[0].lower() == "trưởng đoàn" and \
                    re.match(r"\s+(?:ĐBQH|đại biểu|Đoàn ĐBQH|chuyên trách)", text[visit.end():], re.IGNORECASE):
                continue  # "Trưởng Đoàn ĐBQH tỉnh", "Phó Trưởng đoàn chuyên trách": an office, not a team's head
            # ("giao" in another word, "chuyển giao công nghệ", "Sở Giao thông", is no task given)
            if re.search(r"\b(?:(?<![Bb]an )chỉ đạo|(?<!chuyển )(?<!bàn )giao(?!\s+(?:thông|lưu|dịch|tiếp|ban|nhận))|"
                         r"yêu cầu|đề nghị|đôn đốc|phân công)\b(?![^.;]*\bđoàn\b)(?:[^.;]|\.(?=\w)){0,180}$",
                         before[cited_opening(text):], re.IGNORECASE) and not _GIVEN_AT_A_SESSION.search(before):
                continue  # "chỉ đạo các sở khẩn trương kiểm tra": a task given, no visit made, to a long list of
                # ("Theo phân công của Thủ tướng, chiều 22/4, X đã kiểm tra": the assignment cited, read past it)
                # addressees too, with abbreviations, "Chủ tịch UBND các huyện A, TX.B và TP.C ... kiểm tra"
                # (a "Ban Chỉ đạo"'s head who checks is a visitor: "Trưởng Ban Chỉ đạo ... tỉnh X đã kiểm tra";
                # "chỉ đạo của đồng chí X tại buổi làm việc với ...", the direction an official gave, is
                # a noun: the visit is told after it)
            # ("đã huy động ... để kiểm tra": why a force went; after "sẽ giám sát", later visit words are to come too)
            if _NOT_YET.search(before[-60:]) and not sent_to_check(before) or will and _WILL_VISIT.search(before) or \
                    re.search(r"\bhọp\s+đoàn\s+$", before, re.IGNORECASE):
                if re.search(r"\bcó thể\s+(?:\S+\s+){0,2}?$", before[-60:], re.IGNORECASE):
                    break  # "các đoàn có thể kiểm tra ... hoặc phối hợp ... kiểm tra": the whole sentence may be
                continue
            # the clause the verb is in: a day written after "Quyết định ... thành lập Đoàn" starts the visit's own
            clause = the_teams_own_clause(before[max((m.end() for m in _DAY.finditer(before)), default=0):])
            if DOCUMENT_SUBJECT.search(clause) or re.search(r"\bthành lập\s+(?:\d{1,2}\s+|các\s+)?(?:đoàn|tổ)\b|"
                                                            r"\bthống nhất\s+(?:thời gian|kế hoạch|lịch)", clause,
                                                            re.IGNORECASE):
                continue  # the sentence is about a document, a team being set up, or a timetable agreed
            if _BODY.search(text) or re.search(r"\bcó\s+buổi\s+$", before, re.IGNORECASE) and _BODY_ANY.search(before):
                return text
            if committee_checked_a_site(visit[0], before, text[visit.end():]):
                return text  # "..., ngày 24/8, UBND tỉnh A đã kiểm tra hiện trường": the committee's own check
            if sent_to_check(before, force=True):
                return text  # "Đội Quản lý thị trường ... đã điều động ... tại ... để kiểm tra": a force, no "đoàn"
            if visitor_of_a_lower_unit(text, visit.start(), visit.end()):
                return text  # "Quận ủy - UBND quận đã có buổi làm việc với phường", "Thứ trưởng ... đã làm việc"
    return listed_round(texts)  # "tổ chức đánh giá ... tại 5 xã: A, B": a dated round over the units listed
