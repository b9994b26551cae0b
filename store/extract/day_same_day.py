"""The visit's day given only as "cùng ngày", pointing back to the one day named before it.

A page whose lead (with "Sáng 23/5, đoàn ...") was cut off may tell the visit as "Chiều cùng ngày, đoàn kiểm tra đột
xuất tại ..." after a status line "Đến ngày 23/5, đoàn của huyện đã kiểm tra được 6 xã" (fresh23 v12, baonghean).
"Cùng ngày" has an antecedent: the day named before it. When the text names no visit day at all (`dates.
find_visit_day` found none), the team's sentence opens with "cùng ngày", and exactly one day is named before it, that
day is the visit's. Only then: a cut-off day is no visit's day in general ("Tính đến ngày 20/5, huyện đã ..." with no
"cùng ngày" after it gives no day, as before), and two different days before leave it unsure (none).

A day before that is a document's ("Kế hoạch số 12 ngày 3/5"), a deadline's ("trước ngày 30/6", "hạn"), or inside a
period ("từ 1/5 đến 20/5") is no antecedent.
"""

from __future__ import annotations

import re

from .day_cues import _DOCUMENT_BEFORE, _VISIT_CUE
from .days import DayMention, day_mentions, in_period
from .figure_shares import share_not_day
from .text import Article, Sentence

__all__ = ["same_day_back"]

_SAME_DAY = re.compile(r"^\W*(?:(?:vào\s+)?(?:buổi\s+)?(?:sáng|chiều|tối|trưa)\s+|trong\s+)?cùng\s+ngày\b",
                       re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"(?:trước|hạn|phấn đấu|dự kiến|chậm nhất|muộn nhất|tầm nhìn|sẽ)\s+(?:ngày\s+)?$",
                              re.IGNORECASE)


def same_day_back(article: Article) -> tuple[DayMention, Sentence, str] | None:
    """The one day named before the first sentence in which the team acts "cùng ngày", with the sentence that
    names it; None when no such sentence, or no day or several different days come before it."""
    for index, sentence in enumerate(article.sentences):
        if not _SAME_DAY.match(sentence.text) or not _VISIT_CUE.search(sentence.text):
            continue
        named = [(mention, earlier) for earlier in article.sentences[:index]
                 for mention in day_mentions(earlier.text) if _an_antecedent(earlier.text, mention)]
        if len({(mention.month, mention.day) for mention, _ in named}) != 1:
            return None
        mention, earlier = named[-1]
        return mention, earlier, "same day"
    return None


def _an_antecedent(text: str, mention: DayMention) -> bool:
    before = text[:mention.start]
    return not (in_period(text, mention) or _DOCUMENT_BEFORE.search(before) or _DEADLINE_BEFORE.search(before)
                or share_not_day(text, mention.start, mention.end))
