"""A follow-up item's status history on every backend: kept by each save, merged from two offices, carried by the JSON
export and import, and undone (tryout s38-tryout10, Found 4: a mistaken status set back by hand left no trace).

Two handles on one store, as in test_followup_fields.py: `repository` and `other` (another office).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.export import to_json
from store.followup import UndoRefused, edit_item, get_item, save_followup, save_item, saved_entries, undo_save, writer
from store.importing import import_paths
from store.item_history import changed_since
from store.repository import Repository
from store.validation import validate
from tests.contract.history import first_item, said
from tests.contract.test_other_writers import ID, R1, RECORD, other  # noqa: F401 - `other`: the second handle
from tests.present import present


def test_a_record_written_before_the_history_reads_as_before(repository: Repository,
                                                              other: Repository) -> None:  # noqa: F811
    assert present(repository.get(ID)) == RECORD and "history" not in first_item(repository)


def test_a_save_of_status_and_deadline_leaves_one_entry_each_with_when_and_who(repository: Repository,
                                                                              other: Repository) -> None:  # noqa: F811
    before = present(repository.get(ID))
    save_item(repository, before, R1, edit_item(before, R1, status="done", deadline="31/12/2026"),
              at="2026-12-07T09:14:03Z", save="0a1b2c3d4e5f")
    history = first_item(other)["history"]
    assert said(history) == [("status", "open", "done"), ("deadline", None, "2026-12-31")]
    assert {entry["at"] for entry in history} == {"2026-12-07T09:14:03Z"}
    who = writer(repository)  # a set name, else the PostgreSQL role, else the OS user (store.writer_name, session 40)
    assert [entry.get("who") for entry in history] == [who, who]
    assert {entry["save"] for entry in history} == {"0a1b2c3d4e5f"}  # one save, one id on each of its entries
    assert saved_entries(present(other.get(ID)), R1, "0a1b2c3d4e5f") == history
    assert validate(present(other.get(ID))) == []


def test_a_response_alone_leaves_no_entry_but_its_moment(repository: Repository,
                                                          other: Repository) -> None:  # noqa: F811
    save_followup(repository, ID, R1, response=("2026-12-06", "Sở đã trả lời bằng văn bản."))
    item = first_item(other)
    assert "history" not in item and item["responses"][-1]["at"] > "2026-01-01"
    assert changed_since(item, "2026-01-01T00:00:00Z") and not changed_since(item, "9999-01-01T00:00:00Z")


def test_a_response_alone_is_not_news_to_its_writer_on_a_later_day(repository: Repository,
                                                                    other: Repository) -> None:  # noqa: F811
    """Session 42: the response carries the writer's name (no entry does), so `c` leaves it out for them only."""
    save_followup(repository, ID, R1, response=("2026-12-06", "Phòng đã báo cáo kết quả."), named="Lan")
    item = first_item(other)
    assert "history" not in item and item["responses"][-1]["who"] == writer(repository, "Lan")
    assert not changed_since(item, "2026-01-01T00:00:00Z", me=writer(repository, "Lan"))
    assert changed_since(item, "2026-01-01T00:00:00Z", me="another office")
    assert validate(present(other.get(ID))) == []


def test_two_offices_saving_different_fields_at_once_both_land_with_both_entries(
        repository: Repository, other: Repository) -> None:  # noqa: F811
    opened_here, opened_there = present(repository.get(ID)), present(other.get(ID))
    save_item(other, opened_there, R1, edit_item(opened_there, R1, to="Sở Tư pháp"), at="2026-12-07T09:00:00Z")
    save_item(repository, opened_here, R1, edit_item(opened_here, R1, status="in progress"), at="2026-12-07T09:00:01Z")
    item = first_item(other)
    assert (item["status"], item["to"]) == ("in progress", "Sở Tư pháp")
    assert said(item["history"]) == [("to", "thành phố", "Sở Tư pháp"), ("status", "open", "in progress")]


def test_the_json_export_and_import_carry_the_history(repository: Repository, another: Repository,
                                                      other: Repository, tmp_path: Path) -> None:  # noqa: F811
    save_followup(repository, ID, R1, status="not accepted", response=("2026-12-06", "Không tiếp thu."))
    stored = present(repository.get(ID))
    exported = tmp_path / "export.json"
    exported.write_bytes(to_json([stored]))
    import_paths(another, [exported])
    assert first_item(another)["history"] == get_item(stored, R1)["history"]
    assert first_item(another)["responses"] == get_item(stored, R1)["responses"]


def test_undo_puts_the_save_back_and_says_so_in_the_history(repository: Repository,
                                                             other: Repository) -> None:  # noqa: F811
    before = present(repository.get(ID))
    done = saved_entries(save_item(repository, before, R1, edit_item(before, R1, status="not accepted",
                                                                      deadline="2026-12-31"),
                                   at="2026-12-07T09:14:03Z", save="0a1b2c3d4e5f"), R1, "0a1b2c3d4e5f")
    undo_save(repository, ID, R1, done)
    item = first_item(other)
    assert item.get("status", "open") == "open" and "deadline" not in item
    assert said(item["history"][2:]) == [("status", "not accepted", "open"), ("deadline", "2026-12-31", None)]
    assert {entry.get("undoes") for entry in item["history"][2:]} == {"0a1b2c3d4e5f"}  # the undo names its save


def test_undo_is_refused_when_another_office_changed_the_item_since(repository: Repository,
                                                                     other: Repository) -> None:  # noqa: F811
    before = present(repository.get(ID))
    done = saved_entries(save_item(repository, before, R1, edit_item(before, R1, status="done"),
                                   at="2026-12-07T09:14:03Z", save="0a1b2c3d4e5f"), R1, "0a1b2c3d4e5f")
    save_followup(other, ID, R1, deadline="2027-01-31")
    with pytest.raises(UndoRefused) as refused:
        undo_save(repository, ID, R1, done)
    assert refused.value.why == "later" and refused.value.entry is not None
    assert refused.value.entry["field"] == "deadline"
    assert first_item(other)["status"] == "done"  # nothing written


def test_a_history_entry_of_an_unknown_field_is_refused() -> None:
    record = edit_item(RECORD, R1, status="done")
    record["recommendations"][0]["history"] = [{"at": "2026-12-07T09:14:03Z", "field": "text", "to": "x"}]
    assert any("history" in str(problem) for problem in validate(record))
