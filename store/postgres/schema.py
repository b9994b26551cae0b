"""The archive's tables, made and moved forward by numbered migrations.

`surveys_schema` holds the version the database is at; `migrate` applies
every later step in one transaction each, so a database is never left
between two versions, and `surveys init postgresql://…` or the first open by
a role allowed to create tables brings it up to date. A database newer than
this program is refused rather than misread.

Table `surveys` keeps each record whole as `jsonb`, and beside it the
columns a filter, a facet or a sort reads (`columns.row_of` computes them
from `store.matching`, in Python, so that folding is the one the TinyDB
backend uses). Text columns use the "C" collation: they compare and sort by
code point, as Python compares strings. Free text is found through its
words: `words` holds each record's distinct folded words (GIN), and
`surveys_vocabulary` every word ever stored (trigram index), so a typed
fragment is first matched against the vocabulary, then the records holding
one of those words are checked with LIKE (`compiler`). Trigram indexes answer
the ward and body filters, GIN indexes the array overlaps (topics,
provinces, statuses), a b-tree the newest-first order that paging walks. `surveys_state` is one row whose
`serial` every writing statement moves (a statement trigger): the change token.
`surveys_totals` keeps the whole archive's facet counts as of one serial, so
only the first browser to open after a write counts them. Migration 2 adds `leader_key` (the leader's folded
name, for `leader:`), filled for the rows already there in Python (`BACKFILLS`); migration 5 `ward_places`
(each locality's ward facet value and province: `PostgresRepository.ward_provinces` groups them in one query);
migrations 3, 6 and 7 make the folded text again when `record_text` takes more (figures' values, responses, the id);
migration 8 `named_units`, the units merged away each row names (`units`), filled after its step is committed;
migration 9 `item_keys`, each row's items' addressees with their statuses and deadlines (`item_keys`), alike;
migration 11 `item_events`, each row's items' response days and history stamps (`item_events`), alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg

from ..errors import StoreError
from . import item_events, item_keys, units
from .connection import scalar

TABLE = "surveys"

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, """
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE TABLE surveys (
        id               text COLLATE "C" PRIMARY KEY,
        record           jsonb NOT NULL,
        version          bigint NOT NULL DEFAULT 1,
        date             text COLLATE "C" NOT NULL,
        year             text COLLATE "C" NOT NULL,
        visit_key        text COLLATE "C" NOT NULL,
        ward_keys        text COLLATE "C" NOT NULL,
        ward_labels      text[] COLLATE "C" NOT NULL,
        province_codes   bigint[] NOT NULL,
        province_names   text[] COLLATE "C" NOT NULL,
        former_provinces text[] COLLATE "C" NOT NULL,
        topics           text[] COLLATE "C" NOT NULL,
        body             text COLLATE "C" NOT NULL,
        body_key         text COLLATE "C" NOT NULL,
        kind             text COLLATE "C" NOT NULL,
        kind_key         text COLLATE "C" NOT NULL,
        status_keys      text[] COLLATE "C" NOT NULL,
        open_deadline    text COLLATE "C",
        text_key         text COLLATE "C" NOT NULL,
        words            text[] COLLATE "C" NOT NULL,
        locality_key     text COLLATE "C" NOT NULL,
        changed_at       timestamptz NOT NULL DEFAULT now()
    );
    -- keep the heap narrow: the document and the folded text live out of line (TOAST), so a pass over
    -- the filter and facet columns reads megabytes, not the whole archive; the text uncompressed, as
    -- every substring search reads it
    ALTER TABLE surveys SET (toast_tuple_target = 128);
    ALTER TABLE surveys ALTER COLUMN text_key SET STORAGE EXTERNAL, ALTER COLUMN record SET STORAGE EXTENDED,
        ALTER COLUMN ward_keys SET STORAGE MAIN, ALTER COLUMN ward_labels SET STORAGE MAIN,
        ALTER COLUMN province_names SET STORAGE MAIN, ALTER COLUMN former_provinces SET STORAGE MAIN,
        ALTER COLUMN topics SET STORAGE MAIN, ALTER COLUMN body SET STORAGE MAIN,
        ALTER COLUMN body_key SET STORAGE MAIN, ALTER COLUMN status_keys SET STORAGE MAIN,
        ALTER COLUMN locality_key SET STORAGE MAIN, ALTER COLUMN visit_key SET STORAGE MAIN,
        ALTER COLUMN province_codes SET STORAGE MAIN, ALTER COLUMN id SET STORAGE MAIN;
    CREATE INDEX surveys_newest ON surveys (date DESC, id DESC);
    CREATE INDEX surveys_by_locality ON surveys (locality_key, date DESC, id DESC);
    CREATE INDEX surveys_by_body ON surveys (body_key, date DESC, id DESC);
    CREATE INDEX surveys_year ON surveys (year);
    CREATE INDEX surveys_visit ON surveys (visit_key);
    CREATE INDEX surveys_overdue ON surveys (open_deadline) WHERE open_deadline IS NOT NULL;
    CREATE INDEX surveys_words ON surveys USING gin (words);
    CREATE INDEX surveys_wards_trgm ON surveys USING gin (ward_keys gin_trgm_ops);
    CREATE INDEX surveys_body_trgm ON surveys USING gin (body_key gin_trgm_ops);
    CREATE INDEX surveys_topics ON surveys USING gin (topics);
    CREATE INDEX surveys_provinces ON surveys USING gin (province_codes);
    CREATE INDEX surveys_former ON surveys USING gin (former_provinces);
    CREATE INDEX surveys_statuses ON surveys USING gin (status_keys);

    CREATE TABLE surveys_vocabulary (word text COLLATE "C" PRIMARY KEY);
    CREATE INDEX surveys_vocabulary_trgm ON surveys_vocabulary USING gin (word gin_trgm_ops);

    CREATE TABLE surveys_totals (
        one boolean PRIMARY KEY DEFAULT true CHECK (one), serial bigint NOT NULL, total bigint NOT NULL,
        facets jsonb NOT NULL
    );

    CREATE TABLE surveys_state (one boolean PRIMARY KEY DEFAULT true CHECK (one), serial bigint NOT NULL);
    INSERT INTO surveys_state VALUES (true, 0);
    CREATE FUNCTION surveys_touch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE surveys_state SET serial = serial + 1;
        RETURN NULL;
    END $$;
    CREATE TRIGGER surveys_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON surveys
        FOR EACH STATEMENT EXECUTE FUNCTION surveys_touch();
    """),
    (2, """
    ALTER TABLE surveys ADD COLUMN leader_key text COLLATE "C" NOT NULL DEFAULT '';
    ALTER TABLE surveys ALTER COLUMN leader_key SET STORAGE MAIN;
    CREATE INDEX surveys_leader_trgm ON surveys USING gin (leader_key gin_trgm_ops);
    """),
    (3, "SELECT 1  -- the folded text holds each figure's value (`numbers.figure_search_text`): refilled below"),
    (4, "SELECT 1  -- a locality written as a district has its district's ward key (`districts`): refilled below"),
    (5, """
    ALTER TABLE surveys ADD COLUMN IF NOT EXISTS ward_places text[] COLLATE "C" NOT NULL DEFAULT '{}';
    ALTER TABLE surveys ALTER COLUMN ward_places SET STORAGE MAIN;
    """),
    (6, "SELECT 1  -- the folded text holds each item's responses (`matching.record_text`): refilled below"),
    (7, "SELECT 1  -- the folded text holds the record's id (`matching.record_text`): refilled below"),
    (8, units.MIGRATION),
    (9, item_keys.MIGRATION),
    (10, item_keys.INDEX),
    (11, item_events.MIGRATION),
)
LATEST = MIGRATIONS[-1][0]

BACKFILL_BATCH = 2000
"""Rows folded and written per statement when a migration fills a new column."""


def _fill_leader_keys(connection: psycopg.Connection) -> None:
    """Migration 2's column for the rows already there: the leader's folded name, folded in Python as `row_of`
    folds it (SQL has no such folding), in the migration's transaction."""
    from ..facet_keys import leader_key  # noqa: PLC0415 - only when an archive of version 1 is moved forward

    rows = connection.execute("SELECT id, record->'leader' FROM surveys WHERE record ? 'leader'").fetchall()
    keys = [(leader_key({"leader": leader}), record_id) for record_id, leader in rows if isinstance(leader, dict)]
    with connection.cursor() as cursor:
        for start in range(0, len(keys), BACKFILL_BATCH):
            cursor.executemany("UPDATE surveys SET leader_key = %s WHERE id = %s",
                               [pair for pair in keys[start:start + BACKFILL_BATCH] if pair[0]])


