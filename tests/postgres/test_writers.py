"""Many writers on one archive: nothing lost, conflicts refused whole, imports all or nothing."""

from __future__ import annotations

import threading
from typing import Any

import pytest

import store.postgres.rows as rows_module  # the rows an import writes (`write_rows`)
from store.postgres import PostgresRepository, open_postgres
from store.query import Filter
from store.repository import ConflictError, ValidationFailed
from tests.present import present
from tests.synthetic import generate

WRITERS = 20


def _second(archive: PostgresRepository) -> PostgresRepository:
    """Another office's connection to the same archive."""
    return open_postgres(archive._db._url)


@pytest.mark.slow  # twenty threads against the server
def test_twenty_concurrent_writers_on_distinct_records_lose_nothing(archive: PostgresRepository) -> None:
    records = generate(WRITERS, seed=4)
    archive.upsert_many(records)
    offices = [_second(archive) for _ in range(WRITERS)]
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def write(office: PostgresRepository, record_id: str, number: int) -> None:
        try:
            start.wait()
            for round_ in range(3):
                def noted(r: dict[str, Any], n: int = number, k: int = round_) -> dict[str, Any]:
                    return {**r, "notes": f"writer {n} round {k}"}

                office.update(record_id, noted)
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=write, args=(office, record["id"], n))
               for n, (office, record) in enumerate(zip(offices, records, strict=True))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for office in offices:
        office.close()
    assert failures == []
    for number, record in enumerate(records):
        assert present(archive.get(record["id"]))["notes"] == f"writer {number} round 2"


def _set_status(seen: str, wanted: str, pause: threading.Event | None = None, resume: threading.Event | None = None):
    """A follow-up edit of the first recommendation made on a screen that showed status `seen`."""
    def change(record: dict[str, Any]) -> dict[str, Any]:
        item = record["recommendations"][0]
        if item.get("status", "open") != seen:
            raise ConflictError(f"the recommendation is now {item.get('status', 'open')!r}, not {seen!r}")
        item["status"] = wanted
        if pause is not None and resume is not None:
            pause.set()
            resume.wait(10)
        return record
    return change


@pytest.mark.slow  # two writers interleaved against the server
def test_conflicting_writers_on_one_item_one_wins_one_is_told(archive: PostgresRepository) -> None:
    record = next(r for r in generate(40, seed=2) if r.get("recommendations"))
    record["recommendations"][0]["status"] = "open"
    archive.upsert_many([record])
    other = _second(archive)
    paused, resume = threading.Event(), threading.Event()
    outcome: list[BaseException | dict] = []

    def slow_writer() -> None:
        try:
            outcome.append(archive.update(record["id"], _set_status("open", "not accepted", paused, resume)))
        except BaseException as error:  # reported below
            outcome.append(error)

    thread = threading.Thread(target=slow_writer)
    thread.start()
    assert paused.wait(10)
    other.update(record["id"], _set_status("open", "done"))  # lands while the first is still deciding
    resume.set()
    thread.join()
    other.close()
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    assert "now 'done'" in str(outcome[0])
    stored = present(archive.get(record["id"]))
    expected = {**record, "recommendations": [{**record["recommendations"][0], "status": "done"},
                                              *record["recommendations"][1:]]}
    assert stored.pop("updated") and stored == expected  # the winner's edit, stamped, nothing of the loser's


def test_a_stale_write_is_retried_on_a_fresh_read(archive: PostgresRepository) -> None:
    """Edits of different parts of one record both land: the loser re-applies its change to the winner's."""
    record = generate(1, seed=9)[0]
    archive.upsert_many([record])
    other = _second(archive)
    paused, resume = threading.Event(), threading.Event()
    calls: list[str] = []

    def notes(record_: dict[str, Any]) -> dict[str, Any]:
        calls.append(record_.get("summary", ""))
        record_["notes"] = "ghi chú của văn phòng A"
        if len(calls) == 1:
            paused.set()
            resume.wait(10)
        return record_

    thread = threading.Thread(target=lambda: archive.update(record["id"], notes))
    thread.start()
    assert paused.wait(10)
    other.update(record["id"], lambda r: {**r, "summary": "Tóm tắt do văn phòng B sửa."})
    resume.set()
    thread.join()
    other.close()
    stored = present(archive.get(record["id"]))
    assert stored["notes"] == "ghi chú của văn phòng A" and stored["summary"] == "Tóm tắt do văn phòng B sửa."
    assert calls[-1] == "Tóm tắt do văn phòng B sửa."


