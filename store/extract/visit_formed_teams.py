"""A team formed and at work on the same day: "Ngày 14/9, Công an quận cùng UBND quận đã lập đoàn kiểm tra ... tại
tòa nhà A", and the findings told next ("Kết quả kiểm tra cho thấy ...").

`visit_kind` reads "Đoàn kiểm tra" as a team's name and "thành lập Đoàn" as a team being set up for later. A lead
that dates the forming, says it is done ("đã lập"), names where the team checks ("tại ...") and is followed at once by
what the check found tells the inspection itself: fire-safety, market or building checks by a ward's or district's
own bodies are written so. Without the findings the sentence may be a plan's team, and stays one.
"""

from __future__ import annotations

import re

from .text import Article

_FORMED = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b[^.;]{0,200}?\b(?:đã\s+)?"
                     r"(?:lập|tổ chức|thành lập)\s+(?:các\s+)?(?:đoàn|tổ)\s+(?:kiểm tra|khảo sát|giám sát|liên ngành)\b"
                     r"[^.;]{0,200}?\btại\s+\S", re.IGNORECASE)
"""A dated lead whose team was formed and checks at a place ("Vào ngày 14/9, ... đã lập đoàn kiểm tra ... tại ..."); a
span of days written first says the team was at work then without "đã" ("Từ ngày 09/5 – 11/5, Hội ... thành lập đoàn
kiểm tra ... tại 4 xã", its findings next): `_LATER` and the findings that must follow keep a plan's team out."""
_FINDINGS = re.compile(r"^\W*(?:Kết quả|Qua)\s+(?:kiểm tra|khảo sát|giám sát)\b", re.IGNORECASE)
"""The next sentences tell what the check found: "Kết quả kiểm tra cho thấy", "Qua kiểm tra, đoàn phát hiện"."""
_LATER = re.compile(r"\b(?:sẽ|dự kiến|kế hoạch|từ nay đến)\b", re.IGNORECASE)


def formed_and_checked(article: Article) -> str | None:
    """The lead sentence telling a team formed and at work that day, when its findings follow; else None."""
    sentences = article.sentences[:4]
    for i, sentence in enumerate(sentences[:2]):
        if not _FORMED.search(sentence.text) or _LATER.search(sentence.text):
            continue
        if any(_FINDINGS.match(later.text) for later in sentences[i + 1:i + 4]):
            return sentence.text
    return None
