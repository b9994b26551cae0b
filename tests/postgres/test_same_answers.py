"""PostgreSQL answers every filter exactly as the TinyDB backend and `Matcher` do.

Over a few hundred generated records (`tests.synthetic`, plus the odd ones
the index tests use) and random filters on every field (the generator of
`tests/test_index_vs_scan.py`), each search gives the same total, the same
ids in the same order and the same facet counts from the database as from
the TinyDB repository, and the same set of ids as a brute-force `Matcher`
scan. Sorting by locality and body and paging through are compared too.
The algebra of issue 13 (OR within a field, AND across fields, dates and
years included) is checked on its own against a small oracle.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import pytest

from store.matching import Matcher
from store.query import Clause, Filter
from store.tinydb_repository import TinyDBRepository
from tests.postgres.server import fresh_archive
from tests.synthetic import generate
from tests.test_index_vs_scan import _odd_records, _random_filters

if TYPE_CHECKING:
    from store.postgres import PostgresRepository

    # the `pair` fixture: its seed, the records, and the same records in each backend
    Pair: TypeAlias = tuple[int, list[dict[str, Any]], PostgresRepository, TinyDBRepository]

RECORDS = 320
QUERIES = 90


def _ors_dates() -> bool:
    """Whether the shared `Matcher` already ORs clauses on one date field (issue 13's algebra)."""
    return Matcher(Filter.parse("year:2023 year:2025")).matches_record(
        {**generate(1, seed=1)[0], "date": "2023-05-05"})


def _comparable(query: Filter) -> bool:
    """Filters both backends must agree on today: repeated date fields only once the Matcher ORs them."""
    if _ors_dates():
        return True
    fields = [clause.field for clause in query.clauses if clause.field in ("year", "since", "until", "date")]
    return len(fields) == len(set(fields))


@pytest.fixture(scope="module", params=(1, 2))
def pair(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pair:
    seed = request.param
    records = generate(RECORDS, seed=seed) + _odd_records(seed)
    archive = fresh_archive(request)
    archive.upsert_many(records)
    tiny = TinyDBRepository(Path(tmp_path_factory.mktemp("tiny")) / "same.json")
    tiny.upsert_many(records)
    return seed, records, archive, tiny


def test_every_filter_gives_the_same_records_and_facets(pair: Pair) -> None:
    seed, records, archive, tiny = pair
    assert archive.count() == tiny.count() == len(records)
    filters = [f for f in _random_filters(random.Random(seed), records, QUERIES) if _comparable(f)]
    assert len(filters) > QUERIES // 2
    for query in filters:
        got, want = archive.search(query), tiny.search(query)
        label = query.render()
        assert got.total == want.total, label
        assert [r["id"] for r in got.records] == [r["id"] for r in want.records], label
        assert got.facets == want.facets, label
        matcher = Matcher(query)
        assert {r["id"] for r in got.records} == {r["id"] for r in records if matcher.matches_record(r)}, label


def test_sorts_and_pages_agree(pair: Pair) -> None:
    seed, records, archive, tiny = pair
    rng = random.Random(seed + 10)
    for query in [Filter(), *_random_filters(rng, records, 12)]:
        if not _comparable(query):
            continue
        for sort in ("date", "locality", "body"):
            offset, limit = rng.randrange(0, 40), rng.choice((1, 7, 25, None))
            got = archive.search(query, sort=sort, offset=offset, limit=limit, facets=False)
            want = tiny.search(query, sort=sort, offset=offset, limit=limit, facets=False)
            assert (got.total, [r["id"] for r in got.records]) == (want.total, [r["id"] for r in want.records]), \
                (query.render(), sort, offset, limit)
    assert [r["id"] for r in archive.records()] == [r["id"] for r in tiny.records()]


def test_records_equal_what_went_in(pair: Pair) -> None:
    _, records, archive, _ = pair
    by_id = {record["id"]: record for record in records}
    assert all(record == by_id[record["id"]] for record in archive.records())


# -- the algebra: OR within a field, AND across fields -------------------------
def _oracle(records: list[dict[str, Any]], groups: dict[str, list[str]]) -> set[str]:
    """Brute force, written apart from both backends: years and kinds as plain string tests."""
    found = set()
    for record in records:
        if "year" in groups and record["date"][:4] not in groups["year"]:
            continue
        if "kind" in groups and not any(record["kind"] == kind for kind in groups["kind"]):
            continue
        found.add(record["id"])
    return found


def test_or_within_a_field_and_across_fields(archive: PostgresRepository) -> None:
    records = generate(150, seed=7)
    archive.upsert_many(records)
    years = sorted({r["date"][:4] for r in records})
    kinds = sorted({r["kind"] for r in records})
    rng = random.Random(3)
    for _ in range(25):
        groups = {"year": rng.sample(years, rng.choice((1, 2, 3)))}
        if rng.random() < 0.6:
            groups["kind"] = rng.sample(kinds, rng.choice((1, 2)))
        clauses = [Clause(field, value) for field, values in groups.items() for value in values]
        rng.shuffle(clauses)
        page = archive.search(Filter(tuple(clauses)))
        assert {r["id"] for r in page.records} == _oracle(records, groups), Filter(tuple(clauses)).render()
        year_counts = dict(page.facets["year"])
        wanted_years = _oracle(records, {k: v for k, v in groups.items() if k != "year"})
        assert sum(year_counts.values()) == len(wanted_years)


def test_abbreviations_and_date_groups_as_on_the_file_store(archive: PostgresRepository, tmp_path: Path) -> None:
    records = generate(80, seed=17)
    records[0]["summary"] = "Rà soát thủ tục hành chính tại bộ phận một cửa."
    records[1]["summary"] = "Đoàn nêu việc cắt giảm TTHC ở phường."
    archive.upsert_many(records)
    tiny = TinyDBRepository(tmp_path / "same.json")
    tiny.upsert_many(records)
    for text in ("TTHC", '"thu tuc hanh chinh"', "year:2023 year:2025", "since:2024 until:2022 year:2021",
                 "tthc year:2024 year:2025 year:2026"):
        query = Filter.parse(text)
        got, want = archive.search(query), tiny.search(query)
        assert (got.total, [r["id"] for r in got.records], got.facets) == \
            (want.total, [r["id"] for r in want.records], want.facets), text
    assert {records[0]["id"], records[1]["id"]} <= {r["id"] for r in archive.search(Filter.parse("TTHC")).records}
