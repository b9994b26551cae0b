"""A crop season the visit checks fixes the year of a day written without one.

Farm reports date their work by the season: "kiểm tra tình hình sản xuất vụ Đông Xuân 2023-2024", "thu hoạch lúa vụ
Hè Thu 2022". The winter-spring season is sown from November and harvested by May: a day from January to July is in
its second year, one from September to December in its first. A season of one year ("vụ Hè Thu 2022", "vụ Mùa 2021",
"vụ Đông Xuân 2024" or the north's "vụ Xuân 2025", the harvest's year, prepared from the October before; "vụ Đông
2023", sown from August into the next February) holds the days it runs through. A report may name last
year's season to compare ("so với vụ Đông Xuân 2022-2023"): the latest season named is the visit's. A day outside the
season's months (a winter-spring season and a day in August) dates nothing, and so does a season older than another
year the article names (a data period after it: the bounds read that).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reasons import Reason, reason

if TYPE_CHECKING:
    from .text import Article

__all__ = ["season_year"]

_SEASON = re.compile(r"\bvụ\s+(?P<name>[ĐđDd]ông\s*[-–]?\s*[Xx]uân|[Hh]è\s*[-–]?\s*[Tt]hu|"
                     r"[Tt]hu\s*[-–]?\s*[ĐđDd]ông|[Mm]ùa|[Cc]hiêm(?:\s+[Xx]uân)?|[Xx]uân|[ĐđDd]ông)\s+(?:năm\s+)?"
                     r"(?P<first>(?:19|20)\d{2})"
                     r"(?:\s*[-–/]\s*(?P<second>(?:19|20)\d{2}))?\b")
"""A named season and its year or years: "vụ Đông Xuân 2023-2024", "vụ Hè Thu 2022", "vụ đông - xuân năm 2021"."""

_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d])")


def season_year(article: Article, month: int) -> tuple[int, Reason, str] | None:
    """The year the latest crop season the article names puts a day of `month` in; None outside its months."""
    best: tuple[int, int, str, str] | None = None  # (the season's last year, the day's year, its name, the sentence)
    for text in ([article.title] if article.title else []) + [s.text for s in article.sentences]:
        for m in _SEASON.finditer(text):
            found = _year_of(m, month)
            last = int(m["second"] or m["first"])
            if found is not None and (best is None or last > best[0]):
                best = (last, found, m[0], text)
    if best is None or any(int(y) > best[0] for text in ([article.title or ""] + [s.text for s in article.sentences])
                           for y in _YEAR.findall(text)):
        return None  # a later year named ("6 tháng đầu năm 2024" beside "vụ Đông Xuân 2022-2023"): no anchor
    return best[1], reason("year.crop_season", season=best[2]), best[3]


def _year_of(m: re.Match[str], month: int) -> int | None:
    first, second = int(m["first"]), int(m["second"]) if m["second"] else None
    winter = re.match(r"[ĐđDd]ông\s*[-–]?\s*[Xx]uân|[Cc]hiêm|[Xx]uân", m["name"]) is not None
    if second is not None:
        if second != first + 1 or not winter:
            return None
        return second if month <= 7 else first if month >= 9 else None
    if winter:  # "vụ Đông Xuân 2024", "vụ Xuân 2025": the harvest's year, sown (and prepared) from the October before
        return first if month <= 7 else first - 1 if month >= 10 else None
    if re.fullmatch(r"[ĐđDd]ông", m["name"]):  # "vụ Đông 2023": sown from August, harvested by February
        return first if month >= 8 else first + 1 if month <= 2 else None
    if re.match(r"[Tt]hu", m["name"]):  # "vụ Thu Đông 2023": from July, its harvest into the next January
        return first if month >= 6 else first + 1 if month <= 1 else None
    return first if 3 <= month <= 11 else None  # "vụ Hè Thu 2022", "vụ Mùa 2021"
