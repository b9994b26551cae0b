"""Two more ways a text names the visiting head: a team that "has" its head, and who speaks at a session with a unit.

- "Đoàn giám sát có đồng chí X Phó trưởng Ban ... làm trưởng đoàn": the team is said to have X, whose title follows
  the name with no comma (so `people` reads no title), and X is its head; as "do X, <titles>, làm Trưởng đoàn" is.
- "Phát biểu tại buổi làm việc với UBND tỉnh A, <office> X nêu rõ ...": a page that opens on a photo caption, whose
  lead names no head, names the visitor as who speaks at the session held with the unit. A session with the team
  ("làm việc với đoàn") is the host's; so is a speaker whose office is the unit's own.
- "Tại buổi làm việc với lãnh đạo phường A, ông X, <office>, đã nghe báo cáo ... / ghi nhận ...": the visitor is named
  after the host and hears it (session 29). "nghe báo cáo" is no report of X's own, so it is no sign of a host here;
  a speaker holding a commune's or ward's office, or the unit's own, still never leads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office

if TYPE_CHECKING:
    from .people import PersonMention

_TEAM_HAS = re.compile(r"\b(?:đoàn|tổ)\b[^.;]{0,80}\bcó\s*$", re.IGNORECASE)
_HEAD_AFTER_BARE_TITLE = re.compile(r"^\s+[^.;,]{0,100}?\blàm\s+(trưởng\s+đoàn|tổ\s+trưởng)\b", re.IGNORECASE)


def team_has_its_head(mention: PersonMention) -> str | None:
    """ "Đoàn ... có đồng chí X <title> làm trưởng đoàn": the head's office as written ("trưởng đoàn"), or None."""
    if not _TEAM_HAS.search(mention.before) or mention.titles:
        return None
    m = _HEAD_AFTER_BARE_TITLE.match(mention.after)
    return m[1] if m else None


_SESSION_WITH_UNIT = re.compile(r"^\W*(?:phát biểu\s+)?(?:tại|trong)\s+buổi\s+làm\s+việc\s+với\s+(?!(?:các\s+)?"
                                r"(?:đoàn|tổ|thành viên)\b)([^,;.]{3,80}),", re.IGNORECASE)
_SAYS = re.compile(r"^\s*(?:[,–-]\s*)?(?:đã\s+)?(?:nêu rõ|nhấn mạnh|khẳng định|yêu cầu|đề nghị|chỉ đạo|lưu ý|"
                   r"đánh giá|cho rằng)\b", re.IGNORECASE)
_OFFICE = re.compile(r"^\s*(?:Phó\s+|Quyền\s+)?(?:Chánh|Vụ trưởng|Cục trưởng|Bộ trưởng|Thứ trưởng|Chủ tịch|Chủ nhiệm|"
                     r"Giám đốc|Trưởng|Tổng|Bí thư|Ủy viên|Uỷ viên|Viện trưởng|Phó)\b")
"""Each part between the session and the name is an office ("Chánh Văn phòng ..., Vụ trưởng ... X"): no one else."""
_UNIT_OFFICE = re.compile(r"^(?:UBND|(?:Ủy|Uỷ) ban nhân dân|lãnh đạo|Thường trực|Ban Thường vụ)\s+", re.IGNORECASE)


def speaks_at_session_with_unit(mention: PersonMention, title_end: str) -> bool:
    """The person opens the clause after "Phát biểu tại buổi làm việc với <unit>," and speaks, holding no office of
    that unit (its place's name is not in their titles)."""
    if mention.sentence is None or not mention.titles or not _SAYS.match(title_end):
        return False
    text = mention.sentence.text
    session = _SESSION_WITH_UNIT.match(text)
    if session is None or session.end() > mention.start:
        return False
    between = text[session.end():mention.start]
    if not all(_OFFICE.match(part) for part in between.split(",") if part.strip()):
        return False  # someone or something else stands between the session and the person
    place = fold(_UNIT_OFFICE.sub("", session[1].strip()))
    return place not in fold(mention.title)


_TIMED_SESSION = re.compile(r"^\W*(?:(?:sáng|chiều|tối|trưa|ngày|hôm)[^,]{0,25},\s*)?(?:tại|trong)\s+buổi\s+"
                            r"làm\s+việc\s+với\s+(?!(?:các\s+)?(?:đoàn|tổ|thành viên)\b)([^,;.]{3,80}),", re.IGNORECASE)
"""The session with a unit, a time before it or not ("Chiều 21/11, tại buổi làm việc với Đảng ủy phường A,")."""
_HEARS = re.compile(r"^\s*,?\s*(?:đã\s+|vừa\s+)?(?:nghe\s+(?:[^.;,]{0,40}?\s)?báo\s+cáo|ghi\s+nhận|biểu\s+dương|"
                    r"đánh\s+giá\s+cao)\b", re.IGNORECASE)


def hears_at_session_with_unit(mention: PersonMention, title_end: str) -> bool:
    """The titled person opens the clause after "Tại buổi làm việc với <unit>," and hears its report or acknowledges
    it, holding no office of that unit nor of any commune or ward."""
    if mention.sentence is None or not mention.titles or not _HEARS.match(title_end):
        return False
    text = mention.sentence.text
    session = _TIMED_SESSION.match(text)
    if session is None or session.end() > mention.start:
        return False
    between = text[session.end():mention.start]
    if not all(_OFFICE.match(part) for part in between.split(",") if part.strip()):
        return False
    if any(local_office(title) for title in mention.titles):
        return False  # "ông X, Chủ tịch UBND xã A, đã nghe các công chức báo cáo": the unit's own head
    place = fold(_UNIT_OFFICE.sub("", session[1].strip()))
    return place not in fold(mention.title)
