"""The former provinces and districts the index keeps (`store.sqlindex.units`) agree with a full scan.

The province picker offers the units merged away that records name, each
counted under the rest of the filter (`SqlIndex.former_units`). The
reference here reads every record (the units named, as the picker read them
before the index kept them) and counts each unit's clause added to the
filter with `Matcher` over every record. Checked over generated stores
(with odd records), random filters of every field but province and ward,
both ways of counting (SQL for small pools, numpy for large ones), after
the repository's own writes and deletes (updated in place), and for files
that are stale, missing, damaged or of schema 10 (given their tables in
place). Not timed (see scripts/bench_index.py).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from store.gazetteer import gazetteer, split_level
from store.matching import keys_of
from store.query import Clause, Filter
from store.sqlindex import SqlIndex, units
from store.tinydb_repository import TinyDBRepository
from tests.sqlindex_reference import Reference
from tests.synthetic import generate, write_store
from tests.test_index_vs_scan import _odd_records, _random_filters

SEEDS = (1, 2)
RECORDS = 300
FILTERS = 9
LEVELS = ("huyện", "quận", "thị xã", "thành phố")


def reference(records: list[dict[str, Any]], base: Filter) -> dict[tuple[str, str, str, str], int]:
    """Each way a record names a unit merged away → how many records a scan finds for `base` and its clause."""
    named = set()
    for record in records:
        for locality in record.get("localities", []):
            province, former = locality["province"]["name"], locality.get("former_province") or ""
            if former:
                named.add(("province", former, former, province))
            if locality.get("ward") is None and locality.get("level") in LEVELS:  # named as `district_unit` names it
                named.add(("district", units.district_unit(locality["level"], split_level(locality["name"])[1], former,
                                                           locality["province"]["code"]), former, province))
            elif locality.get("ward") is not None:
                named |= mapped(locality)
    keys = [keys_of(record) for record in records]
    counts = {}
    for unit in named:
        clause = Clause("province", unit[1]) if unit[0] == "province" else units.clause_of(*unit[:2])
        matcher = Reference(base.with_clause(clause))
        counts[unit] = sum(map(matcher.matches, keys))
    return counts


def mapped(locality: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    """The former provinces (merged into another) and districts (not numbered) today's ward was made from."""
    places, code = gazetteer(), locality["ward"]["code"]
    try:
        today = places.province(locality["province"]["code"])
    except (KeyError, TypeError):
        return set()
    province = locality["province"]["name"]
    found = {("province", old, old, province) for old in places.ward_origins(code) if places.if_merged(old, today)}
    for district, old in places.ward_districts(code):
        level, name = split_level(district)
        if not name.isdigit():
            unit = units.district_unit(level or "", name, old, today.code)
            found.add(("district", unit, places.if_merged(old, today) or "", province))
    return found


def kept(index: SqlIndex, base: Filter) -> dict[tuple[str, str, str, str], int]:
    found = index.former_units(base)
    assert found is not None
    assert len(found) == len(set(unit for unit, _ in found))
    return dict(found)


def bases(rng: random.Random, records: list[dict[str, Any]]) -> list[Filter]:
    """Random filters without province or ward clauses (the picker counts under the rest), the empty one first."""
    found = [Filter()]
    for query in _random_filters(rng, records, FILTERS * 3):
        rest = query.without_field("province").without_field("ward")
        if rest.clauses and rest not in found:
            found.append(rest)
    return found[:FILTERS]


@pytest.fixture(scope="module", params=SEEDS)
def built(request, tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]], int]:
    seed = request.param
    records = generate(RECORDS, seed=seed) + _odd_records(seed)
    index = SqlIndex(tmp_path_factory.mktemp(f"units{seed}") / "i.sqlite3", lambda: "t1", lambda: records)
    index.build()
    return index, records, seed


@pytest.mark.parametrize("large", [False, True], ids=["sql", "numpy"])
def test_the_units_and_their_counts_agree_with_a_full_scan(built, large: bool, monkeypatch) -> None:
    index, records, seed = built
    monkeypatch.setattr(units, "FEW", 0 if large else 10**9)
    monkeypatch.setattr(units, "VECTORISED", 0 if large else 10**9)
    index._forget()
    everything = reference(records, Filter())
    assert any(unit[0] == "province" for unit in everything) and any(unit[0] == "district" for unit in everything)
    for number, base in enumerate(bases(random.Random(seed * 7 + large), records)):
        if number % 2:  # the list's own search first: its matches are the pool (`SqlIndex._pool`)
            index.search(base, limit=5)
        assert kept(index, base) == reference(records, base), base.render()


