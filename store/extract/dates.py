"""The day of the visit, the year it happened in, and how sure that year is (periods: `periods`).

Reports write the day without a year more often than with one: "Sáng 4-9",
"Chiều ngày 24/5", "Ngày 20.10". The year then comes, in this order, from
the day itself ("16/5/2023", "27 tháng 11 năm 2025"), a `date 2025-09-09`
header on the same day, the publication date (`--published`, a page stamp
"(14:00:00 16/05/2023)" or a "Ngày 25/05/2023" line), or the context: the
latest data period the article reports ("7 tháng năm 2022") and the
two-tier local government that began on 1 July 2025. Whatever was used is
said in `date_certainty` and in the notes; with nothing to go on, no year is
invented.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from ..folding import fold
from ..reasons import Reason, reason
from . import date_cues as cues
from .day_cues import (
    _DOCUMENT_BEFORE,
    _DOCUMENT_EVENT,
    _FINDINGS_ISSUED,
    _FUTURE_BEFORE,
    _SENTENCE_START_NGAY,
    _TIME_OF_DAY,
    _VISIT_CUE,
    clause_day,
)
from .day_spans import wordy_span_starts
from .periods import _RANGE, Period, find_periods, period_spans
from .text import Article, Sentence
from .year_anchors import anchor_year

__all__ = ["TWO_TIER_START", "Bound", "DayMention", "Period", "VisitDate", "day_mentions", "find_periods",
           "find_visit_day", "period_spans", "resolve_visit_date", "time_spans", "year_bounds", "year_spans"]

TWO_TIER_START = date(2025, 7, 1)
"""Local government with two tiers (province, commune) began on this day."""

_D = r"(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?"
_DAY_MONTH = re.compile(r"(?<![\d.,/:])" + _D + r"(?!\d|[.,]\d|/\d|\s*%)")
_WORDY = re.compile(r"(?<![\d.,])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)", re.IGNORECASE)
_TWO_DAYS = re.compile(r"(?<![\d.,/])(\d{1,2})(?:\s*,\s*\d{1,2}(?![\d/.-]))*\s*(?:,|-|–|và|đến|"
                       r"tới)\s*(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?"
                       r"(?!\d|[.,]\d|/\d|\s*%)")
"""Two or more days of one month: "9,10/6/2020", "24 và 25/9", "5, 6 và 7/6/2023" (a comma between days is no
decimal); the first is the visit's day."""
_DAY_WORD_BEFORE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|từ)\s*$", re.IGNORECASE)
"""A word that says days follow: "từ ngày 13 - 20.9" are days, where "13 - 20.9" alone may be numbers."""
_SPAN_START = re.compile(r"(?<![\d.,/])(\d{1,2})\s*/\s*(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*/\s*"
                         r"(\d{1,2})\s*/\s*(\d{4})(?!\d)")
"""The first day of a span whose last day has the year: "từ ngày 26/8 - 1/9/2020" (the year is written)."""
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(
    r"(?<![\d.,])\d{1,2}(?::\d{2}){1,2}(?!\d)|(?<![\d.,])\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?!\w)", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\d.,/])(19[5-9]\d|20\d\d|21\d\d)(?!\d|[.,]\d)")



@dataclass(frozen=True)
class DayMention:
    """A day written in the text: 4-9, 24/5, 16/5/2023, 27 tháng 11 năm 2025."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    text: str


@dataclass
class VisitDate:
    """The visit's day as found: the ISO date if a year could be settled, how sure, and why."""

    day: date | None = None
    certainty: str | None = None
    written: str | None = None
    evidence: str | None = None
    year_evidence: str | None = None
    published: date | None = None
    published_evidence: str | None = None
    notes: list[Reason] = field(default_factory=list)


# -- days --------------------------------------------------------------------------


