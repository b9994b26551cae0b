"""What happened to a follow-up item and when, kept so that `answered:`, `changed:` and `closed:` hold of one item.

The staff's monthly report asks "which items were answered, changed or closed this month?": `answered:2026-11` is
an item with a response dated in November, `changed:2026-11` one whose history has an entry stamped then,
`closed:2026-11` one whose status was set to done or not accepted then (`store.item_history`). Like `to:`, they
hold of the same item as `status:`, `to:` and `overdue` (`answered:2026-11 to:"sở tài chính"` is one item answered
then and addressed there), so a record is reduced to its `events`: one per item that has a response or a history,
with its addressee (folded), status, deadline, its responses' days, and the stamps of its history's entries and of
those that closed it. Every back end keeps them (`RecordKeys.events`, the in-memory index's table, the SQLite
index's `event` terms, PostgreSQL's `item_events` column); `Matcher.event_meets` tests one.

A response's day is the day typed with it (the letter's day), an ISO day. A history entry is stamped in UTC
(`2026-12-01T02:10:00Z`), and a day in the report is a day in Vietnam (UTC+7, no summer time), as the office that
wrote it saw it: a save at 06:00 on 1 December in Hà Nội is stamped 30 November 23:00 UTC, and is December's. So a
period of days is turned into the stamps it holds (`stamp_bounds`), compared as text as every back end can: no
back end parses a stamp, and one that is not well formed is compared as written, alike everywhere.

A period is written as the date filters take it (`store.dates.parse_range`: `2026-11`, `11/2026`, `quý 4/2026`,
`1/11/2026..15/11/2026`), or in words counted from today (`store.today`, so `--today` moves them): "tháng này",
"tháng trước", "tuần này", "năm nay" and the other phrases `dates.read_relative` reads, or "this month", "last
month", "this week", "last week", "this year", "last year", "today", "yesterday". A day without its year (`22/10`)
is refused: a report is about one month of one year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from .addressees import addressee_key
from .dates import DateError, Span, parse_range, read_relative
from .folding import fold
from .item_history import history_of
from .query import EVENT_FIELDS, Filter

CLOSING: Final = ("done", "not accepted")
"""The statuses that close an item (`followup.CLOSED`): a history entry setting one is a closing."""
OFFSET: Final = timedelta(hours=7)
"""Vietnam's time from UTC, all year: a history stamp's day is the day in Vietnam."""
SEPARATOR: Final = "\x1f"
"""Between an encoded entry's parts (as `store.addressees`'): no folded name, status, day or stamp holds it."""

ItemEvents = tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""(folded addressee or "", status, deadline or "", response days, history stamps, closing stamps), each list
sorted and without repeats."""

_ENGLISH: Final = {"this month": "thang nay", "last month": "thang truoc", "this week": "tuan nay",
                   "last week": "tuan truoc", "this year": "nam nay", "last year": "nam ngoai", "today": "hom nay",
                   "yesterday": "hom qua"}
"""English words for a period, as the Vietnamese phrases `dates.read_relative` counts."""


ITEM_CLAUSES: Final = frozenset({"status", "to", "overdue", *EVENT_FIELDS})
"""The positive follow-up clauses, which narrow the items the `u` list and the export show."""


def items_happened(query: Filter, today: date | None = None) -> Callable[[dict[str, Any]], bool] | None:
    """Which items a filter with event clauses means (None without one): those its positive follow-up clauses found
    the visit by (`Matcher.event_meets`), so that the `u` list and the export show the very items that happened so
    (`store.export.items_asked`); a negated clause picks visits, not items."""
    from .matching import Matcher  # noqa: PLC0415 - the matching code imports this module

    if not any(field in query.fields() for field in EVENT_FIELDS):
        return None
    matcher = Matcher(Filter(tuple(clause for clause in query.clauses if clause.field in ITEM_CLAUSES)), today)
    return lambda item: (found := events_of(item)) is not None and matcher.event_meets(found)


def events_of(item: dict[str, Any]) -> ItemEvents | None:
    """The item's entry, None when it has neither a response nor a history (no event clause finds it)."""
    days = sorted({str(response.get("date") or "") for response in item.get("responses") or []} - {""})
    history = history_of(item)
    stamps = sorted({str(entry.get("at") or "") for entry in history} - {""})
    closings = sorted({str(entry.get("at") or "") for entry in history
                       if entry.get("field") == "status" and entry.get("to") in CLOSING} - {""})
    if not days and not stamps:
        return None
    return (addressee_key(item), str(item.get("status", "open")), str(item.get("deadline") or ""),
            tuple(days), tuple(stamps), tuple(closings))


def events(items: Iterable[dict[str, Any]]) -> tuple[ItemEvents, ...]:
    """The entries of a record's items (see the module), sorted, one per distinct entry."""
    return tuple(sorted({found for item in items if (found := events_of(item)) is not None}))


def encode(entry: ItemEvents) -> str:
    """An entry as one string (a SQLite term's value): parts between `SEPARATOR`, a list's elements between spaces
    (no day or stamp holds one)."""
    addressee, status, deadline, days, stamps, closings = entry
    parts = [addressee, status, deadline, " ".join(days), " ".join(stamps), " ".join(closings)]
    return SEPARATOR.join(part.replace(SEPARATOR, " ") for part in parts)


def decode(text: str) -> ItemEvents:
    addressee, status, deadline, days, stamps, closings = text.split(SEPARATOR)
    return (addressee, status, deadline, tuple(days.split()), tuple(stamps.split()), tuple(closings.split()))


def event_span(value: str, today: date) -> Span:
    """The days a period names (see the module), words counted from `today`; DateError when it names none, or
    days of every year."""
    words = " ".join(fold(value).split())
    relative = read_relative(_ENGLISH.get(words, words), today)
    if relative is not None and relative.span is not None:
        return relative.span
    found = parse_range(value)
    if not isinstance(found, Span):
        raise DateError(f"{value!r} has no year: a report is about the days of one year")
    return found


def day_bounds(span: Span) -> tuple[str, str]:
    """A span as the ISO days a response's day is compared with ("" and "~" for an open end)."""
    return ("" if span.start == date.min else span.start.isoformat(),
            "~" if span.end == date.max else span.end.isoformat())


def stamp_bounds(span: Span) -> tuple[str, str]:
    """A span of days in Vietnam as the UTC stamps it holds: from 17:00:00Z of the day before its first to
    16:59:59Z of its last ("" and "~" for an open end), compared as text."""
    low = "" if span.start == date.min else _stamp(datetime.combine(span.start, time.min) - OFFSET)
    high = "~" if span.end == date.max else _stamp(datetime.combine(span.end, time.max) - OFFSET)
    return low, high


def _stamp(moment: datetime) -> str:
    """A moment as `item_history.now_stamp` writes one (to the second)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def within(moments: tuple[str, ...], bounds: list[tuple[str, str]]) -> bool:
    """Whether one of `moments` (days or stamps) lies in one of `bounds`, as text."""
    return any(low <= moment <= high for moment in moments for low, high in bounds)


__all__ = ["CLOSING", "EVENT_FIELDS", "ITEM_CLAUSES", "ItemEvents", "day_bounds", "decode", "encode", "event_span",
           "events", "events_of", "items_happened", "stamp_bounds", "within"]
