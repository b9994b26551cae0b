"""A day named relative to the page: "Sáng nay", "Chiều qua", "Hôm qua"; and one still to come: "Ngày mai".

A report written on the day of the visit (or the day after) often names no day at all: "Sáng nay, đoàn giám sát
... đã làm việc với UBND xã A", "Chiều qua, đoàn ... đã khảo sát ...". The day is then the page's own (nay, hôm nay)
or the one before it (qua, hôm qua), and only the publication date can say which day that is: with it, `dates`
records that day with the certainty "publication" and says so; without it, no day is guessed and the page still
reads as a visit. "Ngày mai", "tuần tới", "tới đây" opening the sentence tell a visit to come (`visit_evidence`).

Only a sentence that opens on the word counts, and only when it tells a body at work: "hiện nay", "nay là phường B"
(after a merger) and "sáng nay" inside a quote or a speech are no day of the visit; a day written with its digits
wins over all of this, since `dates` reads this only when no written day was found.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .day_cues import _VISIT_CUE
from .text import Article, Sentence

__all__ = ["opens_on_a_day_to_come", "relative_day", "relative_visit_day"]

_CITED = r"(?:theo\s+(?:kế\s+hoạch|chương\s+trình|(?:sự\s+)?phân\s+công)[^,;.]{0,60},\s*)?"
"""The plan cited first ("Theo kế hoạch, sáng nay, đoàn ..."): the day after it still opens the clause."""
_RELATIVE = re.compile(
    r"(?![\s(]*[\"“”'‘])[\W]*" + _CITED + r"(?:vào\s+)?(?:buổi\s+)?"
    r"((?:(?:sáng|chiều|tối|trưa)\s+(?:hôm\s+)?|(?:ngày\s+)?hôm\s+)(nay|qua))\b\s*,?", re.IGNORECASE)
"""A sentence that opens on the page's day or the one before, not inside a quote: its words and nay|qua."""
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b", re.IGNORECASE)
_COMING = re.compile(
    r"[\W]*" + _CITED + r"(?:vào\s+)?(?:(?:ngày|sáng|chiều|tối|trưa)\s+mai|(?:trong\s+)?tuần\s+(?:tới|sau)|"
    r"(?:trong\s+(?:thời\s+gian|những\s+ngày)\s+)?tới\s+đây)\b", re.IGNORECASE)
"""A sentence that opens on a day still to come: "Ngày mai, đoàn ...", "Tuần tới, ...", "Tới đây, ..."."""
_DONE = re.compile(r"\b(?:đã|vừa)\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc|đến|tới|thăm)\b",
                   re.IGNORECASE)


def relative_day(text: str, published: date | None) -> tuple[str, date | None] | None:
    """The words ("Sáng nay", "Chiều qua") of a sentence `text` that opens on a day named relative to the page,
    and that day reckoned from `published` (None without it); None when the sentence does not open so."""
    m = _RELATIVE.match(text)
    if m is None:
        return None
    back = 1 if m[2].lower() == "qua" else 0
    return m[1], published - timedelta(days=back) if published else None


def relative_visit_day(article: Article, sentences: int = 4) -> tuple[Sentence, str] | None:
    """The first opening sentence that tells a body at work on a day named relative to the page, with that day's
    words; a visit still to come ("sẽ", "dự kiến") is none."""
    for sentence in article.sentences[:sentences]:
        found = relative_day(sentence.text, None)
        if found and _VISIT_CUE.search(sentence.text) and not _TO_COME.search(sentence.text):
            return sentence, found[0]
    return None


def opens_on_a_day_to_come(text: str) -> bool:
    """Whether `text` opens on a day still to come ("Ngày mai", "Tuần tới", "Tới đây") and tells nothing done."""
    return bool(_COMING.match(text)) and not _DONE.search(text)