def day_mentions(text: str) -> list[DayMention]:
    """Every day-month (optionally year) written in `text`, in order; impossible days left out."""
    found: list[DayMention] = []
    taken: list[tuple[int, int]] = []
    for m in _ISO.finditer(text):
        if _real(int(m[1]), int(m[2]), int(m[3])):
            found.append(DayMention(int(m[3]), int(m[2]), int(m[1]), m.start(), m.end(), m[0]))
            taken.append(m.span())
    for m in _SPAN_START.finditer(text):
        day, month, last_month, last_year = int(m[1]), int(m[2]), int(m[3]), int(m[4])
        span_year = last_year if month <= last_month else last_year - 1
        if _real(span_year, month, day) and 1 <= last_month <= 12 and not _overlaps(m.span(2), taken):
            found.append(DayMention(day, month, span_year, m.start(), m.end(2), m[0][:m.end(2) - m.start()]))
            taken.append((m.start(), m.end(2)))
    for m in _TWO_DAYS.finditer(text):
        year = int(m[5]) if m[5] else None
        first, second, month = int(m[1]), int(m[2]), int(m[4])
        if first < second and _plausible(first, month, year) and _plausible(second, month, year) \
                and (m[3] != "." or year or _DAY_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())) \
                and not _overlaps(m.span(), taken):
            found.append(DayMention(first, month, year, m.start(), m.end(), m[0]))
            taken.append(m.span())
    for day, month, year, span in wordy_span_starts(text):  # "từ ngày 07 tháng 11 đến ngày 10 tháng 11 năm 2017"
        if _real(year, month, day) and not _overlaps(span, taken):
            found.append(DayMention(day, month, year, span[0], span[1], text[span[0]:span[1]]))
            taken.append(span)
    for m in _WORDY.finditer(text):
        year = int(m[3]) if m[3] else None
        if _plausible(int(m[1]), int(m[2]), year) and not _overlaps(m.span(), taken):
            found.append(DayMention(int(m[1]), int(m[2]), year, m.start(), m.end(), m[0]))
            taken.append(m.span())
    for m in _DAY_MONTH.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        year = int(m[4]) if m[4] else None
        if m[2] == "." and year is None and not re.search(r"(ngày|sáng|chiều|tối|trưa|đêm|từ|đến|tới)\s*$",
                                                          text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue  # "20.10" is a day only after a word that says so; else it may be a number
        if _plausible(int(m[1]), int(m[3]), year):
            found.append(DayMention(int(m[1]), int(m[3]), year, m.start(), m.end(), m[0]))
    return sorted(found, key=lambda mention: mention.start)


def _plausible(day: int, month: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if year is None:
        return day <= calendar.monthrange(2024, month)[1]
    return _real(year, month, day)


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2200


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def time_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TIME.finditer(text)]


def year_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _YEAR.finditer(text)]


# -- the visit day -------------------------------------------------------------------


def find_visit_day(article: Article) -> tuple[DayMention, Sentence | None, str] | None:
    """The day the visit happened as written, the sentence, and how it was recognised.

    A day after a time of day ("Sáng 4-9", "Chiều ngày 24/5") comes first, then a
    dateline, then a sentence that starts with "Ngày ...", then any "ngày ..." in
    the opening sentences that is not a document's date or a period's end.
    """
    head = article.sentences[:8]
    candidates: list[tuple[int, int, DayMention, Sentence | None, str]] = []
    for sentence in head:
        for mention in day_mentions(sentence.text):
            before = sentence.text[:mention.start]
            if _opens_visit_span(sentence.text, mention):
                candidates.append((2, sentence.index, mention, sentence, "opening span"))
                continue
            # "sáng ngày 26/2" is a visit's time even after "kỷ luật ...", which reads like a law's date
            document = _DOCUMENT_BEFORE.search(before) and not _TIME_OF_DAY.search(before) and \
                not clause_day(before, sentence.text[mention.end:])
            if _in_period(sentence.text, mention) or document or _FUTURE_BEFORE.search(before):
                continue
            if re.search(r"\d\s*(?:đến|tới)\s*(?:ngày\s+)?\d", mention.text) and not _VISIT_CUE.search(sentence.text):
                continue  # "từ ngày 1 đến 15/3, phường tiếp nhận ...": a data period, not the visit's days
            if _FINDINGS_ISSUED.search(sentence.text[mention.end:mention.end + 160]):
                continue  # the day the findings were issued: after the visit, never its day
            if _DOCUMENT_EVENT.search(sentence.text[mention.end:mention.end + 160]):
                candidates.append((6, sentence.index, mention, sentence, "document"))
            elif _TIME_OF_DAY.search(before):
                candidates.append((0, sentence.index, mention, sentence, "time of day"))
            elif _SENTENCE_START_NGAY.match(before) or not before.strip(" ,(-–"):
                candidates.append((2, sentence.index, mention, sentence, "opening"))
            elif re.fullmatch(r"\W*(?:trong\s+(?:\S+\s+)?ngày\s*,?\s*)?từ\s+(?:ngày\s+)?", before,
                              re.IGNORECASE) and _VISIT_CUE.search(sentence.text):
                # "Trong hai ngày từ 11 đến 12/3, Đoàn ...": the visit's first day
                candidates.append((2, sentence.index, mention, sentence, "opening span"))
            elif re.search(r"\bngày\s*$", before, re.IGNORECASE) and sentence.index <= 2:
                candidates.append((3, sentence.index, mention, sentence, "ngày"))
    if article.dateline:
        for mention in day_mentions(article.dateline):
            candidates.append((1, -1, mention, None, "dateline"))
            break
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    _, _, mention, said_in, how = candidates[0]
    return mention, said_in, how


