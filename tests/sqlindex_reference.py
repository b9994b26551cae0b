"""What a full scan says, for the persistent index's agreement tests (`test_sqlindex*`).

Shared so that every file that checks `store.sqlindex` against a scan uses one reference: `Matcher` for every
field but dates, date clauses ORed per field, facet counts in the Vietnamese order the index keeps.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from store.collation import by_count_then_name
from store.dates import Span, in_bounds
from store.gazetteer import gazetteer
from store.matching import Matcher, RecordKeys
from store.query import DATE_FIELDS, Filter
from store.sqlindex import SqlIndex
from store.sqlindex.compile import FACETS
from tests.synthetic import generate
from tests.test_index_vs_scan import _odd_records

SEEDS = (1, 2)
RECORDS = 400


class Reference:
    """What a full scan says: `Matcher` for every field but dates, whose clauses are ORed per field."""

    def __init__(self, query: Filter) -> None:
        self.matcher = Matcher(Filter(tuple(c for c in query.clauses if c.field not in DATE_FIELDS)))
        spans = [[clause.span() for clause in query.clauses_of(field)] for field in DATE_FIELDS]
        self.spans: list[list[tuple[str, str]]] = [
            [(s.start.isoformat(), s.end.isoformat()) if isinstance(s, Span) else s.bounds() for s in field_spans]
            for field_spans in spans if field_spans]

    def matches(self, keys: RecordKeys) -> bool:
        return self.matcher.matches(keys) and all(
            any(in_bounds(keys.date, low, high) for low, high in spans) for spans in self.spans)


def newest(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r["date"], r["id"]), reverse=True)


def scan_facets(
    records: list[dict[str, Any]], keys: list[RecordKeys], query: Filter
) -> dict[str, list[tuple[str, int]]]:
    places = gazetteer()
    counts = {}
    for facet in FACETS:
        reference = Reference(query.without_field(facet))
        tally: Counter = Counter()
        for record, k in zip(records, keys, strict=True):
            if reference.matches(k):
                tally.update({
                    "province": {places.province(code).name for code in k.province_codes},
                    "ward": set(k.ward_labels), "topic": set(k.topics), "year": {k.date[:4]},
                    "body": {record.get("body", "")}, "kind": {k.kind},
                }[facet])
        counts[facet] = sorted(tally.items(), key=by_count_then_name)
    return counts


def build_index(seed: int, folder: Path) -> tuple[SqlIndex, list[dict[str, Any]], int]:
    """A built index over a generated store of `RECORDS` records plus odd ones, with the records and the seed."""
    records = generate(RECORDS, seed=seed) + _odd_records(seed)
    index = SqlIndex(folder / "i.sqlite3", lambda: "t1", lambda: records)
    index.build()
    return index, records, seed
