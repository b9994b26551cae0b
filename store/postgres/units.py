"""Each row's units merged away kept in the row (`named_units`), so the pickers' first pass reads only those.

The ward and province pickers offer the units merged away the records name (`store.unit_cache`). Without the
file store's index that was a pass over every row in which the server detoasted each record for its localities
and Python worked out their units: 19.8 s at 20,000 visits on a loaded server (session 37). Migration 8 keeps
them beside the record, one `WARD_SEPARATOR`-joined string per unit (kind, name, former province, province) and
a digest of the localities they were worked out from, written by every writer (`columns.row_of`,
`columns.encoded_units`), so the first `w` reads a narrow column kept in the heap.

NULL means "not worked out": a row written by a program of version 7 still open while another upgraded the
archive (its INSERT leaves the column to its default), a row changed by hand, a row the migration's fill has not
reached. The trigger of migration 8 sets it to NULL when a statement changes a row's localities and leaves the
column as it was (what an older writer does, never this program's: the digest moves with the places); readers
work out a NULL row's units from its localities (`row_units`), so nothing depends on the fill having finished.

The fill (`fill`) runs after migration 8's transaction, a batch a transaction, and writes a row only if it is
still the version read (`xmin`, as `repack` does): a write by another office meanwhile is never undone, and no
office waits on a long transaction. A later change of what `named_units` finds must come with a migration that
sets the column to NULL and fills it again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import orjson
import psycopg

from ..sqlindex.units import Named
from ..unit_cache import units_of_localities
from .columns import DIGEST, WARD_SEPARATOR, encoded_units
from .fills import BATCH, fill_nulls

MIGRATION = """
ALTER TABLE surveys ADD COLUMN IF NOT EXISTS named_units text[] COLLATE "C";
ALTER TABLE surveys ALTER COLUMN named_units SET STORAGE MAIN;
CREATE OR REPLACE FUNCTION surveys_units_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.named_units IS NOT DISTINCT FROM OLD.named_units
            AND NEW.record->'localities' IS DISTINCT FROM OLD.record->'localities' THEN
        NEW.named_units := NULL;  -- an older writer (or a hand UPDATE) moved the places, not their units
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS surveys_units_moved ON surveys;
CREATE TRIGGER surveys_units_moved BEFORE UPDATE OF record ON surveys
    FOR EACH ROW EXECUTE FUNCTION surveys_units_stale();
"""
"""Migration 8: the column (NULL for the rows already there until `fill` reaches them) and its trigger."""

@lru_cache(maxsize=65536)
def decoded(stored: tuple[str, ...]) -> frozenset[Named]:
    """The units of a stored column; rows naming the same places share one set (an archive names a few thousand)."""
    return frozenset(_unit(value) for value in stored if not value.startswith(DIGEST))


def _unit(value: str) -> Named:
    kind, name, former, province = value.split(WARD_SEPARATOR)
    return kind, name, former, province


def row_units(connection: psycopg.Connection, ids: list[str] | None) -> list[tuple[str, str, frozenset[Named]]]:
    """Each row's id, stamp (`xmin`) and units, of the rows `ids` (every row when None): the stored column, or the
    units of the row's localities where it is NULL (only those rows' localities are sent)."""
    where, given = ("WHERE id = ANY(%s)", (ids,)) if ids is not None else ("", ())
    rows = connection.execute(
        "SELECT id, xmin::text, named_units[:cardinality(named_units) - 1], "  # less the digest: rows share sets
        "CASE WHEN named_units IS NULL THEN (record->'localities')::text END "
        f"FROM surveys {where}", given)
    return [(survey, stamp, decoded(tuple(stored)) if stored is not None
             else units_of_localities(orjson.loads(text) if text else []))
            for survey, stamp, stored, text in rows]


def fill(connection: psycopg.Connection, batch: int = BATCH,
         between: Callable[[list[str]], None] | None = None) -> int:
    """Work out the units of every row whose column is NULL, `batch` rows a transaction in id order, each written
    only if still the version read (`fills.fill_nulls`); the rows written. `between(ids)` runs after a batch is read
    and before it is written (tests: another office's write at the worst moment)."""
    return fill_nulls(connection, "named_units", "record->'localities'",
                      lambda text: encoded_units(orjson.loads(text) if text else []), batch, between)
