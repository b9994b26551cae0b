"""The check named first, as a clause of its own, then who directs: "Ngày 23/4, kiểm tra công tác chuẩn bị bầu cử tại
tỉnh Y, <titles> X đề nghị tỉnh ...".

The lead's verb stands before its subject here; the first person the sentence names, right after that clause, who
directs (not the delegation: "đề nghị đoàn" is a host's request) is the visitor. Never a commune's or ward's own office,
nor an office of the unit the clause says was checked ("tại tỉnh Y" and "Chủ tịch UBND tỉnh Y"): those receive.
The clause may open on "trực tiếp" ("Trực tiếp kiểm tra hiện trường, Phó Chủ tịch UBND TP. Huế X yêu cầu ...": the
visitor went in person; real: huengaynay, a dike patched, session 25 fresh42), on "qua" ("qua kiểm tra hiện trường, Chủ
tịch UBND tỉnh X yêu cầu": learned on site), or on "Tại buổi" (session 27 fresh49, provincial chairs at work sites).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office
from .mention_text import after_titles

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import People, PersonMention

_FRONTED_CHECK = re.compile(r"^\W*(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\b[^,]{0,25},\s*)?"
                            r"(?:(?:[^,;.]{1,120},\s*){1,2}?(?=qua\s+(?:việc\s+)?(?:đi\s+)?kiểm tra\b))?"
                            r"(?:qua\s+(?:việc\s+)?|(?:tại|trong)\s+buổi\s+)?"
                            r"(?:trực tiếp\s+)?(?:đi\s+|về\s+)?(?:kiểm tra|khảo sát|giám sát)\b[^;.]{0,300}?,\s*",
                            re.IGNORECASE)
"""The check as a clause: "Kiểm tra ... tại tỉnh Y,", "Trực tiếp kiểm tra hiện trường,"; also as what the visitor
learned by ("qua kiểm tra hiện trường,", after the reason the check was made: "Bức xúc vì tiến độ chậm, qua kiểm tra
hiện trường,") or as the occasion ("Tại buổi kiểm tra hiện trường, nghe báo cáo của các ngành,")."""
_DIRECTS = re.compile(r"^\s*,?\s*(?:đã\s+)?(?:yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý|kết luận|biểu dương)\b"
                      r"(?!\s+(?:với\s+)?đoàn\b)", re.IGNORECASE)
_CHECKED_UNIT = re.compile(r"\btại\s+(?:tỉnh|huyện|xã|phường|thành phố|thị xã|quận|thị trấn)\s+"
                           r"([A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,3})")


def directs_after_fronted_check(people: People, mention: PersonMention, lead: int) -> bool:
    """The lead opens with its check as a clause, and `mention` is the first person named after it, directing."""
    sentence = mention.sentence
    if sentence is None or sentence.index != lead or not mention.titles:
        return False
    clause = _FRONTED_CHECK.match(sentence.text)
    if clause is None or clause.end() > mention.start:
        return False
    if any(other.sentence is sentence and other.start < mention.start for other in people.mentions):
        return False  # someone named earlier in the sentence: not the clause's subject
    if any(local_office(title) for title in mention.titles):
        return False
    unit = _CHECKED_UNIT.search(clause[0])
    if unit and any(fold(unit[1]) in fold(title) for title in mention.titles):
        return False
    return bool(_DIRECTS.match(after_titles(mention)))
