"""Whether a person named in the lead is its clause's subject, not someone the clause names in passing.

`leaders.choose_leader` reads "X đã khảo sát", "X và Y đồng chủ trì" or "Làm việc với xã A, X yêu cầu" as X leading
only when X opens the clause: only a time, a place, a purpose or the session's own clause, then X's titles and
honorific, come before the name. Kept apart from the ranking because it reads the words before a name, not the
wordings that rank it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_titles import FULL_DEGREES_BEFORE
from .leader_top_offices import opens_glued_lead
from .mention_text import before_title

if TYPE_CHECKING:  # the people module imports leaders, which imports this one; these are only its types
    from .people import PersonMention


def opens_clause(mention: PersonMention) -> bool:
    """The person is the lead's subject: only a time ("Sáng 1/7,") and their title come before the name."""
    text = mention.sentence.text[:mention.start] if mention.sentence else mention.before
    text = re.sub(r"\s[-–]\s*$", " ", text)  # "Chủ tịch UBND huyện – Trần Thị Quý": the dash joins title and name
    # "Trưởng Ban Pháp chế HĐND tỉnh, ông X": the honorific after the title's comma joins them as the dash does
    if (honorific := _HONORIFIC_AFTER_TITLE.search(text)) and \
            any(text[:honorific.start()].endswith(title) for title in mention.titles):
        text = text[:honorific.start()] + " "
    for title in mention.titles:
        if text.rstrip().endswith(title):
            text = text.rstrip()[:-len(title)]
    # offices listed before the one written with the name: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X Trịnh Văn A"
    while earlier := _TITLE_LISTED_BEFORE.search(text):
        text = text[:earlier.start()]
    if degrees := FULL_DEGREES_BEFORE.search(text):  # "Sáng 19/7, Giáo sư, Tiến sĩ X": degrees, then the name
        text = text[:degrees.start()] + " "
    if re.fullmatch(r"\W*(?:(?:trong\s+(?:\d+|hai|ba)\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)[^,]{0,25},\s*)?"
                    r"(?:tại\s+[^,;.]{3,80},\s*)?"  # and a
                    r"(?:(?:sau khi|trước khi)\s[^.;]{0,240},\s*)?"  # place seen first ("sau khi đến thăm A, X")
                    r"(?:ông|bà|đồng chí|đ/c)?\s*", text, re.IGNORECASE):  # "Ngày 13/2, tại Huyện ủy X (Y), đồng chí""
        return True
    if opens_glued_lead(text):  # "<headline> Sáng 18/9, Thủ tướng X ...": the lead glued to its headline
        return True
    if re.fullmatch(r"\W*(?:Nhằm|Để|Với mục đích|Với mục tiêu)\b[^.;]{0,200},\s*(?:ông|bà|đồng chí|đ/c)?\s*", text,
                    re.IGNORECASE):
        return True  # a purpose clause, then the person: "Nhằm nâng cao chỉ số hài lòng, Chủ tịch UBND huyện – X"
    # a purpose or programme clause first, then the time, then the person: "Nhằm ..., trong 02 ngày 8-9/10, đ/c X"
    return re.search(r"[,;]\s*(?:trong\s+(?:\d+\s+)?)?(?:sáng|chiều|tối|trưa|ngày|hôm)\b[^,;]{0,30},\s*"
                     r"(?:ông|bà|đồng chí|đ/c)?\s*$", text, re.IGNORECASE) is not None


_HONORIFIC_AFTER_TITLE = re.compile(r"\s*[,–-]\s*(?:(?:ông|bà|đồng chí|đ/c)\s*)?$", re.IGNORECASE)
_TITLE_LISTED_BEFORE = re.compile(r"(?:^|(?<=[,;]\s))(?:Phó\s+|Quyền\s+)?(?:Bí thư|Chủ tịch|Chủ nhiệm|Trưởng ban|"
                                  r"Ủy viên|Uỷ viên|Giám đốc|Trưởng đoàn)\b[^,;.]{0,60},\s*$")


def opens_clause_after_session(mention: PersonMention) -> bool:
    """The person opens the main clause after the session's clause: "Làm việc với xã A chiều 5/9, đồng chí X"."""
    text = before_title(mention) if mention.titles else mention.before
    return re.search(r",\s*(?:(?:ông|bà|đồng chí|đ/c)\s*)?$", text.rstrip() + " ", re.IGNORECASE) is not None and \
        re.search(r"\bđoàn\b", text.rsplit(".", 1)[-1], re.IGNORECASE) is None
