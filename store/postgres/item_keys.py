"""Each row's items' addressees kept beside the record (`item_keys`, migration 9), for `to:` on PostgreSQL.

`to:"so tai chinh" overdue` asks for one item addressed to Sở Tài chính and past its deadline
(`store.addressees`). The addressee must be folded as Python folds it, which SQL cannot do, so every writer
of this program stores the record's entries (`addressees.encode`: folded addressee, status, soonest deadline)
in `item_keys`, and the filter looks for one entry meeting every follow-up clause (`condition`).

NULL means "not worked out": rows already there until `fill` reaches them, a row written by a program of
version 8 still open while another upgraded the archive, a row whose items a statement changed without the
column (the trigger sets it to NULL, as migration 8's does for the places). Such a row is matched from its
document (`FALLBACK`): the addressee folded in SQL (NFD, marks dropped, đ→d, lower case, single spaces), which
is Python's `fold` for Vietnamese text. The fill runs after migration 9's step, as migration 8's (`units.fill`),
and again at `surveys compact` (`fill_missing`), which finishes a fill cut short.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson
import psycopg

from ..addressees import encode, entries
from .fills import BATCH, fill_nulls

if TYPE_CHECKING:
    from ..matching import Matcher

MIGRATION = """
ALTER TABLE surveys ADD COLUMN IF NOT EXISTS item_keys text[] COLLATE "C";
ALTER TABLE surveys ALTER COLUMN item_keys SET STORAGE MAIN;
CREATE OR REPLACE FUNCTION surveys_items_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.item_keys IS NOT DISTINCT FROM OLD.item_keys
            AND (NEW.record->'recommendations' IS DISTINCT FROM OLD.record->'recommendations'
                 OR NEW.record->'directions' IS DISTINCT FROM OLD.record->'directions') THEN
        NEW.item_keys := NULL;  -- an older writer (or a hand UPDATE) changed the items, not their keys
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS surveys_items_moved ON surveys;
CREATE TRIGGER surveys_items_moved BEFORE UPDATE OF record ON surveys
    FOR EACH ROW EXECUTE FUNCTION surveys_items_stale();