def _fill_texts(connection: psycopg.Connection) -> None:
    """Migrations 3, 6 and 7: each row's folded text and words made again, now with its figures' values in them (3:
    free text finds "1,2 tỷ" in a figure of 1 200 000 000 đồng), then its items' responses (6: "Bộ đã có văn bản
    hướng dẫn", saved to a recommendation, finds its visit), then its id (7: `/t9-01`), a batch of rows at a time."""
    from ..index.fastfold import fold_bytes  # noqa: PLC0415 - only when an archive of version 2 is moved forward
    from ..matching import record_text  # noqa: PLC0415
    from .columns import words_of  # noqa: PLC0415

    for rows in _row_batches(connection):
        texts = [(fold_bytes(record_text(record)).decode(), record_id) for record_id, record in rows]
        with connection.cursor() as cursor:
            cursor.executemany("UPDATE surveys SET text_key = %s, words = %s WHERE id = %s",
                               [(text, words_of(text), record_id) for text, record_id in texts])
        connection.execute("INSERT INTO surveys_vocabulary SELECT DISTINCT unnest(%s::text[]) ON CONFLICT DO NOTHING",
                           (sorted({word for text, _ in texts for word in words_of(text)}),))


def _fill_ward_keys(connection: psycopg.Connection) -> None:
    """Migration 4: each row's ward keys made again, now with the key of a locality written as a district (its
    level, name and province: `ward="huyện Tân Uyên, Lai Châu"` finds it, Bình Dương's Tân Uyên not), a batch of
    rows at a time; only rows naming a locality without a ward of today can change."""
    from .columns import ward_keys_of  # noqa: PLC0415 - only when an archive of version 3 is moved forward

    for rows in _row_batches(connection):
        with connection.cursor() as cursor:
            cursor.executemany("UPDATE surveys SET ward_keys = %s WHERE id = %s AND ward_keys <> %s",
                               [(keys, record_id, keys) for record_id, keys in
                                ((record_id, ward_keys_of(record)) for record_id, record in rows)])