def _opens_visit_span(text: str, mention: DayMention) -> bool:
    """ "Từ ngày 30/10/2020 đến ngày 19/11/2020, UBND huyện kiểm tra ...": the span that opens the sentence (after
    an outlet's stamp, "(Mặt trận) -") is the visit's, and its first day is the day to record."""
    for m in _RANGE.finditer(text):
        if m.start() <= mention.start < m.start() + 14 and not m[8] and \
                re.fullmatch(r"\W*(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:trong\s[^,]{0,30},\s*)?" + _OPENING_CLAUSE,
                             text[:m.start()], re.IGNORECASE) and \
                _VISIT_CUE.search(text[m.end():]):
            return True
    return False


_OPENING_CLAUSE = r"(?:(?:thực hiện|theo|căn cứ|triển khai)\s[^.;]{0,160}?,\s*)?"
"""What the visit carries out, said first ("Thực hiện chương trình công tác năm 2018 của HĐND thành phố, từ ngày ...
đến ngày ..., Thường trực HĐND ... tổ chức đoàn giám sát"): the span after it still opens the visit's clause."""


def _in_period(text: str, mention: DayMention) -> bool:
    return any(m.start() <= mention.start < m.end() for m in _RANGE.finditer(text))


@dataclass(frozen=True)
class Bound:
    """What dates the visit without naming its year: "on or after" (lower) or "before" (upper) a day."""

    day: date
    lower: bool
    reason: Reason
    evidence: str | None = None


def resolve_visit_date(article: Article, published: date | None = None, today: date | None = None,
                       era: list[Bound] | None = None) -> VisitDate:
    """The visit day with its year settled as well as the article allows, and why.

    `era` holds what the places say (a district that ceased on 1 July 2025 dates the
    visit before it); `today` caps a year guessed from nothing (default: the clock).
    """
    result = VisitDate()
    pub, pub_evidence = _publication(article, published)
    result.published, result.published_evidence = pub, pub_evidence
    found = find_visit_day(article)
    header = article.date_header
    if found is None:
        if header:
            result.day, result.certainty = header, "publication"
            result.written, result.evidence = article.date_header_line, article.date_header_line
            result.notes.append(reason("date.from_header", line=article.date_header_line))
        elif pub:
            result.notes.append(reason("date.none_published", published=f"{pub.day:02d}/{pub.month:02d}/{pub.year}"))
        else:
            result.notes.append(reason("date.none"))
        return result
    mention, sentence, _how = found
    result.written = _written(mention, sentence)
    result.evidence = sentence.text if sentence else article.dateline_line
    if mention.year:
        result.day, result.certainty = date(mention.year, mention.month, mention.day), "stated"
        result.year_evidence = result.evidence
        return result
    if header and (header.month, header.day) == (mention.month, mention.day):
        result.day, result.certainty = header, "stated"
        result.year_evidence = article.date_header_line
        result.notes.append(reason("date.header_too", written=result.written, line=article.date_header_line))
        return result
    if pub:
        year = pub.year if (mention.month, mention.day) <= (pub.month, pub.day) else pub.year - 1
        day = _safe_day(year, mention.month, mention.day)
        if day:
            result.day, result.certainty, result.year_evidence = day, "publication", pub_evidence
            result.notes.append(reason("date.by_publication", written=result.written, year=year,
                                       published=f"{pub.day:02d}/{pub.month:02d}/{pub.year}"))
            return result
    year, reasons, evidence = _infer_year(article, mention, today or date.today(), era or [])
    result.day = _safe_day(year, mention.month, mention.day) or _safe_day(year, mention.month, 28)
    result.certainty, result.year_evidence = "inferred", evidence
    result.notes.append(reason("date.inferred", written=result.written, year=year, why=reasons))
    return result


def _written(mention: DayMention, sentence: Sentence | None) -> str:
    if sentence is None:
        return mention.text
    before = sentence.text[:mention.start]
    m = re.search(r"((?:sáng|chiều|tối|trưa|đêm|hôm|ngày)(?:\s+(?:nay|qua|ngày))*\s*)$", before, re.IGNORECASE)
    lead = m[1] if m else ""
    return (lead + mention.text).strip()


