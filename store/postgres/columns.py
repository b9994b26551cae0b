"""A record's row: the jsonb document and the columns filters, facets and sorts read.

Every column is computed here, in Python, from the same pieces the TinyDB
backend matches on (`store.matching.keys_of`, `store.folding.fold`), so a
filter means the same on both backends by construction: the SQL only
compares what this module stored with what `compiler` folded the same way.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from .. import sentence_tables
from ..addressees import encode
from ..facet_keys import leader_key, locality_sort_key, place_keys
from ..folding import fold
from ..gazetteer import gazetteer
from ..identity import visit_key
from ..index.fastfold import fold_bytes
from ..matching import keys_of, record_text
from ..unit_cache import units_of_localities
from .item_events import events_of

WARD_SEPARATOR = "\x1f"
"""Joins a record's folded ward names into one string (`ward_keys`): no folded name holds it, so a
pattern without it can match only within one name."""

COLUMNS = (
    "id", "record", "date", "year", "visit_key", "ward_keys", "ward_labels", "province_codes", "province_names",
    "former_provinces", "topics", "body", "body_key", "kind", "kind_key", "status_keys", "open_deadline",
    "text_key", "words", "locality_key", "leader_key", "ward_places", "named_units", "item_keys",
    "item_events",
)


def row_of(record: dict[str, Any]) -> tuple[Any, ...]:
    """The values of `COLUMNS` for one (validated) record; `record` goes in as jsonb text."""
    keys = keys_of(_skeleton(record))
    text = fold_bytes(record_text(record)).decode()  # = keys_of(record).text, some twenty times faster
    return (
        record["id"],
        orjson.dumps(sentence_tables.pack(record)).decode(),  # each source sentence once
        keys.date,
        keys.date[:4],
        orjson.dumps(visit_key(record)).decode(),
        _joined_wards(keys.wards),
        list(keys.ward_labels),
        [int(code) for code in keys.province_codes],
        list(dict.fromkeys(gazetteer().province_name(code) for code in keys.province_codes)),
        list(dict.fromkeys(keys.former_provinces)),
        list(dict.fromkeys(keys.topics)),
        record.get("body", ""),
        keys.body,
        keys.kind,
        fold_kind(keys.kind),
        [fold(status) for status in keys.statuses],
        min(keys.deadlines_open, default=None),
        text,
        words_of(text),
        locality_key(record),
        leader_key(record),
        ward_places_of(record),
        encoded_units(record.get("localities", [])),
        [encode(entry) for entry in keys.addressed],  # migration 9 (`item_keys`): `to:` with `status:`, `overdue`
        events_of(record),  # migration 11 (`item_events`): `answered:`, `changed:`, `closed:`
    )


def ward_keys_of(record: dict[str, Any]) -> str:
    """The `ward_keys` column of a record (`row_of`'s), alone: what a migration refills."""
    return _joined_wards(keys_of(_skeleton(record)).wards)


def ward_places_of(record: dict[str, Any]) -> list[str]:
    """The `ward_places` column: each locality's ward facet value and its province as the record writes it
    (`province.name`), joined by `WARD_SEPARATOR`, once each in the record's order; what
    `PostgresRepository.ward_provinces` groups in one query (the file store's index: `store.index.places`)."""
    return list(dict.fromkeys(f"{place_keys(locality)[1]}{WARD_SEPARATOR}{locality['province']['name']}"
                              for locality in record.get("localities", [])))


def encoded_units(localities: list[dict[str, Any]]) -> list[str]:
    """The `named_units` column (migration 8, `units`) of a record with these localities: each unit merged away it
    names, its four parts joined by `WARD_SEPARATOR`, in code-point order, then `#` and a digest of the localities.
    The digest makes the column of this program's write differ from the row's before whenever the places do (its
    units may well be the same), which is how migration 8's trigger tells an older writer's change of places."""
    units = sorted(WARD_SEPARATOR.join(unit) for unit in units_of_localities(localities))
    digest = hashlib.blake2b(orjson.dumps(localities, option=orjson.OPT_SORT_KEYS), digest_size=8).hexdigest()
    return [*units, f"{DIGEST}{digest}"]


DIGEST = "#"
"""Starts the one entry of `named_units` that is no unit (a unit's entry starts with its kind, a word)."""


def _joined_wards(wards: tuple[str, ...]) -> str:
    return WARD_SEPARATOR + WARD_SEPARATOR.join(name.replace(WARD_SEPARATOR, " ") for name in wards) + WARD_SEPARATOR


def locality_key(record: dict[str, Any]) -> str:
    """The folded text the locality sort orders by: the same key as the file store's index."""
    return locality_sort_key(record)


def words_of(text: str) -> list[str]:
    """The distinct words of folded text: its pieces between single spaces (`fold` leaves no other blanks)."""
    return sorted(set(text.split(" ")) - {""})


def _skeleton(record: dict[str, Any]) -> dict[str, Any]:
    """The record less the long texts `keys_of` would fold slowly: every key but `text` comes out the same."""
    kept = ("status", "deadline", "to")
    items = {name: [{key: item[key] for key in kept if key in item} for item in record.get(name, [])]
             for name in ("recommendations", "directions")}
    return {key: record[key] for key in ("date", "localities", "topics", "body", "kind") if key in record} | items


def visit_key_text(record: dict[str, Any]) -> str:
    return orjson.dumps(visit_key(record)).decode()


def fold_kind(kind: str) -> str:
    return fold(kind)