"""
"""Migration 9: the column (NULL for the rows already there until `fill` reaches them) and its trigger. This
program's write of the same items leaves the column as it was, which is right: the keys are the items'."""

INDEX = """
CREATE OR REPLACE FUNCTION surveys_item_text(keys text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT E'\\x1e' || array_to_string(keys, E'\\x1e') $$;
CREATE INDEX IF NOT EXISTS surveys_item_keys_trgm ON surveys USING gin (surveys_item_text(item_keys) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS surveys_item_keys_unset ON surveys (id) WHERE item_keys IS NULL;
"""
"""Migration 10: `to:` through an index. A LIKE on the elements of an array uses none, so the entries are joined
(`JOINED`, each after a record separator) under a trigram index, which the filter asks first (`_narrowed`); the
rows whose column is NULL, answered from their document, have an index of their own, so the two branches of
`condition` are one bitmap OR, not a scan. A program of version 9 still open writes on: its rows update both
indexes, the function being the archive's own (`IF NOT EXISTS`: run again, it does nothing)."""

JOINED = "surveys_item_text(item_keys)"
"""A row's entries as one text, each after E'\\x1e' (no folded name, status or day holds it), as `INDEX` keeps it."""

def keys_of(record: dict[str, Any]) -> list[str]:
    """The `item_keys` column of a record (`columns.row_of`)."""
    return [encode(entry) for entry in entries([*record.get("recommendations", []), *record.get("directions", [])])]


def _folded(text: str) -> str:
    """SQL folding `text` as `fold` folds Vietnamese: đ→d, marks dropped after NFD, then lower case (of letters
    left ASCII, which any server locale lowers alike), single spaces."""
    stripped = f"regexp_replace(normalize(translate({text}, 'đĐ', 'dd'), NFD), '[\\u0300-\\u036f]', '', 'g')"
    return f"btrim(regexp_replace(lower({stripped}), '\\s+', ' ', 'g'))"


STORED = "split_part(k, E'\\x1f', {})"
"""An entry's part (1 the addressee, 2 the status, 3 the deadline): `addressees.SEPARATOR` between them."""


def condition(matcher: Matcher) -> tuple[str, list[Any]]:
    """One item meeting the `to:` clauses and, on the same item, `status:` and `overdue` (`Matcher.item_meets`):
    an entry of `item_keys`, or an item of the document where the column is NULL."""
    from ..facet_keys import CLOSED_STATUSES  # noqa: PLC0415 - loaded with the compiler already

    to, status, deadline = (STORED.format(part) for part in (1, 2, 3))
    item_status, item_deadline = "coalesce(item->>'status', 'open')", "coalesce(item->>'deadline', '')"
    stored, stored_params = _prefixes(to, matcher.addressees)
    document, document_params = _prefixes(_folded("coalesce(item->>'to', '')"), matcher.addressees)
    if matcher.statuses:
        stored += f" AND {status} = ANY(%s::text[])"
        document += f" AND {item_status} = ANY(%s::text[])"
        stored_params.append(list(matcher.statuses))
        document_params.append(list(matcher.statuses))
    if matcher.overdue:
        late = " AND {0} <> '' AND {0} COLLATE \"C\" < %s AND NOT {1} = ANY(%s::text[])"
        stored += late.format(deadline, status)
        document += late.format(item_deadline, item_status)
        stored_params += [matcher.today, list(CLOSED_STATUSES)]
        document_params += [matcher.today, list(CLOSED_STATUSES)]
    narrowed, narrowed_params = _narrowed(matcher.addressees)
    sql = (f"(item_keys IS NOT NULL AND {narrowed} AND EXISTS (SELECT 1 FROM unnest(item_keys) AS k WHERE {stored}))"
           f" OR (item_keys IS NULL AND EXISTS (SELECT 1 FROM {ITEMS} WHERE {document}))")
    return sql, [*narrowed_params, *stored_params, *document_params]


ITEMS = ("jsonb_array_elements(coalesce(record->'recommendations', '[]'::jsonb) "
         "|| coalesce(record->'directions', '[]'::jsonb)) AS item")
"""A row's items, read from its document."""


ADDRESSED = ("(SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('to', item->'to', 'status', "
             f"item->'status', 'deadline', item->'deadline'))), '[]'::jsonb) FROM {ITEMS} WHERE item ? 'to')")
"""A row's items addressed to someone, reduced to whom, their status and deadline (`addressed_items`: the `a`
picker's offices; the items' texts, most of a row, stay on the server)."""


def _narrowed(values: list[str]) -> tuple[str, list[Any]]:
    """The rows whose joined entries hold one of `values` where an addressee starts or after a space: a superset of
    those `condition` finds (a status "in progress" holds " progress"), which the trigram index answers."""
    params: list[Any] = []
    for value in values:
        like = _like(value)
        params += ["%\x1e" + like + "%", "% " + like + "%"]
    return "(" + " OR ".join([f"{JOINED} LIKE %s OR {JOINED} LIKE %s"] * len(values)) + ")", params


def _like(value: str) -> str:
    """`value` as a LIKE pattern matches it: its wildcards and escape character escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefixes(column: str, values: list[str]) -> tuple[str, list[Any]]:
    """`column` holds one of `values` from a word on (`matching.word_prefix`): it starts so, or a space precedes it."""
    params: list[Any] = []
    for value in values:
        like = _like(value)
        params += [like + "%", "% " + like + "%"]
    return "(" + " OR ".join([f"{column} LIKE %s OR {column} LIKE %s"] * len(values)) + ")", params


def fill(connection: psycopg.Connection, batch: int = BATCH,
         between: Callable[[list[str]], None] | None = None) -> int:
    """Work out the keys of every row whose column is NULL, `batch` rows a transaction in id order, each written
    only if still the version read (`fills.fill_nulls`, as `units.fill`); the rows written."""
    return fill_nulls(connection, "item_keys", ITEMS_OF_ROW, lambda text: keys_of(_items(text)), batch, between)


ITEMS_OF_ROW = ("jsonb_build_object('recommendations', record->'recommendations', "
                "'directions', record->'directions')")
"""What `fill` reads of a row: its items, less the rest of the document."""


def _items(text: str) -> dict[str, Any]:
    """The items of a row as `fill` reads them (a JSON null where the record has none)."""
    found = orjson.loads(text)
    return {name: found.get(name) or [] for name in ("recommendations", "directions")}
