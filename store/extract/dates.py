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

import re
from dataclasses import dataclass, field
from datetime import date

from ..dates import safe_day
from ..reasons import Reason, reason
from ..today import current_day
from .date_clause_spans import opening_day_span
from .day_brackets import bracketed_after_the_visit, opens_with_working_days
from .day_cues import (
    _DOCUMENT_BEFORE,
    _DOCUMENT_EVENT,
    _FINDINGS_ISSUED,
    _FUTURE_BEFORE,
    _SENTENCE_START_NGAY,
    _TIME_OF_DAY,
    _VISIT_CUE,
    clause_day,
    press_talk_day,
)
from .day_relative import relative_day, relative_visit_day
from .day_same_day import same_day_back
from .day_titles import RANK as TITLE_RANK
from .day_titles import headline_day
from .day_windows import stated_window_start
from .days import DayMention, day_mentions, in_period, time_spans, year_spans
from .figure_shares import share_not_day
from .periods import _RANGE, Period, find_periods, period_spans
from .text import Article, Sentence
from .visit_schedules import closing_span_first_day
from .visit_watched_payouts import payout_first_day
from .year_bounds import CEASED_CODES, TWO_TIER_START, Bound, infer_year, year_bounds

__all__ = ["TWO_TIER_START", "Bound", "DayMention", "Period", "VisitDate", "day_mentions", "find_periods",
           "find_visit_day", "period_spans", "resolve_visit_date", "time_spans", "year_bounds", "year_spans"]


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
        mentions = day_mentions(sentence.text)
        for mention in mentions:
            before = sentence.text[:mention.start]
            if share_not_day(sentence.text, mention.start, mention.end):
                continue  # "11/11 xã của huyện đạt chuẩn": a share of communes, no day (`figure_shares`)
            if stated_window_start(sentence.text, mention, mentions):  # "thời gian khảo sát từ ngày 22/12 đến ..."
                candidates.append((3, sentence.index, mention, sentence, "stated window"))
                continue
            if _opens_visit_span(sentence.text, mention) or opening_day_span(sentence.text, mention):
                candidates.append((2, sentence.index, mention, sentence, "opening span"))
                continue
            # "sáng ngày 26/2" is a visit's time even after "kỷ luật ...", which reads like a law's date
            document = _DOCUMENT_BEFORE.search(before) and not _TIME_OF_DAY.search(before) and \
                not clause_day(before, sentence.text[mention.end:])
            if closing_span_first_day(sentence.text) == mention.start:
                candidates.append((2, sentence.index, mention, sentence, "closing span"))  # (visit_schedules)
                continue
            if payout_first_day(article, sentence.text, mention):  # a Front watched it (visit_watched_payouts)
                candidates.append((3, sentence.index, mention, sentence, "watched payout"))
                continue
            if in_period(sentence.text, mention) or document or _FUTURE_BEFORE.search(before) or \
                    candidates and _OTHER_OCCASION.search(before):
                continue  # (after the visit's day: "Trước đó, chiều 9/2, ..." told later, "sẽ diễn ra vào chiều 17/5")
            if re.search(r"\d\s*(?:đến|tới)\s*(?:ngày\s+)?\d", mention.text) and not _VISIT_CUE.search(sentence.text):
                continue  # "từ ngày 1 đến 15/3, phường tiếp nhận ...": a data period, not the visit's days
            if press_talk_day(sentence.text[mention.end:]):
                continue  # "Ngày 14/9, trao đổi với PV, ông X cho biết": a word to the press after the check
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
            elif opens_with_working_days(sentence.text, mention):
                candidates.append((2, sentence.index, mention, sentence, "opening span"))  # (day_brackets)
            elif bracketed_after_the_visit(sentence.text, mention) and _VISIT_CUE.search(sentence.text):
                candidates.append((3, sentence.index, mention, sentence, "bracketed days"))
            elif re.search(r"\bngày\s*$", before, re.IGNORECASE) and sentence.index <= 2:
                candidates.append((3, sentence.index, mention, sentence, "ngày"))
    if article.dateline:
        for mention in day_mentions(article.dateline):
            candidates.append((1, -1, mention, None, "dateline"))
            break
    if (titled := headline_day(article)) is not None:
        candidates.append((TITLE_RANK, -1, titled, None, "title"))  # "... khảo sát trụ sở sáng 8-6" (day_titles)
    if not candidates:
        return same_day_back(article)  # "Đến ngày 23/5, ... Chiều cùng ngày, đoàn ...": the day it points back to
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    _, _, mention, said_in, how = candidates[0]
    return mention, said_in, how


_OTHER_OCCASION = re.compile(r"^\W*Trước đó\b|\b(?:sẽ|dự kiến)\b[^.;]{0,80}$|"
                             r"\btừ\s+(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\s+(?:ngày\s+)?$", re.IGNORECASE)
