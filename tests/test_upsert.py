"""Upserting many records: all or nothing, with duplicates reported."""

from __future__ import annotations

import pytest

from store.store import DuplicateFound, SurveyStore, ValidationFailed
from tests.factories import make_record
from tests.present import present


def test_adds_and_reports(store: SurveyStore) -> None:
    report = store.upsert_many([make_record(), make_record(id="second", date="2025-10-09")])
    assert report.added == [make_record()["id"], "second"] and not report.updated and not report.skipped
    assert len(store) == 7


def test_same_id_is_skipped_by_default_and_updated_on_request(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    report = store.upsert_many([make_record(summary="Bản mới.")])
    assert report.skipped == [(make_record()["id"], "same id")]
    assert present(store.get(make_record()["id"]))["summary"] != "Bản mới."
    report = store.upsert_many([make_record(summary="Bản mới.")], on_duplicate="update")
    assert report.updated == [make_record()["id"]] and present(store.get(make_record()["id"]))["summary"] == "Bản mới."
    assert len(store) == 6


def test_same_visit_under_another_id_is_a_probable_duplicate(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    twin = make_record(id="typed-again", body="HĐND PHƯỜNG TÂN ĐỊNH")
    report = store.upsert_many([twin])
    assert report.skipped[0][0] == "typed-again" and "probable duplicate of" in report.skipped[0][1]
    report = store.upsert_many([twin], on_duplicate="update")
    assert report.updated == ["typed-again"] and store.get("typed-again") and len(store) == 6


def test_fail_on_duplicate_writes_nothing(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    before = store.path.read_bytes()
    with pytest.raises(DuplicateFound):
        store.upsert_many([make_record(id="fresh", date="2025-10-10"), make_record()], on_duplicate="fail")
    assert store.path.read_bytes() == before


def test_one_invalid_record_writes_nothing(store: SurveyStore) -> None:
    before = store.path.read_bytes()
    bad = make_record(id="bad", figures=[{"label": "x", "value": "3.163", "unit": "hồ sơ"}])
    with pytest.raises(ValidationFailed) as caught:
        store.upsert_many([make_record(), bad])
    assert [(i, str(p)) for i, p in caught.value.problems][0][0] == 1
    assert "figures[0].value" in str(caught.value.problems[0][1])
    assert store.path.read_bytes() == before


def test_dry_run_reports_without_writing(store: SurveyStore) -> None:
    before = store.path.read_bytes()
    report = store.upsert_many([make_record()], dry_run=True)
    assert report.added == [make_record()["id"]] and store.path.read_bytes() == before


def test_duplicate_within_one_batch_is_caught(store: SurveyStore) -> None:
    report = store.upsert_many([make_record(), make_record(summary="again")])
    assert len(report.added) == 1 and report.skipped == [(make_record()["id"], "same id")]


def test_scan_uses_tinydb(store: SurveyStore) -> None:
    found = store.scan(lambda record: record["date"].startswith("2025"))
    assert sorted(r["id"] for r in found) == [
        "2025-09-04-doan-dbqh-tphcm-lai-thieu",
        "2025-09-09-doan-dbqh-tphcm-rach-dua",
    ]
