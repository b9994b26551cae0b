"""The repeat-link index kept up to date after other offices' writes, on every backend (session 36).

Session 35 made the file store's index file again only the visits a change touched; on PostgreSQL the cache still
read every record again on each change. A database now says each row's stamp and only the rows whose stamp moved
are read (`LinkCache`, `row_stamps`, `records_of`). Here: after edits, a status, a deletion, an addition and a
visit deleted and stored again under its id, by another handle, the cache's index answers every visit as an index
built whole; and after the first build, `records()` (every record) is never read again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from store.item_links import LinkCache, LinkIndex
from store.repository import Repository
from tests.test_item_links import CON_CUONG, MON_SON
from tests.test_item_links import visit as item_visit
from tests.test_link_index import ASKS, same

PLACES = {17254: CON_CUONG, 17263: MON_SON}


def visit(rid: str, day: str, ward: int, asks: list[int]) -> dict[str, Any]:
    """A stored visit at xã `ward` (Con Cuông or Môn Sơn) whose recommendations are `ASKS[i]` for i in `asks`."""
    return item_visit(rid, day, PLACES[ward], [ASKS[at] for at in asks])


def _edit(field: str, value: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def change(record: dict[str, Any]) -> dict[str, Any]:
        record["recommendations"][0][field] = value
        return record
    return change


WRITES: tuple[tuple[str, Callable[[Repository], object]], ...] = (
    ("an item's text", lambda office: office.update("b", _edit("text", ASKS[3]))),
    ("an item's status", lambda office: office.update("a", _edit("status", "done"))),
    ("a visit deleted", lambda office: office.delete(["c"])),
    ("a visit added", lambda office: office.upsert_many([visit("d", "2026-11-02", 17254, [1, 3])])),
    ("a visit stored again under its id", lambda office: (office.delete(["b"]), office.upsert_many(
        [visit("b", "2026-09-18", 17263, [0])]))),
    ("a visit replaced by an import", lambda office: office.upsert_many(
        [visit("a", "2026-01-05", 17254, [2])], on_duplicate="update")),
)


@pytest.fixture
def stored(repository: Repository) -> Repository:
    repository.upsert_many([visit("a", "2026-01-05", 17254, [0, 2]), visit("b", "2026-03-12", 17254, [1]),
                            visit("c", "2026-09-18", 17254, [3]), visit("e", "2026-09-18", 17263, [1])])
    return repository


def test_the_cache_follows_each_write_of_another_office_as_a_whole_build(stored: Repository, reopen) -> None:
    cache = LinkCache()
    cache.index(stored)
    office = reopen()
    try:
        for what, write in WRITES:
            write(office)
            records = list(stored.records())
            same(cache.index(stored), LinkIndex(records), records)
            assert cache.index(stored) is cache.index(stored), what  # the same version: not read again
    finally:
        office.close()


def test_after_the_first_build_the_cache_never_reads_every_record(stored: Repository, reopen,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cache = LinkCache()
    cache.index(stored)
    records = type(stored).records

    def every_record(self: Repository) -> Any:
        raise AssertionError("the cache read every record again for one change")

    monkeypatch.setattr(type(stored), "records", every_record)
    office = reopen()
    try:
        for _, write in WRITES:
            write(office)
            cache.index(stored)
    finally:
        office.close()
    monkeypatch.setattr(type(stored), "records", records)
    whole = list(stored.records())
    same(cache.index(stored), LinkIndex(whole), whole)
