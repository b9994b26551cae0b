"""A correction (`r`) that changes an item's status or deadline writes its history, on every backend (session 41).

The review screen edits an item's deadline and status since session 40; a status closed there left no entry, so the
history (and the monthly report written from it) said nothing of it. A correction now writes one entry per changed
field, named as a follow-up save is; importing a new visit writes none (the first version); a conflict written over
keeps the other office's entries.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest

from store.export import to_json
from store.followup import get_item, save_followup, writer
from store.importing import import_paths
from store.repository import Repository
from store.validation import validate
from tests.contract.history import ID, R1, R2, TWO_ITEMS, history_said, with_item
from tests.present import present
from tui.screens.review_save import Conflict, save_correction, with_stored

RECORD = TWO_ITEMS


pytestmark = pytest.mark.usefixtures("writer_lan")


def test_a_corrected_status_and_deadline_are_written_in_the_items_history(repository: Repository) -> None:
    repository.upsert_many([RECORD])
    stored = save_correction(repository.location, RECORD, with_item(RECORD, 0, status="done", deadline="2027-01-31"),
                             named="Nguyễn Thị Lan")
    item = get_item(present(repository.get(ID)), R1)
    assert (item["status"], item["deadline"]) == ("done", "2027-01-31")
    assert history_said(item) == [("status", "open", "done"), ("deadline", None, "2027-01-31")]
    assert {entry["who"] for entry in item["history"]} == {"Nguyễn Thị Lan"}
    assert len({entry["save"] for entry in item["history"]}) == 1
    assert "history" not in get_item(stored, R2)  # an item the correction did not change: nothing said
    assert validate(present(repository.get(ID))) == []


def test_a_correction_of_other_values_writes_no_history(repository: Repository) -> None:
    repository.upsert_many([RECORD])
    edited = with_item(RECORD, 1, text="Mở thêm hai quầy tiếp nhận.")  # its words, not its follow-up
    save_correction(repository.location, RECORD, {**edited, "summary": "Đã sửa."})
    stored = present(repository.get(ID))
    assert all("history" not in item for item in stored["recommendations"])


def test_an_item_moved_and_corrected_is_paired_by_its_words_and_a_new_item_has_none(repository: Repository) -> None:
    repository.upsert_many([RECORD])
    edited = copy.deepcopy(RECORD)
    first, second = edited["recommendations"]
    edited["recommendations"] = [{**second, "status": "done"}, {"text": "Một kiến nghị mới.", "status": "done"},
                                 first]
    save_correction(repository.location, RECORD, edited)
    items = present(repository.get(ID))["recommendations"]
    assert history_said(items[0]) == [("status", "in progress", "done")]
    assert "history" not in items[1] and "history" not in items[2]
    assert items[0]["history"][0]["who"] == writer(repository)  # no name set: the role, else the OS user


def test_importing_a_new_visit_writes_no_history(repository: Repository, tmp_path: Path) -> None:
    exported = tmp_path / "new.json"
    exported.write_bytes(to_json([with_item(RECORD, 0, status="done")]))
    import_paths(repository, [exported])
    assert all("history" not in item for item in present(repository.get(ID))["recommendations"])


def test_a_correction_written_over_a_conflict_keeps_the_other_offices_entries(
        repository: Repository, reopen: Callable[[], Repository]) -> None:
    repository.upsert_many([RECORD])
    other = reopen()
    try:  # another office closes the second item while the correction screen is open
        save_followup(other, ID, R2, status="not accepted", named="Trần Văn Minh")
    finally:
        other.close()
    mine = with_item(RECORD, 1, status="done")
    with pytest.raises(Conflict) as raised:
        save_correction(repository.location, RECORD, mine)
    seen = with_stored(RECORD, raised.value.current, raised.value.values)  # Ctrl+S again: the person's value over
    save_correction(repository.location, seen, mine, named="Nguyễn Thị Lan")
    item = get_item(present(repository.get(ID)), R2)
    assert item["status"] == "done"
    assert history_said(item) == [("status", "in progress", "not accepted"), ("status", "not accepted", "done")]
    assert [entry["who"] for entry in item["history"]] == ["Trần Văn Minh", "Nguyễn Thị Lan"]
