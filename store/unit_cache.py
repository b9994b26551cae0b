"""The units merged away a store's records name, kept across store versions and read again only where rows moved.

The ward picker (`w`) and the province picker (`p`) offer the provinces,
districts and communes merged away that the records name (`tui.former`). A
file store's persistent index keeps them (`store.sqlindex.units`); a store
without one (PostgreSQL) had them collected by a pass over every record, once
per catalog, which is once per write by any office: 11 s at 20,000 visits on
PostgreSQL, each time (`scripts/bench_former_wards.py`, session 37). So one
`UnitCache` per browser keeps each record's units (`named_units`) by id and,
when the store's change token moves, asks a database for each row's stamp
(`row_stamps`, no record sent) and reads again only the units of the rows
whose stamp moved (`row_units`); a database keeps each row's units in the row
(`store.postgres.units`, session 38), so no pass reads a record. The order is
the repeat-link index's (`store.item_links.LinkCache`): token, then stamps,
then rows, so a write between is seen at the next token, never missed. A
repository without stamps is read whole at each new token.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import orjson

from .repository import Repository
from .sqlindex.units import Named, named_units


class UnitCache:
    """Each record's named units by id, for one repository, brought up to date at each new change token."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token: str | None = None
        self._stamps: dict[str, str] = {}
        self._by_id: dict[str, frozenset[Named]] = {}
        self._units: frozenset[Named] | None = None

    def units(self, repository: Repository) -> frozenset[Named]:
        """Every unit some record of `repository` names, as the store is now; callers in threads share one pass."""
        with self._lock:
            token = repository.change_token()
            if self._units is None or token != self._token:
                units_of = getattr(repository, "row_units", None)
                if callable(units_of):
                    self._by_rows(repository, units_of)
                else:
                    self._by_id = {str(number): named_units(record)
                                   for number, record in enumerate(repository.records())}
                self._units = frozenset().union(*self._by_id.values())
                self._token = token
            return self._units

    def _by_rows(self, database: Any, units_of: Any) -> None:
        """The first time every row's units; then the stamps, and the units of the rows that moved."""
        if self._units is None:
            rows = units_of(None)
            self._by_id, self._stamps = {}, {}
        else:
            stamps = database.row_stamps()
            moved = [survey for survey, stamp in stamps.items() if self._stamps.get(survey) != stamp]
            for survey in set(self._stamps) - set(stamps):
                del self._by_id[survey], self._stamps[survey]
            rows = units_of(moved) if moved else []
            for survey in set(moved) - {row[0] for row in rows}:  # deleted after its stamp was read
                self._by_id.pop(survey, None)
                self._stamps.pop(survey, None)
        self._file(rows)

    def _file(self, rows: Iterable[tuple[str, str, frozenset[Named]]]) -> None:
        for survey, stamp, units in rows:
            self._by_id[survey] = units
            self._stamps[survey] = stamp


def units_of_localities(localities: list[dict[str, Any]]) -> frozenset[Named]:
    """The units a record holding these localities names (`named_units`), each locality worked out once."""
    return frozenset().union(*map(_units_of, localities))


def _units_of(locality: dict[str, Any]) -> frozenset[Named]:
    """One locality's units (`named_units` of a record holding it alone), worked out once per distinct locality:
    an archive's visits name a few thousand places between them, and `named_units` costs about half a
    millisecond a record (the levels split, the names folded), most of the first pass at 20,000 visits."""
    try:
        return _units_by_key(orjson.dumps(locality, option=orjson.OPT_SORT_KEYS))
    except TypeError:  # not JSON as stored (a test's object): worked out as it is
        return named_units({"localities": [locality]})


@lru_cache(maxsize=65536)
def _units_by_key(key: bytes) -> frozenset[Named]:
    return named_units({"localities": [orjson.loads(key)]})
