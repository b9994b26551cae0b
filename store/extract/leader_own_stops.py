"""A second official's own later stop: "Chiều cùng ngày, ông Y, <title> cũng đã kiểm tra ... tại B".

A page on a visit often ends on what another official of the same body did the same day at another place
("Cùng ngày, Đại tá Nguyễn Đình Thừa, Phó Giám đốc Công an tỉnh cũng đã có buổi làm việc, kiểm tra ... tại Công an
huyện Nam Đông", baothuathienhue 2021; "Chiều cùng ngày, Thượng tá Y, Phó Giám đốc ... cũng đã kiểm tra ...", noted
in session 18 while writing t1269). "cũng" says it is in addition to the visit told before: Y headed that stop, not the
delegation. Y is asked only when nobody else is named as leading (a page cut to that paragraph).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention_text import after_titles

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import PersonMention

__all__ = ["own_later_stop"]

_SAME_DAY = re.compile(r"^\W*(?:(?:đến|vào)\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|trưa|tối)\s+)?(?:cùng|trong)\s+ngày\b|"
                       r"^\W*(?:cũng\s+)?trong\s+(?:buổi\s+)?(?:sáng|chiều|trưa|tối)\s+(?:cùng\s+ngày|nay|này)\b|"
                       r"^\W*(?:sau đó|tiếp đó|tiếp theo)\b", re.IGNORECASE)
"""The sentence goes on from the visit told before: "Chiều cùng ngày", "Cùng ngày", "Trong chiều cùng ngày"."""
_ALSO_DID = re.compile(r"^[^.;]{0,120}?\bcũng\s+(?:đã\s+)?(?:(?:đi|đến|có buổi)\s+)?(?:kiểm tra|làm việc|khảo sát|"
                       r"giám sát|thăm|đến|đi|có buổi|xem xét|dự)\b", re.IGNORECASE)
"""After the person: "cũng đã kiểm tra", "cũng đến làm việc", "cùng lãnh đạo ... cũng đã có buổi làm việc"."""


def own_later_stop(mention: PersonMention) -> bool:
    """Whether `mention` is a second official's own stop told after the visit ("Chiều cùng ngày, Y ... cũng đã ...")."""
    if mention.sentence is None or not _SAME_DAY.match(mention.sentence.text):
        return False
    head = mention.sentence.text[:mention.start]
    if re.search(r"\b(?:đoàn|tổ)\b", head, re.IGNORECASE):
        return False  # "Chiều cùng ngày, đoàn kiểm tra do ông Y làm trưởng đoàn ...": a team of its own, said so
    return bool(_ALSO_DID.match(after_titles(mention)))
