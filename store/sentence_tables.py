"""A record's source sentences stored once: its provenance entries name them by their place in a table.

Every value read from an article keeps the sentence it was read from
(`store.value_sources`), and a visit's values are mostly read from a few
sentences: the lead gives the date, the body, the leader and the places. Kept
in each entry, a sentence was stored once per value, and the article's name
with it: an extracted visit's provenance came to about as much as the rest of
the record (`scripts/bench_sources.py`, session 34). So the stored body (the
store file, its journal, the PostgreSQL row) keeps each distinct sentence and
article name once per record, in `sentences` and `articles`, and an entry's
`sentence`/`article` is its index there:

    {"provenance": [{"path": "date", "by": "extractor", "sentence": 0, "article": 0},
                    {"path": "leader", "by": "extractor", "sentence": 0, "article": 0}],
     "sentences": ["Ngày 2/10, Thường trực HĐND phường …"], "articles": ["bai.txt"]}

This is done at the storage boundary only: `pack` as a record is written,
`unpack` as it is read, so every reader in between (the review screen, `show
--sources`, merges, duplicate checks, exports) sees the entries as they were
(`data/schema.json` allows both forms). A record without the tables is the
older form and reads as it is; its next write packs it.
"""

from __future__ import annotations

from typing import Any

import orjson

TABLES = (("sentence", "sentences"), ("article", "articles"))
"""An entry's key and the record's table its index points into."""
_MARKS = (b'"sentence":"', b'"article":"')
"""In a record's JSON, the sign of an entry that holds its text (orjson writes no spaces)."""


def pack(record: Any) -> Any:
    """`record` with each entry's sentence and article as an index into the record's tables; `record` itself when
    no entry holds one as text (nothing to pack, or packed already). Never changes `record`."""
    entries = record.get("provenance") if type(record) is dict else None
    if type(entries) is not list or not any(_holds_text(entry) for entry in entries):
        return record
    if _has_tables(record):  # a mix (a packed record given text entries): expand it all first
        record = unpack(record)
        entries = record["provenance"]
    places: dict[str, dict[str, int]] = {table: {} for _, table in TABLES}
    packed = []
    for entry in entries:
        if type(entry) is dict and any(key in entry for key, _ in TABLES):
            entry = dict(entry)
            for key, table in TABLES:
                if type(entry.get(key)) is str:
                    entry[key] = places[table].setdefault(entry[key], len(places[table]))
                elif type(entry.get(key)) is int:  # an index `unpack` found nothing at: it named nothing
                    del entry[key]
        packed.append(entry)
    out = {name: value for name, value in record.items() if name not in ("sentences", "articles")}
    out["provenance"] = packed
    for _, table in TABLES:
        if places[table]:
            out[table] = list(places[table])
    return out


def unpack(record: Any) -> Any:
    """`record` with its entries' indexes replaced by the sentences and articles they name, without the tables;
    `record` itself when it has no tables (the older form). Never changes `record`. An index that names nothing
    stays as it is, for the record's check to report (`provenance.check`)."""
    if not _has_tables(record):
        return record
    tables = {table: record.get(table) if type(record.get(table)) is list else [] for _, table in TABLES}
    out = {name: value for name, value in record.items() if name not in ("sentences", "articles")}
    entries = record.get("provenance")
    if type(entries) is list:
        out["provenance"] = [_expanded(entry, tables) for entry in entries]
    return out


def pack_json(raw: bytes) -> bytes:
    """A record's JSON packed (`pack`); the same bytes when no entry holds a sentence or article as text."""
    if not any(mark in raw for mark in _MARKS):
        return raw
    record = orjson.loads(raw)
    packed = pack(record)
    return raw if packed is record else orjson.dumps(packed)


def unpack_all(table: dict[str, Any]) -> dict[str, Any]:
    """Each record of `table` (doc id → record, just parsed: no one holds them yet) unpacked in place; returns
    `table`. In place because it runs on every record of every open: a copy of each entry cost three times as much."""
    for record in table.values():
        if _has_tables(record):
            _unpack_in_place(record)
    return table


def pack_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """A journal transaction (`{"put": …, "del": …}`) with its records packed; `entry` when none changes."""
    out = entry
    for part in ("put", "del"):
        records = entry.get(part)
        if type(records) is dict:
            packed = {doc_id: pack(record) for doc_id, record in records.items()}
            if any(packed[doc_id] is not record for doc_id, record in records.items()):
                out = {**out, part: packed}
    return out


def unpack_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """A journal transaction just read back, its records unpacked in place (`unpack_all`); returns `entry`."""
    for part in ("put", "del"):
        if type(entry.get(part)) is dict:
            unpack_all(entry[part])
    return entry


def loads(raw: bytes | bytearray | memoryview | str) -> Any:
    """`orjson.loads` for a stored JSON document: a record comes back unpacked (PostgreSQL's jsonb reader)."""
    value = orjson.loads(raw)
    if _has_tables(value):
        _unpack_in_place(value)
    return value


def _unpack_in_place(record: dict[str, Any]) -> None:
    sentences, articles = record.pop("sentences", None), record.pop("articles", None)
    sentences = sentences if type(sentences) is list else []
    articles = articles if type(articles) is list else []
    entries = record.get("provenance")
    if type(entries) is not list:
        return
    said, named = len(sentences), len(articles)
    for entry in entries:
        if type(entry) is dict:
            at = entry.get("sentence")
            if type(at) is int and 0 <= at < said:
                entry["sentence"] = sentences[at]
            at = entry.get("article")
            if type(at) is int and 0 <= at < named:
                entry["article"] = articles[at]


def _expanded(entry: Any, tables: dict[str, list[Any]]) -> Any:
    if type(entry) is not dict:
        return entry
    out = entry
    for key, table in TABLES:
        at = entry.get(key)
        if type(at) is int and 0 <= at < len(tables[table]):
            if out is entry:
                out = dict(entry)
            out[key] = tables[table][at]
    return out


def _holds_text(entry: Any) -> bool:
    return type(entry) is dict and (type(entry.get("sentence")) is str or type(entry.get("article")) is str)


def _has_tables(record: Any) -> bool:
    return type(record) is dict and ("sentences" in record or "articles" in record)
