"""Events that fix the year of a visit day written without one, on both sides.

A bound ("after the data period ending 30/6/2023") only says the year is not
earlier; some events the visit belongs to say which year it is: the summer
before a school year about to start, the spring election of a council term
(its preparation in the months before), the trial run of the new communes and wards in June 2025, before
two-level local government began on 1 July 2025. They come before bounds and guesses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reasons import Reason, reason
from ..today import current_day
from .year_anniversaries import anniversary_year
from .year_events import event_year
from .year_holidays import holiday_year
from .year_seasons import season_year

if TYPE_CHECKING:
    from .text import Article

_SCHOOL_YEAR = re.compile(r"\b(?:năm học mới|chuẩn bị (?:cho )?năm học|khai giảng năm học)\s+(?:mới\s+)?(\d{4})\s*"
                          r"[-–]\s*(\d{4})\b", re.IGNORECASE)
"""A school year about to start ("chuẩn bị năm học mới 2022-2023"): the summer before it, in its first year."""
_SCHOOL_YEAR_ON = re.compile(r"\bnăm học\s+(\d{4})\s*[-–]\s*(\d{4})\b", re.IGNORECASE)
"""A school year under way ("Trong năm học 2022-2023, trường có 184 học sinh"): a day from January to May is in its
second year. (From June a report may look back on the year just ended or ahead to the next: no anchor.)"""
_ELECTION = re.compile(r"\bbầu cử\b[^.;]{0,160}?\bnhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})\b|"
                       r"\bđại biểu\s+(?:HĐND|Hội đồng nhân dân)\s+các cấp,?\s+nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})\b",
                       re.IGNORECASE)
"""Work for an election of a term ("bầu cử ... HĐND các cấp nhiệm kỳ 2021-2026"): the vote is in the spring of the
term's first year, the work for it in the months before. "đại biểu HĐND các cấp nhiệm kỳ ..." names the election
even far from the word "bầu cử" (a council's own term is "HĐND tỉnh khóa X, nhiệm kỳ ...", one council)."""
_NATIONAL_ASSEMBLY = re.compile(r"\bbầu cử\s+(?:đại biểu\s+)?(?:Quốc hội|ĐBQH)\s+khóa\s+(XIII|XIV|XV|XVI|XVII)\b",
                                re.IGNORECASE)
"""An election of the National Assembly by its number ("bầu cử đại biểu Quốc hội khóa XV"), with no term written:
the assemblies are elected every five years, the thirteenth in 2011."""
_ASSEMBLY_YEAR = {"XIII": 2011, "XIV": 2016, "XV": 2021, "XVI": 2026, "XVII": 2031}
_CONGRESS = re.compile(r"\bđại hội\s+(?:đại biểu\s+)?Đảng bộ\b[^.;]{0,120}?\bnhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})\b",
                       re.IGNORECASE)
"""Work for a party congress of a term ("chuẩn bị Đại hội Đảng bộ huyện ..., nhiệm kỳ 2020-2025"): the congresses of a
term are all held in its first year."""
_ITS_RESOLUTION = re.compile(r"\b(?:Nghị quyết|nghị quyết|NQ)\s+$")
"""The congress's resolution carried out ("triển khai ... Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025"):
work done under it in any year of the term, after the congress, so it dates nothing."""


_TRIAL_RUN = re.compile(r"\bvận hành thử(?: nghiệm)?\b[^.;]{0,80}\b(?:xã|phường|đặc khu|chính quyền)\b[^.;]{0,60}"
                        r"\b(?:sắp xếp|sáp nhập|mới|2 cấp|hai cấp)\b", re.IGNORECASE)
"""The trial run of the units made by the 2025 arrangement ("vận hành thử nghiệm tại các xã, phường, đặc khu sau
khi sắp xếp"): June 2025, the month before they took office."""
TRIAL_RUN_YEAR = 2025


def anchor_year(article: Article, month: int, today_year: int | None = None) -> tuple[int, Reason, str] | None:
    """A year an event the visit belongs to fixes on both sides: the Tết it is about (`year_holidays`), a school
    year about to start, an election, the trial run of the 2025 units, a crop season (`year_seasons`), and last a
    school year under way in the spring; the title counts as a sentence."""
    if holiday := holiday_year(article, month, today_year or current_day().year):
        return holiday
    if anniversary := anniversary_year(article, month):
        return anniversary  # "Kỷ niệm 73 năm ... (27/7/1947 - 27/7/2020), sáng 22/7" (`year_anniversaries`)
    for text in ([article.title] if article.title else []) + [s.text for s in article.sentences]:
        if (m := _SCHOOL_YEAR.search(text)) and int(m[2]) == int(m[1]) + 1:
            return int(m[1]), reason("year.school_year", period=f"{m[1]}-{m[2]}"), text
        if (m := _ELECTION.search(text)) and (term := _term(m)):
            year = term[0] if month <= 6 else term[0] - 1
            return year, reason("year.election", term=f"{term[0]}-{term[1]}", year=term[0]), text
        if m := _NATIONAL_ASSEMBLY.search(text):
            first = _ASSEMBLY_YEAR[m[1].upper()]
            year = first if month <= 6 else first - 1
            return year, reason("year.election", term=f"{first}-{first + 5}", year=first), text
        if (m := _CONGRESS.search(text)) and (term := _term(m)) and not _ITS_RESOLUTION.search(text[:m.start()]):
            return term[0], reason("year.congress", term=f"{term[0]}-{term[1]}", year=term[0]), text
        if month <= 6 and _TRIAL_RUN.search(text):
            return TRIAL_RUN_YEAR, reason("year.trial_run"), text
    if event := event_year(article, today_year or current_day().year):
        return event  # "chuẩn bị cho Lễ hội du lịch biển ... 2018" (`year_events`)
    if season := season_year(article, month):
        return season  # "kiểm tra ... vụ Đông Xuân 2023-2024", "Chiều 22-2": its second year (`year_seasons`)
    if month <= 5:
        for text in ([article.title] if article.title else []) + [s.text for s in article.sentences]:
            if (m := _SCHOOL_YEAR_ON.search(text)) and int(m[2]) == int(m[1]) + 1:
                return int(m[2]), reason("year.school_year_on", period=f"{m[1]}-{m[2]}"), text
    return None


def _term(m: re.Match[str]) -> tuple[int, int] | None:
    """The first and last year of a five-year term matched by one of the alternatives of a pattern."""
    years = [int(g) for g in m.groups() if g]
    return (years[0], years[1]) if len(years) == 2 and years[1] == years[0] + 5 else None