def test_a_district_is_one_unit_where_the_gazetteer_knows_which(built) -> None:
    """Districts of one name are units apart, each named by the clause that finds it alone (`district_unit`)."""
    _, records, _ = built
    districts = {unit[1] for unit in reference(records, Filter()) if unit[0] == "district"}
    assert any(", " in name for name in districts)
    assert units.district_unit("huyện", "Tân Uyên", "", 12) == "huyện Tân Uyên, Lai Châu"
    assert units.district_unit("thị xã", "Tân Uyên", "Bình Dương", 79) == "thành phố Tân Uyên, Bình Dương"
    assert units.district_unit("huyện", "Châu Thành", "", 86) == "huyện Châu Thành"  # Bến Tre's or Trà Vinh's
    assert units.district_unit("huyện", "Wombat", "", 12) == "Wombat"


def test_a_filter_on_province_or_ward_is_refused(built) -> None:
    index, _, _ = built
    for text in ("province:hue", "ward:an"):
        with pytest.raises(ValueError):
            index.former_units(Filter.parse(text))


# -- kept up to date -------------------------------------------------------------
@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    write_store(tmp_path / "s.json", generate(80, seed=6))
    found = TinyDBRepository(tmp_path / "s.json")
    found.search(Filter())  # the index built
    return found


def _agrees(repository: TinyDBRepository, rng: random.Random) -> None:
    records = repository.store.records()
    for base in bases(rng, records)[:5]:
        assert kept(repository.index, base) == reference(records, base), base.render()


def _district(record: dict[str, Any], name: str, former: str | None = None) -> dict[str, Any]:
    """`record` visiting a district-level unit of that name (in `former` province, merged away), besides its own."""
    changed = dict(record)
    province = record["localities"][0]["province"]
    extra = {"former_province": former} if former else {}
    changed["localities"] = [*record["localities"],
                             {"name": f"huyện {name}", "level": "huyện", **extra, "province": province, "ward": None}]
    return changed


@pytest.mark.slow  # a full scan per unit after each of a dozen writes
def test_own_writes_and_deletes_keep_the_units_exact(repository: TinyDBRepository) -> None:
    rng = random.Random(11)
    index = repository.index
    inode = index.path.stat().st_ino
    _agrees(repository, rng)
    records = repository.store.records()
    donors = generate(40, seed=12, start=8000)
    for step in range(12):
        records = repository.store.records()
        target = rng.choice(records)
        action = step % 4
        if action == 0:  # another record in its place: other units named, others no longer
            donor = rng.choice(donors)

            def replaced(r: dict[str, Any], donor: dict[str, Any] = donor) -> dict[str, Any]:
                return {**donor, "id": r["id"]}

            repository.update(target["id"], replaced)
        elif action == 1:
            repository.delete([target["id"]])
        elif action == 2:  # a unit no record named before, then a ward of the same name in another record
            name = f"Quokka {step}"

            def in_district(r: dict[str, Any], name: str = name) -> dict[str, Any]:
                return _district(r, name, "Bình Dương")

            def in_commune(r: dict[str, Any], name: str = name) -> dict[str, Any]:
                return _commune(r, name)

            repository.update(target["id"], in_district)
            other = rng.choice([r for r in records if r["id"] != target["id"]])
            repository.update(other["id"], in_commune)
        else:
            repository.upsert_many(rng.sample(donors, 3), on_duplicate="update")
        assert index.fresh()
        _agrees(repository, rng)
    assert index.path.stat().st_ino == inode  # changed in place throughout
    everything = kept(index, Filter())
    index.build()
    assert kept(index, Filter()) == everything  # what a whole build makes of the same records


def test_the_last_record_naming_a_unit_takes_it_off_the_list(repository: TinyDBRepository) -> None:
    target = repository.store.records()[0]
    repository.update(target["id"], lambda r: _district(r, "Wombat"))
    unit = ("district", "Wombat", "", target["localities"][0]["province"]["name"])
    assert kept(repository.index, Filter())[unit] == 1
    repository.delete([target["id"]])
    assert unit not in kept(repository.index, Filter())
    _agrees(repository, random.Random(3))