def _publication(article: Article, published: date | None) -> tuple[date | None, str | None]:
    if published:
        return published, f"--published {published.isoformat()}"
    if article.published:
        return article.published, article.published_line
    return None, None


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_bounds(article: Article) -> list[Bound]:
    """What the text itself says about when the visit happened: data periods, dated events, two-tier government."""
    bounds: list[Bound] = []
    new_communes = any(cues.COMMUNE_CENTRE.search(s.text) for s in article.sentences)
    for sentence in article.sentences:
        folded = fold(sentence.text)
        if cues.TWO_TIER.search(folded) or cues.AFTER_REFORM.search(folded) or \
                new_communes and cues.SINCE_FIRST_JULY.search(sentence.text):
            said = reason("year.two_tier")
            bounds.append(Bound(TWO_TIER_START, True, said, sentence.text))
        reports = bool(cues.RESULTS.search(sentence.text)) and not cues.PLANS.search(sentence.text)
        for period in find_periods(sentence.text, None):
            if period.data and not period.plan and (reports or not period.bare_year):
                month = cues.FIGURES_YEAR_FROM if cues.FIGURES.search(sentence.text) else cues.CURRENT_YEAR_FROM
                from_day = date(period.last.year, month, 1) if period.bare_year else period.last - cues.EARLY_REPORT
                bounds.append(Bound(from_day, True, reason("year.data_period", period=period.text, end=(
                    f"{period.last.day}/{period.last.month}/{period.last.year}")), sentence.text))
            elif not period.data and re.match(r"(?:giai đoạn|từ năm)", period.text, re.IGNORECASE) and \
                    (reports or cues.SUPERVISED.search(sentence.text[:period.start])):
                bounds.append(Bound(date(period.last.year, 1, 1), True, reason(
                    "year.span", period=period.text, year=period.last.year), sentence.text))
        for m in _RANGE.finditer(sentence.text):
            if m[8] and m[4] and (first := _safe_day(int(m[4]), int(m[3]), int(m[1]))):
                bounds.append(Bound(first, True, reason("year.data_range", period=m[0]), sentence.text))
        for other in day_mentions(sentence.text):
            before = sentence.text[:other.start]
            if other.year and cues.PLANNED_AHEAD.search(before) and not _in_period(sentence.text, other):
                bounds.append(Bound(date(other.year, other.month, other.day), False,
                                    reason("year.dated_day", day=other.text), sentence.text))
                continue  # "dự kiến chính thức vận hành từ ngày 1/7/2025": still ahead when it was written
            spans_from = re.search(r"\btừ\b[^.;]{0,40}(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", before, re.IGNORECASE)
            if other.year and not _DOCUMENT_BEFORE.search(before) and \
                    (spans_from or not _FUTURE_BEFORE.search(before)) \
                    and not _in_period(sentence.text, other) \
                    and not _DOCUMENT_EVENT.search(sentence.text[other.end:other.end + 160]):
                bounds.append(Bound(date(other.year, other.month, other.day), True,
                                    reason("year.dated_day", day=other.text), sentence.text))
            elif other.year and _FINDINGS_ISSUED.search(sentence.text[other.end:other.end + 160]):
                # the findings come after the visit: "Ngày 2/12/2023, Ban ... ban hành báo cáo kết quả giám sát.
                # Trước đó, ngày 14/11, đoàn ..." is a visit before that day
                bounds.append(Bound(date(other.year, other.month, other.day), False,
                                    reason("year.dated_day", day=other.text), sentence.text))
    return bounds


def _named_years(article: Article) -> list[int]:
    """Years the article names on their own ("kế hoạch giám sát năm 2016"), comparisons and plan spans left out."""
    years: list[int] = []
    planned: list[int] = []
    for sentence in article.sentences:
        for period in find_periods(sentence.text, None):
            if period.bare_year and period.data:
                (planned if period.plan else years).append(period.first.year)
    # "nhiệm vụ năm 2023, kế hoạch năm 2024": a plan for the year after the one reported lies ahead of the visit
    return years + [year for year in planned if year - 1 not in years]


def _infer_year(article: Article, mention: DayMention, today: date, era: list[Bound]) -> tuple[int, Reason, str | None]:
    """The year of a day written without one.

    After every data period and dated event the article reports (the earliest such
    year), before any unit it names ceased to exist; with nothing to go on, the
    latest such day not after `today`.
    """
    if anchored := anchor_year(article, mention.month):
        return anchored
    bounds = year_bounds(article) + era
    lower = [b for b in bounds if b.lower]
    upper = [b for b in bounds if not b.lower]
    if lower:
        latest = max(lower, key=lambda b: b.day)
        year = latest.day.year
        while (_safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) < latest.day:
            year += 1
        return year, latest.reason, latest.evidence
    if upper:
        earliest = min(upper, key=lambda b: b.day)
        year = earliest.day.year
        while (_safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) >= earliest.day:
            year -= 1
        return year, earliest.reason, earliest.evidence
    named = [year for year in _named_years(article) if year <= today.year]
    if named:
        year = max(named)
        if (_safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) > today:
            year -= 1  # "kế hoạch ... năm 2026, chiều 17/12" read on 1/12/2026: next year's plan, made the year before
        return year, reason("year.named", year=max(named)), None
    year = today.year
    if (_safe_day(year, mention.month, mention.day) or date(year, mention.month, 28)) > today:
        year -= 1
    return year, reason("year.nothing", day=f"{mention.day}/{mention.month}",
                        today=f"{today.day}/{today.month}/{today.year}"), None
