"""Whether an article reports a visit at all, and if not, what it is instead.

News about administrative reform is mostly not about oversight visits: a
province issues a plan, a chairman signs a directive, the Government issues a
decree, a ward holds its own quarterly meeting, a feature tells a story. Such
an article has no delegation going somewhere to oversee, survey or inspect.

An article is a visit report when one of its opening sentences (or its title)
has a delegation or an overseeing body doing a visit (`visit_evidence`).
A round-up of many oversight activities without one visit day is none either.
Otherwise the reason says what it looks like.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .dates import find_visit_day
from .day_relative import opens_on_a_day_to_come
from .taken_in_remarks import host_takes_in_visitor
from .text import Article
from .visit_announced import announced_or_launched
from .visit_appraisals import team_appraised
from .visit_assignments import teams_assigned
from .visit_central_trips import stop_of_a_working_trip
from .visit_desk_calls import desk_call, present_at_desk
from .visit_desk_work import desk_work_reason
from .visit_evidence import DOCUMENT_SUBJECT, SETS_UP, visit_evidence
from .visit_exam_sites import exam_sites_visited
from .visit_findings import findings_announced
from .visit_findings_first import findings_first
from .visit_formed_teams import formed_and_checked
from .visit_front_polls import front_poll_session
from .visit_gatherings import gathering_under_a_headline
from .visit_general import general_oversight
from .visit_gifts import only_gifts
from .visit_headline_checks import headline_check_directed
from .visit_headlines import headline_only_announces, headline_over_a_plan
from .visit_host_reports import host_report_first, quotes_its_host
from .visit_hosted_tours import study_tour_hosted
from .visit_inspection_boards import board_meeting
from .visit_interviews import interview
from .visit_lead_plans import lead_plan_or_directive
from .visit_mergers import meets_on_its_merger
from .visit_next_checks import announces_next_checks
from .visit_occasions import hosts_own_inspections, occasion_reason, team_works_under_the_decision
from .visit_openings import own_opening
from .visit_own_staff import own_staff_session
from .visit_own_unit import own_organs_meet
from .visit_plans import few_visits_told_one_by_one, team_at_work, written_plan_reason
from .visit_policy_meetings import chairs_the_departments
from .visit_praised_hosts import praised_host_session
from .visit_previews import lessons_meeting, session_previewed
from .visit_recalled import recalled_to_the_reporter
from .visit_reprimands import reprimand_after_checks
from .visit_reviews import review_at_its_table
from .visit_round_words import COUNTED_ROUNDS, sums_up_oversight
from .visit_schedules import timetable, units_listed_one_by_one
from .visit_second_look import (
    period_round_up,
    placed_in_a_sequence,
)
from .visit_sectors import own_sector_inspection
from .visit_session_reports import report_read_at_session
from .visit_sessions import (
    held_online,
    kind_of_event,
    later_without_a_day,
    meeting_gives_out_surveys,
    meets_voters,
    working_session_at_its_seat,
)
from .visit_sittings import session_day, session_opened, sitting_or_dialogue
from .visit_spot_totals import spot_check_totals
from .visit_team_work_told import team_work_told
from .visit_told_later import told_as_a_visit
from .visit_unmade import advice_only, cooperation_meeting, mandate_only, only_to_come
from .visit_voter_replies import answers_voters
from .visit_watched_payouts import watched_payout_visit
from .visit_welcomed import welcomed_a_visitor

_DOCUMENTS = (
    ("nghị định", "decree"),
    ("thông tư", "circular"),
    ("chỉ thị", "directive"),
    ("kế hoạch", "plan"),
    ("quyết định", "decision"),
    ("nghị quyết", "resolution"),
    ("đề án", "scheme"),
    ("công văn", "letter"),
    ("văn bản", "letter"),
)
_MEETING = re.compile(
    r"\b(?:tổ chức|họp|tiến hành)\s+(?:\S+\s+){0,2}?(?:hội nghị|phiên họp|cuộc họp|kỳ họp|buổi họp|sơ kết|tổng kết|"
    r"giao ban)|"
    r"\bhội nghị\s+(?:sơ kết|tổng kết|đánh giá|giao ban|triển khai)|\bchủ trì\s+(?:cuộc họp|hội nghị|phiên họp)|"
    r"\bhọp với\b", re.IGNORECASE)
_OWN_UNIT = re.compile(r"^\W*(?:(?:sáng|chiều|tối|ngày)[^,]{0,20},\s*)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|"
                       r"Đảng uỷ)\s+"
                       r"(?:phường|xã|thị trấn|huyện|quận|thị xã|thành phố)", re.IGNORECASE)


_ROUND_UP = re.compile(
    COUNTED_ROUNDS + r"|\bcác\s+(?:cuộc|đợt|lượt)\s+(?:giám sát|khảo sát|kiểm tra)|\bthời gian qua\b|"
    r"\btừ đầu (?:năm|nhiệm kỳ)\b[^.;]{0,40}\bđến nay\b|\bcác cấp\b[^.;]{0,60}\b(?:giám sát|khảo sát)|"
    r"\bkỳ họp\b[^.;]{0,40}\btổng kết\b|\btổng kết (?:nhiệm kỳ|hoạt động)|\bnhiệm kỳ (?:vừa )?qua\b|"
    r"\b(?:giám sát|khảo sát|kiểm tra)\s+(?:được\s+)?(?:\d+|nhiều)\s+(?:chuyên đề|nội dung|cuộc|đợt|lượt|đơn vị)\b|"
    r"(?:^|[.!?]\s+)(?:Hằng|Hàng) năm,|(?:^|[.!?]\s+)Trong (?:tháng|quý) (?:\d{1,2}|[IVX]{1,4})(?:/\d{4})?,|"
    r"\b(?:kết quả|thành tích|dấu ấn) nổi bật\b|"
    r"\b(?:hoàn thành|kết thúc)\s+(?:đợt|các cuộc|chương trình)\s+(?:giám sát|khảo sát|kiểm tra)\b|"
    r"(?:^|[.!?,]\s*)năm \d{4},\s+(?:Đoàn|Thường trực|HĐND|Hội đồng|(?:Ủy|Uỷ) ban|Ban|Mặt trận)\b[^.;]{0,80}\bđã\b|"
    r"(?:^|[.!?,]\s*)(?:trong\s+)?năm \d{4},\s+(?:Đoàn|Thường trực|HĐND|Hội đồng|(?:Ủy|Uỷ) ban|Ban|Mặt trận)\b"
    r"[^.;]{0,80}\b(?<!sẽ )(?<!kiến )(?:thực hiện|tiến hành|tổ chức) (?:giám sát|khảo sát|kiểm tra)\b",
    re.IGNORECASE)
"""A round-up of many oversight activities ("đã giám sát 13 chuyên đề", "Hằng năm, ... đều giám sát", a month's
work "Trong tháng 2, Thường trực HĐND đã ...", a year's "kết quả nổi bật", "năm 2023, Đoàn ĐBQH tỉnh đã ...", "(Trong)
năm 2024, đoàn kiểm tra ... thực hiện kiểm tra tại ..." (the verb's "thực hiện", "tiến hành", "tổ chức" say it done), a
round over several places summed up, "vừa hoàn thành đợt giám sát ... trên địa bàn"), or a council's session summing
them up: no one visit."""
_TEAMS_IN_PROVINCES = re.compile(r"\bcác đoàn\s+(?:giám sát|khảo sát|kiểm tra|công tác)\b[^.;]{0,60}?"
                                 r"\b(?:làm việc|giám sát|khảo sát|kiểm tra)\s+(?:tại|ở|với)\s+(?:\d+|nhiều)\s+"
                                 r"(?:tỉnh|địa phương)", re.IGNORECASE)
"""Several teams' work in many provinces, told from a report ("các đoàn kiểm tra của Bộ này đã làm việc tại 16 tỉnh,
thành phố, gồm: ..."): a round-up whatever day the report bears (s26, fresh44); one team's stops ("Đoàn ... làm việc
tại 3 xã") stay its visit."""
_HEARD = re.compile(r"\b(?:lắng nghe|nghe|tiếp thu|trao đổi với|báo cáo với\s+(?:các\s+)?(?:đoàn|thành viên))\b"
                    r"[^.;]{0,160}$|\blàm việc với\b[^.;]{0,160}\bđể\s+(?:kiểm tra|rà soát|soát xét|đánh giá)\b"
                    r"[^.;]{0,200}$|\bkết luận buổi (?:làm việc|giám sát)\b[^.]{0,400}$|"
                    r"\b(?:Đoàn|thành viên)\b[^.;]{0,60}\b(?:yêu cầu|đề nghị)\b[^.;]{0,200}$|"
                    r"\btại\s+buổi\s+(?:làm việc|giám sát|khảo sát|kiểm tra)\b[^.;]{0,160}\b(?:ghi nhận|đánh giá cao|"
                    r"biểu dương)\b[^.;]{0,300}$", re.IGNORECASE)
