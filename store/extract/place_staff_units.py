"""A unit named only through its officers, teams or staff that the visitor checks or meets.

"Giám đốc Công an tỉnh đến kiểm tra, động viên cán bộ, chiến sĩ ... thuộc Công an huyện A, B, TP C", "thăm, kiểm
tra các tổ công tác của Công an huyện A, Công an thị xã B", "làm việc với cán bộ, công chức UBND xã A": the units
are where the visitor went, but no visit cue stands before them (the officers' noun does), so only the count
fall-back could find them and a bare "Công an tỉnh" or a second unit of the list was lost (session 32, fresh70 v01:
left open twice). The unit is the visit's when a check or meeting verb takes the officers' noun as its object (at
once, or through "... của") and the unit follows that noun in the same clause. Left alone: the officers' home unit
when the clause says where they work ("tổ ... của Công an huyện X làm việc tại xã Y": Y is the visit's, by the
older cues), the visitors' own companions ("cùng cán bộ Công an tỉnh đã ..."; a body "Đoàn kiểm tra ..."), a unit
in a figure ("Công an huyện X đạt ...") and a check asked of others ("yêu cầu ... kiểm tra cán bộ xã X").
"""

from __future__ import annotations

import re

from .place_mentions import Mention

_VERB = r"(?:kiểm tra|khảo sát|giám sát|thị sát|thăm hỏi|thăm|động viên|làm việc với|gặp gỡ|tặng quà)"
_STAFF = (r"(?:cán bộ|chiến sĩ|công chức|viên chức|nhân viên|người lao động|lực lượng|đội ngũ|tổ|đội|kíp trực|"
          r"đoàn viên|hội viên)")
_CHECKS_STAFF = re.compile(
    r"(?<!\w)" + _VERB + r"(?:(?:\s*,\s*|\s+và\s+)" + _VERB + r")*"
    r"(?:\s+[^.;!?]{0,80}?\s+của)?"  # "kiểm tra việc chấp hành kỷ luật ... của cán bộ": the staff the matter is of
    r"\s+(?:(?:các|những|toàn thể)\s+)?" + _STAFF + r"(?!\w)", re.IGNORECASE)
"""The check or meeting verb and the officers' noun it takes."""
_BODY = re.compile(r"(?<!\w)(?:Đoàn|Tổ|Ban|đoàn|tổ|ban)\s+$")
""""Đoàn kiểm tra ...", "Tổ giám sát ...": the verb names the visitors' body, it does no check."""
_BREAK = re.compile(r"[.;!?](?=\s|$)|(?<!\w)(?i:tại|ở|cùng|gồm|đạt|cho biết|sau đó|đồng thời|trong đó|đề nghị|"
                    r"yêu cầu|ông|bà|đồng chí)(?!\w)|(?<!\w)(?:Trưởng|Phó|Chủ tịch|Giám đốc|Bí thư)(?!\w)")
"""Between the officers' noun and the unit: the place they work at, another subject, a person and their title
("làm việc với cán bộ, công chức xã, bà X, Trưởng Ban ... HĐND tỉnh Y" gives the speaker's province), a figure, a
new clause."""
_WORKS_AT = re.compile(r"(?<!\w)(?:tại|ở)\s", re.IGNORECASE)
"""After the unit: the place its officers work at is named ("... làm việc tại xã Y"): that place is the visit's."""
_NOT_DONE = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|chỉ đạo|kiến nghị|đề xuất|sẽ|dự kiến)(?!\w)"
                       r"(?:(?!(?<!\w)(?:đã|vừa)(?!\w))[^.;])*$", re.IGNORECASE)
"""Before the verb: a check asked of others or still to come, with no "đã"/"vừa" after the ask."""


def checked_through_staff(mention: Mention, text: str) -> bool:
    """Whether `mention` is named through the officers or staff a visit verb takes ("kiểm tra cán bộ ... của Công an
    huyện X", "làm việc với cán bộ, công chức UBND xã Y")."""
    if mention.sentence is not None and mention.base in text[:mention.start]:
        return False  # "xã A, huyện X ..., đã làm việc với cán bộ chủ chốt của huyện X": already placed (t725)
    clause_start = max((m.end() for m in re.finditer(r"[.;!?]\s", text[:mention.start])), default=0)
    clause = text[clause_start:mention.start]
    for check in reversed(list(_CHECKS_STAFF.finditer(clause))):
        if _BODY.search(clause[:check.start()]) or _NOT_DONE.search(clause[:check.start()]):
            continue
        gap = clause[check.end():]
        if len(gap) > 260 or _BREAK.search(gap):
            return False
        rest = re.split(r"[.;!?](?:\s|$)", text[mention.end:], maxsplit=1)[0]
        return not _WORKS_AT.search(rest)
    return False


__all__ = ["checked_through_staff"]
