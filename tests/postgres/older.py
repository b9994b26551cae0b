"""An archive built as an older program left it: its schema stopped at a migration, its rows in that version's shape.

The migration tests faked an older archive by deleting `surveys_schema` rows from a current one, so the tables
already had every column and the steps ran on a shape no older program made. `archive_at` runs the migrations up
to `version` only (`schema.migrate(upto=…)`) and writes the rows with the columns that version had, its folded
text as that version made it, as the older program's own INSERT would.
"""

from __future__ import annotations

from typing import Any

import psycopg

from store.index.fastfold import fold_bytes
from store.matching import record_text
from store.postgres.columns import COLUMNS, row_of, words_of
from store.postgres.schema import migrate

ADDED = {"named_units": 8, "item_keys": 9, "item_events": 11}
"""A column of `COLUMNS` → the migration that added it (the others are older than migration 6)."""


def older_columns(version: int) -> list[str]:
    return [name for name in COLUMNS if ADDED.get(name, 0) <= version]


def older_row(record: dict[str, Any], version: int) -> list[Any]:
    """The values of `older_columns(version)` as that version wrote them: before 7 the folded text lacked the id."""
    values = dict(zip(COLUMNS, row_of(record), strict=True))
    if version < 7:
        values["text_key"] = fold_bytes(record_text({**record, "id": ""})).decode()
        values["words"] = words_of(values["text_key"])
    return [values[name] for name in older_columns(version)]


def archive_at(url: str, version: int, records: list[dict[str, Any]]) -> None:
    """The schema at `url` made an archive of `version` holding `records`, written as that version wrote them."""
    names = older_columns(version)
    with psycopg.connect(url, autocommit=True) as connection:
        migrate(connection, upto=version)
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO surveys ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})",
                               [older_row(record, version) for record in records])
            words = sorted({word for record in records for word in older_row(record, version)[names.index("words")]})
            cursor.execute("INSERT INTO surveys_vocabulary SELECT unnest(%s::text[])", (words,))