"""Before a round-up's words, a team hearing its hosts ("lắng nghe ý kiến của Ban ... về những kết quả đạt được ...
thời gian qua"), or talking with them ("trao đổi với nhân viên ... về những khó khăn trong thời gian qua"): the hosts'
own results, told at the visit, not a round-up of oversight (oversight counted, "nghe báo cáo kết quả 5 cuộc giám
sát", still is one); so are the results a session checks ("làm việc với UBND xã X để kiểm tra kết quả ... thời gian
qua"); so are what the hosts report to the team ("Báo cáo với đoàn, lãnh đạo UBND xã cho biết thời gian qua, ...")
and what the leader's conclusion of the session weighs ("Kết luận buổi làm việc, ...; đồng thời chỉ rõ ... trong thời
gian qua còn chậm"), what the team asks of them ("các thành viên Đoàn yêu cầu tỉnh làm rõ ... trong thời gian
qua"), and what its head acknowledges there ("Phát biểu tại buổi làm việc, đồng chí X ghi nhận việc ... phường đã
giải quyết trong thời gian qua")."""
_REPORT_MEETING = re.compile(r"\bhọp\b[^.;]{0,60}\bdự thảo\s+(?:các\s+)?báo cáo\s+(?:kết quả\s+)?"
                             r"(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""A meeting on the draft report of an oversight done before ("họp thảo luận, đóng góp dự thảo báo cáo kết quả
giám sát"): the team at its own table, not at a place."""
_TEAM_MEETS = re.compile(r"\b(?:tiến hành\s+)?(?:họp|cuộc họp(?:\s+của)?|phiên họp(?:\s+(?:lần\s+)?thứ\s+\w+)?\s+của)"
                         r"\s+(?:các thành viên\s+)?(?:Đoàn|Tổ)\s+"
                         r"(?:giám sát|khảo sát|kiểm tra|công tác)\b", re.IGNORECASE)
"""The team meets as itself in the opening ("Đoàn giám sát HĐND thị xã tiến hành họp Đoàn giám sát"): to go over
the reports it asked for or to prepare, at its own table; "họp với Đoàn", a meeting with the team, is a visit; so
is its numbered session, "chủ trì phiên họp thứ sáu của Đoàn giám sát", held at its seat."""
_PLAN = re.compile(r"\b(?:triển khai|thông qua|công bố)\s+kế hoạch\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra)\b|"
                   r"(?:^|[.!?]\s+)Theo kế hoạch,", re.IGNORECASE)
"""A plan of visits ("triển khai kế hoạch giám sát năm 2016", "Theo kế hoạch, ... thành lập 4 đoàn")."""

_LETTER_SIGNED = re.compile(r"\b(?:đã\s+|vừa\s+)?ký\s+(?:ban hành\s+)?(?:\S+\s+)?(?:văn bản|công văn)\b", re.IGNORECASE)
"""An official signing a letter in the lead ("đã ký văn bản hỏa tốc, yêu cầu ...", "ký công văn hỏa tốc"): the
article is the letter; a survey it recalls ("đã tổ chức đoàn khảo sát thực địa tại 56 xã") is its background."""
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|chuẩn bị)\s+(?:\S+\s+){0,2}?"
                      r"(?:giám sát|khảo sát|kiểm tra|làm việc)\b",
                      re.IGNORECASE)





