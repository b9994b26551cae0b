"""Which sentence is the lead when a sapo comes first.

Many pages open with a sapo that names the visiting official for what they said or felt ("Phó Thủ tướng X bày tỏ lòng
tri ân ...") and only then the dated lead that tells the visit ("Trong khuôn khổ chuyến công tác ..., sáng 28/2, đồng
chí X ... đã đến thăm ... và kiểm tra ..."). The leader rules that read "the lead's subject" must read the dated lead
then: the sapo has no day and no visit of its own.
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["lead_sentence_index"]

_DATED_OPENING = re.compile(r"^\W*(?:[^,.;]{0,100},\s*)?(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)"
                            r"\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.IGNORECASE)
_DAY = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b")
_VISIT = re.compile(r"giám sát|khảo sát|kiểm tra|làm việc|thăm|dẫn đầu|trưởng đoàn", re.IGNORECASE)


def lead_sentence_index(article: Article) -> int:
    """The index of the lead: the first sentence, or the second when the first is a sapo without a day or a visit
    and the second opens on the visit's day."""
    sentences = article.sentences
    if not sentences:
        return 0
    if len(sentences) > 1 and not _DAY.search(sentences[0].text) and not _VISIT.search(sentences[0].text) and \
            _DATED_OPENING.match(sentences[1].text):
        return sentences[1].index
    return sentences[0].index
