"""`answered:`, `changed:` and `closed:` on PostgreSQL: one item of the document meeting them (`store.item_events`),
found in the `item_events` column each row keeps (migration 11).

An item's responses' days and its history's stamps are in the document, which lives out of line (TOAST): an
`EXISTS` over every row's items unpacked every document, 14–20 s at 20,000 visits (session 41). So every writer
of this program stores the row's entries beside it (`item_events.encode`: folded addressee, status, deadline,
response days, history stamps, closing stamps, as the SQLite index's `event` terms), and the filter looks for one
entry meeting every follow-up clause, in a narrow column kept in the row (`condition`). The periods are resolved
by the `Matcher` into text bounds (days, or the UTC stamps of days in Vietnam), compared as Python compares text
(code point order, `COLLATE "C"`).

NULL means "not worked out": rows already there until `fill` reaches them, a row written by a program of
version 10 still open while another upgraded the archive, a row whose items a statement changed without the
column (the trigger sets it to NULL, as migration 9's does for `item_keys`). Such a row is answered from its
document as before (`_from_document`). The column ends with a digest of the items (`DIGEST`), so this program's
write of items whose entries stay the same (a text edited) still changes the column, and the trigger tells it
from an older writer's. The fill runs after migration 11's step, as migration 9's, and again at `surveys compact`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson
import psycopg

from ..item_events import CLOSING, encode, events
from .fills import BATCH, fill_nulls
from .item_keys import ITEMS, ITEMS_OF_ROW, _folded, _items, _prefixes

if TYPE_CHECKING:
    from ..matching import Matcher

Condition = tuple[str, list[Any]]

MIGRATION = """
ALTER TABLE surveys ADD COLUMN IF NOT EXISTS item_events text[] COLLATE "C";
ALTER TABLE surveys ALTER COLUMN item_events SET STORAGE MAIN;
CREATE OR REPLACE FUNCTION surveys_events_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.item_events IS NOT DISTINCT FROM OLD.item_events
            AND (NEW.record->'recommendations' IS DISTINCT FROM OLD.record->'recommendations'
                 OR NEW.record->'directions' IS DISTINCT FROM OLD.record->'directions') THEN
        NEW.item_events := NULL;  -- an older writer (or a hand UPDATE) changed the items, not their events
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS surveys_events_moved ON surveys;
CREATE TRIGGER surveys_events_moved BEFORE UPDATE OF record ON surveys
    FOR EACH ROW EXECUTE FUNCTION surveys_events_stale();
"""
"""Migration 11: the column (NULL for the rows already there until `fill` reaches them) and its trigger."""

DIGEST = "\x1e"
"""Starts the column's last element, the items' digest: no entry starts so (a folded addressee holds no control
character, `fold` turning them into spaces, and an item without one starts with `SEPARATOR`)."""
PART = "split_part(k, E'\\x1f', {})"
"""An entry's part (`item_events.encode`): 1 addressee, 2 status, 3 deadline, 4 days, 5 stamps, 6 closing stamps,
lists between spaces."""


def events_of(record: dict[str, Any]) -> list[str]:
    """The `item_events` column of a record (`columns.row_of`): its entries encoded, then the items' digest."""
    items = [*(record.get("recommendations") or []), *(record.get("directions") or [])]
    digest = hashlib.blake2b(orjson.dumps(items, option=orjson.OPT_SORT_KEYS), digest_size=8).hexdigest()
    return [*(encode(entry) for entry in events(items)), DIGEST + digest]


def condition(matcher: Matcher) -> Condition:
    """One item meeting the event clauses and, on the same item, `to:`, `status:` and `overdue`
    (`Matcher.event_meets`): an entry of `item_events`, or an item of the document where the column is NULL."""
    kept, kept_params = _from_column(matcher)
    document, document_params = _from_document(matcher)
    sql = (f"(item_events IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(item_events) AS k WHERE {kept}))"
           f" OR (item_events IS NULL AND {document})")
    return sql, [*kept_params, *document_params]


def _from_column(matcher: Matcher) -> Condition:
    """An entry `k` of the column meeting the clauses; the digest has no days nor stamps, so it meets none."""
    parts: list[str] = []
    params: list[Any] = []
    for wanted, number in ((matcher.answered, 4), (matcher.changed, 5), (matcher.closed, 6)):
        if wanted:
            within, found = _within("m", wanted)
            parts.append(f"EXISTS (SELECT 1 FROM unnest(string_to_array({PART.format(number)}, ' ')) AS m "
                         f"WHERE {within})")
            params += found
    status, deadline = PART.format(2), PART.format(3)
    return _same_item(matcher, parts, params, PART.format(1), status, deadline)


def _from_document(matcher: Matcher) -> Condition:
    """One item of the row's document meeting the clauses (rows whose column is NULL)."""
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
    status, deadline = "coalesce(item->>'status', 'open')", "coalesce(item->>'deadline', '')"
    where, found = _same_item(matcher, parts, params, _folded("coalesce(item->>'to', '')"), status, deadline)
    return f"EXISTS (SELECT 1 FROM {ITEMS} WHERE {where})", found


def _same_item(matcher: Matcher, parts: list[str], params: list[Any], addressee: str, status: str,
               deadline: str) -> Condition:
    """`parts` and, on the same item, `to:` (its folded `addressee`), `status:` and `overdue`, ANDed."""
    if matcher.addressees:
        addressed, found = _prefixes(addressee, matcher.addressees)
        parts.append(addressed)
        params += found
    if matcher.statuses:
        parts.append(f"{status} = ANY(%s::text[])")
        params.append(list(matcher.statuses))
    if matcher.overdue:
        parts.append(f"{deadline} <> '' AND {deadline} COLLATE \"C\" < %s AND NOT {status} = ANY(%s::text[])")
        params += [matcher.today, list(CLOSING)]
    return " AND ".join(f"({part})" for part in parts), params


def _array(value: str) -> str:
    """`value` when it is a JSON array, else an empty one (a hand-edited item's null), as Python's `or []` reads it."""
    return f"(CASE WHEN jsonb_typeof({value}) = 'array' THEN {value} ELSE '[]'::jsonb END)"


def _within(column: str, bounds: list[tuple[str, str]]) -> Condition:
    """`column` (a day or a stamp) within one of `bounds`, compared as text; an empty one is none."""
    spans = " OR ".join([f'{column} COLLATE "C" BETWEEN %s AND %s'] * len(bounds))
    return f"{column} <> '' AND ({spans})", [bound for pair in bounds for bound in pair]


def fill(connection: psycopg.Connection, batch: int = BATCH,
         between: Callable[[list[str]], None] | None = None) -> int:
    """Work out the entries of every row whose column is NULL, `batch` rows a transaction in id order, each written
    only if still the version read (`fills.fill_nulls`, as `item_keys.fill`); the rows written."""
    return fill_nulls(connection, "item_events", ITEMS_OF_ROW, lambda text: events_of(_items(text)), batch, between)


__all__ = ["MIGRATION", "condition", "events_of", "fill"]