def _fill_ward_places(connection: psycopg.Connection) -> None:
    """Migration 5's column for the rows already there: each locality's ward facet value and province
    (`columns.ward_places_of`, the browser's sidebar nests wards under provinces with them), a batch at a time."""
    from .columns import ward_places_of  # noqa: PLC0415 - only when an archive of version 4 is moved forward

    for rows in _row_batches(connection):
        with connection.cursor() as cursor:
            cursor.executemany("UPDATE surveys SET ward_places = %s WHERE id = %s",
                               [(ward_places_of(record), record_id) for record_id, record in rows])


def _row_batches(connection: psycopg.Connection) -> Iterator[list[tuple[str, Any]]]:
    """Every row's id and record, `BACKFILL_BATCH` rows at a time in id order (a migration that reads them all
    never holds the whole archive in memory; keyset paging, so a batch costs the same at the end as at the start)."""
    after = ""
    while True:
        rows = connection.execute("SELECT id, record FROM surveys WHERE id > %s ORDER BY id LIMIT %s",
                                  (after, BACKFILL_BATCH)).fetchall()
        if not rows:
            return
        yield rows
        after = rows[-1][0]


BACKFILLS = {2: _fill_leader_keys, 3: _fill_texts, 4: _fill_ward_keys, 5: _fill_ward_places, 6: _fill_texts,
             7: _fill_texts}
"""Migration → what fills its new columns from the records already stored (the same transaction)."""
AFTER = {8: units.fill, 9: item_keys.fill, 11: item_events.fill}
"""Migration → what fills its new column after it is committed, a batch a transaction, each row only if still the
version read: other offices write meanwhile, and a row not reached is worked out by its readers (`units`)."""


class SchemaError(StoreError):
    """The database has no archive yet, or one newer than this program."""


def version_of(connection: psycopg.Connection) -> int:
    """The schema version the database is at; 0 when it has no archive tables."""
    if scalar(connection.execute("SELECT to_regclass('surveys_schema')")) is None:
        return 0
    return int(scalar(connection.execute("SELECT max(version) FROM surveys_schema")) or 0)


def migrate(connection: psycopg.Connection, upto: int = LATEST) -> list[int]:
    """Apply every migration past the database's version (up to `upto`: tests build an older archive); returns the
    versions applied. What `AFTER` fills runs once they are committed, in short transactions of its own."""
    applied: list[int] = []
    with connection.transaction():
        connection.execute("CREATE TABLE IF NOT EXISTS surveys_schema "
                           "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
    for number, script in MIGRATIONS[:upto]:
        with connection.transaction():
            # one migrator at a time: a second waits here, then finds the step done
            connection.execute("LOCK TABLE surveys_schema IN EXCLUSIVE MODE")
            if version_of(connection) >= number:
                continue
            connection.execute(script)
            if number in BACKFILLS:
                BACKFILLS[number](connection)
            connection.execute("INSERT INTO surveys_schema (version) VALUES (%s)", (number,))
            applied.append(number)
    for number in applied:
        if number in AFTER:
            AFTER[number](connection)
    return applied


def check_version(connection: psycopg.Connection, location: str) -> int:
    """The database's version, or `SchemaError` when this program cannot use it as it is."""
    version = version_of(connection)
    if version > LATEST:
        raise SchemaError(
            f"the archive at {location} has schema version {version}, newer than this program knows "
            f"({LATEST}); upgrade surveys"
        )
    return version
