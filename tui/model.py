"""What the browser knows about the open store, apart from any widget: a repository, searched page by page.

`Catalog` wraps a `Repository` (the TinyDB file through its persistent
index, or PostgreSQL; asked through `tui.searcher.Searcher`) with what only the browser needs: a search split into
its first page (shown at once) and its facet counts (which follow), the
records of the current search kept one page at a time as the list shows
them, and which provinces each ward label lies in (for the facet tree). The
records are never all held: the list asks for a row, and a page the catalog
does not have is fetched in a worker. It holds no reference to the app and
never touches the screen; its methods that query run in worker threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from store.folding import fold
from store.levels import split_level
from store.query import Filter
from store.taxonomy import taxonomy

from .days import visit_day
from .safe import visible
from .settings import SORTS

if TYPE_CHECKING:
    from .searcher import Searcher

PAGE = 100
"""Records fetched at a time: a few screens of the list."""
KEPT_PAGES = 50
"""Pages of the current search kept in memory (5,000 records at most)."""
FIRST_ROWS = 50
"""Records a search typed into the search line (or the launch's) brings with its count: more than the list
shows in a terminal of 100 lines; the rest of the first page is fetched when the list reaches it. Each record
is unpacked and parsed (some 0.07 ms): a whole page was half of a typed key's search at 100,000 records (#17).
Other searches bring the whole page, in which the survey selected before is looked for (`keep`)."""


@dataclass(frozen=True)
class Row:
    """One list row's cells, already made safe for the terminal."""

    date: str
    locality: str
    body: str
    leader: str
    topics: str
    hidden_match: bool = False
    """Listed for words in none of the fields the row and the pane's top show (a response, a figure): marked
    (`tui.found_text.hidden_match`), as the details pane's "found in" line says where."""


@dataclass(frozen=True, eq=False)
class Found:
    """A search's outcome: how many match, the first page in the order the list shows, and (later) the facets.

    Compared by identity: a page fetched belongs to the one search it was asked for.
    """

    query: Filter
    sort: str
    total: int
    first: list[dict[str, Any]]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    kept: tuple[str, int] | None = None
    """The record a reload keeps and where it stands, when that is past the first page (`Catalog.search`)."""

    @property
    def positions(self) -> range:
        """What the list shows: the place of each match in the search's order."""
        return range(self.total)


class Catalog:
    """The browser's side of a repository. Searches and page fetches run in workers; lookups do not query."""

    def __init__(self, searcher: Searcher, ward_provinces: dict[str, tuple[str, ...]] | None = None) -> None:
        self.searcher = searcher
        self.token = searcher.token()
        """The change token of the store state counted (read first: a write meanwhile shows as a change): for a
        file store, the state its index describes; None for records given in memory, which nobody else writes
        (`tui.watching`)."""
        self.counted = searcher.count()
        """The store's size as counted with the catalog (what a note of another writer's change starts from)."""
        self.total = self.counted
        """The store's size as last known: a search newer than the count may tell more (`show`)."""
        self.read_only = searcher.read_only()
        """Writes will be refused (a reader's database role, a read-only file): the edit keys say so at once."""
        self._ward_provinces = ward_provinces
        self._body_kinds: dict[str, str] | None = None
        self.found: Found | None = None
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        """Ward facet value → the provinces its visits lie in (the sidebar's tree). Read with the first facet
        counts (`facets`, in their worker), not when the catalog opens: the first rows need neither this nor
        `body_kinds` (a few thousand rows each, 10-15 ms of the launch at 100,000 records, #17)."""
        if self._ward_provinces is None:
            self._ward_provinces = facet_provinces(self.searcher.ward_provinces())
        return self._ward_provinces

    @property
    def body_kinds(self) -> dict[str, str]:
        """Body name → type, as the index keeps them (the sidebar and the B picker sum bodies by type)."""
        if self._body_kinds is None:
            self._body_kinds = self.searcher.body_kinds()
        return self._body_kinds

    def __len__(self) -> int:
        return self.total

    # -- in workers ----------------------------------------------------------
    def search(self, query: Filter, sort: str, rows: int = PAGE, keep: str | None = None) -> Found:
        """The first `rows` records of a search (at most a page), without facet counts (they cost more and are
        shown after); with where the record `keep` stands when it is past them (a reload keeps it selected)."""
        page = self.searcher.search(query, sort=_sort(sort), offset=0, limit=min(rows, PAGE), facets=False)
        found = Found(query, sort, page.total, page.records)
        if keep is None or any(record.get("id") == keep for record in page.records):
            return found
        place = self.searcher.position(query, keep, _sort(sort))
        return found if place is None else Found(query, sort, page.total, page.records, kept=(keep, place))

    def facets(self, found: Found, places: bool = True) -> dict[str, list[tuple[str, int]]]:
        """The facet counts of `found`, with the places of the shared ward names ("ward_places") if `places`."""
        counts = self.searcher.search(found.query, sort=_sort(found.sort), offset=0, limit=0, facets=True).facets
        _ = self.body_kinds
        if self._ward_provinces is None:  # read here in the worker, as `body_kinds`: the sidebar shows them with them
            self._ward_provinces = facet_provinces(self.searcher.ward_provinces(), dict(counts.get("province", [])))
        found_places = self.ward_places(found.query, counts) if places else []
        return {**counts, "ward_places": found_places} if found_places else counts

    def ward_places(self, query: Filter, counts: dict[str, list[tuple[str, int]]]) -> list[tuple[str, int]]:
        """The sidebar's lines for the places of shared ward names (`tui.namesakes.sidebar_places`), in a worker."""
        from .namesakes import sidebar_places  # noqa: PLC0415 - with the gazetteer, after the first frame (#17)
        from .widgets.facets import LIMITS  # noqa: PLC0415 - the sidebar's, loaded with it
        return sidebar_places(self, query, counts.get("ward", []), self.ward_provinces, LIMITS["ward"])

    def fetch(self, found: Found, page: int) -> list[dict[str, Any]]:
        return self.searcher.search(found.query, sort=_sort(found.sort), offset=page * PAGE, limit=PAGE,
                                    facets=False).records

    def all_records(self, found: Found) -> list[dict[str, Any]]:
        """Every match, newest first (as `surveys export` writes them): for export and figures."""
        return self.searcher.search(found.query, sort="date", facets=False).records

    # -- on the app's thread -------------------------------------------------
    def show(self, found: Found) -> None:
        """`found` is now the search on screen: its first page is the only one kept. A search sees the store as it
        is, which may be newer than the count (another writer, seen by `tui.watching` within its interval): its
        total is the store's when it has no filter, and the store holds at least as many as any filter finds, so
        the status line never says more shown than held."""
        with self._lock:
            self.found = found
            self._pages = OrderedDict({0: found.first})
            self.total = found.total if not found.query.clauses else max(self.total, found.total)

    def keep(self, found: Found, page: int, records: list[dict[str, Any]]) -> bool:
        """Keep a fetched page if it belongs to the search on screen (False: a newer search replaced it)."""
        with self._lock:
            if found is not self.found:
                return False
            self._pages[page] = records
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
            return True

    def record(self, index: int) -> dict[str, Any] | None:
        """The record at `index` of the search on screen, or None while its page has not been fetched (or only
        its first rows, `FIRST_ROWS`)."""
        with self._lock:
            records = self._pages.get(index // PAGE)
            if records is not None:
                self._pages.move_to_end(index // PAGE)
        if records is None or index % PAGE >= len(records):
            return None
        return records[index % PAGE]

    def record_now(self, index: int) -> dict[str, Any] | None:
        """`record`, fetching its page here and now if needed (a key acting on the selected survey)."""
        found = self.found
        if found is None or not 0 <= index < found.total:
            return None
        record = self.record(index)
        if record is None:
            self.keep(found, index // PAGE, self.fetch(found, index // PAGE))
            record = self.record(index)
        return record

    def index_of(self, record_id: str) -> int | None:
        """Where a record of the first pages kept is in the search on screen (after a reload)."""
        with self._lock:
            for page, records in self._pages.items():
                for offset, record in enumerate(records):
                    if record.get("id") == record_id:
                        return page * PAGE + offset
        return None


def facet_provinces(found: dict[str, tuple[str, ...]], known: Collection[str] = ()) -> dict[str, tuple[str, ...]]:
    """The provinces of each ward as the province facet names them ("Khánh Hòa", `Gazetteer.province_name`), not as
    records wrote them ("Tỉnh Khánh Hòa" had made a heading apart from the facet's, without a number); the names the
    facet has (`known`) and those of no province of today as they are: the gazetteer (0.05 s) only for others."""
    named: dict[str, str] = {name: name for name in known}
    for provinces in found.values():
        for province in provinces:
            if province not in named:
                from store.gazetteer import gazetteer  # noqa: PLC0415 - in the facet worker, after the first frame

                unit = gazetteer().find_province(province)
                named[province] = unit.name if unit else province
    return {ward: tuple(dict.fromkeys(named[p] for p in provinces)) for ward, provinces in found.items()}


def _sort(sort: str) -> str:
    return sort if sort in SORTS else "date"


def ward_label(locality: dict[str, Any]) -> str:
    """The name the ward facet uses: today's ward, else the unit as written, without its level."""
    if locality.get("ward"):
        return split_level(locality["ward"]["name"])[1]
    return split_level(locality["name"])[1]


def written_label(locality: dict[str, Any]) -> str:
    """The list's name for a locality: as the report wrote it, without its level, then today's ward when that is
    another name ("Hương Ngải → Tây Phương"). It had been today's alone, so a 2024 visit to xã Hương Ngải read as one
    to Tây Phương (tryout11, session 39); a researcher reads old visits by the names they were written with, and the
    written name comes first so that it stays whole where the column cuts (19 cells at 80 columns: "Hương Ngải →
    Tây P…"). A numbered ward keeps its level ("phường 1 → Bàn Cờ"): "1" alone names nothing."""
    written = split_level(locality["name"])[1]
    today = ward_label(locality)
    if fold(written) == fold(today):
        return today
    shown = locality["name"] if written.isdigit() else written
    return f"{shown} → {today}"


def short_province(name: str) -> str:
    """"Hồ Chí Minh" for "Thành phố Hồ Chí Minh": the list has little room."""
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def locality_text(record: dict[str, Any]) -> str:
    """"Vũng Tàu, Rạch Dừa · Hồ Chí Minh", "Dĩ An · Hồ Chí Minh (Bình Dương)", "Hương Ngải → Tây Phương · Hà Nội".

    Places as written (with today's ward where it is another name: `written_label`), then today's province(s),
    then the former province a merged unit was in when visited.
    """
    localities = record.get("localities", [])
    names = dict.fromkeys(written_label(loc) for loc in localities)
    provinces = dict.fromkeys(short_province(loc["province"]["name"]) for loc in localities)
    former = dict.fromkeys(loc["former_province"] for loc in localities if loc.get("former_province"))
    text = ", ".join(names) + " · " + ", ".join(provinces)
    return text + (f" ({', '.join(former)})" if former else "")


def list_row(record: dict[str, Any], lang: str, hidden_match: bool = False) -> Row:
    terms = taxonomy()
    return Row(
        date=visit_day(record, lang),
        locality=visible(locality_text(record)),
        body=visible(record.get("body", "")),
        leader=visible(record.get("leader", {}).get("name", "")),
        topics=visible(", ".join(terms.topic_label(t, lang) for t in record.get("topics", []))),
        hidden_match=hidden_match,
    )
