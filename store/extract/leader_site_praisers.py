"""The head named only where the visitors praise the units they went to: "Tại các đơn vị đến thăm, Đại tá X và Đại tá
Y ghi nhận những nỗ lực ..." (real pages: baothuathienhue 2021, baoquangnam 2021, baokhanhhoa 2019).

A page whose stored text starts after its lead may name the visitors only in the sentence that sums up the stops:
"Tại các đơn vị đến thăm, <rank> X và <rank> Y ghi nhận ...", "Tại những nơi đến thăm, sau khi nghe các đơn vị báo
cáo ..., ông X đánh giá cao ...". The units are the ones visited, so who praises them is the visitor; of two, the one
named first heads (a second leader of the day is told as "Cùng ngày, Y ... cũng đã ..."). Asked last by
`leaders.choose_leader`, when nothing else names anyone. The person must hold no local office in the sentence (a
host speaking at his own unit is no visitor) and be followed, after any fellow visitor, by the praise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention

__all__ = ["praises_at_the_sites"]

_RANK = r"(?:Đại tá|Thượng tá|Trung tá|Thiếu tá|Thiếu tướng|Trung tướng|Thượng tướng|Đại tướng|Chuẩn đô đốc)"
_AT_SITES = re.compile(r"^\W*Tại\s+(?:các|những)\s+(?:đơn vị|nơi|địa điểm|điểm|địa phương|cơ sở)\s+(?:đoàn\s+)?"
                       r"(?:đến thăm|đến kiểm tra|đến làm việc|đã đến|ghé thăm|kiểm tra|khảo sát)\b[^.;]{0,160}?,\s*"
                       r"(?:(?:ông|bà|đồng chí|đ/c)\s+)?(?:" + _RANK + r"\s+)?$", re.IGNORECASE)
"""The sentence opens on the units visited and comes to the person: "Tại các đơn vị đến thăm, Đại tá "."""
_PRAISE_AFTER = re.compile(r"^(?:\s+và\s+(?:(?:ông|bà|đồng chí|đ/c)\s+)?(?:" + _RANK + r"\s+)?[^\W\d_][^,.;]{0,40}?)?"
                           r"\s+(?:đã\s+)?(?:ghi nhận|đánh giá cao|biểu dương|động viên|chúc mừng|khen ngợi)\b",
                           re.IGNORECASE)
"""After the name, a fellow visitor at most, then the praise: " và Đại tá Y ghi nhận", " đánh giá cao"."""


def praises_at_the_sites(people: People) -> PersonMention | None:
    """The first person who opens the praise of the units visited, in a sentence on those units."""
    for mention in people.mentions:
        if mention.sentence is None or any(not re.fullmatch(_RANK, t) for t in mention.titles):
            continue  # a post written with the name ("Chủ tịch UBND xã") is told elsewhere, or is a host's
        if _AT_SITES.match(mention.sentence.text[:mention.start]) and _PRAISE_AFTER.match(mention.after):
            return mention
    return None
