"""An import written over a stored visit writes its items' history, on every backend, under a frozen clock (s41, hist4).

`surveys import --on-duplicate update` replaced a stored record with the file's copy: a status closed in another
office's copy, imported here, had changed the item with no entry. Now each item whose status, deadline or addressee
the import changes gets one entry per field, named as a follow-up save is, one save id per imported record; items are
paired by their words (`store.corrected_items`); a new visit, a skipped duplicate and a dry run write none.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store import followup
from store.export import to_json
from store.followup import get_item, save_followup, writer
from store.importing import history as import_history
from store.importing import import_paths
from store.repository import Repository
from store.validation import validate
from tests.contract.history import ID, R1, R2, TWO_ITEMS, history_said, with_item
from tests.factories import make_record
from tests.present import present

AT = "2026-12-07T09:14:03Z"
RECORD = TWO_ITEMS


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch, writer_lan: None) -> Iterator[None]:
    """The clock and the writer fixed: the entries are compared whole."""
    monkeypatch.setattr(import_history, "now_stamp", lambda: AT)
    yield


def _file(tmp_path: Path, *records: dict[str, Any]) -> Path:
    path = tmp_path / "copy.json"
    path.write_bytes(to_json(list(records)))
    return path


def test_an_update_import_writes_the_history_of_each_item_it_changes(repository: Repository, tmp_path: Path) -> None:
    repository.upsert_many([RECORD])
    theirs = with_item(with_item(RECORD, 0, status="done", deadline="2026-12-31", to=None), 1, status="not accepted")
    import_paths(repository, [_file(tmp_path, theirs)], on_duplicate="update")
    stored = present(repository.get(ID))
    first, second = get_item(stored, R1), get_item(stored, R2)
    assert history_said(first) == [("status", "open", "done"), ("deadline", None, "2026-12-31"),
                                   ("to", "thành phố", None)]
    assert history_said(second) == [("status", "in progress", "not accepted")]
    entries = [*first["history"], *second["history"]]
    # the OS user on a file store, the role on PostgreSQL (`store.writer_name`)
    assert {(entry["at"], entry["who"]) for entry in entries} == {(AT, writer(repository))}
    saves = {entry["save"] for entry in entries}
    assert len(saves) == 1 and len(next(iter(saves))) == 12  # one imported record, one save
    assert validate(stored) == []


def test_each_imported_record_is_a_save_of_its_own(repository: Repository, tmp_path: Path) -> None:
    other = make_record(id="2025-03-02-ubnd-xa-khac", date="2025-03-02", recommendations=[
        {"text": "Sửa mái nhà văn hóa.", "by": "UBND xã"}])
    repository.upsert_many([RECORD, other])
    import_paths(repository, [_file(tmp_path, with_item(RECORD, 0, status="done"), with_item(other, 0, status="done"))],
                 on_duplicate="update")
    ids = {get_item(present(repository.get(record["id"])), R1)["history"][0]["save"] for record in (RECORD, other)}
    assert len(ids) == 2


def test_items_moved_in_the_file_are_paired_by_their_words(repository: Repository, tmp_path: Path) -> None:
    repository.upsert_many([RECORD])
    moved = copy.deepcopy(RECORD)
    moved["recommendations"] = [{**RECORD["recommendations"][1], "status": "done"}, RECORD["recommendations"][0]]
    import_paths(repository, [_file(tmp_path, moved)], on_duplicate="update")
    stored = present(repository.get(ID))
    # not "open → done": the item moved
    assert history_said(get_item(stored, R1)) == [("status", "in progress", "done")]
    assert "history" not in get_item(stored, R2)


def test_the_stored_history_is_kept_under_the_file_s(repository: Repository, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    repository.upsert_many([RECORD])
    monkeypatch.setattr(followup, "now_stamp", lambda: "2026-12-06T08:00:00Z")  # the day before the import
    save_followup(repository, ID, R1, deadline="2027-01-31")  # a save here the file's copy never saw
    import_paths(repository, [_file(tmp_path, with_item(RECORD, 0, status="done"))], on_duplicate="update")
    said = history_said(get_item(present(repository.get(ID)), R1))
    assert said == [("deadline", None, "2027-01-31"), ("status", "open", "done"), ("deadline", "2027-01-31", None)]


def test_a_new_visit_a_skip_and_a_dry_run_write_none(repository: Repository, tmp_path: Path) -> None:
    done = with_item(RECORD, 0, status="done")
    import_paths(repository, [_file(tmp_path, done)], on_duplicate="update")  # new: the first version
    assert "history" not in get_item(present(repository.get(ID)), R1)
    again = with_item(RECORD, 0, status="in progress")
    import_paths(repository, [_file(tmp_path, again)], on_duplicate="skip")
    import_paths(repository, [_file(tmp_path, again)], on_duplicate="update", dry_run=True)
    assert get_item(present(repository.get(ID)), R1) == get_item(done, R1)
    import_paths(repository, [_file(tmp_path, done)], on_duplicate="update")  # the same copy again: nothing changes
    assert "history" not in get_item(present(repository.get(ID)), R1)


def test_the_name_in_the_settings_is_the_writer(repository: Repository, tmp_path: Path) -> None:
    repository.upsert_many([RECORD])
    import_paths(repository, [_file(tmp_path, with_item(RECORD, 0, status="done"))], on_duplicate="update",
                 named="Phòng Tư pháp")
    assert get_item(present(repository.get(ID)), R1)["history"][0]["who"] == "Phòng Tư pháp"


def test_a_change_the_copy_s_own_history_tells_is_not_told_again(repository: Repository, another: Repository,
                                                                 tmp_path: Path) -> None:
    repository.upsert_many([RECORD])
    another.upsert_many([RECORD])
    save_followup(another, ID, R1, status="done")  # saved in another office, exported with its entry
    import_paths(repository, [_file(tmp_path, present(another.get(ID)))], on_duplicate="update")
    assert get_item(present(repository.get(ID)), R1)["history"] == get_item(present(another.get(ID)), R1)["history"]


class _SavedBeforeTheLock:
    """The importer's handle, with another office's save (`other`, a second handle on the store) landing just before
    its write takes the lock, after everything the import did beforehand: as a second process may."""

    def __init__(self, handle: Repository, other: Repository) -> None:
        self._handle, self._other, self.landed = handle, other, False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def _land(self, dry_run: bool) -> None:
        if not dry_run and not self.landed:
            self.landed = True
            save_followup(self._other, ID, R2, deadline="2027-01-31", named="Hùng")

    def upsert_many(self, records: Any, **options: Any) -> Any:
        self._land(options.get("dry_run", False))
        return self._handle.upsert_many(records, **options)

    def import_serialized(self, *args: Any, **options: Any) -> Any:
        self._land(args[3] if len(args) > 3 else options.get("dry_run", False))
        return self._handle.import_serialized(*args, **options)  # type: ignore[attr-defined]  # a store file's only


def test_a_save_landing_before_the_import_s_lock_keeps_its_entry(repository: Repository, tmp_path: Path,
                                                                 reopen: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 42: the stored records were read before the write's lock, so another office's save in between was
    overwritten with no trace (its entry lost, its deadline gone with no entry saying so). They are read under it."""
    repository.upsert_many([RECORD])
    monkeypatch.setattr(followup, "now_stamp", lambda: "2026-12-06T08:00:00Z")  # before the import's moment
    other = reopen()
    try:
        importer = _SavedBeforeTheLock(repository, other)
        import_paths(importer, [_file(tmp_path, with_item(RECORD, 0, status="done"))], on_duplicate="update")
        assert importer.landed
        stored = present(other.get(ID))
    finally:
        other.close()
    assert history_said(get_item(stored, R1)) == [("status", "open", "done")]
    second = get_item(stored, R2)  # the file's copy never saw Hùng's deadline: its import takes it away, said so
    assert history_said(second) == [("deadline", None, "2027-01-31"), ("deadline", "2027-01-31", None)]
    assert [entry.get("who") for entry in second["history"]] == ["Hùng", writer(repository)]
    assert validate(stored) == []
