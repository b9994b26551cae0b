"""The Lunar New Year a visit is about fixes its year: "giám sát việc cấp phát quà Tết Nguyên đán Mậu Tuất năm 2018".

Councils and fronts check, around every Tết, that the gifts and allowances for it reached the families they were
meant for, and what the communes prepared for it. Such a report names the Tết with its year ("Tết Nguyên đán Giáp
Thìn 2024") or by the year's name in the sixty-year cycle alone ("Tết Quý Mão"). A Tết falls in late January or
February: a visit in the first half of the year is about the one just past (its year), one in the second half
that prepares it ("chuẩn bị ... đón Tết") is about the next (the year before). Read as a data year instead, "năm
2018" would put a check of March 2018 in 2019 (`year_bounds` takes a whole year's figures to be reviewed after it
ends).

Only the title and the opening sentences count, where the visit's subject is said; a Tết told in passing later (a
family "đón Tết" in a feature) dates nothing. `year_anchors` asks here before its other events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reasons import Reason, reason

if TYPE_CHECKING:
    from .text import Article

_STEMS = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")
"""The ten heavenly stems, by the last digit of the year (2020 is Canh Tý)."""
_BRANCHES = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")
"""The twelve earthly branches, by the year modulo 12 (2016 is Bính Thân)."""
_OTHER_SPELLINGS = {"mẹo": "mão", "tị": "tỵ"}

_TET = re.compile(
    r"\bTết(?:\s+(?:Nguyên\s+đán|cổ truyền|âm lịch|Dương lịch))?"
    r"(?:\s+(?P<stem>" + "|".join(_STEMS) + r")\s+(?P<branch>" + "|".join(_BRANCHES) + r"|Mẹo|Tị)\b)?"
    r"(?:\s+(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?!\d|\s*[-–/]\s*\d))?", re.IGNORECASE)
"""A Tết with its year: "Tết Nguyên đán Giáp Thìn 2024", "tết Nguyên Đán Mậu Tuất năm 2018", "Tết Quý Mão",
"Tết Dương lịch 2024" (a span "2023-2024" names no one Tết)."""
_AHEAD = re.compile(r"\b(?:chuẩn bị|đón|phục vụ|trước|sắp(?!\s+xếp)|mua sắm)\b", re.IGNORECASE)
"""Before a Tết in the second half of a year: the coming one prepared ("chuẩn bị phục vụ nhân dân đón Tết ...")."""
_HEAD_SENTENCES = 3


def holiday_year(article: Article, month: int, today_year: int) -> tuple[int, Reason, str] | None:
    """The year of a visit on a day of `month` about the Tết its opening names, with the reason and the sentence."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:_HEAD_SENTENCES]]
    for text in texts:
        for m in _TET.finditer(text):
            tet = _year_of(m, today_year)
            if tet is None:
                continue
            if month > 6 and not _AHEAD.search(text[max(0, m.start() - 60):m.start()]):
                continue  # an autumn review of the Tết just past is rare, and its year is said some other way
            year = tet if month <= 6 else tet - 1
            return year, reason("year.holiday", name=m[0].strip(), year=tet), text
    return None


def _year_of(m: re.Match[str], today_year: int) -> int | None:
    """The Tết's year: written, else the latest year of the named stem and branch up to the next Tết."""
    if m["year"]:
        return int(m["year"])
    if not (m["stem"] and m["branch"]):
        return None
    stem = [s.lower() for s in _STEMS].index(m["stem"].lower())
    branch_name = _OTHER_SPELLINGS.get(m["branch"].lower(), m["branch"].lower())
    branch = [b.lower() for b in _BRANCHES].index(branch_name)
    year = today_year + 1
    while year % 10 != stem or year % 12 != branch:
        year -= 1
        if year < today_year - 60:
            return None  # an odd stem with an even branch names no year
    return year
