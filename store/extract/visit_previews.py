"""Three look-alikes whose opening has oversight words and still tells no visit (real pages, session 13).

- a council session previewed: "Kỳ họp HĐND TP ... sẽ diễn ra từ 12 đến 14-12 tới", then its agenda, which lists
  a team's oversight report ("tại kỳ họp sẽ thảo luận báo cáo của Đoàn giám sát ...; giám sát việc ..."): the
  oversight words are items of a sitting still to come, no team goes anywhere that day;
- an inspection plan told on: "... sẽ kiểm tra tại bốn sở ...", "Đoàn sẽ kiểm tra đột xuất ...", then its next item
  without "sẽ" ("Ngoài ra, đoàn cũng kiểm tra ..."): an addition to what is still to come, not a check made;
- a body's own meeting to draw lessons from its oversight: "Đoàn ĐBQH tỉnh vừa tổ chức họp để rút kinh nghiệm công tác
  tổ chức giám sát của Đoàn": at its own table, about how the hosts answered (the title's "làm việc với đoàn giám
  sát" is what the hosts did), unless the team went to a place first ("sau khi giám sát tại xã A, đoàn họp rút kinh
  nghiệm").
"""

from __future__ import annotations

import re

from .text import Article

_SESSION_TO_COME = re.compile(
    r"\bkỳ họp\b[^.;]{0,80}?\b(?:sẽ|dự kiến)\s+(?:\S+\s+){0,2}?(?:diễn ra|khai mạc|tiến hành|bắt đầu|họp)\b|"
    r"\b(?:sẽ|dự kiến)\s+(?:\S+\s+){0,2}?(?:diễn ra|khai mạc)\s+kỳ họp\b", re.IGNORECASE)
"""The lead says a session is still to be held ("Kỳ họp ... sẽ diễn ra", "sẽ khai mạc kỳ họp thứ 7")."""
_ON_THE_AGENDA = re.compile(r"\bkỳ họp\b(?:\s+(?:này|lần này))?\s+(?:\S+\s+){0,2}?(?:sẽ|dự kiến)\b|"
                            r"\b(?:sẽ|dự kiến)\b[^.;]{0,60}\btại kỳ họp\b", re.IGNORECASE)
"""The sentence speaks of the session's agenda: "tại kỳ họp sẽ thảo luận", "kỳ họp sẽ nghe và thảo luận"."""
_A_DAY = re.compile(r"\b(?:sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})|"
                    r"\bngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b[^.;]{0,80}\bđã\b", re.IGNORECASE)
"""A visit told with its own day ("Sáng 5/11, Ban ... đã khảo sát"): not an agenda item."""


def session_previewed(article: Article, evidence: str) -> bool:
    """The visit evidence is an item on the agenda of a council session the lead says is still to come."""
    head = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:3]])
    return bool(_SESSION_TO_COME.search(head) and _ON_THE_AGENDA.search(evidence) and not _A_DAY.search(evidence))


_GOES_ON = re.compile(r"^\W*(?:Ngoài ra|Bên cạnh đó|Đồng thời|Cùng với đó|Ngoài việc này)\b|\bcũng\s+$", re.IGNORECASE)
_DONE = re.compile(r"\b(?:đã|vừa|hôm nay|hôm qua)\b|\b(?:sáng|chiều|tối|trưa|ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b",
                   re.IGNORECASE)


def continues_the_plan(text: str, before: str) -> bool:
    """After a sentence still to come ("Đoàn sẽ kiểm tra ..."): this one adds to it ("Ngoài ra, đoàn cũng kiểm tra",
    `before` the verb), with no day and nothing said to be done."""
    return bool((_GOES_ON.search(text) or _GOES_ON.search(before)) and not _DONE.search(text))


_LESSONS = re.compile(r"\b(?:họp|hội nghị|cuộc họp|phiên họp)\b[^.;]{0,40}?\brút kinh nghiệm\b", re.IGNORECASE)
_WENT_FIRST = re.compile(r"\bsau\s+(?:khi|buổi|chuyến|đợt)\s+(?:\S+\s+){0,3}?(?:khảo sát|giám sát|kiểm tra|làm việc)"
                         r"\s+(?:thực tế\s+)?tại\b", re.IGNORECASE)


def lessons_meeting(article: Article) -> bool:
    """The opening sentence is the body's own meeting to draw lessons from its oversight, with no place visited."""
    if not article.sentences:
        return False
    opening = article.sentences[0].text
    return bool(_LESSONS.search(opening) and not _WENT_FIRST.search(opening))
