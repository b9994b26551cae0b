"""Who a follow-up history names, the undo stack and `--undo`'s rule, on every backend (session 40, hist2).

A monthly report is written from the history: a file store's entries named nobody (only PostgreSQL knew its role),
`z` could put back only one save per item, and the command line could not undo at all. `store.writer_name` decides the
name (a set name, else the role, else the OS user); `undo_save` takes the saves this program made after the one it
undoes as its own; `undo_last` undoes the writer's own latest save, refused naming anyone's later change.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from store import writer_name
from store.export import to_json
from store.followup import (
    UndoRefused,
    edit_item,
    get_item,
    save_followup,
    save_item,
    saved_entries,
    undo_last,
    undo_save,
)
from store.importing import import_paths
from store.item_history import new_save
from store.repository import Repository
from store.today import set_today
from tests.contract.history import first_item
from tests.contract.test_other_writers import ID, R1, other  # noqa: F401 - `other`: the second handle
from tests.present import present

pytestmark = pytest.mark.usefixtures("writer_lan")  # no name is set: each test sets what it needs


def _save(handle: Repository, at: str, named: str | None = None, **changes: Any) -> list[dict[str, Any]]:
    """One save of the first recommendation at `at`, as the dialog makes it (`named`: the settings' name); its
    history entries."""
    before = present(handle.get(ID))
    save = new_save()
    return saved_entries(save_item(handle, before, R1, edit_item(before, R1, **changes), at=at, save=save,
                                   named=named), R1, save)


def _role(handle: Repository) -> str | None:
    role = getattr(handle, "writer", None)
    return role if isinstance(role, str) else None


def test_the_history_names_the_role_else_the_os_user_and_a_set_name_wins(repository: Repository,
                                                                         other: Repository,  # noqa: F811
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _save(repository, "2026-12-07T09:00:00Z", status="in progress")
    assert first_item(other)["history"][-1]["who"] == (_role(repository) or "lan")  # a file store: the OS user
    _save(repository, "2026-12-07T09:00:01Z", "Nguyễn Thị Lan", status="done")  # the user's settings
    monkeypatch.setenv(writer_name.ENV, "  phòng   dân nguyện ")  # the environment wins over the settings
    _save(repository, "2026-12-07T09:00:02Z", "Nguyễn Thị Lan", deadline="2027-01-31")
    assert [entry["who"] for entry in first_item(other)["history"][1:]] == ["Nguyễn Thị Lan", "phòng dân nguyện"]


def test_no_name_known_writes_no_who_and_never_fails(repository: Repository, other: Repository,  # noqa: F811
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(writer_name.getpass, "getuser", unknown)
    _save(repository, "2026-12-07T09:00:00Z", status="done")
    entry = first_item(other)["history"][-1]
    assert entry.get("who") == _role(repository)  # PostgreSQL still knows its role; a file store knows nobody
    assert ("who" in entry) == (_role(repository) is not None)


def test_z_undoes_a_stack_of_saves_one_by_one_and_each_is_written(repository: Repository,
                                                                  other: Repository) -> None:  # noqa: F811
    first = _save(repository, "2026-12-07T09:00:00Z", status="in progress")
    second = _save(repository, "2026-12-07T09:00:01Z", status="done", deadline="2027-01-31")
    stored = undo_save(repository, ID, R1, second)
    undone = get_item(stored, R1)["history"][-2:]
    undo_save(repository, ID, R1, first, own=[*second, *undone])  # this program's later save and its undo
    item = first_item(other)
    assert item.get("status", "open") == "open" and "deadline" not in item
    assert [(e["field"], e.get("from"), e.get("to")) for e in item["history"][3:]] == [
        ("status", "done", "in progress"), ("deadline", "2027-01-31", None), ("status", "in progress", "open")]


def test_the_stack_is_refused_past_another_offices_change(repository: Repository,
                                                          other: Repository) -> None:  # noqa: F811
    first = _save(repository, "2026-12-07T09:00:00Z", status="in progress")
    second = _save(repository, "2026-12-07T09:00:01Z", status="done")
    save_followup(other, ID, R1, to="Sở Nội vụ")  # another office, between the undos
    before = first_item(other)
    with pytest.raises(UndoRefused) as refused:
        undo_save(repository, ID, R1, second)
    assert refused.value.why == "later" and refused.value.entry is not None
    assert refused.value.entry["field"] == "to"
    with pytest.raises(UndoRefused):
        undo_save(repository, ID, R1, first, own=second)
    assert first_item(other) == before  # nothing written


def test_undo_last_puts_back_the_writers_own_latest_save(repository: Repository,
                                                         other: Repository) -> None:  # noqa: F811
    with pytest.raises(UndoRefused) as refused:
        undo_last(repository, ID, R1)
    assert refused.value.why == "none"
    save_followup(repository, ID, R1, status="in progress")
    save_followup(repository, ID, R1, status="not accepted", deadline="2027-01-31")  # within the same second
    written = undo_last(repository, ID, R1).written
    item = first_item(other)
    assert item.get("status") == "in progress" and "deadline" not in item and len(item["history"]) == 5
    assert [(entry["field"], entry.get("to")) for entry in written] == [("status", "in progress"), ("deadline", None)]


def test_undo_last_is_refused_naming_a_later_change_by_someone_else(repository: Repository, other: Repository,  # noqa: F811
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    save_followup(repository, ID, R1, status="done")
    monkeypatch.setenv(writer_name.ENV, "Trần Văn Minh")  # another person, a later change
    save_followup(other, ID, R1, deadline="2027-01-31")
    monkeypatch.delenv(writer_name.ENV)
    with pytest.raises(UndoRefused) as refused:
        undo_last(repository, ID, R1)
    assert refused.value.why == "later" and refused.value.entry is not None
    assert (refused.value.entry["who"], refused.value.entry["field"]) == ("Trần Văn Minh", "deadline")
    assert first_item(other)["status"] == "done" and len(first_item(other)["history"]) == 2


def test_a_history_stamp_is_the_clocks_moment_even_under_a_set_today(repository: Repository,
                                                                      other: Repository) -> None:  # noqa: F811
    set_today(date(2031, 1, 10))
    try:
        before = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        save_followup(repository, ID, R1, status="done", response=("2031-01-10", "Đã xong."))
        after = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    finally:
        set_today(None)
    item = first_item(other)
    assert before <= item["history"][-1]["at"] <= after
    assert before <= item["responses"][-1]["at"] <= after and item["responses"][-1]["date"] == "2031-01-10"


def test_importing_the_json_export_again_keeps_the_history_once(repository: Repository, another: Repository,
                                                                other: Repository, tmp_path: Path) -> None:  # noqa: F811
    save_followup(repository, ID, R1, status="in progress")
    save_followup(repository, ID, R1, status="done")
    stored = present(repository.get(ID))
    exported = tmp_path / "export.json"
    exported.write_bytes(to_json([stored]))
    import_paths(another, [exported])
    import_paths(another, [exported], on_duplicate="update")
    import_paths(repository, [exported], on_duplicate="update")  # back over itself
    assert first_item(another)["history"] == first_item(repository)["history"] == get_item(stored, R1)["history"]
    assert len(get_item(stored, R1)["history"]) == 2
