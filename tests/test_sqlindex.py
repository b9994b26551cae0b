"""The persistent index (`store.sqlindex`) answers as a full scan does, and survives being stale, missing or corrupt.

Agreement: over generated stores (`tests.synthetic`, two seeds, plus odd
records) and the random filters of `tests.test_index_vs_scan`, the index's
records, their order and every facet count equal those of a scan with
`store.matching.Matcher`, date clauses taken as the contract's algebra has
them (OR within a field, `year:2024 year:2025` is both years; AND across
fields). Recovery: a deleted, truncated, garbage or other-schema file is
rebuilt; a store changed behind the index's back is noticed by its token;
the repository's own writes update the file in place. Not timed (see
scripts/bench_terminal.py).
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.folding import fold
from store.journal import journal_path
from store.matching import Matcher, keys_of, record_text
from store.query import DATE_FIELDS, Clause, Filter
from store.sqlindex import SqlIndex, index_path_for, rows, schema
from store.sqlindex.compile import phrase
from store.sqlindex.source import Unstreamable, stream_records
from store.tinydb_repository import TinyDBRepository
from tests.contract.test_response_text import without_responses
from tests.sqlindex_reference import SEEDS, Reference, build_index, newest, scan_facets
from tests.synthetic import generate, write_store
from tests.test_index_vs_scan import _random_filters

QUERIES = 90


@pytest.fixture(scope="module", params=SEEDS)
def built(request, tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]], int]:
    return build_index(request.param, tmp_path_factory.mktemp(f"sql{request.param}"))


def _with_date_ors(rng: random.Random, query: Filter) -> Filter:
    """Now and then a second clause on a date field already there, so OR within it is exercised."""
    for clause in query.clauses:
        if clause.field in DATE_FIELDS and rng.random() < 0.5:
            other = {"year": "2023", "since": "2026-06", "until": "2021-06", "date": "2024-03"}[clause.field]
            return query.with_clause(Clause(clause.field, other))
    return query


@pytest.mark.slow  # random filters over a generated store, each checked against a full scan
def test_index_agrees_with_a_full_scan_on_random_filters(built) -> None:
    index, records, seed = built
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(seed * 31)
    for query in _random_filters(rng, records, QUERIES):
        query = _with_date_ors(rng, query)
        reference = Reference(query)
        expected = [r["id"] for r, k in zip(ordered, keys, strict=True) if reference.matches(k)]
        page = index.search(query)
        assert [r["id"] for r in page.records] == expected, query.render()
        assert page.total == len(expected)
        assert page.facets == scan_facets(ordered, keys, query), query.render()
        window = index.search(query, offset=3, limit=5, facets=False)
        assert [r["id"] for r in window.records] == expected[3:8] and window.facets == {}


def test_year_clauses_are_ored_and_other_sorts_tie_break_newest_first(built) -> None:
    index, records, _ = built
    years = Counter(r["date"][:4] for r in records)
    both = index.search(Filter.parse("year:2023 year:2024"), facets=False).total
    assert both == years["2023"] + years["2024"] > 0
    by_body = index.search(Filter(), sort="body", facets=False).records
    assert [r["id"] for r in by_body] == [r["id"] for r in sorted(
        newest(records), key=lambda r: fold(r["body"]))]


def test_pages_are_copies_and_text_fragments_of_any_length_are_substrings(built) -> None:
    index, records, _ = built
    page = index.search(Filter(), limit=1)
    page.records[0]["body"] = "changed"
    assert index.search(Filter(), limit=1).records[0]["body"] != "changed"
    assert phrase('a "b"') == '"a ""b"""'
    for fragment in ("a", "ng", 'q"uote', "  "):
        index.search(Filter((Clause("text", fragment),)))  # never a syntax error from FTS5


# -- recovery ------------------------------------------------------------------
@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    write_store(tmp_path / "s.json", generate(60, seed=4))
    return TinyDBRepository(tmp_path / "s.json")


def test_missing_index_is_built_on_the_first_search_beside_the_store(repository: TinyDBRepository) -> None:
    path = index_path_for(repository.path)
    assert path.parent == repository.path.parent and not path.exists()
    assert repository.search(Filter()).total == 60
    assert path.exists() and repository.index.fresh()
    path.unlink()
    assert not repository.index.fresh()
    assert repository.search(Filter.parse("year:2024")).total == sum(
        r["date"].startswith("2024") for r in generate(60, seed=4))


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "other schema", "no meta"])
def test_a_corrupt_index_is_rebuilt(repository: TinyDBRepository, damage: str) -> None:
    repository.search(Filter())
    path = repository.index.path
    repository.index.close()
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "garbage":
        path.write_bytes(b"not a database at all " * 500)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        db = sqlite3.connect(path)
        damaging = "UPDATE meta SET value = '0' WHERE key = 'schema'" if damage == "other schema" else "DROP TABLE meta"
        db.execute(damaging)
        db.commit()
        db.close()
    assert not repository.index.fresh()
    assert repository.search(Filter()).total == 60
    assert repository.index.fresh()


