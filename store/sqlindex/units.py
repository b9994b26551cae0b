"""The provinces and districts merged away that the records name, kept by the index with what each one's clause finds.

The province picker offers, after today's 34 provinces, the former provinces
and districts (units that ceased on 1 July 2025) its records name, each with
the number of records its clause (`province:"Bình Dương"`, `ward="Dĩ An"`)
finds under the rest of the filter. Finding them read every record (minutes
at a million) and counting them ran a search per unit (some hundreds, 15-40
ms each for a ward). So the index keeps, in four tables (`schema.UNIT_TABLES`):

* `unit`: each unit's clause, by kind ("province", "district") and name (a district's clause value, with its
  province where the gazetteer knows which of the districts of its name it is: `district_unit`);
* `uterm`: the filter terms (`rows.TERM_FIELDS`) that clause accepts, resolved
  once as `Matcher` resolves it (`accepted`): a record is found by the clause
  exactly when it holds one of them, so a record added later is placed by its
  own terms, without a search;
* `upost`: the records each clause finds (what a search of it alone returns);
* `uname`: how records name each unit (the former province it was in,
  today's province) and how many do: the picker offers those named at least once.

A build fills them once the rows are in; an in-place change (`build.apply`)
adds and removes a record's pairs (`Units`). A file of schema 10 gets the
tables empty (`wordfill.upgrade`) and filled by `fill` on first use: one pass
over the records the file keeps, outside the index's lock but for a step's
read. Counting under a filter is a histogram of the pairs whose record is in
the filter's pool (numpy, as the facets of a large pool are, `facets`).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from array import array
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

import orjson

from ..folding import fold
from ..levels import DISTRICT_LEVELS, split_level
from ..query import Clause, Filter
from .columns import COLUMN_TYPE, keep_array, load_array
from .facets import VECTORISED
from .packing import Packer
from .writing import written

if TYPE_CHECKING:
    from .rows import IndexRow


Named = tuple[str, str, str, str]
"""How a record names a unit: (kind, name, former province or "", today's `province.name`); a province's name as
written, a district's the value of its clause (`district_unit`: "huyện Tân Uyên, Lai Châu")."""
Term = tuple[str, str]
PAIRS = "unit_pairs"
"""`columns` key of every (record, unit) pair of `upost`, record numbers then unit ids (`_pairs`)."""
FEW = 2000
"""Pools this small are counted in SQL whether or not numpy is loaded (`UnitCounter.counted`)."""
STEP = 4096
"""Records read per step of `fill` (the index's lock is held for the read only)."""
FILLED = "all+mapped+wards+where"
"""`meta.units` of tables that describe every record as `named_units` names them now. Tables an earlier version
filled ("all": only the units records write; "all+mapped": not the communes as written; "all+mapped+wards": a
shared commune's name without its district and province, `former_communes.written_value`) lack some: `fill` makes
them again (from the file's records, its rows untouched)."""
WARD_LEVELS = ("xã", "phường", "thị trấn")
"""Levels of a commune as a report writes it: one written so and placed in a ward of another name is a former one."""


def named_units(record: dict[str, Any]) -> frozenset[Named]:
    """The former units a record names or lies in: the former province of a locality, a locality written as a
    district-level unit (a city inside a province included) with no ward of today (districts were abolished),
    the former provinces and districts today's ward of a locality was made from (`mapped_units`): a visit
    to xã Hoàn Lão in 2026 is found by `province:"Quảng Bình"` and `ward="Bố Trạch"`, so both are offered; and a
    commune as written when its ward of today has another name (`written_ward`: "xã Tịnh Hòa", now xã Đông Sơn),
    kind "ward", which the ward picker offers (the ward facet names today's ward only)."""
    found: set[Named] = set()
    for locality in record.get("localities", []):
        province = (locality.get("province") or {}).get("name", "")
        former = locality.get("former_province") or ""
        if former:
            found.add(("province", former, former, province))
        ward = locality.get("ward")
        if ward is None and locality.get("level") in DISTRICT_LEVELS:
            found.add(("district", district_unit(locality["level"], split_level(locality.get("name", ""))[1], former,
                                                 (locality.get("province") or {}).get("code")), former, province))
        elif ward is not None:
            found.update(mapped_units(ward.get("code"), (locality.get("province") or {}).get("code"), province))
            as_written = written_ward(locality)
            if as_written:
                found.add(("ward", as_written, former, province))
    return frozenset(found)


def written_ward(locality: dict[str, Any]) -> str | None:
    """A locality's commune as written ("xã Tịnh Hòa") when it is placed in a ward of today of another name (a
    commune merged away): the value of the clause that finds it, `ward="xã Tịnh Hòa"`, which also finds the visits
    to the ward it became; with its former district and province when another place bears its name (`ward="xã Tân
    Phú, huyện Châu Thành, Đồng Tháp"`, `store.former_communes`); None for a commune of today or a unit of another
    level."""
    level, name = split_level(locality.get("name", ""))
    today = split_level((locality.get("ward") or {}).get("name", ""))[1]
    if (level or "").lower() not in WARD_LEVELS or not name or not today or fold(name) == fold(today):
        return None
    from ..former_communes import written_value  # noqa: PLC0415 - the gazetteer, with the first commune written

    return written_value(f"{level.lower()} {name}", (locality.get("ward") or {}).get("code")) if level else None


@lru_cache(maxsize=8192)
def mapped_units(ward_code: Any, province_code: Any, province: str) -> frozenset[Named]:
    """The former provinces (merged into another) and districts today's ward `ward_code` was made from units of,
    as `Matcher` places it (`facet_keys.former_province_keys`, `Gazetteer.district_wards`)."""
    from ..gazetteer import gazetteer  # noqa: PLC0415 - loaded with the first unit named, not at the first frame

    places = gazetteer()
    if not isinstance(ward_code, int):
        return frozenset()
    try:
        today = places.province(province_code)
    except (KeyError, TypeError):
        return frozenset()
    found: set[Named] = set()
    for old in places.ward_origins(ward_code):
        if places.if_merged(old, today):
            found.add(("province", old, old, province))
    for district, old in places.ward_districts(ward_code):
        level, name = split_level(district)
        if not name.isdigit():  # not "Quận 1": the many "Quận 1" are offered as records write them only
            merged = places.if_merged(old, today) or ""
            found.add(("district", district_unit(level or "", name, old, province_code), merged, province))
    return frozenset(found)


def district_unit(level: str, name: str, former: str, province_code: Any) -> str:
    """The unit a district written `level name` is in the picker, as the value of its clause (`clause_of`): the one
    district with its province when the gazetteer knows which (`ward="huyện Tân Uyên, Lai Châu"`, `districts`);
    else every district of the name, with a level word one of them had (`ward="huyện Châu Thành"`: the places
    written so and the wards made from their units, `Gazetteer.district_wards`), or the name alone when no district
    had it (a unit the gazetteer does not know)."""
    from ..districts import unit_value  # noqa: PLC0415 - loaded with the first unit named, not at the first frame
    from ..gazetteer import gazetteer  # noqa: PLC0415

    if level in DISTRICT_LEVELS and (one := unit_value(level, name, former, province_code)):
        return one
    levels = sorted(gazetteer().district_levels(name))
    return f"{levels[0]} {name}" if levels and not name.isdigit() else name


def clause_of(kind: str, name: str) -> Clause:
    """The clause a unit stands for in the picker (and here): a province by name, a district by its value
    (`district_unit`) or a commune as written (`written_ward`) as a whole ward name."""
    return Clause("province", name) if kind == "province" else Clause("ward", name, exact=True)


def accepted(kind: str, name: str) -> set[Term]:
    """The filter terms a record must hold one of to be found by the unit's clause, as `compile` resolves the
    clause (`Matcher`): a former province by its folded name, else today's province codes; a district by its
    whole folded name and the codes of the wards a former ward of that name became."""
    from ..matching import Matcher  # noqa: PLC0415 - what a reader of the kept units need not load

    matcher = Matcher(Filter((clause_of(kind, name),)))
    if kind == "province":
        terms: set[Term] = set()
        for value in matcher.provinces:
            terms |= {("former", value.former)} if value.former else {("code", str(code)) for code in value.codes}
        return terms
    return {("ward", str(key)) for key in matcher.wards}  # whole names only (`WholeName`): equality, as in SQL


def filled(db: sqlite3.Connection) -> bool:
    """Whether the unit tables describe every record (a build's file, or one `fill` has completed)."""
    try:
        found = db.execute("SELECT value FROM meta WHERE key = 'units'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return found is not None and found[0] == FILLED


class Units:
    """The unit tables of one file, changed with its rows (`build.Writer`). A build (`building`) only counts how
    records name units and finds each unit's records at `finish`; an in-place change places each record it adds
    by its terms. A file whose tables are not `filled` is left alone: `fill` reads the records as they are."""

    def __init__(self, db: sqlite3.Connection, building: bool = False) -> None:
        self.db = db
        self.building = building
        self.live = building or filled(db)
        self.ids: dict[tuple[str, str], int] = {}
        self.by_term: dict[Term, list[int]] = {}
        if self.live and not building:
            self.ids = {(kind, name): u for u, kind, name in db.execute("SELECT u, kind, name FROM unit")}
            for u, field, value in db.execute("SELECT u, field, value FROM uterm"):
                self.by_term.setdefault((field, value), []).append(u)
        self.named: Counter[Named] = Counter()
        """How many more records name each unit (all of them, in a build)."""
        self.new: list[int] = []
        """Units this change brought: their records are found over the whole file at `finish`."""
        self.found: Counter[int] = Counter()
        """How many more records each unit's clause finds (`unit.found`: the unfiltered counts, read in one go)."""

    def add(self, n: int, row: IndexRow) -> None:
        if not self.live:
            return
        self.named.update(row.units)
        if self.building:
            return
        for kind, name, _, _ in row.units:
            self._unit(kind, name)
        found = {u for term in row.terms for u in self.by_term.get(term, ())}
        self.db.executemany("INSERT INTO upost(n, u) VALUES (?, ?)", [(n, u) for u in found])  # n is new
        self.found.update(found)

    def remove(self, n: int, row: IndexRow | None) -> None:
        if not self.live:
            return
        if row is not None:
            self.named.subtract(row.units)
        self.found.subtract(u for (u,) in self.db.execute("SELECT u FROM upost WHERE n = ?", (n,)))
        self.db.execute("DELETE FROM upost WHERE n = ?", (n,))

    def finish(self, terms: dict[Term, int]) -> None:
        """Write what the rows changed; `terms` are the file's term ids (`build.Writer.terms`), every row in."""
        if not self.live:
            return
        db = self.db
        for kind, name, _, _ in list(self.named):
            self._unit(kind, name)
        for u in self.new:  # every record its clause finds: the rows' terms are all in `post` by now
            wanted = [(field, value) for field, value in db.execute("SELECT field, value FROM uterm WHERE u = ?",
                                                                    (u,))]
            ids = [terms[term] for term in wanted if term in terms]
            if ids:  # what the rows added already placed is ignored, and not counted again
                self.found[u] += db.execute(f"INSERT OR IGNORE INTO upost(n, u) SELECT DISTINCT n, ? FROM post "
                                            f"WHERE t IN ({','.join(map(str, ids))})",  # integer ids this file made
                                            (u,)).rowcount
        db.executemany("UPDATE unit SET found = found + ? WHERE u = ?",
                       [(change, u) for u, change in self.found.items() if change])
        db.executemany(
            "INSERT INTO uname(u, former, province, records) VALUES (?, ?, ?, ?) ON CONFLICT(u, former, province) "
            "DO UPDATE SET records = records + excluded.records",
            [(self.ids[kind, name], former, province, change)
             for (kind, name, former, province), change in self.named.items() if change])
        db.execute("DELETE FROM uname WHERE records <= 0")
        db.execute("DELETE FROM columns WHERE key = ?", (PAIRS,))  # derived again when next counted
        if self.building:
            save_pairs(db)
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('units', ?)", (FILLED,))

    def _unit(self, kind: str, name: str) -> int:
        u = self.ids.get((kind, name))
        if u is None:
            cursor = self.db.execute("INSERT INTO unit(kind, name) VALUES (?, ?)", (kind, name))
            u = self.ids[kind, name] = int(cursor.lastrowid or 0)
            terms = sorted(accepted(kind, name))
            self.db.executemany("INSERT INTO uterm(u, field, value) VALUES (?, ?, ?)",
                                [(u, field, value) for field, value in terms])
            for term in terms:
                self.by_term.setdefault(term, []).append(u)
            self.new.append(u)
        return u


def save_pairs(db: sqlite3.Connection) -> array:
    """Every (record, unit) pair as one array, record numbers then unit ids, kept in `columns` (one row to read,
    where `upost` would be read row by row) unless the file is read-only."""
    owners, units = array(COLUMN_TYPE), array(COLUMN_TYPE)
    for n, u in db.execute("SELECT n, u FROM upost"):
        owners.append(n)
        units.append(u)
    return keep_array(db, PAIRS, owners + units)


class UnitCounter:
    """The units one file names, counted under a filter; called under the index's lock, `forget` when the file
    changed or was replaced."""

    def __init__(self) -> None:
        self._named: list[tuple[int, Named, int]] | None = None
        self._pairs: tuple[Any, Any] | None = None

    def forget(self) -> None:
        self._named = None
        self._pairs = None

    def counted(self, db: sqlite3.Connection, pool: array | None) -> list[tuple[Named, int]]:
        """Each way records name a unit, with how many records of `pool` (None: all) the unit's clause finds.
        All: kept per unit (`unit.found`). A small pool: its pairs looked up by record in SQL (2-3 µs a record). A
        larger one: a histogram of the pairs whose record is in it (numpy, a few ms; importing it costs a fifth of
        a second, so below `VECTORISED` records only once the facets of some large pool have loaded it)."""
        named = self._names(db)
        if pool is None:
            return [(unit, found) for _, unit, found in named]
        counts: dict[int, int]
        if len(pool) < FEW or (len(pool) < VECTORISED and "numpy" not in sys.modules):
            counts = dict(db.execute("SELECT u, count(*) FROM upost WHERE n IN (SELECT value FROM json_each(?)) "
                                     "GROUP BY u", (orjson.dumps(pool.tolist()),)))
        else:
            counts = self._histogram(db, pool)
        return [(unit, counts.get(u, 0)) for u, unit, _ in named]

    def _names(self, db: sqlite3.Connection) -> list[tuple[int, Named, int]]:
        if self._named is None:
            self._named = [(u, (kind, name, former, province), found) for u, kind, name, former, province, found
                           in db.execute("SELECT u, kind, name, former, province, found FROM uname JOIN unit "
                                         "USING(u) WHERE records > 0 ORDER BY u, former, province")]
        return self._named

    def _histogram(self, db: sqlite3.Connection, pool: array) -> dict[int, int]:
        import numpy  # noqa: PLC0415 - a histogram in C, for large pools only

        if self._pairs is None:
            kept = load_array(db, PAIRS)
            if kept is None:  # changed in place since the build: derived from `upost` again, and kept
                kept = save_pairs(db)
            both = numpy.frombuffer(kept, dtype=numpy.int32 if kept.itemsize == 4 else numpy.int64)
            self._pairs = (both[:len(both) // 2], both[len(both) // 2:])
        owners, units = self._pairs
        chosen = numpy.frombuffer(pool, dtype=numpy.int64 if pool.itemsize == 8 else numpy.int32)
        within = numpy.zeros(int(max(chosen.max(initial=0), owners.max(initial=0))) + 1, dtype=bool)
        within[chosen] = True
        return dict(enumerate(numpy.bincount(units[within[owners]]).tolist()))


def _write_pass(db: sqlite3.Connection, token: str, named: Counter[Named]) -> None:
    """The units a whole pass found, written if the file is still the one the pass read (else the next pass)."""
    (now,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
    if now == token and not filled(db):  # only a whole pass writes them: emptied first (an earlier version's)
        for table in ("upost", "uname", "uterm", "unit"):
            db.execute(f"DELETE FROM {table}")  # noqa: S608 - the table names above
        db.execute("DELETE FROM columns WHERE key = ?", (PAIRS,))
        units = Units(db, building=True)
        units.named = named
        units.finish({(field, value): t for t, field, value in db.execute("SELECT t, field, value FROM term")})


def fill(locked: Callable[[], AbstractContextManager[sqlite3.Connection]], packer: Callable[[], Packer],
         pause: bool = False) -> bool:
    """Give a file of an older schema its unit tables: every record read a step at a time (the lock held only to
    read a step), then written in one transaction if the file is still in the state the pass began in (else the
    pass starts again, a few times at most). True when the tables are filled (by this call or another). `pause`:
    rest as long as each step took (a browser filling in a thread keeps half the interpreter for its screen)."""
    for _ in range(3):
        with locked() as db:
            if filled(db):
                return True
            (token,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
        named: Counter[Named] = Counter()
        start = 0
        while True:
            with locked() as db:
                docs = db.execute("SELECT n, doc FROM doc WHERE n >= ? ORDER BY n LIMIT ?", (start, STEP)).fetchall()
                unpack = packer().unpack
            if not docs:
                break
            began = time.perf_counter()
            for _, doc in docs:  # outside the lock: what a search waits for is a step's read only
                named.update(named_units(orjson.loads(unpack(doc))))
            start = docs[-1][0] + 1
            if pause:
                time.sleep(time.perf_counter() - began)
        with locked() as db:
            if not written(db, partial(_write_pass, db, token, named)):
                return False
            if filled(db):
                return True
    return False
