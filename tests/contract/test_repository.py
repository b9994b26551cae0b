"""The behaviour every backend promises (see `store.repository.Repository`)."""

from __future__ import annotations

import pytest

from store.query import Filter
from store.repository import ConflictError, RecordNotFound, Repository, UpsertReport, ValidationFailed
from tests.factories import make_record


def _two() -> list[dict]:
    return [
        make_record(),
        make_record(id="2024-03-05-doan-dbqh-rach-dua", date="2024-03-05", body="Đoàn ĐBQH TP Hồ Chí Minh"),
    ]


def test_starts_empty(repository: Repository) -> None:
    assert repository.count() == 0
    assert list(repository.records()) == []
    assert repository.get("nothing") is None


def test_upsert_then_get_equal(repository: Repository) -> None:
    records = _two()
    report = repository.upsert_many(records)
    assert isinstance(report, UpsertReport)
    assert sorted(report.added) == sorted(r["id"] for r in records)
    assert repository.count() == 2
    for record in records:
        assert repository.get(record["id"]) == record


def test_records_newest_first(repository: Repository) -> None:
    repository.upsert_many(_two())
    assert [r["date"] for r in repository.records()] == ["2025-10-02", "2024-03-05"]


def test_a_copy_handed_out_cannot_change_the_store(repository: Repository) -> None:
    record = make_record()
    repository.upsert_many([record])
    record["body"] = "changed by the caller after upsert"
    got = repository.get(record["id"])
    assert got is not None
    got["body"] = "changed by the caller after get"
    got["localities"][0]["name"] = "nowhere"
    page = repository.search(Filter())
    page.records[0]["leader"]["name"] = "nobody"
    for listed in repository.records():
        listed["topics"].clear()
    assert repository.get(record["id"]) == make_record()


def test_update_applies_change_atomically(repository: Repository) -> None:
    repository.upsert_many([make_record()])

    def retitle(record: dict) -> dict:
        record["summary"] = "Tóm tắt mới."
        return record

    stored = repository.update(make_record()["id"], retitle)
    assert stored["summary"] == "Tóm tắt mới."
    assert repository.get(make_record()["id"])["summary"] == "Tóm tắt mới."


def test_update_conflict_changes_nothing(repository: Repository) -> None:
    repository.upsert_many([make_record()])

    def refuse(record: dict) -> dict:
        record["summary"] = "never stored"
        raise ConflictError("changed meanwhile")

    with pytest.raises(ConflictError):
        repository.update(make_record()["id"], refuse)
    assert repository.get(make_record()["id"]) == make_record()


def test_update_invalid_changes_nothing(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    with pytest.raises(ValidationFailed):
        repository.update(make_record()["id"], lambda r: {**r, "date": "not a date"})
    assert repository.get(make_record()["id"]) == make_record()


def test_update_unknown_id(repository: Repository) -> None:
    with pytest.raises(RecordNotFound):
        repository.update("nope", lambda r: r)


def test_delete(repository: Repository) -> None:
    repository.upsert_many(_two())
    dry = repository.delete([make_record()["id"], "nope"], dry_run=True)
    assert dry.deleted == [make_record()["id"]] and dry.missing == ["nope"]
    assert repository.count() == 2
    repository.delete([make_record()["id"]])
    assert repository.count() == 1
    assert repository.get(make_record()["id"]) is None


def test_change_token_moves_on_write(repository: Repository) -> None:
    before = repository.change_token()
    assert repository.change_token() == before
    repository.upsert_many([make_record()])
    after_insert = repository.change_token()
    assert after_insert != before
    repository.update(make_record()["id"], lambda r: {**r, "summary": "Khác."})
    assert repository.change_token() != after_insert


def test_search_filters_pages_and_counts(repository: Repository) -> None:
    repository.upsert_many(_two())
    page = repository.search(Filter.parse("year:2024"))
    assert page.total == 1 and [r["date"] for r in page.records] == ["2024-03-05"]
    everything = repository.search(Filter(), limit=1)
    assert everything.total == 2 and len(everything.records) == 1
    second = repository.search(Filter(), offset=1, limit=1)
    assert [r["date"] for r in second.records] == ["2024-03-05"]
    years = dict(repository.search(Filter.parse("year:2024")).facets["year"])
    assert years == {"2025": 1, "2024": 1}


def test_search_folds_diacritics(repository: Repository) -> None:
    repository.upsert_many(_two())
    assert repository.search(Filter.parse('ward:"tan dinh"')).total == 2
    found = repository.search(Filter.parse('"doan dbqh"'))
    assert [r["date"] for r in found.records] == ["2024-03-05"]
