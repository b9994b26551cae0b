"""A unit written short after its full name: "tiếp nhận 14 tin báo, giải quyết 12 tin" counts reports, not news items.

Police and oversight reports name the unit once in full ("tin báo, tố giác về tội phạm", "nguồn tin") and then count
the same reports with the bare "tin" ("đã xử lý 297 tin, trong đó khởi tố 42 tin", "trực tiếp giải quyết 53 tin";
real pages: a province's police on reports received and handled, a ward police before a council's team, a district's
people giving sources). The lexicon reads a bare "tin" as a news item ("phát 240 tin, bài"), so the settled reports
were stored as news and paired with nothing. A bare "tin" is a report when reports were named before it in the
sentence and no news word is ("tin, bài", "tin bài", "bản tin", "đăng tải", "phát thanh").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .figure_units import Number

__all__ = ["short_units"]


_BARE_TIN = re.compile(r"\s*tin(?![\wÀ-ỹ])(?!\s*,?\s*bài\b)", re.IGNORECASE)
_REPORTS_BEFORE = re.compile(r"\b(?:tin báo|tố giác|nguồn tin)\b", re.IGNORECASE)
_NEWS_SAID = re.compile(r"\b(?:tin,?\s*bài|bản tin|đăng tải|phát thanh|truyền thanh|tuyên truyền|bài viết)\b",
                        re.IGNORECASE)


def short_units(text: str, numbers: list[Number], units_before: Iterable[str] = ()) -> list[Number]:
    """`numbers` with a bare "tin" after a count of reports read as "tin báo": reports named earlier in the sentence,
    or counted in the sentence just before (`units_before`: "... 149 tin báo, tố giác. Trong đó ... giải quyết 53
    tin")."""
    told = "tin báo" in units_before
    if not (told or _REPORTS_BEFORE.search(text)) or _NEWS_SAID.search(text):
        return numbers
    out = []
    for value, whole, unit, start, end in numbers:
        digits = re.match(r"[\d.,]+", text[start:end])
        if unit == "tin bài" and digits is not None and _BARE_TIN.match(text, start + digits.end()) and \
                (told or _REPORTS_BEFORE.search(text, 0, start)):
            unit = "tin báo"
        out.append((value, whole, unit, start, end))
    return out
