"""Two handles on one store, on every backend: what one writes, the other sees and never writes over unseen.

Several people may use one store: offices on one PostgreSQL archive, two
browsers (or a browser and `surveys import`) on one file. Each holds its own
repository object (`reopen` opens a second one on the same store). The
browser asks its handle's `change_token()` every few seconds (`tui.watching`)
and reads the store again when it moved; its saves (a follow-up item, a
correction) go through `update()` and compare the stored values with what
the person saw, so another handle's change to the same values is a conflict,
said, and a second save puts the person's values over those only.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from store.followup import get_item, save_item
from store.query import Filter
from store.repository import ConflictError, FindsPositions, Repository
from tests.factories import make_record
from tests.present import present
from tui.screens.review_save import Conflict, apply_correction, with_stored

RECORD = make_record()
ID = RECORD["id"]
OLDER = make_record(id="2024-03-05-doan-dbqh-rach-dua", date="2024-03-05", body="Đoàn ĐBQH TP Hồ Chí Minh",
                    summary="Làm việc về đất đai.")
NEWER = make_record(id="2025-11-20-hdnd-tan-dinh-lan-2", date="2025-11-20", summary="Kiểm tra hồ sơ đất đai.")
R1, D1 = ("recommendations", 0), ("directions", 0)


@pytest.fixture
def other(repository: Repository, reopen: Callable[[], Repository]) -> Iterator[Repository]:
    """A second handle on the store `repository` holds: another office, another browser, `surveys import`."""
    repository.upsert_many([RECORD, OLDER])
    handle = reopen()
    yield handle
    handle.close()


def _ids(page_records: list[dict[str, Any]]) -> list[str]:
    return [record["id"] for record in page_records]


def test_every_handle_reads_the_same_token_and_sees_anothers_write_move_it(repository: Repository,
                                                                          other: Repository) -> None:
    before = repository.change_token()
    assert other.change_token() == before  # a token is the store's, not the handle's
    other.upsert_many([NEWER])
    assert repository.change_token() != before
    assert repository.change_token() == other.change_token()
    moved = repository.change_token()
    assert repository.change_token() == moved  # asked again, nothing written: the same


def test_reads_after_anothers_write_see_it_though_this_handle_read_before(repository: Repository,
                                                                         other: Repository) -> None:
    """What a handle keeps between reads (the file store's index: orders, counts, the last search) follows
    another handle's write, whichever kind it is."""
    wide, narrow = Filter(), Filter.parse('"đất đai"')
    assert repository.search(wide).total == 2 and _ids(repository.search(narrow).records) == [OLDER["id"]]
    assert repository.count() == 2

    other.upsert_many([NEWER])
    assert repository.count() == 3
    assert _ids(repository.search(wide).records) == [NEWER["id"], ID, OLDER["id"]]
    assert _ids(repository.search(narrow).records) == [NEWER["id"], OLDER["id"]]
    assert dict(repository.search(wide).facets["year"]) == {"2025": 2, "2024": 1}
    if isinstance(repository, FindsPositions):
        assert repository.position(wide, OLDER["id"]) == 2

    other.update(ID, lambda current: {**current, "summary": "Sửa ở nơi khác về đất đai."})
    assert present(repository.get(ID))["summary"] == "Sửa ở nơi khác về đất đai."
    assert _ids(repository.search(narrow).records) == [NEWER["id"], ID, OLDER["id"]]

    other.delete([OLDER["id"]])
    assert repository.count() == 2 and repository.get(OLDER["id"]) is None
    assert _ids(repository.search(wide).records) == [NEWER["id"], ID]
    assert repository.search(narrow).total == 2


def test_an_update_through_one_handle_starts_from_anothers_write(repository: Repository, other: Repository) -> None:
    repository.get(ID)  # read (and kept, maybe) before the other handle writes
    other.update(ID, lambda current: {**current, "summary": "Sửa ở nơi khác."})
    seen: list[str] = []

    def change(current: dict[str, Any]) -> dict[str, Any]:
        seen.append(current["summary"])
        return {**current, "body": "HĐND phường Tân Định (sửa tên)"}

    stored = repository.update(ID, change)
    assert seen == ["Sửa ở nơi khác."]
    assert stored["summary"] == "Sửa ở nơi khác." and stored["body"] == "HĐND phường Tân Định (sửa tên)"
    assert present(other.get(ID))["summary"] == "Sửa ở nơi khác."


def _with_item(record: dict[str, Any], ref: tuple[str, int], **values: Any) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    changed[ref[0]][ref[1]].update(values)
    return changed


def test_a_follow_up_save_over_anothers_change_of_the_item_is_refused_then_taken_knowingly(
        repository: Repository, other: Repository) -> None:
    """The follow-up dialog's save (`tui.screens.followup_save`): the item as the person saw it must be the one
    stored; a second Ctrl+S starts from the item as stored now (the dialog shows it), and writes the edit."""
    seen = present(repository.get(ID))  # the dialog opens on the record as listed
    other.update(ID, lambda current: _with_item(current, R1, status="not accepted"))
    mine = _with_item(seen, R1, status="done")
    with pytest.raises(ConflictError):
        save_item(repository, seen, R1, mine)
    assert get_item(present(other.get(ID)), R1)["status"] == "not accepted"  # nothing written over it

    other.update(ID, lambda current: _with_item(current, D1, status="in progress"))  # another item: not a clash
    now = present(repository.get(ID))
    save_item(repository, now, R1, _with_item(now, R1, status="done"))  # knowingly, over what is stored now
    stored = present(other.get(ID))
    assert get_item(stored, R1)["status"] == "done" and get_item(stored, D1)["status"] == "in progress"


def test_a_correction_over_anothers_change_of_the_value_is_refused_then_writes_over_that_value_only(
        repository: Repository, other: Repository) -> None:
    """The correction's save (`tui.screens.review_save`): a value changed on both sides is a `Conflict`, nothing
    written; the second Ctrl+S (`with_stored`) puts the person's value over that one and keeps the other
    handle's change of a value the person did not touch."""
    seen = present(repository.get(ID))
    edited = {**seen, "leader": {"name": "Lê Văn Đúng", "title": "Chủ tịch HĐND phường"}}
    other.update(ID, lambda current: {**current, "leader": {"name": "Người Khác", "title": "Phó Chủ tịch"},
                                      "summary": "Tóm tắt của nơi khác."})
    with pytest.raises(Conflict) as raised:
        repository.update(ID, lambda current: apply_correction(seen, edited, current))
    assert raised.value.values == ["leader"]
    assert present(other.get(ID))["leader"]["name"] == "Người Khác"

    again = with_stored(seen, raised.value.current, raised.value.values)
    repository.update(ID, lambda current: apply_correction(again, edited, current))
    stored = present(other.get(ID))
    assert stored["leader"]["name"] == "Lê Văn Đúng" and stored["summary"] == "Tóm tắt của nơi khác."
