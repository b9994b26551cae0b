"""A document that assigns teams or government members to the provinces in general: no visit yet.

The Prime Minister's decisions and the Government Office's letters share out who will check where ("Thủ tướng phân
công các thành viên Chính phủ ... làm việc với các địa phương", "Văn phòng Chính phủ vừa có văn bản về việc phân công
các Tổ công tác kiểm tra ... tại một số bộ, cơ quan và địa phương", "giao 5 Tổ công tác tiếp tục kiểm tra ... tại các
bộ, cơ quan trung ương và địa phương"). Such a page names a team and a visit verb ("Đoàn công tác làm việc tại các địa
phương ...", a headline "Tổ công tác ... tiếp tục kiểm tra ...") and so read as a visit, though its places are only
"các địa phương", "một số bộ": a share of work, as `visit_general`'s numbered remits are.

A visit report may cite such an assignment as what it carries out ("Thực hiện sự phân công của Thủ tướng về việc các
thành viên Chính phủ làm việc với các địa phương, sáng 14/3, Bộ trưởng ... đã làm việc với UBND tỉnh A"): the
assignment is then a noun after "theo", "thực hiện" or "sự", or the page has a day of its own, work told as done
or a named unit worked with, and none of these is read as a share of work.
"""

from __future__ import annotations

import re

from .dates import find_visit_day
from .text import Article

_ASSIGNS = re.compile(
    r"\b(?:phân công(?:\s+tác)?|giao)\s+(?:\S+\s+){0,2}?(?:các\s+|\d{1,2}\s+)?"
    r"(?P<who>thành viên Chính phủ|[Tt]ổ công tác|[Đđ]oàn (?:công tác|kiểm tra|giám sát|làm việc|khảo sát))"
    r"(?P<rest>[^.;]{0,220})")
"""An assignment verb, then the teams or members given work ("phân công các thành viên Chính phủ", "phân công tác Tổ
công tác", "giao 5 Tổ công tác"), then the rest of its clause, where the work and its places are."""
_CITED = re.compile(r"\b(?:theo|thực hiện|sự)\s*$", re.IGNORECASE)
"""The assignment cited as a noun ("Thực hiện sự phân công", "Theo phân công"): what a visit carries out."""
_WORK_IN_GENERAL = re.compile(
    r"\b(?:kiểm tra|đôn đốc|làm việc|giám sát|khảo sát|hướng dẫn)\b[^.;]{0,120}?"
    r"\b(?:tại|với|đối với|ở)\s+(?:các|một số|những)\s+(?:bộ|cơ quan|địa phương|tỉnh|thành phố|đơn vị|sở|ngành)\b")
"""The work and its places only in general ("kiểm tra, đôn đốc ... tại một số bộ, cơ quan", "làm việc với các địa
phương", "tại các tỉnh, thành phố")."""
_DONE = re.compile(r"\b(?:đã|vừa)\s+(?:\S+\s+){0,2}?(?:làm việc|kiểm tra|khảo sát|giám sát|đến|thăm)\b",
                   re.IGNORECASE)
"""Work told as done ("đã làm việc với", "vừa kiểm tra"): a visit report."""
_NAMED_UNIT = re.compile(
    r"\b(?:tại|với|ở|đến)\s+(?:UBND\s+|Ủy ban nhân dân\s+|Công an\s+|Tỉnh ủy\s+)?"
    r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+[A-ZĐ]")
"""A unit named as the place worked at ("với UBND tỉnh Nghệ An", "tại tỉnh Hà Tĩnh"): a visit to it."""


def teams_assigned(article: Article) -> bool:
    """Whether the opening only shares out teams' or members' work among places in general (see the note)."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    assigned = any(_assignment(text) for text in texts)
    if not assigned or find_visit_day(article) is not None:
        return False
    return not any(_DONE.search(text) or _NAMED_UNIT.search(text) for text in texts)


def _assignment(text: str) -> bool:
    """An assignment made (not cited) whose work lies only in places in general."""
    for found in _ASSIGNS.finditer(text):
        if _CITED.search(text[max(0, found.start() - 12):found.start()]):
            continue  # "Thực hiện sự phân công ...", "Theo phân công ...": the assignment a visit carries out
        if _WORK_IN_GENERAL.search(found["rest"]):
            return True
    return False