"""Before a day, once the visit's own has been read: an earlier event told after it ("Trước đó, chiều 9/2, Phó Chủ tịch
... đã kiểm tra ...") or one still to come ("Dự kiến, buổi tổng kết ... sẽ diễn ra vào chiều 17/5"), not the visit's;
or when a state began ("bị cô lập ... từ đêm 17.10"), a condition the visit found."""


def _opens_visit_span(text: str, mention: DayMention) -> bool:
    """ "Từ ngày 30/10/2020 đến ngày 19/11/2020, UBND huyện kiểm tra ...": the span that opens the sentence (after
    an outlet's stamp, "(Mặt trận) -") is the visit's, and its first day is the day to record."""
    for m in _RANGE.finditer(text):
        if m.start() <= mention.start < m.start() + 14 and not m[8] and \
                re.fullmatch(r"\W*(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:trong\s[^,]{0,30},\s*|trong\s+(?:\S+\s+)?ngày\s+)?"
                             + _OPENING_CLAUSE,
                             text[:m.start()], re.IGNORECASE) and \
                _VISIT_CUE.search(text[m.end():]):
            return True
    return False


_OPENING_CLAUSE = r"(?:(?:thực hiện|theo|căn cứ|triển khai)\s[^.;]{0,160}?,\s*)?"
"""What the visit carries out, said first ("Thực hiện chương trình công tác năm 2018 của HĐND thành phố, từ ngày ...
đến ngày ..., Thường trực HĐND ... tổ chức đoàn giám sát"): the span after it still opens the visit's clause."""



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
        if relative := relative_visit_day(article):  # "Sáng nay, đoàn ... đã làm việc": the page's day (day_relative)
            return _relative(result, relative, pub or header, pub_evidence or article.date_header_line,
                             article.published_month)
        # a page's date line says when the page came out, not when the team went (often days later, and an excerpt
        # that starts after the lead never says which): no day is written, so none is taken; the page's is a hint
        if seen := pub or header:
            result.notes.append(reason("date.none_published", published=f"{seen.day:02d}/{seen.month:02d}/{seen.year}"))
        else:
            result.notes.append(reason("date.none"))
        return result
    mention, sentence, _how = found
    result.written = _written(mention, sentence)
    result.evidence = sentence.text if sentence else article.title if _how == "title" else article.dateline_line
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
        day = safe_day(year, mention.month, mention.day)
        if day:
            result.day, result.certainty, result.year_evidence = day, "publication", pub_evidence
            result.notes.append(reason("date.by_publication", written=result.written, year=year,
                                       published=f"{pub.day:02d}/{pub.month:02d}/{pub.year}"))
            return result
    if article.published_month and not pub:
        # "date 2022-07": the page came out that month, so a day after its month is of the year before
        header_year, header_month = article.published_month
        year = header_year if mention.month <= header_month else header_year - 1
        day = safe_day(year, mention.month, mention.day)
        if day:
            result.day, result.certainty = day, "publication"
            result.year_evidence = f"date {header_year}-{header_month:02d}"
            result.notes.append(reason("date.by_publication", written=result.written, year=year,
                                       published=f"{header_month:02d}/{header_year}"))
            return result
    year, reasons, evidence = infer_year(article, mention, today or current_day(), era or [])
    result.day = safe_day(year, mention.month, mention.day) or safe_day(year, mention.month, 28)
    result.certainty, result.year_evidence = "inferred", evidence
    result.notes.append(reason("date.inferred", written=result.written, year=year, why=reasons))
    if result.day and (ceased := [b for b in era or [] if b.reason.code in CEASED_CODES and b.day <= result.day]):
        first = min(ceased, key=lambda b: b.day)  # "huyện X" and "chính quyền 2 cấp": the lower bound kept, said
        result.notes.append(reason("date.bounds_contradict", name=first.reason.params.get("name", ""),
                                   end=f"{first.day.day}/{first.day.month}/{first.day.year}", year=year))
    return result


def _relative(result: VisitDate, relative: tuple[Sentence, str], pub: date | None,
              pub_evidence: str | None, month: tuple[int, int] | None = None) -> VisitDate:
    """A day named relative to the page ("Sáng nay", "Chiều qua"): the publication day or the one before, said to
    come from it; with no publication date, no day (never a guess) and a note that says why — a page dated by its
    month only ("Tháng 3/2026", "date 2026-03", a "/202603/" folder) says which month, still no day."""
    sentence, words = relative
    result.written, result.evidence = words, sentence.text
    day = relative_day(sentence.text, pub)
    if pub is None and month is not None:
        result.notes.append(reason("date.relative_month_only", written=words, month=f"{month[1]:02d}/{month[0]}"))
        return result
    if pub is None or day is None or day[1] is None:
        result.notes.append(reason("date.relative_unpublished", written=words))
        return result
    result.day, result.certainty, result.year_evidence = day[1], "publication", pub_evidence
    result.notes.append(reason("date.relative_to_publication", written=words,
                               day=f"{day[1].day:02d}/{day[1].month:02d}/{day[1].year}",
                               published=f"{pub.day:02d}/{pub.month:02d}/{pub.year}"))
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
