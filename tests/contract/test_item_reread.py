"""The item a person opens from the follow-up list, read again in its visit as stored now (`store.item_reread`), on
every backend: another office's write since the list was read is not a conflict; a change of the same item after
that still is.

Tryout s34-offices (Left 1): the list kept the copy it was opened with, and a deadline saved on an item another
office had answered meanwhile was refused as a conflict. Two handles on one store, as in test_other_writers.py.
"""

from __future__ import annotations

import pytest

from store.followup import edit_item, get_item, save_item
from store.item_reread import follow, reread
from store.repository import ConflictError, Repository
from tests.contract.test_other_writers import ID, R1, _with_item, other  # noqa: F401 - `other`: the second handle
from tests.factories import make_record
from tests.present import present

ANSWER = {"date": "2026-12-06", "text": "Thành phố đã bố trí kinh phí."}


def _answered(current: dict) -> dict:
    return _with_item(current, R1, status="in progress", responses=[ANSWER])


def test_an_item_answered_elsewhere_is_read_again_and_a_deadline_saves_over_the_answer(
        repository: Repository, other: Repository) -> None:  # noqa: F811
    listed = present(repository.get(ID))  # the list's copy
    other.update(ID, _answered)
    save_item(repository, listed, R1, edit_item(listed, R1, deadline="2026-12-30"))  # from the list's copy too, since
    assert get_item(present(other.get(ID)), R1)["responses"] == [ANSWER]  # s35 (merged field by field): no conflict

    fresh, ref = reread(repository, listed, R1) or ({}, R1)
    assert ref == R1 and get_item(fresh, R1)["status"] == "in progress"
    save_item(repository, fresh, ref, edit_item(fresh, ref, deadline="2026-12-31"))
    item = get_item(present(other.get(ID)), R1)
    assert (item["status"], item["deadline"], item["responses"]) == ("in progress", "2026-12-31", [ANSWER])


def test_the_same_field_changed_after_the_item_was_read_again_is_still_a_conflict(
        repository: Repository, other: Repository) -> None:  # noqa: F811
    other.update(ID, _answered)
    fresh, ref = reread(repository, present(repository.get(ID)), R1) or ({}, R1)
    other.update(ID, lambda current: _with_item(current, R1, status="not accepted"))  # while the dialog is open
    with pytest.raises(ConflictError):
        save_item(repository, fresh, ref, edit_item(fresh, ref, status="done"))
    assert get_item(present(other.get(ID)), R1)["status"] == "not accepted"


def test_the_item_is_followed_by_its_text_when_another_office_deleted_the_one_before(
        repository: Repository, other: Repository) -> None:  # noqa: F811
    two = make_record(id="2025-12-01-hdnd-tan-dinh", date="2025-12-01",
                      recommendations=[{"text": "Sửa trụ sở."}, {"text": "Bổ sung máy quét hồ sơ."}])
    repository.upsert_many([two])
    listed = present(repository.get(two["id"]))
    other.update(two["id"], lambda current: {**current, "recommendations": current["recommendations"][1:]})
    fresh, ref = reread(repository, listed, ("recommendations", 1)) or ({}, R1)
    assert ref == ("recommendations", 0) and get_item(fresh, ref)["text"] == "Bổ sung máy quét hồ sơ."
    assert reread(repository, listed, ("recommendations", 0)) is None  # the item deleted: the copy is kept


def test_a_visit_deleted_elsewhere_is_not_read_again(repository: Repository, other: Repository) -> None:  # noqa: F811
    listed = present(repository.get(ID))
    other.delete([ID])
    assert reread(repository, listed, R1) is None


def test_follow_keeps_the_place_when_the_text_is_there_and_the_nearest_of_equal_texts() -> None:
    before = {"recommendations": [{"text": "A"}, {"text": "B"}, {"text": "A"}]}
    assert follow(before, before, ("recommendations", 2)) == ("recommendations", 2)
    after = {"recommendations": [{"text": "A"}, {"text": "A"}]}  # B deleted
    assert follow(before, after, ("recommendations", 2)) == ("recommendations", 1)
    assert follow(before, after, ("recommendations", 1)) is None
    assert follow(before, {"directions": [{"text": "B"}]}, ("recommendations", 1)) is None  # of another kind