def test_a_write_by_someone_else_makes_the_index_stale(repository: TinyDBRepository, tmp_path: Path) -> None:
    assert repository.search(Filter.parse("Zanzibar")).total == 0
    records = generate(60, seed=4)
    records[5]["summary"] = "Zanzibar"
    write_store(repository.path, records)  # another program rewrote the file
    assert not repository.index.fresh()
    assert repository.search(Filter.parse("zanzibar")).total == 1


def test_own_writes_update_the_index_in_place(repository: TinyDBRepository) -> None:
    repository.search(Filter())
    inode = repository.index.path.stat().st_ino
    first = repository.search(Filter(), limit=1).records[0]

    def rename(record: dict[str, Any]) -> dict[str, Any]:
        record["summary"] = "Quokka visit"
        return record

    repository.update(first["id"], rename)
    assert repository.index.fresh()
    assert [r["id"] for r in repository.search(Filter.parse("quokka")).records] == [first["id"]]
    count = repository.index.count()
    repository.delete([first["id"]])
    assert repository.index.fresh() and repository.search(Filter.parse("quokka")).total == 0
    assert repository.index.count() == count - 1 == repository.count()
    extra = generate(3, seed=9, start=5000)
    repository.upsert_many(extra)
    assert repository.index.fresh() and repository.search(Filter()).total == 62 == repository.index.count()
    assert repository.index.path.stat().st_ino == inode  # changed in place, never rebuilt
    assert repository.search(Filter()).facets == TinyDBRepository(repository.path).search(Filter()).facets


def test_an_unreadable_folder_puts_the_index_in_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("os.access", lambda path, mode: False)
    path = index_path_for(tmp_path / "ro" / "s.json")
    assert path.parent == tmp_path / "cache" / "surveys"


# -- free text of every length, and keys typed one at a time ------------------------
FRAGMENT_CHARS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ0123456789 -,./()"


@pytest.mark.slow  # many searches, each checked against a full scan
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_free_text_of_one_to_four_characters_agrees_with_a_full_scan(built, data) -> None:
    """Fragments cut from the records' own texts (so that most match) or made of any characters, one to four
    long, alone or with another term or a year: the gram bitmaps and the trigram index answer as `Matcher`."""
    index, records, _ = built
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    terms = []
    for _ in range(data.draw(st.integers(1, 2))):
        if data.draw(st.booleans()):
            text = data.draw(st.sampled_from(keys)).text
            start = data.draw(st.integers(0, max(0, len(text) - 1)))
            terms.append(text[start:start + data.draw(st.integers(1, 4))])
        else:
            terms.append(data.draw(st.text(FRAGMENT_CHARS, min_size=1, max_size=4)))
    clauses = [Clause("text", term) for term in terms if term.strip()]
    if data.draw(st.booleans()):
        clauses.append(Clause("year", data.draw(st.sampled_from(["2023", "2024", "2025"]))))
    query = Filter(tuple(clauses))
    reference = Reference(query)
    expected = [r["id"] for r, k in zip(ordered, keys, strict=True) if reference.matches(k)]
    page = index.search(query)
    assert [r["id"] for r in page.records] == expected, query.render()
    assert page.facets == scan_facets(ordered, keys, query), query.render()


def test_a_search_typed_a_character_at_a_time_agrees_at_every_key(built) -> None:
    index, records, _ = built
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    for words in ("chinh quyen", "dich vu cong", "ubnd xa", "a b"):
        for end in range(1, len(words) + 1):
            query = Filter.parse(words[:end])
            reference = Reference(query)
            expected = [r["id"] for r, k in zip(ordered, keys, strict=True) if reference.matches(k)]
            page = index.search(query)
            assert [r["id"] for r in page.records] == expected, words[:end]
            assert page.total == len(expected)


