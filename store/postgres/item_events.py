"""`answered:`, `changed:` and `closed:` on PostgreSQL: one item of the document meeting them (`store.item_events`).

An item's responses' days and its history's stamps are in the document, and the periods are resolved by the
`Matcher` into text bounds (days, or the UTC stamps of days in Vietnam), so the condition is an `EXISTS` over the
row's items comparing text as Python does (code point order, `COLLATE "C"`), with the other follow-up clauses on
the same item: the addressee folded in SQL (`item_keys._folded`, as `to:` reads a row without its keys), the status,
and the deadline under `overdue`. No column and no migration: a month's question is asked a few times a month, and
at 20,000 visits it is answered in the time the list takes anyway (`scripts/bench_item_events.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..item_events import CLOSING
from .item_keys import ITEMS, _folded, _prefixes

if TYPE_CHECKING:
    from ..matching import Matcher

Condition = tuple[str, list[Any]]


def _array(value: str) -> str:
    """`value` when it is a JSON array, else an empty one (a hand-edited item's null), as Python's `or []` reads it."""
    return f"(CASE WHEN jsonb_typeof({value}) = 'array' THEN {value} ELSE '[]'::jsonb END)"


def _within(column: str, bounds: list[tuple[str, str]]) -> Condition:
    """`column` (a day or a stamp) within one of `bounds`, compared as text; an empty one is none."""
    spans = " OR ".join([f'{column} COLLATE "C" BETWEEN %s AND %s'] * len(bounds))
    return f"{column} <> '' AND ({spans})", [bound for pair in bounds for bound in pair]


def condition(matcher: Matcher) -> Condition:
    """One item meeting the event clauses and, on the same item, `to:`, `status:` and `overdue`
    (`Matcher.event_meets`)."""
    parts: list[str] = []
    params: list[Any] = []
    if matcher.answered:
        within, found = _within("r->>'date'", matcher.answered)
        responses = _array("item->'responses'")
        parts.append(f"EXISTS (SELECT 1 FROM jsonb_array_elements({responses}) AS r WHERE {within})")
        params += found
    history = "jsonb_array_elements({}) AS h".format(_array("item->'history'"))
    if matcher.changed:
        within, found = _within("h->>'at'", matcher.changed)
        parts.append(f"EXISTS (SELECT 1 FROM {history} WHERE {within})")
        params += found
    if matcher.closed:
        within, found = _within("h->>'at'", matcher.closed)
        parts.append(f"EXISTS (SELECT 1 FROM {history} WHERE h->>'field' = 'status' "
                     f"AND h->>'to' = ANY(%s::text[]) AND {within})")
        params += [list(CLOSING), *found]
    if matcher.addressees:
        addressed, found = _prefixes(_folded("coalesce(item->>'to', '')"), matcher.addressees)
        parts.append(addressed)
        params += found
    status, deadline = "coalesce(item->>'status', 'open')", "coalesce(item->>'deadline', '')"
    if matcher.statuses:
        parts.append(f"{status} = ANY(%s::text[])")
        params.append(list(matcher.statuses))
    if matcher.overdue:
        parts.append(f"{deadline} <> '' AND {deadline} COLLATE \"C\" < %s AND NOT {status} = ANY(%s::text[])")
        params += [matcher.today, list(CLOSING)]
    where = " AND ".join(f"({part})" for part in parts)
    return f"EXISTS (SELECT 1 FROM {ITEMS} WHERE {where})", params


__all__ = ["condition"]
