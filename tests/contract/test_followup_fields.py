"""A follow-up save compared field by field, on every backend: another office's write to a field the person did not
change is kept beside the person's change; only a field both changed is a conflict.

Tryout s35-offices7 ("Left"): the dialog's save compared the whole item, so a response another office added while
the person only set a deadline was refused as a conflict. Two handles on one store, as in test_other_writers.py:
the browser's save (`save_item`, from the record as the dialog opened it) and `save_followup` with `seen`.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.followup import conflict_message, edit_item, get_item, save_followup, save_item
from store.repository import ConflictError, Repository
from tests.contract.test_other_writers import ID, R1, other  # noqa: F401 - `other`: the second handle
from tests.present import present

THEIRS = ("2026-12-05", "Phường đã làm việc với thành phố (văn phòng B).")
MINE = ("2026-12-06", "Thành phố hẹn bố trí máy quét trong quý I (văn phòng A).")


def _said(response: tuple[str, str]) -> dict[str, str]:
    return {"date": response[0], "text": response[1]}


def _stored_item(handle: Repository) -> dict[str, Any]:
    return get_item(present(handle.get(ID)), R1)


def test_a_response_added_elsewhere_is_kept_beside_my_deadline(repository: Repository,
                                                               other: Repository) -> None:  # noqa: F811
    opened = present(repository.get(ID))  # the dialog opens
    other.update(ID, lambda current: edit_item(current, R1, response=THEIRS))
    save_item(repository, opened, R1, edit_item(opened, R1, deadline="31/12/2026", status="in progress"))
    item = _stored_item(other)
    assert (item["deadline"], item["status"], item["responses"]) == ("2026-12-31", "in progress", [_said(THEIRS)])
    assert item["text"] == get_item(opened, R1)["text"] and item["to"] == "thành phố"  # untouched: as stored


def test_my_status_over_anothers_addressee_and_response_through_save_followup(repository: Repository,
                                                                                other: Repository) -> None:  # noqa: F811
    seen = _stored_item(repository)
    other.update(ID, lambda current: edit_item(current, R1, to="Sở Tư pháp", response=THEIRS))
    save_followup(repository, ID, R1, seen=seen, status="done")
    item = _stored_item(other)
    assert (item["status"], item["to"], item["responses"]) == ("done", "Sở Tư pháp", [_said(THEIRS)])


def test_both_changing_the_status_is_a_conflict_as_before(repository: Repository,
                                                         other: Repository) -> None:  # noqa: F811
    opened = present(repository.get(ID))
    other.update(ID, lambda current: edit_item(current, R1, status="not accepted"))
    with pytest.raises(ConflictError) as refused:
        save_item(repository, opened, R1, edit_item(opened, R1, status="done", deadline="2026-12-31"))
    assert str(refused.value) == conflict_message(ID, R1)
    assert getattr(refused.value, "fields", None) == ["status"]  # the dialog names it; the deadline is mine alone
    item = _stored_item(other)
    assert item["status"] == "not accepted" and "deadline" not in item  # nothing of mine written, not even the day
    with pytest.raises(ConflictError):
        save_followup(repository, ID, R1, seen=get_item(opened, R1), status="done")


def test_both_setting_the_same_deadline_is_no_conflict(repository: Repository,
                                                       other: Repository) -> None:  # noqa: F811
    opened = present(repository.get(ID))
    other.update(ID, lambda current: edit_item(current, R1, deadline="2026-12-31"))
    save_item(repository, opened, R1, edit_item(opened, R1, deadline="2026-12-31", status="in progress"))
    assert (_stored_item(other)["deadline"], _stored_item(other)["status"]) == ("2026-12-31", "in progress")


def test_responses_added_on_both_sides_are_all_kept(repository: Repository, other: Repository) -> None:  # noqa: F811
    opened = present(repository.get(ID))
    seen = get_item(opened, R1)
    other.update(ID, lambda current: edit_item(current, R1, response=MINE[:1] + ("Văn phòng B trả lời cùng ngày.",)))
    other.update(ID, lambda current: edit_item(current, R1, response=THEIRS))
    save_item(repository, opened, R1, edit_item(opened, R1, response=MINE))
    save_followup(repository, ID, R1, seen=seen, response=("2026-12-07", "Lần thứ hai, từ dòng lệnh."))
    texts = [(response["date"], response["text"]) for response in _stored_item(other)["responses"]]
    assert texts == [THEIRS, ("2026-12-06", "Văn phòng B trả lời cùng ngày."), MINE,
                     ("2026-12-07", "Lần thứ hai, từ dòng lệnh.")]  # by date; on one day the stored one first


def test_a_response_edited_on_both_sides_is_a_conflict(repository: Repository, other: Repository) -> None:  # noqa: F811
    repository.update(ID, lambda current: edit_item(current, R1, response=THEIRS))
    opened = present(repository.get(ID))

    def reworded(record: dict[str, Any], text: str) -> dict[str, Any]:
        changed = edit_item(record, R1)
        get_item(changed, R1)["responses"][0]["text"] = text
        return changed

    other.update(ID, lambda current: reworded(current, "Sửa ở văn phòng B."))
    with pytest.raises(ConflictError):
        save_item(repository, opened, R1, reworded(opened, "Sửa ở văn phòng A."))
    assert [response["text"] for response in _stored_item(other)["responses"]] == ["Sửa ở văn phòng B."]
    save_item(repository, opened, R1, edit_item(opened, R1, deadline="2026-12-31"))  # a field B did not touch
    assert _stored_item(other)["deadline"] == "2026-12-31"