def test_own_writes_keep_short_fragments_and_phrases_exact(repository: TinyDBRepository) -> None:
    """The bitmaps and the contentless text table are changed in place: what a record no longer says is no
    longer found, by a pair of characters or by a phrase, and what it says now is."""
    repository.search(Filter())
    first = repository.search(Filter(), limit=1).records[0]
    assert repository.search(Filter((Clause("text", "qz"),))).total == 0

    def say(words: str):
        def change(record: dict[str, Any]) -> dict[str, Any]:
            record["summary"] = words
            return record
        return change

    repository.update(first["id"], say("Wombat qz"))
    assert [r["id"] for r in repository.search(Filter((Clause("text", "qz"),))).records] == [first["id"]]
    assert repository.search(Filter.parse("wombat")).total == 1
    repository.update(first["id"], say("Platypus"))
    assert repository.search(Filter((Clause("text", "qz"),))).total == 0
    assert repository.search(Filter.parse("wombat")).total == 0
    assert repository.search(Filter.parse("platypus")).total == 1
    repository.delete([first["id"]])
    assert repository.search(Filter.parse("platypus")).total == 0
    assert repository.index.fresh()
    fresh = TinyDBRepository(repository.path)
    fresh.index.build()
    for text in ("a", "ng", "qz", "chinh", "x"):
        query = Filter((Clause("text", text),))
        assert repository.search(query).facets == fresh.search(query).facets, text


# -- the streamed build ---------------------------------------------------------------
def test_the_streamed_records_are_those_the_store_serves(repository: TinyDBRepository) -> None:
    """After writes (a journal beside the file) and with a record the store holds back: the same records."""
    first = repository.search(Filter(), limit=2).records
    repository.update(first[0]["id"], lambda record: {**record, "summary": "Echidna"})
    repository.delete([first[1]["id"]])
    repository.upsert_many(generate(2, seed=9, start=7000))
    assert journal_path(repository.path).exists()
    served = {r["id"]: r for r in repository.store.records()}
    streamed = list(stream_records(repository.path))
    assert {r["id"]: r for r in streamed} == served and len(streamed) == len(served)


def test_a_held_back_record_is_left_out_of_the_stream(tmp_path: Path) -> None:
    records = generate(30, seed=5)
    write_store(tmp_path / "s.json", records)
    raw = (tmp_path / "s.json").read_bytes()
    broken = raw.replace(b'"localities":[', b'"localities":7,"was":[', 1)
    (tmp_path / "s.json").write_bytes(broken)
    served = TinyDBRepository(tmp_path / "s.json").store.records()
    assert len(served) == 29
    assert sorted(r["id"] for r in stream_records(tmp_path / "s.json")) == sorted(r["id"] for r in served)


def test_a_store_laid_out_otherwise_is_indexed_through_the_store(tmp_path: Path) -> None:
    """An indented file (another program wrote it) cannot be cut between records: the build parses it whole."""
    records = generate(25, seed=6)
    (tmp_path / "s.json").write_text(json.dumps({"surveys": {str(i): r for i, r in enumerate(records, 1)}},
                                                ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(Unstreamable):
        list(stream_records(tmp_path / "s.json"))
    repository = TinyDBRepository(tmp_path / "s.json")
    assert repository.search(Filter()).total == 25 and repository.index.fresh()


def test_an_index_made_with_other_topic_labels_is_rebuilt(repository: TinyDBRepository) -> None:
    """Its contentless text table could not be changed in place (the old text would be made differently)."""
    repository.search(Filter())
    db = sqlite3.connect(repository.index.path)
    db.execute("UPDATE meta SET value = 'other' WHERE key = 'derivation'")
    db.commit()
    db.close()
    repository.index.close()
    assert not repository.index.fresh()
    assert repository.search(Filter()).total == 60 and repository.index.fresh()


def test_an_index_whose_text_lacks_the_responses_is_rebuilt_not_trusted(repository: TinyDBRepository,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the version before wrote (`TEXT_VERSION` 12: no responses in the text) would miss every response,
    and its contentless text table could not take a record's text made the new way: it is built again."""
    def older_text(record: dict[str, Any]) -> str:
        return record_text(without_responses(record))

    with monkeypatch.context() as older:
        older.setattr(schema, "TEXT_VERSION", "12")
        older.setattr(rows, "record_text", older_text)
        schema.derivation.cache_clear()
        repository.search(Filter())
        made_before = _meta(repository.index.path)["derivation"]
    schema.derivation.cache_clear()
    repository.index.close()
    assert made_before != schema.derivation() and not repository.index.fresh()
    said = "Đã giao Sở Nội vụ chủ trì tham mưu"  # a response `tests.synthetic` gives, in no other field
    matcher = Matcher(Filter.parse(f'"{said}"'))
    expected = sorted(record["id"] for record in repository.store.records() if matcher.matches_record(record))
    assert expected and all(said not in older_text(record) for record in repository.store.records())
    found = repository.search(Filter.parse(f'"{fold(said)}"'), limit=100)
    assert sorted(record["id"] for record in found.records) == expected and repository.index.fresh()
    assert _meta(repository.index.path)["derivation"] == schema.derivation()


def _meta(path: Path) -> dict[str, str]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT key, value FROM meta").fetchall())
    finally:
        db.close()
