"""What the browser knows about the loaded store, apart from any widget.

`Catalog` wraps the core `SurveyIndex` with what only the browser needs:
sort orders, which province each ward label lies in (for the facet tree,
from `SurveyIndex.ward_provinces`), and the text of each list row. It is
built in a worker thread from the records `newest_first` sorted, which the
list shows meanwhile at the same positions; it holds no reference to the app
and never touches the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from store.folding import fold
from store.gazetteer import split_level
from store.index import NewestFirst, Result, SurveyIndex
from store.query import Filter
from store.taxonomy import taxonomy

from .safe import visible
from .settings import SORTS


@dataclass(frozen=True)
class Row:
    """One list row's cells, already made safe for the terminal."""

    date: str
    locality: str
    body: str
    leader: str
    topics: str


@dataclass(frozen=True)
class Found:
    """A search's outcome in the order the list shows it."""

    query: Filter
    sort: str
    positions: list[int]
    facets: dict[str, list[tuple[str, int]]]


class Catalog:
    def __init__(self, records: Iterable[dict[str, Any]], progress: Callable[[int], None] | None = None) -> None:
        """Records as `newest_first` returns them are not sorted again: positions stay those of that list."""
        self.index = SurveyIndex(records, progress=progress, presorted=isinstance(records, NewestFirst))
        self.ward_provinces = self.index.ward_provinces()
        self._sort_keys: dict[str, list[Any]] = {}

    def __len__(self) -> int:
        return len(self.index)

    def record(self, position: int) -> dict[str, Any]:
        return self.index.records[position]

    def search(self, query: Filter, sort: str) -> Found:
        result: Result = self.index.search(query)
        return Found(query, sort, self.sorted(result.positions, sort), result.facets)

    def sorted(self, positions: list[int], sort: str) -> list[int]:
        """Positions are newest first already; other orders tie-break on that."""
        if sort not in SORTS or sort == "date":
            return positions
        keys = self._sort_keys.get(sort)
        if keys is None:
            keys = [self._sort_key(record, sort) for record in self.index.records]
            self._sort_keys[sort] = keys
        return sorted(positions, key=lambda p: (keys[p], p))

    def _sort_key(self, record: dict[str, Any], sort: str) -> str:
        if sort == "locality":
            return fold(locality_text(record))
        return fold(record.get("body", ""))


def ward_label(locality: dict[str, Any]) -> str:
    """The name the ward facet uses: today's ward, else the unit as written, without its level."""
    if locality.get("ward"):
        return split_level(locality["ward"]["name"])[1]
    return split_level(locality["name"])[1]


def short_province(name: str) -> str:
    """"Hồ Chí Minh" for "Thành phố Hồ Chí Minh": the list has little room."""
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def locality_text(record: dict[str, Any]) -> str:
    """"Vũng Tàu, Rạch Dừa · Hồ Chí Minh", "Dĩ An · Hồ Chí Minh (Bình Dương)".

    Wards or old units, then today's province(s), then the former province
    a merged unit was in when visited.
    """
    localities = record.get("localities", [])
    names = dict.fromkeys(ward_label(loc) for loc in localities)
    provinces = dict.fromkeys(short_province(loc["province"]["name"]) for loc in localities)
    former = dict.fromkeys(loc["former_province"] for loc in localities if loc.get("former_province"))
    text = ", ".join(names) + " · " + ", ".join(provinces)
    return text + (f" ({', '.join(former)})" if former else "")


def list_row(record: dict[str, Any], lang: str) -> Row:
    terms = taxonomy()
    return Row(
        date=visible(record.get("date", "")),
        locality=visible(locality_text(record)),
        body=visible(record.get("body", "")),
        leader=visible(record.get("leader", {}).get("name", "")),
        topics=visible(", ".join(terms.topic_label(t, lang) for t in record.get("topics", []))),
    )