def _commune(record: dict[str, Any], name: str) -> dict[str, Any]:
    """`record` visiting a commune of that name, as written (no ward of today): a district's clause finds it."""
    province = record["localities"][0]["province"]
    return {**record, "localities": [*record["localities"],
                                     {"name": f"xã {name}", "level": "xã", "province": province, "ward": None}]}


# -- stale, missing, damaged, older -----------------------------------------------------
def as_schema_10(path: Path, schema: str = "10") -> None:
    """What schema 10 wrote: the same file without the unit tables (9: without the word tables either)."""
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE unit; DROP TABLE uterm; DROP TABLE upost; DROP TABLE uname;"
                     f"UPDATE meta SET value = '{schema}' WHERE key = 'schema'; DELETE FROM meta WHERE key = 'units';"
                     f"DELETE FROM columns WHERE key = '{units.PAIRS}';")
    if schema == "9":
        db.executescript("DROP TABLE word; DROP TABLE wpost; DELETE FROM meta WHERE key = 'words';")
    db.close()


@pytest.mark.parametrize("schema", ["10", "9"])
def test_a_file_of_schema_10_is_given_its_units_in_place(repository: TinyDBRepository, monkeypatch,
                                                         schema: str) -> None:
    """Not rebuilt: the tables are added on opening, empty, and filled by one pass on first use; a write before
    that leaves them to the pass, which reads the records as they are then."""
    monkeypatch.setattr(units, "STEP", 16)
    index = repository.index
    inode = index.path.stat().st_ino
    index.close()
    as_schema_10(index.path, schema)
    assert index.fresh()  # upgraded in place, not stale
    with index._locked() as db:
        assert not units.filled(db)
    repository.delete([repository.store.records()[0]["id"]])
    repository.update(repository.store.records()[0]["id"], lambda r: _district(r, "Numbat", "Hà Tây"))
    _agrees(repository, random.Random(5))
    with index._locked() as db:
        assert units.filled(db)
    assert index.path.stat().st_ino == inode
    repository.update(repository.store.records()[1]["id"], lambda r: _district(r, "Bilby"))
    _agrees(repository, random.Random(6))  # kept by the write, now that the tables are filled
    index.fill_words()  # a file of schema 9: its words too, still in place
    assert index.search(Filter.parse("bilby")).total == 1 and index.path.stat().st_ino == inode


def test_a_pass_overtaken_by_a_write_starts_again(repository: TinyDBRepository, monkeypatch) -> None:
    index = repository.index
    index.close()
    as_schema_10(index.path)
    monkeypatch.setattr(units, "STEP", 16)
    reads = 0
    original = units.named_units

    def named_then_written(record: dict[str, Any]) -> frozenset[units.Named]:
        nonlocal reads
        reads += 1
        if reads == 20:  # part way through the first pass, another write
            repository.update(repository.store.records()[2]["id"], lambda r: _district(r, "Dugong"))
        return original(record)

    monkeypatch.setattr(units, "named_units", named_then_written)
    assert index.fill_units()
    assert reads > 2 * 16
    monkeypatch.setattr(units, "named_units", original)
    _agrees(repository, random.Random(8))


@pytest.mark.parametrize("damage", ["missing", "garbage", "stale"])
def test_a_missing_damaged_or_stale_file_is_built_again_with_its_units(repository: TinyDBRepository,
                                                                      damage: str) -> None:
    index = repository.index
    index.close()
    if damage == "missing":
        index.path.unlink()
    elif damage == "garbage":
        index.path.write_bytes(b"not a database " * 300)
    else:
        records = repository.store.records()
        write_store(repository.path, [_district(records[0], "Echidna", "Hà Tây"), *records[1:]])  # another program
    assert not index.fresh()
    index.ensure()
    records = TinyDBRepository(repository.path).store.records()
    assert kept(index, Filter()) == reference(records, Filter())
    if damage == "stale":
        assert ("district", "Echidna", "Hà Tây", records[0]["localities"][0]["province"]["name"]) in kept(
            index, Filter())
