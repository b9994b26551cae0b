"""A titled official who opens the lead and goes to see a place, told in the words of on-site trips.

`leader_subjects` takes the lead's subject whose verb is "kiểm tra", "khảo sát", "giám sát" or "làm việc". Leaders'
inspections and working trips (the Prime Minister at a flooded ward, a provincial secretary at farms, a council's
chair at a reservoir) are told with the same who/when/where structure but other words, and real pages open them in
ways the narrower rule reads as something before the subject:

- other verbs of going to see: "thị sát", "tham quan", "thăm", "tặng quà", "dâng hương", "động viên";
- the place between going and the check: "đã trực tiếp đến A và B để kiểm tra", "đến Trung tâm ... xã A thị sát";
- an occasion before the subject: "nhân chuyến công tác tại huyện A, chiều 9/5, đồng chí X", "Dịp này, X",
  "Trước buổi làm việc, X";
- a rubric set off by a colon ("Nóng: Ngày 8-10, X") or a headline glued to the lead ("... bão số 3 (Báo X) -
  Chiều 8/9, Thủ tướng X"; a section label glued to the day is split off when the text is read, `text.py`);
- a page copied from after its lead, opening on who else went ("Tham gia đoàn công tác còn có ông Y ..."): the
  visitor opens the next sentence.

Whether a gift call or a tribute is a visit at all is `visit_kind`'s question; who heads it is asked here the same
way for any trip, so that a gift call's head is named when a reviewer takes it as a visit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_local_offices import local_office
from .leader_top_offices import opens_glued_lead
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention

_TRIP_VERB = (r"(?:thị\s+sát|tham\s+quan|thăm|tặng\s+quà|trao\s+(?:tặng\s+)?quà|dâng\s+hương|động\s+viên|chúc\s+Tết|"
              r"kiểm\s+tra|khảo\s+sát|giám\s+sát|làm\s+việc(?!\s+với\s+đoàn))\b")
_TRIP = re.compile(r"^\s*(?:(?:và|cùng(?:\s+với)?)\s+[^.;]{0,200}?\s+)?(?:(?:đã|vừa|đang)\s+)?"
                   r"(?:có\s+chuyến\s+)?(?:trực\s+tiếp\s+)?"
                   r"(?:(?:đi|đến|tới|về|xuống|ra|lên)\s+(?!dự\b)(?:[^.;]{0,100}?\s+(?:(?:để|và)\s+)?)?)?"
                   + _TRIP_VERB,
                   re.IGNORECASE)
"""The clause after the name and titles goes to see a place: "cùng đoàn công tác đã đến thị sát", "đã trực tiếp
đến A và B để kiểm tra", "đến Trung tâm ... xã A thị sát" (the place between going and the verb, no "để"; not "đến dự
... và thăm", a guest's), "và đc Y – <title> đã đến thăm" (two visitors: the first named heads)."""
_RECEIVING = re.compile(r"\b(?:tiếp\s+(?:và\s+làm\s+việc\s+với\s+)?đoàn|đón\s+đoàn|báo\s+cáo|cho\s+biết)\b",
                        re.IGNORECASE)
_ADJUNCT = re.compile(r"\W*(?:[^,.;:]{1,30}:\s*)?"
                      r"(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\b(?:[^,;.]|(?<=\d)\.(?=\d)){0,25}|"
                      r"(?:nhân|dịp|nhân\s+dịp|trong\s+(?:dịp|chuyến|khuôn\s+khổ|chương\s+trình)|sau\s+khi|trước\s+khi|"
                      r"cũng\s+trong|tiếp\s+tục|tiếp\s+theo|trên\s+đường)\b[^.;]{0,160}?|tại\s+[^,;.]{3,80}|"
                      r"trước\s+(?:buổi|cuộc)\b[^.;]{0,160})\s*,\s*",
                      re.IGNORECASE)
"""One clause before the subject: a day ("Chiều 8/9,", "Sáng 24.11," with a dot between day and month), an occasion
("nhân chuyến về làm việc với tỉnh A,", "Dịp này,", "Trước buổi làm việc,"; a programme's stop, "trong chương
trình làm việc tại tỉnh A,"), a place ("Tại huyện A sáng 30/1,"). The occasion "Trước buổi làm việc với Đảng ủy, UBND
xã A," runs to the last comma before the subject: its unit may hold a comma."""
_HONORIFIC = re.compile(r"(?:ông|bà|đồng\s+chí|đ/c|đc)\s*$", re.IGNORECASE)
_COMPANIONS_FIRST = re.compile(r"^\W*(?:Tham gia|Cùng đi|Cùng tham gia|Đi cùng|Tháp tùng|Cùng dự)\b", re.IGNORECASE)
"""A lead that only lists who else went: the page was copied from after its lead."""


def trip_subject(people: People, mention: PersonMention, lead: int) -> bool:
    """`mention`, titled, opens the lead (after its day and occasion) and its clause goes to see a place."""
    sentence = mention.sentence
    if sentence is None or not mention.titles or name_parts(mention.name) < 2:
        return False
    if sentence.index != lead and not (sentence.index == lead + 1 and _companions_lead(people, lead)):
        return False
    if local_office(mention.title) and sentence.index != lead:
        return False  # a commune's own official named after the lead hosts the visit
    before = sentence.text[:mention.start].rstrip()
    before = re.sub(r"\s*[-–]\s*$", "", before)
    # the titles written before the name ("Phó Thủ tướng Chính phủ X"), a rank after the office's comma among them
    # ("Thứ trưởng Bộ Quốc phòng, Thượng tướng X")
    for title in reversed(mention.titles):
        if before.endswith(title):
            before = before[:-len(title)].rstrip()
        elif before.endswith(","):
            if before[:-1].rstrip().endswith(title):
                before = before[:-1].rstrip()[:-len(title)].rstrip()
    before = _HONORIFIC.sub("", before).rstrip()
    position = 0
    for _ in range(3):
        if clause := _ADJUNCT.match(before + " ", position):
            position = clause.end()
    if (before + " ")[position:].strip(" \t\"'“”-–:") and not opens_glued_lead(before + " "):
        return False
    trip = _TRIP.match(_after_titles(mention))
    return trip is not None and not _RECEIVING.search(trip[0])


def _companions_lead(people: People, lead: int) -> bool:
    for mention in people.mentions:
        if mention.sentence is not None and mention.sentence.index == lead:
            return bool(_COMPANIONS_FIRST.match(mention.sentence.text))
    return False


def _after_titles(mention: PersonMention) -> str:
    """The text after the name and the titles written after it (the whole chain: "- Ủy viên Bộ Chính trị, Phó Thủ
    tướng Thường trực Chính phủ đã đến")."""
    after = mention.after
    for title in mention.titles:
        index = after.find(title)
        if 0 <= index <= 6:
            after = after[index + len(title):]
            after = re.sub(r"^\s*[,;–-]\s*", " ", after) if not re.match(r"^\s*[,;–-]?\s*(?:và|cùng)\b", after) \
                else after
    return after
