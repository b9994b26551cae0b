"""The behaviour every backend promises (see `store.repository.Repository`)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from store.query import Filter
from store.repository import (
    ConflictError,
    DuplicateFound,
    RecordNotFound,
    Repository,
    UpsertReport,
    ValidationFailed,
)
from tests.factories import make_record
from tests.present import present


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
    assert present(repository.get(make_record()["id"]))["summary"] == "Tóm tắt mới."


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


def _led() -> list[dict]:
    """Four visits: three leaders, one written Hòa and one Hoà, and a visit whose body and people name a leader's
    namesake (free text finds it, `leader:` must not)."""
    return [
        make_record(id="hoa-old", date="2024-01-05", leader={"name": "Nguyễn Thị Hòa", "title": "Phó Chủ tịch"}),
        make_record(id="hoa-new", date="2025-02-05", leader={"name": "NGUYỄN THỊ HOÀ", "title": "Trưởng ban"}),
        make_record(id="dang", date="2025-03-05", leader={"name": "Đặng Văn Bình", "title": "Trưởng đoàn"}),
        make_record(id="namesake", date="2025-04-05", body="Đoàn giám sát của bà Nguyễn Thị Hòa",
                    people=[{"name": "Nguyễn Thị Hòa", "role": "Chủ tịch UBND phường"}]),
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ('leader:"nguyen thi hoa"', ["hoa-new", "hoa-old"]),
        ('truongdoan:"Nguyễn Thị Hoà"', ["hoa-new", "hoa-old"]),  # Hoà finds Hòa, case and marks folded
        ("lãnhđạo:hòa", ["hoa-new", "hoa-old"]),  # a word of the name
        ("leader:dang", ["dang"]),  # Đ is D
        ('leader:"van binh"', ["dang"]),  # a phrase from a word on
        ("leader:oa", []),  # inside a word: not a word prefix
        ('leader:"pho chu tich"', []),  # the title is not the name
        ("leader:dang leader:hoa", ["dang", "hoa-new", "hoa-old"]),  # OR within the field
        ("leader:hoa year:2025", ["hoa-new"]),  # AND across fields
        ('leader:hoa "truong ban"', ["hoa-new"]),  # AND with free text (a title is text)
    ],
)
def test_a_leader_clause_finds_the_leader_only(repository: Repository, typed: str, expected: list[str]) -> None:
    repository.upsert_many(_led())
    page = repository.search(Filter.parse(typed))
    assert sorted(r["id"] for r in page.records) == expected
    assert page.total == len(expected)
    assert repository.search(Filter.parse('"nguyen thi hoa"')).total == 3  # free text finds the namesakes too


def test_facets_count_under_a_leader_clause(repository: Repository) -> None:
    repository.upsert_many(_led())
    years = dict(repository.search(Filter.parse("truongdoan:hoa")).facets["year"])
    assert years == {"2025": 1, "2024": 1}


# -- values cross the boundary as copies ---------------------------------------
def test_a_changed_copy_never_changes_what_searches_find(repository: Repository) -> None:
    """The aliasing bug: after an update, the old body must find nothing and the new body the record."""
    repository.upsert_many(_two())
    assert repository.search(Filter.parse("body:hdnd")).total == 1
    seen = repository.get(make_record()["id"])
    repository.update(make_record()["id"], lambda r: {**r, "body": "Đoàn kiểm tra Bến Nghé"})
    assert seen is not None and seen["body"] == "HĐND phường Tân Định"  # what the caller holds stays as it was
    assert [r["id"] for r in repository.search(Filter.parse('"ben nghe"')).records] == [make_record()["id"]]
    assert repository.search(Filter.parse("body:hdnd")).total == 0


def test_the_change_function_gets_a_copy_and_the_result_is_a_copy(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    kept: list[dict] = []

    def keep(record: dict) -> dict:
        kept.append(record)
        record["summary"] = "Sửa."
        return record

    stored = repository.update(make_record()["id"], keep)
    kept[0]["summary"] = "changed after the update"
    stored["summary"] = "changed by the caller"
    assert present(repository.get(make_record()["id"]))["summary"] == "Sửa."


# -- upsert: all or nothing, duplicates reported --------------------------------
def test_upsert_is_all_or_nothing_on_an_invalid_record(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    token = repository.change_token()
    good = make_record(id="new-one", date="2025-10-05", body="Đoàn mới")
    bad = make_record(id="bad-one", date="2025-13-40", body="Đoàn hỏng")
    with pytest.raises(ValidationFailed) as raised:
        repository.upsert_many([good, bad])
    assert [index for index, _ in raised.value.problems] == [1]
    assert repository.count() == 1 and repository.get("new-one") is None
    assert repository.change_token() == token


def test_upsert_fail_on_duplicate_writes_nothing(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    with pytest.raises(DuplicateFound) as raised:
        repository.upsert_many([make_record(id="fresh", date="2025-10-10", body="Đoàn khác"), make_record()],
                               on_duplicate="fail")
    assert raised.value.report.skipped[0][0] == make_record()["id"]
    assert repository.get("fresh") is None and repository.count() == 1


def test_duplicate_report_counts_the_fields_that_differ(repository: Repository) -> None:
    repository.upsert_many(_two())
    same = make_record()
    changed = make_record(id=_two()[1]["id"], date="2024-03-05", body="Đoàn ĐBQH TP Hồ Chí Minh",
                          summary="Khác.", notes="Mới.")
    report = repository.upsert_many([same, changed])
    assert sorted(rid for rid, _ in report.skipped) == sorted([same["id"], changed["id"]])
    assert report.differing == [(changed["id"], 2)]  # summary and notes; an identical copy is not listed
    assert repository.get(changed["id"]) == _two()[1]
    dry = repository.upsert_many([changed], on_duplicate="update", dry_run=True)
    assert dry.updated == [changed["id"]] and repository.get(changed["id"]) == _two()[1]
    repository.upsert_many([changed], on_duplicate="update")
    assert repository.get(changed["id"]) == changed


def test_same_visit_under_another_id_is_a_probable_duplicate(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    twin = make_record(id="typed-again", body="HĐND PHƯỜNG TÂN ĐỊNH")
    report = repository.upsert_many([twin])
    assert report.skipped[0][0] == "typed-again" and "probable duplicate" in report.skipped[0][1]
    assert repository.count() == 1


def test_newer_keeps_whichever_was_edited_last(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    exported = repository.get(make_record()["id"])
    edited = repository.update(make_record()["id"], lambda r: {**r, "summary": "Sửa sau."})
    assert edited["updated"]  # every edit stamps the record
    report = repository.upsert_many([present(exported)], on_duplicate="newer")  # an older copy: the stored edit stays
    assert report.skipped and present(repository.get(make_record()["id"]))["summary"] == "Sửa sau."
    newer = {**edited, "summary": "Sửa sau nữa.", "updated": "9999-01-01T00:00:00.000000Z"}
    report = repository.upsert_many([newer], on_duplicate="newer")
    assert report.updated == [make_record()["id"]] and repository.get(make_record()["id"]) == newer


def test_round_trip_through_another_store_loses_nothing(repository: Repository, another: Repository) -> None:
    from store.followup import save_followup  # noqa: PLC0415

    repository.upsert_many(_two())
    save_followup(repository, make_record()["id"], ("recommendations", 0), status="in progress",
                  deadline="2025-12-31", response=("2025-10-20", "Đã đặt mua máy quét."))
    exported = orjson.loads(orjson.dumps(list(repository.records())))
    another.upsert_many(exported)
    assert list(another.records()) == list(repository.records())
    report = another.upsert_many(exported)
    assert report.differing == [] and len(report.skipped) == 2  # equal copies: nothing to report


# -- delete and the change token -----------------------------------------------
def test_delete_is_one_transaction_and_reports_unknown_ids(repository: Repository) -> None:
    repository.upsert_many(_two())
    token = repository.change_token()
    report = repository.delete([r["id"] for r in _two()] + ["nope", _two()[0]["id"]])
    assert sorted(report.deleted) == sorted(r["id"] for r in _two()) and report.missing == ["nope"]
    assert repository.count() == 0 and list(repository.records()) == []
    assert repository.search(Filter()).total == 0
    assert repository.change_token() != token
    repository.upsert_many([make_record()])  # a deleted id may come back
    assert repository.get(make_record()["id"]) == make_record()


def test_change_token_moves_on_every_kind_of_write_and_only_then(repository: Repository) -> None:
    tokens = [repository.change_token()]
    repository.upsert_many(_two())
    tokens.append(repository.change_token())
    for summary in ("Một.", "Hai.", "Ba."):
        def summarised(r: dict[str, Any], s: str = summary) -> dict[str, Any]:
            return {**r, "summary": s}

        repository.update(make_record()["id"], summarised)
        tokens.append(repository.change_token())
    repository.upsert_many([make_record()])  # an identical copy: skipped, nothing written
    assert repository.change_token() == tokens[-1]
    repository.delete([make_record()["id"]], dry_run=True)
    assert repository.change_token() == tokens[-1]
    repository.delete([make_record()["id"]])
    tokens.append(repository.change_token())
    assert len(set(tokens)) == len(tokens)


def test_update_must_keep_the_id(repository: Repository) -> None:
    repository.upsert_many([make_record()])
    with pytest.raises(ValidationFailed):
        repository.update(make_record()["id"], lambda r: {**r, "id": "another-id"})
    assert repository.get("another-id") is None and repository.get(make_record()["id"]) == make_record()


def _with_origins() -> dict:
    return make_record(provenance=[
        {"path": "date", "by": "extractor", "certainty": {"code": "date_certainty.stated.bare", "params": {}}},
        {"path": "leader", "by": "extractor", "rule": "do X ... làm Trưởng đoàn"},
        {"path": "figures[0]", "by": "extractor", "certainty": {"code": "figure.bound", "params": {"word": "hơn"}}},
        {"path": "figures[1]", "by": "person"},
    ])


def test_provenance_is_stored_and_kept_by_update(repository: Repository) -> None:
    """Where each value came from survives storing, an update of another field, and a figure appended with its own."""
    record = _with_origins()
    repository.upsert_many([record])
    assert repository.get(record["id"]) == record

    def follow_up(stored: dict) -> dict:
        stored["recommendations"][0]["status"] = "in progress"
        stored["figures"].append({"label": "Hồ sơ trễ hạn", "value": 3, "unit": "hồ sơ"})
        stored["provenance"].append({"path": "figures[2]", "by": "person"})
        return stored

    kept = repository.update(record["id"], follow_up)
    assert kept["provenance"][:4] == record["provenance"] and kept["provenance"][4]["path"] == "figures[2]"
    assert present(repository.get(record["id"]))["provenance"] == kept["provenance"]


def test_provenance_naming_a_value_the_record_lacks_is_refused(repository: Repository) -> None:
    record = _with_origins()
    repository.upsert_many([record])

    def drop_a_figure(stored: dict) -> dict:
        stored["figures"].pop()  # figures[1] goes; its origin still names it
        return stored

    with pytest.raises(ValidationFailed):
        repository.update(record["id"], drop_a_figure)
    assert repository.get(record["id"]) == record
    with pytest.raises(ValidationFailed) as raised:
        repository.upsert_many([make_record(id="2025-10-02-other", provenance=[{"path": "notes", "by": "person"}])])
    assert "provenance[0].path" in str(raised.value.problems) and repository.get("2025-10-02-other") is None