def test_an_import_failing_halfway_writes_nothing(archive: PostgresRepository, monkeypatch) -> None:
    archive.upsert_many(generate(5, seed=1))
    before, token = [r["id"] for r in archive.records()], archive.change_token()
    batch = generate(300, seed=3)
    real_row_of = rows_module.row_of
    seen = []

    def failing_row_of(record: dict[str, Any]) -> tuple[Any, ...]:
        seen.append(record["id"])
        if len(seen) == 150:
            raise OSError("the import source went away")
        return real_row_of(record)

    monkeypatch.setattr(rows_module, "row_of", failing_row_of)
    with pytest.raises(OSError):
        archive.upsert_many(batch)
    assert len(seen) == 150
    assert [r["id"] for r in archive.records()] == before and archive.change_token() == token


def test_a_record_the_database_refuses_fails_the_whole_import(archive: PostgresRepository) -> None:
    batch = generate(50, seed=6)
    batch[30]["summary"] = "chữ\u0000lạ"  # PostgreSQL text cannot hold NUL
    with pytest.raises(ValidationFailed) as refused:
        archive.upsert_many(batch)
    assert [(index, "NUL" in problem.message) for index, problem in refused.value.problems] == [(30, True)]
    assert archive.count() == 0


def test_duplicate_rules_match_the_file_store(archive: PostgresRepository) -> None:
    records = generate(10, seed=8)
    archive.upsert_many(records)
    edited = {**records[0], "summary": "Một tóm tắt khác."}
    twin = {**records[1], "id": records[1]["id"] + "-ban-sao"}
    report = archive.upsert_many([edited, twin])
    assert report.added == [] and [rid for rid, _ in report.skipped] == [edited["id"], twin["id"]]
    assert "probable duplicate of " + records[1]["id"] in report.skipped[1][1]
    assert report.differing[0] == (edited["id"], 1)
    report = archive.upsert_many([edited, twin], on_duplicate="update")
    assert report.updated == [edited["id"], twin["id"]]
    assert archive.get(edited["id"]) == edited and archive.get(twin["id"]) == twin
    assert archive.get(records[1]["id"]) is None and archive.count() == 10


def test_a_second_office_sees_an_edit_through_the_change_token(archive: PostgresRepository) -> None:
    record = generate(1, seed=13)[0]
    archive.upsert_many([record])
    other = _second(archive)
    try:
        seen = other.change_token()
        assert other.change_token() == seen
        archive.update(record["id"], lambda r: {**r, "notes": "sửa ở văn phòng A"})
        assert other.change_token() != seen
        assert present(other.get(record["id"]))["notes"] == "sửa ở văn phòng A"
        assert other.search(Filter.parse('"van phong a"')).total == 1
    finally:
        other.close()


def test_whole_archive_counts_are_shared_and_follow_writes(archive: PostgresRepository) -> None:
    records = generate(30, seed=14)
    archive.upsert_many(records)
    first = archive.search(Filter(), limit=5)
    saved = archive._db.connection().execute("SELECT serial, total FROM surveys_totals").fetchone()
    assert saved == (int(archive.change_token()), 30)
    other = _second(archive)
    try:
        assert other.search(Filter(), limit=5) == first
        archive.delete([records[0]["id"]])
        after = other.search(Filter(), limit=5)
        assert after.total == 29
        assert sum(n for _, n in after.facets["year"]) == 29
        assert after.facets == archive.search(Filter.parse("since:1900"), limit=0).facets  # counted afresh
    finally:
        other.close()
