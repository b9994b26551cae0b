"""What the browser knows about the open store, apart from any widget: a repository, searched page by page.

`Catalog` wraps a `Repository` (the TinyDB file through its persistent
index, or PostgreSQL) with what only the browser needs: a search split into
its first page (shown at once) and its facet counts (which follow), the
records of the current search kept one page at a time as the list shows
them, and which provinces each ward label lies in (for the facet tree). The
records are never all held: the list asks for a row, and a page the catalog
does not have is fetched in a worker. It holds no reference to the app and
never touches the screen; its methods that query run in worker threads.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.levels import split_level
from store.query import Clause, Filter
from store.repository import FindsPositions, Page, Repository
from store.sqlindex import SqlIndex
from store.taxonomy import taxonomy

from .days import visit_day
from .safe import visible
from .settings import SORTS

if TYPE_CHECKING:
    from store.sqlindex.units import Named

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


class Searcher:
    """What the catalog asks a store: the `Repository` calls it uses, with the ward → provinces map.

    For a TinyDB store the browser reads its persistent index directly, as
    it is, so a stale file (the store changed by another program) is shown
    while a new one is built; other repositories answer themselves.
    """

    def __init__(self, repository: Repository) -> None:
        self.repository = repository
        index = getattr(repository, "index", None)
        self.index: SqlIndex | None = index if isinstance(index, SqlIndex) else None

    def count(self) -> int:
        return self.index.count() if self.index else self.repository.count()

    def read_only(self) -> bool:
        """Whether the store refuses writes; asked once, in the worker that counts (a database asks the server)."""
        return self.repository is not None and self.repository.read_only

    def token(self) -> str | None:
        """The change token of the store state the searches answer from: a file store's index says which state it
        describes (it may be older than the store: a writer that does not keep the index, `fresh`); a store
        that answers its own searches (PostgreSQL) is always as it is now. None for records given in memory."""
        if self.repository is None:
            return None
        return self.index.indexed_token() if self.index else self.repository.change_token()

    def token_now(self) -> str:
        """The store's change token now (`Repository.change_token`): two stats of a file store's files, one row
        of a database. Differs from `token()` when another writer wrote since the catalog was counted."""
        return self.repository.change_token()

    def fresh(self) -> bool:
        """The searches answer from the store as it is (a file store's index is current, or there is none)."""
        return self.index is None or self.index.fresh()

    def search(self, query: Filter, **options: Any) -> Page:
        return self.index.search(query, **options) if self.index else self.repository.search(query, **options)

    def count_each(self, base: Filter, clauses: list[Clause]) -> list[int]:
        """How many surveys `base` finds with each clause added (each on a field `base` does not filter)."""
        if self.index:
            return self.index.count_each(base, clauses)
        if callable(counter := getattr(self.repository, "count_each", None)):  # PostgreSQL's: one pass for them all
            return list(counter(base, clauses))
        return [self.repository.search(base.with_clause(clause), limit=0, facets=False).total for clause in clauses]

    def count_wards(self, base: Filter, groups: list[list[int]]) -> list[int]:
        """How many surveys `base` finds placed in any ward of today of each group of codes (one place; a name's
        places), in one pass where the store can (`count_ward_keys`), else with the index's, else a search each."""
        from store.matching import ward_code_key  # noqa: PLC0415 - the ward picker's places of a shared name

        keys = [[ward_code_key(code) for code in group] for group in groups]
        if self.index:
            return self.index.count_each(base, [[Clause("ward", key, exact=True) for key in group] for group in keys])
        counter = getattr(self.repository, "count_ward_keys", None)
        if callable(counter):
            return list(counter(base, keys))
        return [self.repository.search(_with_all(base, group), limit=0, facets=False).total for group in keys]

    def position(self, query: Filter, record_id: str, sort: str) -> int | None:
        """Where a record stands in a search's order (`FindsPositions`); None when it does not match, or when the
        store cannot say without reading the pages before it (the reload then starts at the top)."""
        if self.index:
            return self.index.position(query, record_id, sort=sort)
        if isinstance(self.repository, FindsPositions):
            return self.repository.position(query, record_id, sort=sort)  # type: ignore[arg-type]
        return None

    def former_units(self, base: Filter) -> list[tuple[Named, int]] | None:
        """The units merged away and their counts under `base` (`SqlIndex.former_units`); None without an index."""
        return self.index.former_units(base) if self.index else None

    def prepare(self) -> None:
        """Read ahead what the first filtered search would wait for (`SqlIndex.prepare`); other repositories
        answer each search themselves."""
        if self.index:
            self.index.prepare()

    def idle(self) -> None:
        """Wait until no search has run for a moment (`IndexFile.idle`): the read-ahead's next part waits for it."""
        if self.index:
            self.index.idle()

    def interrupt(self) -> None:
        """Stop what the index is doing for a search that a newer one has made moot (its worker gets
        `Interrupted` and posts nothing)."""
        if self.index:
            self.index.interrupt()

    def leaders_filling(self) -> tuple[int, int] | None:
        """(records whose leader names are indexed, records) while an older index file is given them
        (`SqlIndex.leaders_seen`, read without waiting for the search that holds the index); else None."""
        return self.index.leaders_seen if self.index else None

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record of the store, one at a time (`tui.former` collects the units merged away)."""
        return self.index.records() if self.index else self.repository.records()

    def body_kinds(self) -> dict[str, str]:
        """Each body's type where the store keeps them (its index); empty otherwise (typed when shown)."""
        return self.index.body_kinds() if self.index else {}

    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        if self.index:
            return self.index.ward_provinces()
        known = getattr(self.repository, "ward_provinces", None)
        return known() if callable(known) else {}


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


def preloaded(records: Iterable[dict[str, Any]]) -> Searcher:
    """A searcher over records given in memory (tests, a store opened elsewhere): indexed in a scratch file."""
    given = list(records)
    folder = Path(tempfile.mkdtemp(prefix="surveys-preloaded-"))
    index = SqlIndex(folder / "index.sqlite3", lambda: "preloaded", lambda: given)
    index.build()
    searcher = Searcher.__new__(Searcher)
    searcher.repository = None  # type: ignore[assignment]
    searcher.index = index
    weakref.finalize(searcher, _remove, index, folder)  # the scratch file goes with the searcher
    return searcher


def _remove(index: SqlIndex, folder: Path) -> None:
    index.close()
    shutil.rmtree(folder, ignore_errors=True)


def _with_all(base: Filter, keys: list[str]) -> Filter:
    """`base` with a ward clause for each key (ORed, as a field's clauses are)."""
    for key in keys:
        base = base.with_clause(Clause("ward", key, exact=True))
    return base


def _sort(sort: str) -> str:
    return sort if sort in SORTS else "date"


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
        date=visit_day(record, lang),
        locality=visible(locality_text(record)),
        body=visible(record.get("body", "")),
        leader=visible(record.get("leader", {}).get("name", "")),
        topics=visible(", ".join(terms.topic_label(t, lang) for t in record.get("topics", []))),
    )
