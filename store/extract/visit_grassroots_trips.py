"""A leader's trip to the grassroots: "đã đi cơ sở nắm tình hình Nhân dân tại các xã A, B", "đi cơ sở tại xã A để
nắm tình hình triển khai Đề án 06", "đã đến nắm tình hình vận hành chính quyền hai cấp tại phường A".

"Đi cơ sở" (going down to the base units) and "đến nắm tình hình" (coming to learn how things stand) are how Front,
party and government pages tell a leader's own visit to communes and wards; none of the oversight words ("giám sát",
"khảo sát", "kiểm tra", "làm việc với") is written, so such a page read as general news (fresh59 v01). The trip is a
visit only when a unit is named as where it goes ("tại|ở (các) xã|phường|thị trấn|huyện|thôn|bản ..."): "cán bộ cần
sâu sát cơ sở" or "đi cơ sở" alone names no place. A rule or plan that asks leaders to go ("phải thường xuyên đi cơ
sở", "sẽ đi cơ sở") is no trip made: a duty ("phải|cần|nên|thường xuyên đi cơ sở") is left out here, a plan ("sẽ
...") and a task given are read past by `visit_evidence` as for any visit word.
"""

from __future__ import annotations

_UNIT = r"(?:tại|ở)\s+(?:các\s+|\d{1,2}\s+)?(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thôn|bản|UBND|Đảng ủy)\b"
"""Where the trip goes: a unit named after "tại|ở"."""

GRASSROOTS_TRIP = (
    r"(?<!sát )(?<!phải )(?<!cần )(?<!nên )(?<!xuyên )(?:đi|về|xuống)\s+cơ sở(?=[^.;]{0,80}?\b" + _UNIT + r")|"
    r"(?<=đến )nắm(?:\s+bắt)?\s+tình hình(?=[^.;]{0,80}?\b" + _UNIT + r")"
)
"""A trip to the grassroots with the unit it goes to named in the same clause, as an alternative of
`visit_evidence._VISIT` ("đi cơ sở ... tại các xã A, B"; "đến nắm tình hình ... tại phường A")."""

TRIP_AFTER_NAME = r"(?:đi|về|xuống)\s+cơ sở|đến\s+nắm(?:\s+bắt)?\s+tình hình"
"""The trip right after the traveller's name and titles ("X, Chủ tịch Ủy ban MTTQ tỉnh, đã đi cơ sở ..."), an
alternative of `leaders._VISIT_AFTER`: the one who goes leads the visit."""
