"""A round of assessment held over units the article lists: a visit, though no "đoàn" and no "giám sát" say so.

"Từ ngày 25/10 đến ngày 05/11, Văn phòng Điều phối nông thôn mới tỉnh phối hợp với các huyện tổ chức đánh giá ... trên
địa bàn 12 xã: A, B, huyện X; C, huyện Y", "Tổ thẩm định của tỉnh đã tiến hành thẩm định thực tế ... tại 4 xã: A, B":
an office or a team goes to the communes it counts and names to assess, appraise or score them. The verb is done
("tổ chức", "tiến hành", "đã"), held over a counted list of units, in a sentence that gives its days: the days are
the visit's (`day_cues._VISIT_CUE`), the units visited (`place_cues._OVERSEES_UNITS`) and the article a visit report
(`visit_evidence.visit_evidence`). A plan's round still to come ("sẽ tổ chức đánh giá") is none.
"""

from __future__ import annotations

import re

ROUND_VERB = (r"\b(?i:tổ chức|tiến hành|đã)\s+(?:\S+\s+){0,3}?(?i:kiểm tra|đánh giá|thẩm định|chấm điểm|phúc tra)\b"
              r"[^.;:]{0,200}?\b(?i:tại|trên địa bàn)\s+")
"""The round's verb, done, up to where its units are named: "tổ chức đánh giá tình hình ... trên địa bàn "."""
ROUND_AT_UNITS = ROUND_VERB + (r"(?i:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})\s+"
                               r"(?i:xã|phường|thị trấn|huyện|quận|thị xã)\b[^.;:]{0,40}:\s*[A-ZĐÀ-Ỹ]")
"""...and the count of units with the colon that opens their names ("tại 5 xã: Hương Nộn, ...")."""
_ROUND = re.compile(ROUND_AT_UNITS)
_DAY = re.compile(r"\b(?:ngày|sáng|chiều|từ)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|kế hoạch)\b", re.IGNORECASE)


def listed_round(texts: list[str]) -> str | None:
    """The sentence of `texts` that holds a dated round over listed units, or None."""
    for text in texts:
        m = _ROUND.search(text)
        if m and _DAY.search(text, 0, m.start()) and not _NOT_YET.search(text, 0, m.start()):
            return text
    return None
