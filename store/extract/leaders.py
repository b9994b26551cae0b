"""Which person named in the article led the delegation, and the phrasings that say so.

`people.py` finds the people and their titles; this module ranks each mention by how the
text introduces it ("do X ... làm Trưởng đoàn" above "X chủ trì" above "X đã khảo sát") and
never chooses a host: someone who reports to the delegation or receives it leads it only when
the text calls them its head in so many words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..folding import fold
from ..reasons import reason
from .leader_acknowledgers import acknowledges_the_hosts
from .leader_adverbs import leads_after_words
from .leader_bare_heads import goes_bare_with_the_team
from .leader_clause_openers import opens_clause, opens_clause_after_session
from .leader_concluders import closing_speaker
from .leader_degrees import without_degrees
from .leader_deputy_heads import DEPUTY_RULE, deputy_score
from .leader_directing import asks_a_lower_unit, attends_and_directs, directs_the_offices, visited_district_office
from .leader_fronted import fronted_leader
from .leader_fronted_checks import directs_after_fronted_check
from .leader_headline_party import headline_party_secretary
from .leader_later import office_named_later, visitor_named_later
from .leader_listed_calls import first_listed_calls
from .leader_local_offices import local_office
from .leader_members import first_taking_part, past_abbreviated_title
from .leader_officers import office_then_name, overseeing_officer
from .leader_openings import first_listed_visits, lead_index
from .leader_own_stops import own_later_stop
from .leader_phrases import assessed_by
from .leader_receivers import on_receiving_side
from .leader_scope import body_head, in_story
from .leader_sessions import hears_at_session_with_unit, speaks_at_session_with_unit, team_has_its_head
from .leader_set_up_heads import heads_set_up_team_at_work
from .leader_site_praisers import praises_at_the_sites
from .leader_spokesmen import speaks_for_the_team
from .leader_subjects import HAS_SESSION, headline_office_holder, subject_visits
from .leader_surprise_checks import checks_by_surprise
from .leader_titles import RANK_BEFORE
from .leader_trips import trip_subject
from .leader_welcomed import welcomed_visitor, works_with_a_visitor
from .leader_with_team import goes_with_the_team
from .mention_text import after_titles, before_title
from .person_names import name_parts
from .taken_in_remarks import visitor_taken_in
from .visit_grassroots_trips import TRIP_AFTER_NAME
from .visit_told_later import session_asks_a_unit
from .visit_watched_payouts import heads_the_payout

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .people import People, PersonMention
    from .text import Article, Sentence

_RECEIVES = re.compile(r"\b(?:làm việc|tiếp)\s+(?:với\s+)?đoàn\b|\bbáo cáo\b", re.IGNORECASE)
_HOST_CONTEXT = re.compile(
    r"^(?:\W*)(?:báo cáo|tiếp (?:và làm việc với )?đoàn|tiếp,? làm việc|làm việc với đoàn|cùng tiếp|"
    r"tham dự buổi làm việc|phát biểu giải trình|giải trình)", re.IGNORECASE)
_HEAD_WORDS = re.compile(r"^trưởng\s+đoàn\b(?!\s+(?:ĐBQH|đại biểu))", re.IGNORECASE)
"""(The head of a province's deputies, "Trưởng Đoàn đại biểu Quốc hội tỉnh", holds an office: a companion may.)"""
_LEADS_AFTER = re.compile(r"^\s*(?:[,-–]\s*)?(?:làm|là)\s+(trưởng\s+đoàn(?:\s+(?:giám sát|khảo sát|công tác|"
                          r"kiểm tra))?|tổ\s+trưởng|trưởng\s+tổ)",
                          re.IGNORECASE)
_CHAIRS_AFTER = re.compile(r"^\s*(?:[,-–]\s*)?(?:đã\s+|vừa\s+)?(?:chủ trì|chủ tọa|chủ toạ|dẫn đầu|dẫn đoàn)\b",
                           re.IGNORECASE)
"""("dẫn đoàn", leads the team, is "dẫn đầu đoàn": "Tổ khảo sát do ông X, Trưởng Ban ... dẫn đoàn đã đến".)"""
_HEAD_BEFORE = re.compile(
    r"(trưởng\s+đoàn(?:\s+(?:giám sát|khảo sát|công tác|kiểm tra))?|dẫn\s+đầu\s+đoàn(?:\s+\S+){0,3}?(?=\s+là\s))"
    r"\s*(?:là\s+|[,:]\s*)?(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)
_HEAD_INSIDE = re.compile(r"\s[-–]\s*trưởng\s+đoàn\b(?!\s+(?:ĐBQH|đại biểu))", re.IGNORECASE)
"""A head's office written after another inside one title ("Phó Chủ tịch HĐND phường - Trưởng đoàn Giám sát")."""
_GROUP_HEAD = re.compile(r"(?<!phó )\b(?:tổ\s+trưởng|trưởng\s+tổ)"
                         r"(?:\s+tổ\s+(?:công tác|giám sát|kiểm tra|khảo sát)\b.*)?$", re.IGNORECASE)
"""The head of a group of deputies ("ông X - Chủ tịch HĐND huyện, Tổ trưởng") or of a working team ("Thứ trưởng ...,
Tổ trưởng Tổ công tác số 04"): the visit's leader."""
_CO_LEADER_AFTER = re.compile(r"^\s*(?:[,-–]\s*)?(?:(?:[^.;,]{0,80}?\s)?(?:và|cùng)\s+|[^.;]{0,160}?\s(?:và|cùng)\s+"
                              r"(?=(?:ông|bà|đồng chí|đ/c)\s))[^.;]{0,160}?\b(?:chủ trì|dẫn đầu|"
                              r"đồng chủ trì|làm\s+(?:đồng\s+)?trưởng\s+đoàn)\b", re.IGNORECASE)
"""After the first of two: "do X và Y chủ trì", "X cùng Y dẫn đầu đoàn", "X, ..., Trưởng Ban Chỉ đạo ... huyện và đồng
chí Y, ... vừa chủ trì" (the rest of a long title between) — the first named is taken."""
_CALLS_ON = r"(?:có\s+chuyến\s+(?:công tác\s*,?\s+)?)?(?:thăm(?:\s+và|\s*,)\s+)?"
"""One official's call with no delegation: "đồng chí X, <titles> đến thăm và kiểm tra ..." (or "thăm, làm việc"; "đã có
chuyến thăm và làm việc tại huyện Y", the trip named)."""
_SUBJECT_VISITS = re.compile(r"^\s*[,;–-]?\s*(?:(?:và|cùng)\s+[^.;]{0,120}?\s+)?(?:đã|đang)?\s*(?:trực tiếp\s+)?"
                             r"(?:(?:tổ chức|dẫn)\s+(?:đoàn|đoàn công tác)\s+)?(?:(?:đi|đến|tới|về|xuống)\s+)?" +
                             _CALLS_ON + r"(?:" + HAS_SESSION + r")?"
                             r"(?:khảo sát|giám sát|kiểm tra|làm việc)\b", re.IGNORECASE)
"""A titled person who opens the lead and visits ("Chủ tịch UBND tỉnh X và lãnh đạo các sở đã đi kiểm tra", "đ/c X,
Phó Chủ tịch ..., cùng Ban Thường trực đã trực tiếp đi khảo sát", "X - Chủ tịch UBND tỉnh tổ chức đoàn đi kiểm tra")."""
_LEADS_LOOSELY = re.compile(r"\s*(?:,[^,;.]{0,100},\s*)?(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu|chủ\s+trì|đồng\s+chủ\s+trì)\b",
                            re.IGNORECASE)
"""After a name whose surname is not on the list: it leads the delegation
("do Trưởng ban Duy Hoàng Dương làm trưởng đoàn")."""
_CO_CHAIRS = re.compile(r"^[^.;]{0,200}\bđồng\s+(?:chủ\s+trì|trưởng\s+đoàn)\b", re.IGNORECASE)
_TEAM_LISTED = re.compile(r"\bđoàn\b[^.;:]{0,120}\b(?:gồm|gồm có|bao gồm)"
                          r"(?:\s+các\s+(?:ĐBQH|đại biểu|đồng chí|ông bà))?\s*:?\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?$",
                          re.IGNORECASE)
"""The first member of a team listed with titles ("Đoàn giám sát Ban ... gồm: Ông X - Trưởng Ban ..., Ông Y - Phó
trưởng Ban ..."): a team is listed head first."""
_LISTED_RULE = "Đoàn ... gồm: X - <title>, Y - <title>"
_HEAD_IS_TITLED = re.compile(r"(trưởng\s+đoàn(?:\s+(?:giám sát|khảo sát|công tác|kiểm tra))?)\s+là\s*$", re.IGNORECASE)
"""The head's office, then "là" and a title before the name: "Trưởng đoàn khảo sát là Phó Chủ nhiệm Ủy ban X"."""
_MEMBERS_LISTED = re.compile(r"\b(?:thành\s+viên\s+(?:của\s+)?|tham\s+gia\s+(?:cùng\s+)?)đoàn\b[^.;:]{0,120}$",
                             re.IGNORECASE)
"""The members of a team listed ("Thành viên đoàn gồm bà X, ...; ông Y, ..."), or those who join it ("Tham gia đoàn
công tác có lãnh đạo tỉnh, gồm ông X - <title>, bà Y - <title>"): the head is named on its own."""
_CHAIR_IS = re.compile(r"\bchủ\s+(?:trì|tọa|toạ)\b[^.;:,]{0,60}\b(?:có|là)\s+(?:(?:ông|bà|đồng chí|đ/c)\s+)?$",
                       re.IGNORECASE)
"""Who chairs, said with "có" or "là": "Chủ trì buổi giám sát có bà X, Phó Chủ tịch HĐND phường", "Dự và chủ trì
Đoàn giám sát có đồng chí X", "Chủ trì buổi giám sát là bà X"."""
_VISIT_AFTER = re.compile(r"^\s*(?:[,-–]\s*)?(?:đã|đang)?\s*(?:(?:(?:đến|đi|tới|về|xuống)\s+)?" + _CALLS_ON +
                          r"(?:" + HAS_SESSION + r")?(?:khảo sát|giám sát|kiểm tra|làm việc)|"
                          r"(?:đến|đi|tới|về|xuống)\s+thăm|"
                          r"thăm(?=[^.;]{0,200}\svà\s+(?:làm việc|kiểm tra)\b)|" + TRIP_AFTER_NAME + r")\b",
                          re.IGNORECASE)
"""(A call with no check named, "X đã đi thăm và động viên cán bộ tại Trung tâm ...", is a visit by X too; "tới" is
"đến": "X - <titles> đã tới kiểm tra", and so are "về" and "xuống", going down to a place ("X xuống kiểm tra"); so is
"X đã thăm các mô hình ... và làm việc với xã Y".)"""

_WITH_THE_TEAM = re.compile(r"^\s*[,–-]?\s*cùng\s+(?:các\s+thành\s+viên\s+)?đoàn\s+"
                            r"(?:công tác|giám sát|khảo sát|kiểm tra)\b[^.;]{0,80}?\s(?:đã|đang|vừa)\s+"
                            r"(?:(?:đến|đi|tới|về|xuống)\s+)?(?:" + HAS_SESSION + r")?"
                            r"(?:khảo sát|giám sát|kiểm tra|làm việc|thăm)\b", re.IGNORECASE)
"""One official and the team he brings: "X, <titles>, cùng đoàn công tác đã làm việc với UBND xã A" — he heads it, as "X
dẫn đầu đoàn" does, wherever the clause opens ("Thực hiện Kế hoạch ..., ngày D ông X, ..."); a commune's or ward's
own official is left to the host rules."""

_DIRECTION_OF = re.compile(r"\b(?:Đây|Đó)\s+là\s+(?:[^.;]{0,30}?\s)?(?:chỉ đạo|yêu cầu|đề nghị|ý kiến|kết luận|lưu ý|"
                           r"mong muốn|nhấn mạnh|định hướng)\b[^.;]{0,60}?\bcủa\s+(?:(?:ông|bà|đồng chí|đ/c)\s+)?$",
                           re.IGNORECASE)
_AT_SESSION = re.compile(r"^\s*(?:[,–-]\s*)?(?:(?:tại|trong)\s+(?:buổi|chuyến|cuộc|đợt)\s+|"
                         r"khi\s+(?:(?:đi|đến|tới|về|xuống)\s+)?)(?:làm việc|kiểm tra|khảo sát|giám sát|công tác)\b",
                         re.IGNORECASE)
"""A direction quoted first and its author named after it: "Đây là chỉ đạo trọng tâm của đồng chí X – <titles> tại buổi
làm việc với Ban Thường vụ Huyện ủy ..." (the author visits; the unit worked with is the host); the check named with
"khi" is the same ("Đó là yêu cầu của bà X, <titles>, khi khảo sát ... tại xã A"; session 26)."""
_DIRECTS = re.compile(r"^\s*(?:[,–-]\s*)?(?:đã\s+)?(?:yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý|kết luận|giao)\b",
                      re.IGNORECASE)
_SAID_SO_AT_SESSION = re.compile(r"^\s*(?:[,–-]\s*)?(?:đã\s+)?(?:chỉ đạo|yêu cầu|nhấn mạnh|đề nghị|khẳng định)\s+"
                                 r"(?:như vậy|như trên)\s+(?:tại|trong|khi)\s+(?:buổi\s+)?(?:làm việc|kiểm tra|"
                                 r"khảo sát|giám sát)\b", re.IGNORECASE)
"""The author of a direction quoted first: "<title> X nhấn mạnh như vậy khi làm việc với xã ..."."""
_SESSION = re.compile(r"\b(?:tại|trong)\s+buổi\s+(?:kiểm tra\s*,\s*)?làm\s+việc\b|"
                      r"^\W*(?:(?:sáng|chiều|ngày|hôm)[^,]{0,25},\s*)?"
                      r"làm\s+việc\s+với\b(?![^,.;]{0,40}\bđoàn\b)", re.IGNORECASE)
"""A working session the lead opens with ("Làm việc với UBND xã A ..., đồng chí X yêu cầu"; "Chiều 5/9, tại buổi
làm việc với xã A, đồng chí X chỉ đạo"); never one with the delegation ("làm việc với đoàn"), whose host speaks."""
_CONCLUDES = re.compile(r"^\W*(?:kết luận|phát biểu (?:chỉ đạo|kết luận))(?:\s+tại)?\s+buổi\s+(?:làm việc|kiểm tra|"
                        r"giám sát|khảo sát)\s*,", re.IGNORECASE)
"""The one who concludes the session is the visiting head: "Kết luận buổi làm việc, ông X, <titles>, yêu cầu ..."."""
_AT_THE_SESSION = re.compile(r"^\W*(?:tại|chủ trì|chỉ đạo tại|phát biểu tại|phát biểu chỉ đạo tại)\s+buổi\s+"
                             r"(?:làm việc|kiểm tra)\s*,", re.IGNORECASE)
"""After a lead that names no one ("Sáng 5/9, đoàn công tác của tỉnh làm việc với xã A"): "Tại buổi làm việc, đồng chí
X, <titles> yêu cầu ..." — the visitor directs; only when no overseeing organ visits and X holds no local office."""
_OVERSEEING_ORGAN = re.compile(r"HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|MTTQ|Mặt trận|Quốc hội")
_UNIT_OFFICE = re.compile(r"\b(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?:xã|phường|thị trấn|đặc khu)\b", re.IGNORECASE)
_CHECKS_ITSELF = re.compile(r"\W*(?:cùng\s+[^,.;]{0,60}?\s+)?(?:đã\s+)?(?:trực tiếp\s+)?(?:(?:đến|đi|xuống)\s+)?"
                            r"(?:kiểm tra|thăm|khảo sát)\b", re.IGNORECASE)
"""The visit's own verb right after the person: they are who checks, not who receives."""
OVERSEEING_OFFICER = "an officer of the overseeing body speaks for it"
OFFICE_THEN_NAME = "<office> đã kiểm tra ...; ông/bà X ghi nhận"


_LEAD_VERB = re.compile(r"\b(chủ trì|chủ tọa|chủ toạ|dẫn đầu|dẫn đoàn|làm\s+(?:đồng\s+)?trưởng\s+đoàn)\b",
                        re.IGNORECASE)


def _worded(rule: str, title_end: str) -> str:
    """`rule` ("X chủ trì") with the verb the text after the name uses: "do ông X, ..., dẫn đầu" is credited to "X dẫn
    đầu", not to a wording it does not have (the review screen shows the rule as the value's source)."""
    m = _LEAD_VERB.search(title_end[:240])
    return rule.replace("chủ trì", " ".join(m[1].lower().split())) if m else rule


@dataclass
class Leader:
    name: str
    title: str
    sentence: Sentence | None
    rule: str
    certainty: str | None = None
    """Why the choice may be wrong, when no sentence says who leads (shown with the value on review)."""


def choose_leader(people: People, article: Article) -> Leader | None:
    best: tuple[int, int, PersonMention, str, str] | None = None
    # the lead: not a subtitle above the dated lead, nor a sapo with no day and no visit before it
    lead = lead_index(people, article)
    # an overseeing organ's visit: who speaks at the session after a nameless lead may be its host, not its head
    later: PersonMention | None = None  # a second official's own later stop: asked only when nobody else is named
    deputies: set[str] = set()  # deputy heads set aside: a fall-back guess must not bring them back
    oversight = any(_OVERSEEING_ORGAN.search(part) for part in
                    ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]])
    for order, mention in enumerate(people.mentions):
        if name_parts(mention.name) < 2 or heads_the_payout(mention, article):
            continue  # (the head of the committee's payout team a Front watches is the watched side's)
        text = mention.sentence.text if mention.sentence else ""
        host = bool(_HOST_CONTEXT.match(text)) and _HOST_CONTEXT.match(mention.before + " ") is not None
        host = host or bool(re.search(r"\bcho biết\b|\bbáo cáo\b", mention.after[:40 + len(mention.title)]))
        title_end = after_titles(mention) if mention.titles else past_abbreviated_title(after_titles(mention))
        # an official who chairs the meeting "với đoàn" or reports to it receives the delegation
        host = host or bool(_RECEIVES.search(re.split(r"[.;]", title_end[:100])[0]))
        # the chair of a commune's or ward's People's Committee is the visited unit's own head: who chairs the session
        # there ("Chủ trì buổi làm việc có ông X, Chủ tịch UBND xã") hosts it, unless called the delegation's head
        # — but one who goes to check a desk of their own unit ("Phó Chủ tịch UBND phường X Y đã đến kiểm tra đột xuất
        # Bộ phận Một cửa") is the visit's subject, with no team to host
        host = host or (bool(_UNIT_OFFICE.search(mention.title)) and not _CHECKS_ITSELF.match(title_end))
        host = host or works_with_a_visitor(mention)  # "Bí thư Đảng ủy xã Y ... đã làm việc với <higher office> X"
        # "Tại buổi làm việc với lãnh đạo phường A, ông X, <office>, đã nghe báo cáo": hearing a report is no host's
        hears = mention.sentence is not None and mention.sentence.index <= lead + 2 and \
            hears_at_session_with_unit(mention, title_end)
        host = host and not hears
        score, rule, extra = 0, "", ""
        if m := _LEADS_AFTER.match(title_end):
            score, rule, extra = 10, "do X ... làm Trưởng đoàn", _capital(m[1])
        elif (re.search(r"\bdo\s+(?:(?:ông|bà|đồng chí|đ/c)\s+)?(?:\S+\s+){0,3}$", without_degrees(mention.before)) or
              mention.sentence and mention.sentence.index == lead and opens_clause(mention)) and \
                (far := re.match(r"^[^.;]{0,240}?\blàm\s+(trưởng\s+đoàn|tổ\s+trưởng)\b", mention.after,
                                 re.IGNORECASE)) and \
                not _someone_between(people, mention, far.start(1)):
            score, rule = 9, "do X, <many titles>, làm Trưởng đoàn"
        elif office := team_has_its_head(mention):  # "Đoàn ... có đồng chí X <title> làm trưởng đoàn"
            score, rule, extra = 9, "Đoàn ... có X <title> làm trưởng đoàn", _capital(office)
        elif head := _HEAD_BEFORE.search(mention.before) or mention.titles and \
                _HEAD_BEFORE.search(before_title(mention)):  # "Trưởng đoàn giám sát, Trưởng Ban Pháp chế ... X"
            score, rule = 9, "Trưởng đoàn X"
            extra = _capital(head[1]) if fold(head[1]).startswith("truong") else ""
        elif fronted_leader(mention):  # "dẫn đầu đoàn công tác của Bộ X, ông Y – <titles>"
            score, rule = 9, "dẫn đầu đoàn ..., X"
        elif (head := _HEAD_IS_TITLED.search(before_title(mention))) and mention.titles:
            score, rule = 9, "Trưởng đoàn là <title> X"
            extra = _capital(head[1])
        elif any(_HEAD_WORDS.match(title) or _GROUP_HEAD.search(title) or _HEAD_INSIDE.search(title)
                 for title in mention.titles):
            score, rule = 8, "X, ..., Trưởng Đoàn ..."
        elif mention.titles and _TEAM_LISTED.search(mention.before) and not _MEMBERS_LISTED.search(mention.before):
            score, rule = 8, _LISTED_RULE
        elif _CHAIRS_AFTER.match(title_end) or leads_after_words(title_end) or \
                re.search(r"\bdo\s+(?:\S+\s+){0,8}$", mention.before) and \
                re.match(r"^\s*(?:[,-–]\s*)?(?:đã\s+)?(?:chủ trì|chủ tọa|chủ toạ|dẫn đầu)", title_end):
            score, rule = 7, _worded("X chủ trì", title_end)
        elif _WITH_THE_TEAM.match(title_end) and mention.titles and not local_office(mention.title):
            score, rule = 7, "X, <title>, cùng đoàn công tác đã làm việc"
        elif re.search(r"\bdo\s+(?:ông|bà|đồng chí|đ/c)?\s*" + RANK_BEFORE + "$", mention.before, re.IGNORECASE) and \
                re.search(r"\b(?:chủ trì|dẫn đầu|dẫn đoàn|làm trưởng đoàn)\b", title_end[:120], re.IGNORECASE):
            score, rule = 7, _worded("do X chủ trì", title_end)
        elif re.search(r"\bdo\s+(?:\S+\s+){0,12}$", mention.before) and _CO_LEADER_AFTER.match(title_end):
            score, rule = 7, _worded("do X và Y chủ trì", title_end)
        elif re.search(r"(?:dưới sự chủ trì của|chủ trì bởi|dưới sự dẫn dắt của)\s+(?:(?:ông|bà|đồng chí)\s+)?"
                       r"[^.;]{0,120}$", mention.before, re.IGNORECASE) and not mention.honorific or \
                re.search(r"(?:dưới sự chủ trì của|chủ trì bởi)\s*(?:(?:ông|bà|đồng chí|đ/c)\s*)?$", mention.before,
                          re.IGNORECASE):
            score, rule = 7, "dưới sự dẫn dắt của X" if "dẫn dắt" in mention.before.lower() else "dưới sự chủ trì của X"
        elif (_CHAIR_IS.search(mention.before) or _CHAIR_IS.search(before_title(mention))) and mention.titles:
            score, rule = 7, "Chủ trì buổi giám sát có X, <title>"
        elif attends_and_directs(people, mention, article):  # "Dự và chỉ đạo buổi kiểm tra có X, <title>; Y, ..."
            score, rule = 6, "Dự và chỉ đạo buổi kiểm tra có X, <title>"
        elif re.search(r"\bdo\s+(?:ông|bà|đồng chí|đ/c)?\s*$", mention.before, re.IGNORECASE) and \
                _CO_CHAIRS.match(title_end):
            score, rule = 7, "do X và Y đồng chủ trì"
        elif mention.sentence and mention.sentence.index <= lead + 2 and _CO_LEADER_AFTER.match(title_end) and \
                opens_clause(mention):
            score, rule = 7, "X và Y đồng chủ trì"  # two co-leaders as the lead's subject: the first named
        elif mention.sentence and mention.sentence.index == lead and _VISIT_AFTER.match(title_end):
            score, rule = 6, "X đã khảo sát"
        elif mention.sentence and mention.sentence.index <= lead + 1 and \
                (first_listed_visits(mention) or first_listed_calls(mention)):  # (leader_listed_calls)
            score, rule = 6, "các đồng chí <title>: X - <titles>; Y - <titles> đã kiểm tra"
        elif mention.sentence and mention.sentence.index == lead and _SUBJECT_VISITS.match(title_end) and \
                opens_clause(mention):
            score, rule = 6, "<title> X ... đã kiểm tra"
        elif subject_visits(people, mention, lead) or trip_subject(people, mention, lead) or \
                mention.sentence and mention.sentence.index == lead and goes_with_the_team(mention):
            # "X ... đến A thị sát"; "Thủ tướng X và Đoàn công tác đã đến dâng hương"
            score, rule = 6, "X – <office> cùng ... kiểm tra"
        elif checks_by_surprise(mention, title_end):  # "Trước đó, ... ông X – <office> đã kiểm tra đột xuất ..."
            score, rule = 6, "X – <office> đã kiểm tra đột xuất"
        elif welcomed_visitor(mention, lead):  # "Chủ tịch UBND xã A Y đã đón tiếp Phó Chủ tịch HĐND tỉnh X và ..."
            score, rule = 6, "<unit> đã đón tiếp <title> X"
        elif mention.sentence and mention.sentence.index == lead and \
                re.match(r"\W*tại\s+buổi\s+làm\s+việc\s+(?:với|tại)\b", mention.sentence.text, re.IGNORECASE) and \
                re.match(r"\s*(?:đã\s+)?(?:yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý)\b", title_end, re.IGNORECASE):
            score, rule = 5, "Tại buổi làm việc với <unit>, <title> X yêu cầu"
        elif speaks_for_the_team(before_title(mention)):  # "Thay mặt đoàn giám sát, ông X, <titles> ghi nhận"
            score, rule = 5, "Thay mặt đoàn, X"
        elif mention.sentence and mention.sentence.index <= lead + 2 and \
                speaks_at_session_with_unit(mention, title_end):
            score, rule = 5, "Phát biểu tại buổi làm việc với <unit>, <title> X nêu rõ"
        elif hears:
            score, rule = 5, "Tại buổi làm việc với <unit>, <title> X đã nghe báo cáo"
        elif mention.sentence and mention.sentence.index <= lead + 2 and \
                ((_DIRECTION_OF.search(before_title(mention)) or assessed_by(people, mention)) and
                 _AT_SESSION.match(title_end) or
                 _SAID_SO_AT_SESSION.match(title_end)):
            score, rule = 5, "Đây là chỉ đạo của X tại buổi làm việc với <unit>"
        elif mention.sentence and mention.sentence.index == lead and _DIRECTS.match(title_end) and \
                _SESSION.search(mention.sentence.text) and opens_clause_after_session(mention):
            score, rule = 5, "Làm việc với <unit>, X yêu cầu"
        elif directs_after_fronted_check(people, mention, lead):  # "Ngày 23/4, kiểm tra ... tại tỉnh Y, X đề nghị"
            score, rule = 5, "Kiểm tra ... tại <unit>, X đề nghị"
        elif mention.sentence and (lead < mention.sentence.index <= lead + 2 or _far_asker(mention, article)) and \
                _DIRECTS.match(title_end) and not visited_district_office(mention.title, article, mention.sentence) \
                and (_CONCLUDES.match(mention.sentence.text) or (_AT_THE_SESSION.match(mention.sentence.text) and
                                                                 not oversight and not local_office(mention.title))):
            score, rule = 4, "Kết luận buổi làm việc, X yêu cầu"
        if (deputy := deputy_score(mention, article, score, rule == _LISTED_RULE)) is not None:
            score, rule = deputy, DEPUTY_RULE  # a deputy head leads only when no head is written (leader_deputy_heads)
            if not deputy:
                deputies.add(mention.name)
        if score in (4, 5) and rule != DEPUTY_RULE and \
                re.search(r"\b(?<!lập )(?:với\s+)?đoàn\b", title_end[:40], re.IGNORECASE):
            continue  # who asks the delegation for something answers it: a host ("Chủ tịch UBND xã đề nghị đoàn ...");
            # one who has a team set up ("chỉ đạo lập đoàn thanh tra") directs
        if score and host and score < 9 and not (rule == "X, ..., Trưởng Đoàn ..." and _called_head(mention)):
            # a host, unless the titles call them the delegation's head in so many words ("X, ..., Trưởng đoàn,
            # cho biết"): only then is "cho biết" no sign of a host
            continue
        if score and score < 10 and on_receiving_side(mention):
            continue  # listed on the visited locality's side ("Về phía huyện X, có các đồng chí: ..."): a host
        if not (score == 10 and heads_set_up_team_at_work(mention, title_end, article)):  # (the team's own day)
            score = in_story(score, mention, article)  # a listing page's later dated story tells another event
        if not score:
            continue
        if score < 9 and own_later_stop(mention):  # "Chiều cùng ngày, Y ... cũng đã kiểm tra" (leader_own_stops)
            later = later or mention
            continue
        if best is None or (score, -order) > (best[0], -best[1]):
            best = (score, order, mention, rule, extra)
    if (best is None or best[0] < 9) and (taken := visitor_taken_in(article)) is not None:
        # an excerpt opening on the host taking in a visitor's remarks: the visitor leads (taken_in_remarks)
        return Leader(taken[0], taken[1], taken[2], "Tiếp thu ý kiến của <office> X, <host> Y cho biết")
    if best is None and (named := office_named_later(people, article) or visitor_named_later(people, article) or
                         first_taking_part(people) or goes_bare_with_the_team(people) or
                         headline_office_holder(people, article) or
                         headline_party_secretary(people, article)):
        if named.name in deputies:
            return None  # a deputy head set aside because the head is written, unnamed ("đồng chí Trưởng đoàn")
        best = (2, 0, named, "<office> cùng đoàn ...; <office> X", "")
    if best is None:
        officer, rule = overseeing_officer(people, article) or body_head(people, article), OVERSEEING_OFFICER
        if officer is None:
            officer, rule = office_then_name(people, article), OFFICE_THEN_NAME
        if officer is None:  # the one who sums up as the check closes: "Sau khi khảo sát, đồng chí X nhấn mạnh"
            officer, rule = closing_speaker(people, article), "Sau khi khảo sát, X nhấn mạnh"
        if officer is None:  # the only one named, ordering the district's offices (leader_directing)
            officer, rule = directs_the_offices(people, article), "X yêu cầu các phòng, ban, ngành huyện"
        if officer is None:  # the one who praises the hosts' results: "Đồng chí X đã biểu dương ... của tỉnh"
            officer, rule = acknowledges_the_hosts(people, article), "X biểu dương ... của tỉnh"
        if officer is None:  # "Tại các đơn vị đến thăm, Đại tá X và Đại tá Y ghi nhận ..." (leader_site_praisers)
            officer, rule = praises_at_the_sites(people), "Tại các đơn vị đến thăm, X ghi nhận ..."
        if officer is not None and officer.name in deputies:
            return None  # (as above)
        if officer is None and later is not None:
            officer, rule = later, "Chiều cùng ngày, X ... cũng đã kiểm tra"
        if officer is None:
            return None
        best = (1, 0, officer, rule, "")
    _, _, mention, rule, extra = best
    titles = list(mention.titles) or [t for t in people.titles_of(mention.name).split(", ") if t]
    if extra and not any(fold(t).startswith("truong doan") for t in titles):
        titles.append(extra)
    note = None
    if rule == OVERSEEING_OFFICER:
        # the article never says who leads: the choice is the body's officer, and may be someone else
        note = reason("leader.overseeing_officer", name=mention.name, titles=", ".join(titles))
    elif rule == OFFICE_THEN_NAME:
        note = reason("leader.office_then_name", name=mention.name)
    return Leader(mention.name, ", ".join(titles), mention.sentence, rule, note)


def _called_head(mention: PersonMention) -> bool:
    return any(_HEAD_WORDS.match(title) or _HEAD_INSIDE.search(title) for title in mention.titles)


def _far_asker(mention: PersonMention, article: Article) -> bool:
    """An officer asking a named lower unit at the session, however far down a page that lost its lead ("Tại buổi
    làm việc, ông X, Chủ tịch LĐLĐ tỉnh A, đề nghị huyện B ...", session 36; a district's officer asking a commune,
    session 42: `leader_directing.asks_a_lower_unit`); a commune's own officer is a host."""
    return bool(mention.sentence and session_asks_a_unit(mention.sentence.text) and asks_a_lower_unit(mention, article))


def _someone_between(people: People, mention: PersonMention, offset: int) -> bool:
    """Another person named after `mention` and before `offset` characters past its end, in its sentence."""
    return any(other.sentence is mention.sentence and mention.end < other.start < mention.end + offset
               for other in people.mentions if name_parts(other.name) >= 2)


def _capital(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]
