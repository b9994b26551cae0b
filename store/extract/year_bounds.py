"""What bounds the year of a visit day written without one, and the year inferred from it.

A data period the article reports ("6 tháng đầu năm 2024"), a dated event, two-tier local government (on or
after 1 July 2025) or a unit that ceased to exist bound the year; an event the visit belongs to names it
(`year_anchors`); years named on their own come next; with nothing to go on, the latest such day not after
today. `dates` calls `infer_year` only when neither the day itself nor the publication gives the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..dates import safe_day
from ..folding import fold
from ..reasons import Reason, reason
from . import date_cues as cues
from .day_cues import _DOCUMENT_BEFORE, _DOCUMENT_EVENT, _FINDINGS_ISSUED, _FUTURE_BEFORE
from .days import DayMention, day_mentions, in_period
from .periods import _RANGE, find_periods
from .text import Article
from .year_anchors import anchor_year
from .year_deadlines import deadline_ahead
from .year_listed import listed_years
from .year_reform_clues import centre_named, reform_clue
from .year_reviews import review_year
from .year_runups import reform_ahead, start_ahead
from .year_spans_closed import span_bound
from .year_young_desks import young_commune_desk

__all__ = ["CEASED_CODES", "TWO_TIER_START", "Bound", "infer_year", "named_years", "year_bounds"]

TWO_TIER_START = date(2025, 7, 1)
"""Local government with two tiers (province, commune) began on this day."""

CEASED_CODES = frozenset({"year.former_unit", "year.former_province", "year.former_district_name", "year.earlier_unit",
                          "year.numbered_unit", "year.merged_ward"})
"""Reasons of the bounds a unit that ceased sets (a district, a town, a province: `year_ceased_units`; a unit merged
away before 2025: `year_earlier_units`; a numbered ward: `year_numbered_units`; a commune or ward merged away in
2025: `year_merged_wards`)."""


@dataclass(frozen=True)
class Bound:
    """What dates the visit without naming its year: "on or after" (lower) or "before" (upper) a day."""

    day: date
    lower: bool
    reason: Reason
    evidence: str | None = None


def year_bounds(article: Article) -> list[Bound]:
    """What the text itself says about when the visit happened: data periods, dated events, two-tier government."""
    bounds: list[Bound] = []
    new_communes = any(cues.COMMUNE_CENTRE.search(s.text) for s in article.sentences)
    centre = centre_named([s.text for s in article.sentences]) if new_communes else None
    for sentence in article.sentences:
        folded = fold(sentence.text)
        if (cues.TWO_TIER.search(folded) or cues.AFTER_REFORM.search(folded) or
                new_communes and cues.SINCE_FIRST_JULY.search(sentence.text) or
                young_commune_desk(sentence.text)) and not reform_ahead(folded):  # "Sau hơn 1 tháng vận hành, ...
            said = reform_clue(sentence.text, centre) or reason("year.two_tier")  # the clue found, quoted
            bounds.append(Bound(TWO_TIER_START, True, said, sentence.text))
        elif reform_ahead(folded):  # "khi chuyển sang mô hình chính quyền địa phương 2 cấp": written before it began
            bounds.append(Bound(TWO_TIER_START, False, reason("year.two_tier_ahead"), sentence.text))
        reports = bool(cues.RESULTS.search(sentence.text)) and not cues.PLANS.search(sentence.text)
        for period in find_periods(sentence.text, None):
            if period.data and not period.plan and (reports or not period.bare_year):
                month = cues.FIGURES_YEAR_FROM if cues.FIGURES.search(sentence.text) else cues.CURRENT_YEAR_FROM
                from_day = date(period.last.year, month, 1) if period.bare_year or listed_years(period) else \
                    period.last - cues.EARLY_REPORT  # "các năm 2021, năm 2022": the last one is current (year_listed)
                bounds.append(Bound(from_day, True, reason("year.data_period", period=period.text, end=(
                    f"{period.last.day}/{period.last.month}/{period.last.year}")), sentence.text))
            elif not period.data and re.match(r"(?:giai đoạn|từ năm)", period.text, re.IGNORECASE) and \
                    (reports or cues.SUPERVISED.search(sentence.text[:period.start])):
                from_day, closed = span_bound(sentence.text, period)
                said = reason("year.span_closed", period=period.text, year=period.last.year) if closed else \
                    reason("year.span", period=period.text, year=period.last.year)
                bounds.append(Bound(from_day, True, said, sentence.text))
        for m in _RANGE.finditer(sentence.text):
            if m[8] and m[4] and (first := safe_day(int(m[4]), int(m[3]), int(m[1]))):
                bounds.append(Bound(first, True, reason("year.data_range", period=m[0]), sentence.text))
        for other in day_mentions(sentence.text):
            before = sentence.text[:other.start]
            if other.year and (cues.PLANNED_AHEAD.search(before) or deadline_ahead(before) or start_ahead(before) or
                               cut_off(before) is False) and \
                    not in_period(sentence.text, other):
                bounds.append(Bound(date(other.year, other.month, other.day), False,
                                    reason("year.dated_day", day=other.text), sentence.text))
                continue  # "dự kiến chính thức vận hành từ ngày 1/7/2025": still ahead when it was written
            spans_from = re.search(r"\btừ\b[^.;]{0,40}(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", before, re.IGNORECASE)
            counted = cut_off_start(before, sentence.text[other.end:])  # "Báo cáo ... cho biết, tính đến hết ngày
            # 15/8/2024, ...": a cut-off the report gives, no document's own day; the note quotes its words
            if other.year and (counted is not None or not _DOCUMENT_BEFORE.search(before)) and \
                    (spans_from or counted is not None or not _FUTURE_BEFORE.search(before)) \
                    and not in_period(sentence.text, other) \
                    and not _DOCUMENT_EVENT.search(sentence.text[other.end:other.end + 160]):
                said = reason("year.dated_day", day=other.text) if counted is None else \
                    reason("year.cut_off", words=sentence.text[counted:other.end])
                bounds.append(Bound(date(other.year, other.month, other.day), True, said, sentence.text))
            elif other.year and _FINDINGS_ISSUED.search(sentence.text[other.end:other.end + 160]):
                # the findings come after the visit: "Ngày 2/12/2023, Ban ... ban hành báo cáo kết quả giám sát.
                # Trước đó, ngày 14/11, đoàn ..." is a visit before that day
                bounds.append(Bound(date(other.year, other.month, other.day), False,
                                    reason("year.dated_day", day=other.text), sentence.text))
    return bounds


_CUT_OFF = re.compile(r"\b(?:tính(?:\s+(?:lũy|luỹ)\s+kế)?|(?:lũy|luỹ)\s+kế)(?:\s+từ\s+đầu\s+năm)?\s+(?:đến|tới)\s+"
                      r"(?:hết\s+)?(?:thời\s+điểm\s+)?(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*)?(?:phút\s+)?)?(?:ngày\s+)?$",
                      re.IGNORECASE)
_AIMED = re.compile(r"(?:phấn đấu|dự kiến|mục tiêu|chỉ tiêu|kế hoạch|sẽ|cần|phải)\b[^.;:]{0,40}$", re.IGNORECASE)


def cut_off(before: str) -> bool | None:
    """True when the day after `before` is one the figures were counted up to ("Tính đến ngày 31/8/2019, ...",
    "tính đến hết ngày 15/8/2024", "lũy kế đến ngày 30/9/2023", "tính lũy kế đến 30/9/2023", "tính đến 9 giờ ngày
    22/4/2025"; a month, "tính đến hết tháng 9/2023", is a data period in `periods`): the report, and so the visit,
    comes after it, as after a data period's end ("đến ngày" alone may be a deadline still ahead). False when that
    cut-off is set as an aim ("phấn đấu tính đến ngày 30/6/2023 kích hoạt ..."): the day is still ahead of the visit.
    None when it is no cut-off at all."""
    said = _CUT_OFF.search(before)
    if said is None:
        return None
    return not _AIMED.search(before[:said.start()])


_CLAUSE_TO = re.compile(r"(?:^|[,:;]|\b(?:cho biết|cho thấy|nêu rõ|nêu|ghi nhận))\s*((?:số liệu\s+)?(?:đến|tới)\s+"
                        r"(?:hết\s+)?(?:ngày\s+)?)$", re.IGNORECASE)
_DONE = re.compile(r"^\s*,[^.;]*?\b(?:đã|có|đạt)\b", re.IGNORECASE)
_AHEAD = re.compile(r"^\s*,[^.;]*?\b(?:phải|cần|sẽ|phấn đấu|dự kiến|chậm nhất|hạn chót)\b", re.IGNORECASE)


def counted_to(before: str, after: str) -> bool:
    """A clause that opens on the day the figures were counted up to without "tính" ("Theo báo cáo, đến hết ngày
    15/9/2022, huyện đã giải ngân ..."): a cut-off like `cut_off`'s when what follows says what had been done by then
    ("đã", "có", "đạt"), not what must be ("Đến ngày 30/6/2024, các xã phải hoàn thành ...": a deadline)."""
    return bool(_CLAUSE_TO.search(before) and _DONE.match(after) and not _AHEAD.match(after))


def cut_off_start(before: str, after: str) -> int | None:
    """Where the words that make the day after `before` a cut-off begin ("tính đến hết ngày "), or None."""
    if cut_off(before) and (said := _CUT_OFF.search(before)):
        return said.start()
    if counted_to(before, after) and (said := _CLAUSE_TO.search(before)):
        return said.start(1)
    return None


def named_years(article: Article) -> list[int]:
    """Years the article names on their own ("kế hoạch giám sát năm 2016"), comparisons and plan spans left out."""
    years: list[int] = []
    planned: list[int] = []
    for sentence in article.sentences:
        for period in find_periods(sentence.text, None):
            if period.bare_year and period.data:
                (planned if period.plan else years).append(period.first.year)
    # "nhiệm vụ năm 2023, kế hoạch năm 2024": a plan for the year after the one reported lies ahead of the visit
    return years + [year for year in planned if year - 1 not in years]


def later_named_year(article: Article, mention: DayMention, latest: Bound, lower: list[Bound],
                     today: date) -> int | None:
    """A year the article names after the only days that bound the visit from below, when those are days it
    names in passing: a dated day says only "not before" ("lập làng từ sau ngày 30/4/1975"), so the year of
    the oversight plan ("kế hoạch giám sát năm 2021, ngày 16/9") dates the visit better than the bound's own."""
    if any(b.reason.code != "year.dated_day" for b in lower):
        return None  # a data period or two-tier government: the bound itself is the evidence of the year
    named = [year for year in named_years(article) if latest.day.year < year <= today.year]
    if not named:
        return None
    year = max(named)
    return year if (safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) <= today else None


def infer_year(article: Article, mention: DayMention, today: date, era: list[Bound]) -> tuple[int, Reason, str | None]:
    """The year of a day written without one.

    After every data period and dated event the article reports (the earliest such
    year), before any unit it names ceased to exist; with nothing to go on, the
    latest such day not after `today`.

    A lower bound alone gives the earliest year after it, not the latest before
    `today`: two-tier government (1/7/2025) dates "Sáng 9/9, ... phường" to 2025,
    not 2026. Decided (session 15): reports on the reform cluster in its first
    months, and the bound is what the article says. An upper bound from a unit or
    body that ceased ("Thường trực HĐND huyện X", a visited district) wins over a
    weaker guess: a year the article only names, or the next year after a lower
    bound that lies before it, is stepped back to the last year before it.
    """
    if anchored := anchor_year(article, mention.month, today.year):
        return anchored
    bounds = year_bounds(article) + era
    if (reviewed := review_year(article, mention, bounds)) is not None:
        return reviewed  # "tình hình ... năm 2022, nhiệm vụ năm 2023" at the turn of the year (`year_reviews`)
    lower = [b for b in bounds if b.lower]
    upper = [b for b in bounds if not b.lower]
    if lower:
        latest = max(lower, key=lambda b: b.day)
        ceased = [b for b in upper if b.reason.code in CEASED_CODES and b.day > latest.day]
        if (stated := later_named_year(article, mention, latest, lower, today)) is not None and \
                not (ceased and _on_or_after(stated, mention, min(b.day for b in ceased))):
            return stated, reason("year.named", year=stated), None
        year = latest.day.year
        while (safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) < latest.day:
            year += 1
        if ceased and _on_or_after(year, mention, (first := min(ceased, key=lambda b: b.day)).day):
            return year - 1, first.reason, first.evidence  # "Huyện ủy X" and a bound just before 1/7: the year before
        return year, latest.reason, latest.evidence
    if upper:
        earliest = min(upper, key=lambda b: b.day)
        # a year the article names that is still before the bound ("chương trình hành động năm 2022" at a district,
        # which ceased in 2025) says more than the bound's last year before it
        before = [y for y in named_years(article) if (safe_day(y, mention.month, mention.day) or
                                                      date(y, mention.month, 28)) < earliest.day]
        if before:
            return max(before), reason("year.named", year=max(before)), None
        year = earliest.day.year
        while (safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) >= earliest.day:
            year -= 1
        return year, earliest.reason, earliest.evidence
    named = [year for year in named_years(article) if year <= today.year]
    if named:
        year = max(named)
        if (safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) > today:
            year -= 1  # "kế hoạch ... năm 2026, chiều 17/12" read on 1/12/2026: next year's plan, made the year before
        return year, reason("year.named", year=max(named)), None
    year = today.year
    if (safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) > today:
        year -= 1
    return year, reason("year.nothing", day=f"{mention.day}/{mention.month}",
                        today=f"{today.day}/{today.month}/{today.year}"), None


def _on_or_after(year: int, mention: DayMention, bound: date) -> bool:
    return (safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) >= bound
