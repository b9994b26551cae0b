"""What the browser's catalog asks a store: a `Repository`'s searches and counts, or its index's, as one interface.

`Searcher` sits between `tui.model.Catalog` and the store: a TinyDB store's
persistent index is read directly (a stale one is shown while a new one is
built), other repositories (PostgreSQL) answer themselves. `preloaded`
makes one over records given in memory (tests, a store opened elsewhere).
Its methods that query run in worker threads.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.query import Clause, Filter
from store.repository import FindsPositions, Page, Repository
from store.sqlindex import SqlIndex

if TYPE_CHECKING:
    from store.sqlindex.units import Named
    from store.unit_cache import UnitCache


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
        self._units: UnitCache | None = None

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

    def addressed_items(self, query: Filter) -> list[list[dict[str, Any]]]:
        """Each survey `query` finds as its items (the `a` picker's offices, `store.addressee_choices`): a store that
        answers its own searches sends only their addressees, statuses and deadlines (PostgreSQL's)."""
        reader = None if self.index else getattr(self.repository, "addressed_items", None)
        if callable(reader):
            return list(reader(query))
        return [[*record.get("recommendations", []), *record.get("directions", [])]
                for record in self.search(query, facets=False).records]

    def count_wards(self, base: Filter, groups: list[list[int]], names: Sequence[Clause] = ()) -> list[int]:
        """How many surveys `base` finds placed in any ward of today of each group of codes (one place; a name's
        places), then with each of `names` added (whole ward names, `count_each`): in one pass where the store can
        (`count_places`, `count_ward_keys`), else with the index's, else a search each."""
        from store.facet_keys import ward_code_key  # noqa: PLC0415 - the ward picker's places of a shared name

        keys = [[ward_code_key(code) for code in group] for group in groups]
        if not self.index and callable(together := getattr(self.repository, "count_places", None)):
            return list(together(base, keys, list(names)))
        if self.index:
            counted = self.index.count_each(base, [[Clause("ward", key, exact=True) for key in group]
                                                   for group in keys])
        elif callable(counter := getattr(self.repository, "count_ward_keys", None)):
            counted = list(counter(base, keys))
        else:
            counted = [self.repository.search(_with_all(base, group), limit=0, facets=False).total for group in keys]
        return [*counted, *(self.count_each(base, list(names)) if names else [])]

    def places_in_one_pass(self) -> bool:
        """Whether `count_wards` counts the names with the places in the same pass (PostgreSQL's `count_places`):
        then the `w` picker asks every shared name alone at once rather than a second pass for those it needs."""
        return not self.index and callable(getattr(self.repository, "count_places", None))

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

    def named_units(self) -> frozenset[Named]:
        """The units merged away the records name (`store.sqlindex.units.named_units`), for the pickers when the
        index does not count them: a store that answers its own searches (PostgreSQL) keeps them across its
        versions and reads again only the rows that moved (`store.unit_cache`); else every record is read."""
        from store.sqlindex.units import named_units  # noqa: PLC0415 - with the first picker, not at launch
        from store.unit_cache import UnitCache  # noqa: PLC0415

        if self.index or self.repository is None:
            return frozenset().union(*map(named_units, self.records()))
        if self._units is None:
            self._units = UnitCache()
        return self._units.units(self.repository)

    def body_kinds(self) -> dict[str, str]:
        """Each body's type where the store keeps them (its index); empty otherwise (typed when shown)."""
        return self.index.body_kinds() if self.index else {}

    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        if self.index:
            return self.index.ward_provinces()
        known = getattr(self.repository, "ward_provinces", None)
        return known() if callable(known) else {}



def preloaded(records: Iterable[dict[str, Any]]) -> Searcher:
    """A searcher over records given in memory (tests, a store opened elsewhere): indexed in a scratch file."""
    given = list(records)
    folder = Path(tempfile.mkdtemp(prefix="surveys-preloaded-"))
    index = SqlIndex(folder / "index.sqlite3", lambda: "preloaded", lambda: given)
    index.build()
    searcher = Searcher.__new__(Searcher)
    searcher.repository = None  # type: ignore[assignment]
    searcher.index = index
    searcher._units = None
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
