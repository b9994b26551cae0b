"""The one synthetic record generator (`tests/synthetic.py`): valid records, the same for the same seed.

The benchmarks, the index agreement tests and the browser's tests all draw from it, so a record the
store would refuse, or a seed that gave other records on another run, would make their figures and
verdicts meaningless.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import pytest

from store.store import SurveyStore
from store.validation import validate
from tests.synthetic import generate, store_bytes, write_store


class Narrowing(TypedDict):
    """Keywords of `generate` that narrow the records to some provinces and units."""

    provinces: tuple[int, ...]
    units: int


NARROW: Narrowing = {"provinces": (1, 48), "units": 5}


@pytest.mark.parametrize("options", [{}, NARROW, {**NARROW, "tagged": True, "today_units": True}],
                         ids=["whole-country", "narrowed", "browser"])
def test_every_record_passes_the_stores_validation(options: dict) -> None:
    records = generate(300, seed=3, **options)
    problems = {record["id"]: validate(record) for record in records}
    assert {rid: found for rid, found in problems.items() if found} == {}
    assert len({record["id"] for record in records}) == len(records)


@pytest.mark.parametrize("options", [{}, {**NARROW, "tagged": True, "today_units": True}], ids=["plain", "browser"])
def test_the_same_seed_gives_the_same_records_and_another_seed_others(options: dict) -> None:
    first = generate(120, seed=11, **options)
    assert store_bytes(generate(120, seed=11, **options)) == store_bytes(first)
    assert store_bytes(generate(120, seed=12, **options)) != store_bytes(first)


def test_batches_with_distinct_starts_share_no_id() -> None:
    first, second = generate(50, seed=1, start=1), generate(50, seed=1, start=51)
    assert not {r["id"] for r in first} & {r["id"] for r in second}


def test_narrowing_keeps_to_the_provinces_and_units_asked_for() -> None:
    records = generate(300, seed=5, **NARROW)
    assert {loc["province"]["code"] for r in records for loc in r["localities"]} == {1, 48}
    wards = {loc["ward"]["code"] for r in records for loc in r["localities"] if loc.get("ward")}
    assert 2 <= len(wards) <= 2 * NARROW["units"]
    assert any(loc.get("former_province") for r in records for loc in r["localities"])  # Quảng Nam, before 2025


def test_today_units_names_no_former_unit_and_tags_find_one_record_each() -> None:
    records = generate(200, seed=5, start=0, **NARROW, tagged=True, today_units=True)
    assert all(loc.get("ward") and not loc.get("former_province") for r in records for loc in r["localities"])
    assert min(r["date"] for r in records) < "2025-07-01"  # earlier dates still occur, with today's names
    for serial in (0, 7, 199):
        assert [r["id"] for r in records if f"Bản ghi số {serial}." in r["summary"]] == [records[serial]["id"]]


def test_a_written_store_opens_with_every_record(tmp_path: Path) -> None:
    records = generate(40, seed=2)
    path = tmp_path / "synthetic.json"
    write_store(path, records)
    store = SurveyStore.open(path)
    assert store.held_back() == []
    assert sorted(r["id"] for r in store.records()) == sorted(r["id"] for r in records)
