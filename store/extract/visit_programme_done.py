"""A team that carried out its oversight programme at a place: "Đoàn giám sát ... đã thực hiện chương trình giám sát về
... tại tỉnh Điện Biên", "Tổ công tác ... đã tiến hành chương trình khảo sát về ... tại xã A".

"chương trình giám sát" is mostly a noun, the programme a council adopts or a plan cites ("thông qua chương trình
giám sát năm 2025", "Thực hiện chương trình giám sát năm 2024, ..."), and `visit_evidence` reads past it. Carried out
by the team ("đã thực hiện", "vừa tiến hành") at a place named later in the clause ("tại tỉnh A", "tại huyện B"), the
programme is the visit itself, told with its subject in between (fresh76 v11, a National Assembly team at Điện Biên).
A programme still to come ("sẽ thực hiện chương trình giám sát tại một số huyện") or with no place stays a noun.
"""

from __future__ import annotations

import re

__all__ = ["carried_out_at_a_place"]

_DONE_BEFORE = re.compile(r"\b(?:đã|vừa)\s+(?:(?:tổ chức|trực tiếp)\s+)?(?:thực hiện|tiến hành|triển khai)\s+"
                          r"(?:chương trình|đợt)\s+$", re.IGNORECASE)
"""The team's verb, done, with the programme's noun right before the oversight word ("đã thực hiện chương trình ")."""
_PLACE_AFTER = re.compile(r"[^.;!?]{0,220}?\b(?:tại|ở)\s+(?:(?:các\s+)?(?:xã|phường|thị trấn|huyện|quận|thị xã|"
                          r"thành phố|tỉnh|TP\.?)\s|[A-ZĐ])", re.IGNORECASE)
"""A place later in the same clause ("... giai đoạn 2021-2025 tại tỉnh Điện Biên")."""


def carried_out_at_a_place(before: str, after: str) -> bool:
    """Whether the oversight word, `before` and `after` it in its sentence, is a programme the team carried out at a
    place named later in the clause."""
    return bool(_DONE_BEFORE.search(before)) and bool(_PLACE_AFTER.match(after))
