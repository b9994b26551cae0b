"""The pickers' units merged away, kept from one store version to the next where no index keeps them (session 37).

Without the file store's index (PostgreSQL), the ward and province pickers' units merged away were collected by a
pass over every record once per catalog, that is after every write of any office: 11 s at 20,000 visits
(`scripts/bench_former_wards.py`). `store.unit_cache` keeps each record's units; after another office's write a
database is asked for its rows' stamps and only the moved rows' units are read (kept in each row since session 38:
`store.postgres.units`). Whatever the writes (a visit
added naming a commune merged away, a locality edited, a visit deleted, deleted and stored again under its id, an
import replacing one), the units offered are those a pass over every record finds, and a database's records are
never read whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from store.query import Filter
from store.repository import Repository
from tests.contract.test_former_units import QUANG_TRI, _visit, every_record
from tui.former import former_units
from tui.model import Catalog
from tui.searcher import Searcher

QUANG_NGAI = {"name": "Tỉnh Quảng Ngãi", "code": 51}


def _searcher(repository: Repository) -> Searcher:
    """The browser's searcher with no index to keep the units (PostgreSQL's case; a file store's index put aside)."""
    repository.search(Filter(), limit=0)
    searcher = Searcher(repository)
    searcher.index = None
    return searcher


def _whole(repository: Repository) -> list[tuple[str, str, str]]:
    """The units as a new browser finds them: a fresh searcher, every record read (by another handle than the one
    watched)."""
    return former_units(Catalog(_searcher(repository)))


def _writes() -> list[tuple[str, Callable[[Repository], Any]]]:
    moved = QUANG_TRI | {"name": "Tỉnh Quảng Trị"}
    return [
        ("a visit naming a commune merged away", lambda other: other.upsert_many(
            [_visit("2024-11-02-qng-tinh-an", "xã Tịnh Ấn Tây", QUANG_NGAI, ("Xã Đông Sơn", 21109))])),
        ("a locality edited", lambda other: other.update("2024-05-04-qb-bo-trach", lambda record: {
            **record, "localities": [{**record["localities"][0], "name": "huyện Quảng Ninh", "province": moved}]})),
        ("a visit deleted", lambda other: other.delete(["2024-10-20-qng-tinh-hoa"])),
        ("deleted and stored again", lambda other: (
            other.delete(["2025-10-01-qt-hoan-lao"]),
            other.upsert_many([_visit("2025-10-01-qt-hoan-lao", "huyện Lệ Thủy", QUANG_TRI, None, "Quảng Bình")]))),
        ("an import replacing a visit", lambda other: other.upsert_many(
            [_visit("2024-11-02-qng-tinh-an", "xã Tịnh Hòa", QUANG_NGAI, ("Xã Đông Sơn", 21109))],
            on_duplicate="update")),
    ]


def test_the_units_kept_follow_every_write_of_another_office(
        repository: Repository, backend: str, reopen: Callable[[], Repository]) -> None:
    repository.upsert_many(every_record())
    searcher = _searcher(repository)
    assert former_units(Catalog(searcher)) == _whole(repository)
    read_whole: list[int] = []
    asked: list[list[str] | None] = []
    records, units = repository.records, getattr(repository, "row_units", None)

    def read_every() -> Any:
        read_whole.append(1)
        return records()

    def rows_of(ids: list[str] | None = None) -> Any:
        asked.append(ids)
        return units(ids)  # type: ignore[misc]  # set only where the repository has it

    repository.records = read_every  # type: ignore[method-assign]
    if units is not None:
        setattr(repository, "row_units", rows_of)  # noqa: B010
    other = reopen()
    try:
        for said, write in _writes():
            write(other)
            kept = former_units(Catalog(searcher))  # a new catalog on the same searcher, as `tui.watching` makes
            assert kept == _whole(other), said  # the other office's handle: a new browser's pass
    finally:
        other.close()
    if backend == "postgres":
        assert read_whole == []  # never a record read whole after the first build: only the rows that moved
        assert all(ids is not None and len(ids) <= 2 for ids in asked), asked