def non_visit_reason(article: Article) -> Reason | None:
    """Why the article does not look like a visit report, or None when it does."""
    found = _lead_reason(article)  # read from the lead; a visit told later in the page, or one oversight summed up
    if found is None:  # by its findings, is one; a decision only announced, or a conference's tasks, is none
        return announced_or_launched(article)
    after_all = (told_as_a_visit, stop_of_a_working_trip, exam_sites_visited, welcomed_a_visitor,  # in other words
                 team_appraised, watched_payout_visit)
    return None if any(told(article, found.code) for told in after_all) else found


def _lead_reason(article: Article) -> Reason | None:
    head = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:3]])
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    if occasion := occasion_reason(article):
        return occasion  # a tribute trip, oversight put off, a year's inspections counted
    if desk := desk_work_reason(article):
        return desk  # a committee planning its quarter, a team at its desk, a meeting inside the Assembly
    if review_at_its_table(article):
        return reason("nonvisit.review")  # "Ban ... thẩm tra các báo cáo, tờ trình trình tại Kỳ họp" (visit_reviews)
    if meets_on_its_merger(article):
        return reason("nonvisit.merger")  # two councils or communes agree their merger (visit_mergers)
    if own := sitting_or_dialogue(article):
        return own  # the council's own sitting or hearing, a dialogue with residents: no unit overseen
    if interview(article):
        return reason("nonvisit.interview")  # questions and answers: what an official says, no visit told
    if answers_voters(article):
        return reason("nonvisit.voter_reply")  # "Cử tri xã A đề nghị: ... TRẢ LỜI: ..." (visit_voter_replies)
    if reprimand_after_checks(article, _one_visit_day(article)):
        return reason("nonvisit.reprimand")  # "Chủ tịch ... vừa phê bình ...; trước đó, tổ kiểm tra ..." with no day
    rounds = [m[0] for text in texts if not hosts_own_inspections(text, article) and not quotes_its_host(text, article)
              for m in _ROUND_UP.finditer(text)
              if (not _HEARD.search(text[:m.start()]) or re.search(r"giám sát|khảo sát|kiểm tra", m[0], re.IGNORECASE))
              and sums_up_oversight(text, m[0])  # "Thời gian qua, đồng bào ... sống": the hosts' life, no round-up
              and not placed_in_a_sequence(text)  # "là địa phương đầu tiên ..., sau khi đã làm việc với 8 bộ"
              and not announces_next_checks(text, m)]  # "Trong tháng 5, đoàn sẽ tiếp tục kiểm tra ..." (a plan)
    rounds += [words for text in texts if (words := period_round_up(text)) and not _HEARD.search(text)]
    if any(_TEAMS_IN_PROVINCES.search(text) for text in texts):
        return reason("nonvisit.round_up")
    if spot_check_totals(article):
        return reason("nonvisit.round_up")  # "kiểm tra 15 cơ quan, đơn vị ... 185/263 công chức" (visit_spot_totals)
    if rounds and not _one_visit_day(article) and not few_visits_told_one_by_one(article, rounds) and \
            not units_listed_one_by_one(article, rounds):  # "kiểm tra 10 đơn vị" then "đã kiểm tra: A; B; C": one round
        return reason("nonvisit.round_up")
    if written := written_plan_reason(article):
        # a team being prepared ("họp đoàn chuẩn bị giám sát") is said so before the plan it adopts
        return reason("nonvisit.to_come") if written.code == "nonvisit.plan" and _TO_COME.search(head) else written
    if timetable(article):
        return reason("nonvisit.plan")  # "Theo kế hoạch, ngày 12 - 16/8, đoàn kiểm tra tại 6 cơ quan ...": to come
    if meets_voters(article):
        return reason("nonvisit.voters")  # deputies hear voters; unless they also survey a place, no visit report
    lead = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:1]])
    document = next((kind for word, kind in _DOCUMENTS if re.search(rf"\b{word}\b", lead, re.IGNORECASE)), None)
    signed = DOCUMENT_SUBJECT.search(lead) or _LETTER_SIGNED.search(lead)
    if document and visit_evidence(article, 1) is None and signed and \
            re.search(r"\b(?:ban hành|vừa ký|ký|phê duyệt)\b", lead, re.IGNORECASE) and \
            not team_works_under_the_decision(article) and not team_work_told(article):
        return reason("nonvisit.issued_in_lead", document=reason(f"document.{document}"))  # a visit report is no such
    if _REPORT_MEETING.search(head) and not _VISITED_BEFORE_MEETING.search(head):
        return reason("nonvisit.report_meeting")
    if findings_announced(article):
        return reason("nonvisit.findings_announced")  # "Hội nghị thông báo kết quả kiểm tra đối với ..."
    opening = article.sentences[0].text if article.sentences else ""
    if _TEAM_MEETS.search(opening) and not _VISITED_BEFORE_MEETING.search(head):
        return reason("nonvisit.own_meeting")  # the team at its own table, going over the units' reports
    if own_organs_meet(article):
        return reason("nonvisit.own_meeting")  # "Đảng ủy, HĐND, UBND xã X làm việc với các trường trên địa bàn"
    if lessons_meeting(article):
        return reason("nonvisit.own_meeting")  # "vừa tổ chức họp để rút kinh nghiệm công tác tổ chức giám sát"
    if own_opening(article):
        return reason("nonvisit.opening")  # "UBND tỉnh A tổ chức khai trương Trung tâm ..." (visit_openings)
    evidence = visit_evidence(article) or findings_first(article) or host_report_first(article) or \
        team_at_work(article) or team_work_told(article) or headline_check_directed(article) or \
        formed_and_checked(article) or desk_call(article) or front_poll_session(article) or \
        present_at_desk(article) or host_takes_in_visitor(article) or praised_host_session(article)
    # an excerpt opening on a check's findings; a team that sends its members to the sites; a team formed and at work
    # that day, its findings told next; a leader's call on a commune told first, its public-service desk in the next
    # sentence; a Front's opinion poll held at a commune's hall (visit_front_polls); an office's holders "có mặt tại"
    # a public-service desk to greet or check (visit_desk_calls); an excerpt opening on a guest's praise of the named
    # host at the session, "Phát biểu tại buổi làm việc, X đánh giá cao ... của Tỉnh ủy A" (visit_praised_hosts)
    if own_staff_session(article, evidence):
        return reason("nonvisit.own_meeting")  # "Phát biểu tại buổi làm việc với các công chức, Chủ tịch UBND xã ..."
    if evidence is not None and board_meeting(article):
        return reason("nonvisit.own_meeting")  # "Dự hội nghị ... Ban Thanh tra nhân dân phường": the unit's own board
    if chairs_the_departments(article, evidence):
        return reason("nonvisit.own_meeting")  # "Chủ tịch UBND tỉnh chủ trì buổi làm việc với các sở, ngành để ..."
    if own_sector_inspection(article, evidence or ""):
        return reason("nonvisit.own_sector")  # a department at its own schools or clinics: no locality overseen
    if evidence is not None:
        if only_to_come(article, evidence):
            return reason("nonvisit.to_come")  # "sẽ tổ chức làm việc với ...; Trên cơ sở giám sát, Đoàn sẽ ...": a plan
        if mandate_only(article, evidence):
            return reason("nonvisit.team_set_up")  # "... sẽ kiểm tra ..."; "Đoàn có quyền kiến nghị với ...": a mandate
        if session_day(article) or session_opened(article) or report_read_at_session(article):
            return reason("nonvisit.session")  # "tiếp tục chương trình Kỳ họp ..., nghe báo cáo ...; qua khảo sát tại"
        if lead_plan := lead_plan_or_directive(article):
            return lead_plan  # a listing led by a plan or a directive, its next story a visit (visit_lead_plans)
        if cooperation_meeting(article):
            return reason("nonvisit.cooperation")  # two localities' boards meeting "nhằm tăng cường hợp tác"
        if study_tour_hosted(article):
            return reason("nonvisit.study_tour")  # "Đoàn ... tham quan, tìm hiểu ...": hosts show, no oversight
        if advice_only(article, evidence):
            return reason("nonvisit.advice")  # "theo Trưởng Ban ..., ... cần đưa vào nội dung làm việc ...": a view
        if session_previewed(article, evidence):
            return reason("nonvisit.to_come")  # "Kỳ họp ... sẽ diễn ra ...; tại kỳ họp sẽ thảo luận báo cáo giám sát"
        if general := general_oversight(article, evidence):
            return general  # teams' remits still to come, or a body's way of overseeing: no one visit
        if teams_assigned(article):
            return reason("nonvisit.remits")  # "phân công các Tổ công tác kiểm tra ... tại một số bộ, địa phương"
        if only_gifts(article, evidence):
            return reason("nonvisit.gifts")  # "do X dẫn đầu đã đến thăm và trao tặng quà": a charity call
        if headline_over_a_plan(article, evidence):
            return reason("nonvisit.plan")  # the lead tells the plan adopted ("đã có Kế hoạch khảo sát"), days to come
        if headline_only_announces(article, evidence):
            return reason("nonvisit.to_come")  # the headline names oversight, the lead only announces it
        if gathering_under_a_headline(article, evidence, visit_evidence):
            return reason("nonvisit.own_meeting")  # the lead's day is the body's own anniversary or term review
        if meeting_gives_out_surveys(article, evidence):
            return reason("nonvisit.own_meeting")  # the body at its own table, handing surveys out
        if recalled_to_the_reporter(article, evidence):
            return reason("nonvisit.recalled")  # "Các anh cho biết, Đoàn ... vừa về": a feature's memory of a visit
        if (event := kind_of_event(article)) and later_without_a_day(article, evidence):
            return event  # "lễ trao Bằng khen ...; biểu dương các đơn vị đã kiểm tra": praise, no visit
        if held_online(article, evidence):
            return reason("nonvisit.online")  # "cuộc họp giám sát trực tuyến từ 2 đầu cầu": no one went
        if working_session_at_its_seat(article, evidence):
            return reason("nonvisit.working_session")
        return None
    if event := kind_of_event(article):
        return event  # a class, an award, a law explained: said before what any of them says of oversight
    if only_gifts(article):
        return reason("nonvisit.gifts")
    if _TO_COME.search(head) or any(opens_on_a_day_to_come(text) for text in texts):
        return reason("nonvisit.to_come")  # "sẽ làm việc", "Ngày mai, đoàn ..." (day_relative)
    if _PLAN.search(head) and not _one_visit_day(article):
        return reason("nonvisit.plan")
    lead = article.sentences[0].text if article.sentences else ""
    if _MEETING.search(head) or _OWN_UNIT.match(lead) and re.search(r"hội nghị|họp|phiên", head, re.IGNORECASE):
        return reason("nonvisit.own_meeting")
    if re.search(r"\b(?:tại|trong)\s+kỳ họp\b", head, re.IGNORECASE) or session_day(article):
        return reason("nonvisit.session")  # a resolution adopted or a report read at a session
    issued = re.search(r"\b(?:ban hành|ký|vừa ký|phê duyệt|có hiệu lực)\b", head, re.IGNORECASE)
    for word, kind in _DOCUMENTS:
        if re.search(rf"\b{word}\b", head, re.IGNORECASE) and issued:
            return reason("nonvisit.issued", document=reason(f"document.{kind}"), word=word)
    if SETS_UP.search(head) and re.search(r"\b(?:dẫn đầu|trưởng đoàn)\b", head, re.IGNORECASE):
        return reason("nonvisit.team_set_up")  # "... thành lập đoàn kiểm tra ...", then "Đoàn do X làm trưởng đoàn."
    return reason("nonvisit.no_visit")


_VISITED_BEFORE_MEETING = re.compile(
    r"\bsau khi\s+(?:\S+\s+){0,3}?(?:khảo sát|giám sát|kiểm tra)\s+(?:thực tế\s+)?tại\b", re.IGNORECASE)
"""The team went to a place first ("sau khi khảo sát thực tế tại xã A, đoàn họp ..."): a visit after all."""


def _one_visit_day(article: Article) -> bool:
    """A day written in the opening sentences, as a visit report has ("Sáng 13/9", "Ngày 20.10")."""
    return find_visit_day(article) is not None
