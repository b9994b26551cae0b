"""A province whose session opens the visit, listed beside the district or commune surveyed the same day.

The convention settled in session 16 (t988) lists a province beside its ward when the team holds a session with the
province's own body and checks a lower unit in another sentence. It was read only when the session names an agency
("làm việc với UBND tỉnh A", `place_province_offices`); a session "tại tỉnh A" with no agency named, or one whose
host is named only in the guest's praise ("đánh giá cao ... của Ban Thường vụ Tỉnh ủy A", `visit_praised_hosts`),
then a stop told as another of the same day ("Cùng ngày, đoàn ... khảo sát tại huyện B"), kept the lower unit only
(s29 fresh56 v04, v05). Such a province is listed when it is named in the excerpt's opening two sentences as the
session's place ("(đã có buổi khảo sát,) làm việc tại|với tỉnh A") or its praised host, and a lower unit visited is
told in a later sentence opening on the same day or the next stop ("Cùng ngày", "Chiều cùng ngày", "Sau đó"), or
after "sau đó" or "tiếp đó" inside it, once the site gone to first is told ("đã đến một nhà máy ..., sau đó làm việc
tại huyện B"; session 35). A
province named as the place of the lower unit ("tại huyện B, tỉnh A") or in the same sentence as it stays its place.
So is a lower unit heard at that session as the one the province chose for the team ("Tại buổi làm việc, ... huyện B
- đơn vị được tỉnh chọn để Đoàn đến làm việc", `place_chosen_units`; s29 fresh56 v03): the province hosted the session.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .place_chosen_units import chosen_for_team
from .place_venues import bodies_named, province_level
from .visit_praised_hosts import praised_host

if TYPE_CHECKING:
    from .place_mentions import Mention
    from .text import Sentence

__all__ = ["praised_provinces", "same_day_province"]

_SESSION_AT = re.compile(r"\b(?:làm\s+việc|khảo\s+sát|giám\s+sát|kiểm\s+tra)\s+(?:tại|với)\s+"
                         r"(?:tỉnh|thành\s+phố|TP\.?)?\s*$", re.IGNORECASE)
"""The province right after the session's verb: "đã có buổi khảo sát, làm việc tại tỉnh A"."""
_SAME_DAY = re.compile(r"^\W*(?:(?:Buổi\s+)?(?:sáng|chiều|trưa|tối)\s+)?cùng\s+ngày\b|^\W*(?:Sau\s+đó|Tiếp\s+đó)\b",
                       re.IGNORECASE)
"""A later stop told as one of the same day: "Cùng ngày, ...", "Chiều cùng ngày, ...", "Sau đó, ..."."""
_THEN_AT = re.compile(r"(?:,\s*|\s)(?:sau\s+đó|tiếp\s+đó)\s*,?\s+(?:đoàn\s+)?(?:đã\s+|tiếp\s+tục\s+)?(?:đến\s+)?"
                      r"(?:làm\s+việc|khảo\s+sát|giám\s+sát|kiểm\s+tra)\s+(?:tại|với)\s+"
                      r"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|lãnh\s+đạo)\s+)?$", re.IGNORECASE)
"""The same, told inside a later sentence after the site gone to first: "đoàn đã đến một nhà máy nước ..., sau đó làm
việc tại huyện B", "..., tiếp đó làm việc với UBND huyện B" (fresh75 v03)."""
_OPENING = 2


def same_day_province(mention: Mention, lower: list[Mention]) -> bool:
    """Whether `mention`, a province, hosts the opening session and a lower unit of `lower` is a stop told later."""
    sentence = mention.sentence
    if not province_level(mention) or sentence is None or sentence.index >= _OPENING:
        return False
    before = sentence.text[max(0, mention.start - 80):mention.start]
    if not (_SESSION_AT.search(before) or praised_host(mention)):
        return False
    return any(low.sentence is not None and low.sentence.index > sentence.index and
               (_SAME_DAY.match(low.sentence.text) or _THEN_AT.search(low.sentence.text[:low.start]) or
                chosen_for_team(low, low.sentence.text)) for low in lower)


def praised_provinces(sentences: list[Sentence], lower: list[Mention]) -> list[Mention]:
    """The provinces named only by their body in the guest's praise ("của Ban Thường vụ Tỉnh ủy A"), as mentions, when
    a lower unit is a stop told later: a body's name is no unit mention of its own, so none would be listed."""
    return [m for sentence in sentences[:_OPENING] for m in bodies_named(sentence) if same_day_province(m, lower)]
