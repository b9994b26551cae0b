"""Sites the team goes to on the ground, in the units listed after "thuộc".

A lead that sends the team to a site names the units the site lies in after "thuộc", and the verb of the check often
comes only after the list: "đã đến hiện trường đang thi công các vị trí cột thuộc các huyện A, B kiểm tra, đôn đốc
tiến độ", "đã xuống hiện trường đoạn bờ sông bị sạt lở thuộc thị xã C để kiểm tra", "kiểm tra các vị trí sạt lở
thuộc các huyện A, B". `place_cues._SITES_CHECKED_IN` reads the sites only after "kiểm tra thực tế", and the
fall-back to the units named most often is skipped whenever another unit was chosen first — on real pages (fresh66
v03) the province of the leader's own titles ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X"), so the districts were lost.
Going to the scene ("đến/tới/xuống/ra hiện trường") or checking sites named by a site's noun ("vị trí", "điểm",
"hạng mục", "tuyến", "đoạn", "khu vực") before "thuộc" puts the team in the unit named next; a unit that owns
something ("thuộc thẩm quyền của UBND huyện A", "dự án thuộc ngân sách") and units with no such going or check before
them are left to the other rules.
"""

from __future__ import annotations

import re

_SITES_REACHED = re.compile(
    r"(?:\b(?:đến|tới|xuống|ra|về)\s+(?:tận\s+|tại\s+)?hiện trường\b"
    r"|\b(?:kiểm tra|khảo sát|giám sát|thị sát)\s+(?:thực tế\s+|trực tiếp\s+)?(?:(?:các|một số|những|\d{1,3})\s+)?"
    r"(?:vị trí|điểm|hạng mục|tuyến|đoạn|khu vực)\b)"
    r"[^.;:()]{0,120}?\sthuộc\s+(?:địa bàn\s+)?(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?$",
    re.IGNORECASE)
"""The scene gone to, or sites checked, then "thuộc" right before the unit: "đến hiện trường các vị trí cột thuộc
các huyện", "xuống hiện trường đoạn bờ sông bị sạt lở thuộc thị xã", "kiểm tra các điểm sạt lở thuộc địa bàn hai xã"."""


def sites_reached_in(before: str) -> bool:
    """The unit after `before` (the sentence's words before it, the level word cut off) holds the sites the team went
    to or checked on the ground."""
    return _SITES_REACHED.search(before) is not None
