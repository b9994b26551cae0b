"""A correction from the browser (`r`) on every backend: written through `update()`, never over another's change.

`save_correction` is what the correction screen runs in its worker. Another
writer here is a second repository opened on the same store (another office,
another browser); on PostgreSQL it writes between the correction's read and
its write, which the version check must catch and the correction then see.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from store.repository import Repository
from tests.factories import make_record
from tests.present import present
from tui.screens.review_save import Conflict, apply_correction, save_correction, write_correction

RECORD = make_record(provenance=[{"path": "leader", "by": "extractor"}])
ID = RECORD["id"]


def corrected(**values: Any) -> dict[str, Any]:
    return {**RECORD, **values, "provenance": [{"path": "leader", "by": "person"}]}


def test_a_correction_is_written_with_its_origins(repository: Repository) -> None:
    repository.upsert_many([RECORD])
    stored = save_correction(repository.location, RECORD, corrected(leader={"name": "Lê Văn Đúng", "title": ""}))
    assert stored["leader"]["name"] == "Lê Văn Đúng" and stored["provenance"] == [{"path": "leader", "by": "person"}]
    assert present(repository.get(ID))["leader"]["name"] == "Lê Văn Đúng"


def test_another_writers_other_value_is_kept_and_the_same_value_refused(repository: Repository,
                                                                        reopen: Callable[[], Repository]) -> None:
    repository.upsert_many([RECORD])
    other = reopen()
    try:
        other.update(ID, lambda current: {**current, "summary": "Sửa ở văn phòng khác."})
        save_correction(repository.location, RECORD, corrected(leader={"name": "Lê Văn Đúng", "title": ""}))
        other.update(ID, lambda current: {**current, "body": "HĐND phường Tân Định (văn phòng khác)"})
        with pytest.raises(Conflict) as raised:
            save_correction(repository.location, RECORD, {**RECORD, "body": "HĐND phường Tân Định, TP HCM"})
    finally:
        other.close()
    assert raised.value.values == ["body"]
    stored = present(repository.get(ID))
    assert stored["summary"] == "Sửa ở văn phòng khác." and stored["leader"]["name"] == "Lê Văn Đúng"
    assert stored["body"] == "HĐND phường Tân Định (văn phòng khác)"


def test_a_write_between_the_read_and_the_write_is_seen(backend: str, repository: Repository,
                                                        reopen: Callable[[], Repository]) -> None:
    """PostgreSQL reads, changes, then writes if the version did not move; the TinyDB file holds its lock
    throughout, so nobody can write in between there."""
    if backend != "postgres":
        pytest.skip("the TinyDB file store is locked from read to write")
    repository.upsert_many([RECORD])
    other = reopen()
    calls: list[str] = []

    def change(current: dict[str, Any]) -> dict[str, Any]:
        calls.append(current["leader"]["name"])
        if len(calls) == 1:  # another office saves the same value while this correction is being made
            other.update(ID, lambda theirs: {**theirs, "leader": {"name": "Người Khác", "title": ""}})
        return apply_correction(RECORD, corrected(leader={"name": "Lê Văn Đúng", "title": ""}), current)

    try:
        with pytest.raises(Conflict):
            repository.update(ID, change)
    finally:
        other.close()
    assert calls == ["Trần Thị Thử", "Người Khác"]  # tried again on the row as it now is, and refused
    assert present(repository.get(ID))["leader"]["name"] == "Người Khác"


def test_a_survey_deleted_meanwhile_is_refused_then_put_back_with_the_correction_if_asked(
        repository: Repository, reopen: Callable[[], Repository]) -> None:
    """The loser of a delete had only "the store no longer holds it", and no way to keep the correction."""
    from store.repository import RecordNotFound  # noqa: PLC0415

    repository.upsert_many([RECORD])
    other = reopen()
    try:
        other.delete([ID])
    finally:
        other.close()
    mine = corrected(leader={"name": "Lê Văn Đúng", "title": ""})
    with pytest.raises(RecordNotFound):
        save_correction(repository.location, RECORD, mine)
    assert repository.get(ID) is None  # nothing written unasked
    back = save_correction(repository.location, RECORD, mine, restore=True)
    assert back["leader"]["name"] == "Lê Văn Đúng" and back["provenance"] == [{"path": "leader", "by": "person"}]
    stored = present(repository.get(ID))
    assert {k: v for k, v in stored.items() if k != "updated"} == \
        {k: v for k, v in present(mine).items() if k != "updated"}
    again, put_back = write_correction(repository.location, RECORD, corrected(summary="Sửa lần nữa."), restore=True)
    assert again["summary"] == "Sửa lần nữa." and again["leader"]["name"] == "Lê Văn Đúng"  # there: a correction
    assert not put_back  # the browser's notice says "Saved the correction", not "Put … back"
    repository.delete([ID])
    assert write_correction(repository.location, RECORD, mine, restore=True)[1]  # gone: put back, and said so
