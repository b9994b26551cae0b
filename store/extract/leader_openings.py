"""How a lead opens, where the leader rules look for the visit's subject.

Four openings the rules that read "the lead's subject visits" missed:

- a subtitle before the lead: a page that repeats a photo's caption or a second headline ("Bí thư Tỉnh ủy kiểm tra
  công tác bầu cử tại phường A.") above the dated lead ("Chiều 12/3, đồng chí X, <titles> đã kiểm tra ..."). The
  subtitle names no one and no day; the dated sentence after it is the lead.
- a sapo that names the visiting official for what they said or felt ("Phó Thủ tướng X bày tỏ lòng tri ân ...")
  before the dated lead that tells the visit: the sapo has no day and no visit of its own (merged here from
  a module of its own in session 10, so that one function decides which sentence is the lead).
- a headline copied once or twice above the lead, a question that names a range of counts ("còn 2-4 đơn vị"): the
  copies are one subtitle, and the range is no day.
- officials listed after their shared title and a colon, who visit together ("Chiều 4/3, các đồng chí Ủy viên Ban
  Thường vụ Tỉnh ủy: X - <titles>; Y - <titles> đã kiểm tra ...", "Các ĐBQH: X, Y và Z làm việc với ..."): the list
  is the subject, and the first listed leads, as a team listed head first does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leader rules; these are only its types
    from .people import People, PersonMention
    from .text import Article

_DATED_OPENING = re.compile(r"^\W*(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\b[^,.;]{0,30}?\d{1,2}\s*[/.-]\s*\d{1,2}|"
                            r"(?:Sáng|Chiều|Tối|Trưa|Hôm)\s+nay\b)[^,]{0,30},|"
                            r"^\W*(?:[^,.;]{0,100},\s*)?(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)"
                            r"\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.IGNORECASE)
"""A lead that opens on the visit's day: "Chiều 12/3, ...", "Sáng nay, ...", "Trong chuyến công tác ..., sáng 28/2"."""
_COUNTED = r"(?!\s*(?:đơn vị|xã|phường|huyện|tỉnh|người|hộ|trường|cơ sở)\b)"
"""Not a day but a range of counts: "từ 16 xuống còn 2-4 đơn vị cấp phường"."""
_A_DAY = re.compile(r"\b\d{1,2}\s*[/-]\s*\d{1,2}\b" + _COUNTED + r"|\bngày\s+\d{1,2}\b", re.IGNORECASE)
_A_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b" + _COUNTED)
_A_VISIT = re.compile(r"giám sát|khảo sát|kiểm tra|làm việc|thăm|dẫn đầu|trưởng đoàn", re.IGNORECASE)


def lead_index(people: People, article: Article) -> int:
    """The index of the lead sentence: the first, unless it is a subtitle or a sapo and the next opens with the visit's
    day. A subtitle stands in its own paragraph, is short and names no day and no one; a sapo names no day and no
    visit, whatever it says of the official."""
    if len(article.sentences) < 2:
        return article.sentences[0].index if article.sentences else 0
    at = 0  # a headline repeated in the first paragraphs (aggregator pages copy it): the copies are one subtitle
    while at + 2 < len(article.sentences) and article.sentences[at + 1].text == article.sentences[at].text:
        at += 1
    first, second = article.sentences[at], article.sentences[at + 1]
    if not _DATED_OPENING.match(second.text):
        return first.index
    subtitle = first.paragraph != second.paragraph and len(first.text.split()) <= 35 and \
        not _A_DAY.search(first.text) and not any(m.sentence is first and name_parts(m.name) >= 2
                                                  for m in people.mentions)
    sapo = not _A_DATE.search(first.text) and not _A_VISIT.search(first.text)
    return second.index if subtitle or sapo else first.index


_LISTED_AFTER_COLON = re.compile(r"(?:^|[\s,])[Cc]ác\s+(?:đồng chí|đ/c|ông,?\s*bà|ĐBQH|đại biểu(?:\s+Quốc hội)?)\b"
                                 r"[^.;:]{0,80}:\s*$")
"""'các đồng chí <shared title>:' or 'Các ĐBQH:' right before a name: officials listed after their shared title."""
_LIST_VISITS = re.compile(r"^[^.]{0,400}?\s(?:(?:đã|đang|vừa)\s+)?(?:(?:đến|đi|tới|về)\s+)?(?:trực tiếp\s+)?"
                          r"(?:khảo sát|giám sát|kiểm tra|làm việc)\b")
_HOST_WORDS = re.compile(r"\b(?:báo cáo|tiếp đoàn|cho biết)\b", re.IGNORECASE)


def listed_after_colon(before: str) -> bool:
    """The text before a name ends with a shared title and a colon: the name opens a list of officials."""
    return _LISTED_AFTER_COLON.search(before) is not None


def first_listed_visits(mention: PersonMention) -> bool:
    """`mention` is the first of officials listed after their shared title, and the list goes on to visit."""
    if not listed_after_colon(mention.before[-160:]):
        return False
    visit = _LIST_VISITS.match(mention.after)
    return visit is not None and not _HOST_WORDS.search(visit[0])
