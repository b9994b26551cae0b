"""Saves within one second are still two saves, on every backend (session 41, hist3).

History stamps are to the second, and a save's entries had been told by (at, who): two saves by one writer in one
second read as one, so `z` refused ("changed elsewhere") or put back both, and `surveys followup --undo` undid both
(session 40's closing note; tests/tui/test_undo_stack.py failed under load). Each entry now carries its save's id.
The clock is frozen here (`now_stamp`), so every save of a test shares one stamp: no test depends on timing.
Entries written by an older program (no id) still group by (at, who) and still undo.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from store.followup import (
    UndoRefused,
    edit_item,
    get_item,
    save_followup,
    save_item,
    saved_entries,
    undo_last,
    undo_save,
    writer,
)
from store.item_history import new_save
from store.repository import Repository
from store.validation import validate
from tests.contract.history import first_item, said
from tests.contract.test_other_writers import ID, R1, other  # noqa: F401 - `other`: the second handle
from tests.present import present

STAMP = "2026-12-07T09:14:03Z"


@pytest.fixture(autouse=True)
def _one_second(monkeypatch: pytest.MonkeyPatch, writer_lan: None) -> Iterator[None]:
    """Every save of the test in one second, by "lan"."""
    monkeypatch.setattr("store.followup.now_stamp", lambda: STAMP)
    yield


def _save(handle: Repository, **changes: Any) -> list[dict[str, Any]]:
    """One save as the browser's dialog makes it (named as the settings name the user); its history entries."""
    before, save = present(handle.get(ID)), new_save()
    stored = save_item(handle, before, R1, edit_item(before, R1, **changes), at=STAMP, save=save,
                       named="Nguyễn Thị Lan")
    return saved_entries(stored, R1, save)


def test_two_saves_in_one_second_are_two_and_z_puts_back_each_in_turn(repository: Repository,
                                                                       other: Repository) -> None:  # noqa: F811
    first = _save(repository, status="in progress")
    second = _save(repository, deadline="2027-01-31")  # the same second, the same writer
    assert said(first) == [("status", "open", "in progress")] and said(second) == [("deadline", None, "2027-01-31")]
    stored = undo_save(repository, ID, R1, second, named="Nguyễn Thị Lan")  # `z`: the last save only
    item = get_item(stored, R1)
    assert item["status"] == "in progress" and "deadline" not in item
    undone = item["history"][-1:]
    undo_save(repository, ID, R1, first, own=[*second, *undone], named="Nguyễn Thị Lan")  # `z` again
    item = first_item(other)
    assert item.get("status", "open") == "open" and "deadline" not in item
    assert said(item["history"]) == [("status", "open", "in progress"), ("deadline", None, "2027-01-31"),
                                     ("deadline", "2027-01-31", None), ("status", "in progress", "open")]
    assert len({entry["save"] for entry in item["history"]}) == 4 and {e["at"] for e in item["history"]} == {STAMP}
    assert {entry["who"] for entry in item["history"]} == {"Nguyễn Thị Lan"}
    assert validate(present(other.get(ID))) == []


def test_one_save_of_two_fields_is_put_back_whole(repository: Repository, other: Repository) -> None:  # noqa: F811
    _save(repository, to="Sở Nội vụ")
    both = _save(repository, status="done", deadline="2027-01-31")
    assert len(both) == 2 and len({entry["save"] for entry in both}) == 1
    undo_save(repository, ID, R1, both)
    item = first_item(other)
    assert (item.get("status", "open"), item.get("deadline"), item["to"]) == ("open", None, "Sở Nội vụ")


def test_the_command_lines_undo_takes_the_last_save_of_the_second_only(repository: Repository,
                                                                       other: Repository) -> None:  # noqa: F811
    save_followup(repository, ID, R1, status="in progress")
    save_followup(repository, ID, R1, deadline="2027-01-31")  # status then deadline: as one save writes them
    undone = undo_last(repository, ID, R1)
    item = first_item(other)
    assert item["status"] == "in progress" and "deadline" not in item
    assert said(undone.written) == [("deadline", "2027-01-31", None)] and undone.past_undos == 0


def test_another_save_in_the_same_second_by_the_same_name_still_refuses_z(repository: Repository,
                                                                          other: Repository) -> None:  # noqa: F811
    mine = _save(repository, status="done")
    save_followup(other, ID, R1, deadline="2027-01-31", named="Nguyễn Thị Lan")  # another browser, same name
    with pytest.raises(UndoRefused) as refused:
        undo_save(repository, ID, R1, mine)
    assert refused.value.why == "later" and refused.value.entry is not None
    assert refused.value.entry["field"] == "deadline"
    assert first_item(other)["status"] == "done"  # nothing written


def test_each_undo_on_the_command_line_steps_further_back_and_never_undoes_an_undo(
        repository: Repository, other: Repository) -> None:  # noqa: F811
    first = _save(repository, status="in progress")
    second = _save(repository, status="done")
    stored = undo_save(repository, ID, R1, second, named="Nguyễn Thị Lan")  # `z` in the browser
    undone = undo_last(repository, ID, R1, named="Nguyễn Thị Lan")  # then `--undo`: the save before, not the undo
    assert undone.past_undos == 1 and undone.done == first
    assert said(undone.written) == [("status", "in progress", "open")]
    with pytest.raises(UndoRefused) as refused:  # every save of theirs undone: said, nothing written
        undo_last(repository, ID, R1, named="Nguyễn Thị Lan")
    assert refused.value.why == "undone"
    with pytest.raises(UndoRefused) as refused:
        undo_last(repository, ID, R1, named="Trần Văn Minh")
    assert refused.value.why == "none"
    item = first_item(other)
    assert item.get("status", "open") == "open" and len(item["history"]) == 4
    assert get_item(stored, R1)["history"][-1]["undoes"] == second[0]["save"]


def test_an_older_programs_entries_without_an_id_still_group_and_undo(repository: Repository,
                                                                       other: Repository) -> None:  # noqa: F811
    who = writer(repository)  # the PostgreSQL role, else the OS user

    def older(current: dict[str, Any]) -> dict[str, Any]:  # a save of status and deadline, as session 40 wrote it
        item = get_item(current, R1)
        item.update(status="done", deadline="2027-01-31")
        item["history"] = [{"at": STAMP, "who": who, "field": "status", "from": "open", "to": "done"},
                           {"at": STAMP, "who": who, "field": "deadline", "to": "2027-01-31"}]
        return current

    repository.update(ID, older)
    undone = undo_last(repository, ID, R1)
    assert said(undone.written) == [("status", "done", "open"), ("deadline", "2027-01-31", None)]
    item = first_item(other)
    assert item.get("status", "open") == "open" and "deadline" not in item
    assert item["history"][-1]["undoes"] == STAMP  # the save it undid had no id: named by its moment
    with pytest.raises(UndoRefused) as refused:  # and a second `--undo` does not undo the undo
        undo_last(repository, ID, R1)
    assert refused.value.why == "undone"
    assert validate(present(other.get(ID))) == []
