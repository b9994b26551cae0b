"""An in-memory index over the store, built once at open, so filters never scan TinyDB.

Records are held newest first. Each facet maps a value to the set of
record positions that carry it; a date span becomes a slice of the date
order; free text is searched in one folded blob. The store stays the source
of truth: the index is rebuilt after every write.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .gazetteer import gazetteer
from .folding import fold
from .matching import Matcher, ProvinceValue, RecordKeys, keys_of, word_prefix
from .query import Filter

FACETS = ("province", "ward", "topic", "year", "body", "kind")
_SEPARATOR = "\x00"


@dataclass(frozen=True)
class Result:
    """Positions (newest first) of the records that match, and the facet counts."""

    positions: list[int]
    facets: dict[str, list[tuple[str, int]]]


class SurveyIndex:
    def __init__(self, records: Iterable[dict[str, Any]], progress: Callable[[int], None] | None = None) -> None:
        self.records = sorted(records, key=lambda r: (r.get("date", ""), r.get("id", "")), reverse=True)
        self.keys: list[RecordKeys] = []
        self._facet_sets: dict[str, dict[str, set[int]]] = {name: {} for name in FACETS}
        self._match_sets: dict[str, dict[Any, set[int]]] = {
            name: {} for name in ("ward", "province", "former", "topic", "body", "kind")
        }
        self._ascending_dates: list[str] = []
        for position, record in enumerate(self.records):
            keys = keys_of(record)
            self.keys.append(keys)
            self._add_facets(position, record, keys)
            if progress and position % 5000 == 0:
                progress(position)
        self._ascending_dates = [keys.date for keys in reversed(self.keys)]
        self._blob = _SEPARATOR.join(keys.text for keys in self.keys)
        self._starts = _offsets(self.keys)
        self.by_id = {record["id"]: position for position, record in enumerate(self.records)}

    def __len__(self) -> int:
        return len(self.records)

    def _add_facets(self, position: int, record: dict[str, Any], keys: RecordKeys) -> None:
        places = gazetteer()
        values = {
            "province": {places.province(code).name for code in keys.province_codes},
            "ward": set(keys.ward_labels),
            "topic": set(keys.topics),
            "year": {keys.date[:4]},
            "body": {record.get("body", "")},
            "kind": {keys.kind},
        }
        for facet, facet_values in values.items():
            for value in facet_values:
                self._facet_sets[facet].setdefault(value, set()).add(position)
        matching = {
            "ward": keys.wards, "province": keys.province_codes, "former": keys.former_provinces,
            "topic": keys.topics, "body": (keys.body,), "kind": (fold(keys.kind),),
        }
        for name, match_values in matching.items():
            for value in match_values:
                self._match_sets[name].setdefault(value, set()).add(position)

    # -- querying --------------------------------------------------------
    def search(self, query: Filter, with_facets: bool = True) -> Result:
        matcher = Matcher(query)
        positions = sorted(self._candidates(matcher))
        facets = self.facet_counts(query) if with_facets else {}
        return Result(positions, facets)

    def facet_counts(self, query: Filter) -> dict[str, list[tuple[str, int]]]:
        """Counts per facet value under the filter less that facet's own clauses (OR within a facet)."""
        counts: dict[str, list[tuple[str, int]]] = {}
        for facet in FACETS:
            narrowed = query.without_field(facet)
            pool = self._candidates(Matcher(narrowed))
            tally = Counter({value: len(members & pool) for value, members in self._facet_sets[facet].items()})
            counts[facet] = [(value, n) for value, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])) if n]
        return counts

    def _candidates(self, matcher: Matcher) -> set[int]:
        pool: set[int] | None = self._date_slice(*matcher.span) if matcher.span else None
        for found in self._narrowings(matcher):
            if found is not None:
                pool = found if pool is None else pool & found
        if pool is None:
            pool = set(range(len(self.records)))
        for text in matcher.texts:
            pool = self._by_text(text, pool)
        if matcher.statuses or matcher.overdue:
            pool = {p for p in pool if matcher.matches(self.keys[p])}
        return pool

    def _narrowings(self, matcher: Matcher) -> Iterable[set[int] | None]:
        if matcher.wards:
            yield self._vocabulary("ward", lambda key: any(word_prefix(w, key) for w in matcher.wards))
        if matcher.provinces:
            yield set().union(*(self._province(value) for value in matcher.provinces))
        if matcher.topics is not None:
            yield self._vocabulary("topic", lambda topic: topic in matcher.topics)
        if matcher.bodies:
            yield self._vocabulary("body", lambda body: any(word_prefix(b, body) for b in matcher.bodies))
        if matcher.kinds:
            yield self._vocabulary("kind", lambda kind: any(kind.startswith(k) for k in matcher.kinds))

    def _province(self, value: ProvinceValue) -> set[int]:
        if value.former:
            return self._match_sets["former"].get(value.former, set())
        return set().union(*(self._match_sets["province"].get(code, set()) for code in value.codes))

    def _vocabulary(self, name: str, accept: Callable[[Any], bool]) -> set[int]:
        found: set[int] = set()
        for key, members in self._match_sets[name].items():
            if accept(key):
                found |= members
        return found

    def _date_slice(self, start: str, end: str) -> set[int]:
        total = len(self._ascending_dates)
        low, high = bisect_left(self._ascending_dates, start), bisect_right(self._ascending_dates, end)
        return set(range(total - high, total - low))

    def _by_text(self, text: str, pool: set[int]) -> set[int]:
        """Few candidates: test each; many: one pass of str.find over the folded blob."""
        if len(pool) * 8 < len(self.records):
            return {p for p in pool if text in self.keys[p].text}
        found: set[int] = set()
        at = self._blob.find(text)
        while at != -1:
            position = bisect_right(self._starts, at) - 1
            found.add(position)
            next_start = self._starts[position + 1] if position + 1 < len(self._starts) else len(self._blob)
            at = self._blob.find(text, next_start)
        return found & pool


def _offsets(keys: list[RecordKeys]) -> list[int]:
    starts, offset = [], 0
    for item in keys:
        starts.append(offset)
        offset += len(item.text) + len(_SEPARATOR)
    return starts
