"""A council committee written with a comma before its council: "Ban Dân tộc, HĐND tỉnh", one name.

Some papers (Bình Phước's among them) set the council apart from its committee with a comma: "Trưởng Ban Dân tộc,
HĐND tỉnh Điểu Điều phát biểu tại buổi giám sát", "Ban Kinh tế - Ngân sách, HĐND tỉnh giám sát ...". The rules that
read titles, bodies and names know the committee's name without it ("Trưởng Ban Dân tộc HĐND tỉnh X"); with it, the
title stopped at the comma and the name after the council was cut ("Văn An" of "HĐND tỉnh Nguyễn Văn An") or lost.
The comma is read as a space, once, before any rule reads the text (`extract_article`); every character keeps its
place. Only the councils' own committees, and only before "HĐND"/"Hội đồng nhân dân" and a level word.
"""

from __future__ import annotations

import re

_COMMITTEE_COMMA = re.compile(
    r"(\bBan\s+(?:Pháp\s+chế|Kinh\s+tế\s*[-–]\s*Ngân\s+sách|Kinh\s+tế|Văn\s+h(?:óa|oá)\s*[-–]\s*Xã\s+hội|"
    r"Văn\s+h(?:óa|oá)|Dân\s+tộc|Đô\s+thị))(,)(?=\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)\b)", re.IGNORECASE)


def committee_commas(text: str) -> str:
    """`text` with the comma between a council's committee and the council read as a space."""
    return _COMMITTEE_COMMA.sub(lambda match: match[1] + " ", text)
