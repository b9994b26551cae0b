"""A council's or a Front's standing body named as the host of the session: "làm việc với Thường trực HĐND xã A".

A unit named right after a council or a Front ("HĐND xã A", "Ủy ban MTTQ Việt Nam xã A") is usually the visiting
body's own unit, never a place visited (`place_cues._BODY_BEFORE`). When the team works WITH that body — "đã làm việc
với Thường trực HĐND xã A", "với Ban Thường trực Ủy ban MTTQ Việt Nam xã A", "với Thường trực HĐND tỉnh A" — the
body is the host, and its unit is where the session is held, as after "làm việc với UBND xã A". Since the 2026
elections, provincial councils and Fronts often meet the new commune councils' and Fronts' standing bodies this way.
The body's own name elsewhere ("Thường trực HĐND xã A đề nghị ...", "Ông X, Chủ tịch HĐND xã A, ... làm việc với
Trung tâm") is not read by this rule.
"""

from __future__ import annotations

import re

# "làm việc với" right before the body, with at most its standing board or leaders between them.
_HOST_BODY = re.compile(
    r"\blàm\s+việc\s+với\s+(?:(?:Ban\s+)?Thường\s+trực\s+|lãnh\s+đạo\s+)?"
    r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân|(?:(?:Ủy|Uỷ)\s+ban\s+|UB)?(?:MTTQ(?:VN)?|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?)"
    r"\s+$",
    re.IGNORECASE)


def council_hosts(before: str) -> bool:
    """`before` (the text before a unit's name, level word removed) ends with a council or Front worked with."""
    return _HOST_BODY.search(before) is not None
