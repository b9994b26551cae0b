"""A record deleted elsewhere while the follow-up dialog (`u`) edited it, put back by a second Ctrl+S, on every backend.

`save_followup` (`tui.screens.followup_save`) is what the dialog runs in its
worker; the put-back itself is `store.put_back`, which the correction screen
(`r`) uses too (`tests/contract/test_corrections.py`).
"""

from __future__ import annotations

import copy

import pytest

from store.followup import edit_item
from store.put_back import put_back
from store.repository import Repository, StoreError
from tests.factories import make_record
from tests.present import present
from tui.i18n import Translator
from tui.screens.followup_save import GoneMeanwhile, save_followup

RECORD = make_record()
ID = RECORD["id"]
R1 = ("recommendations", 0)


def test_a_follow_up_of_a_deleted_visit_puts_it_back_only_when_asked(repository: Repository) -> None:
    repository.upsert_many([RECORD])
    after = edit_item(RECORD, R1, status="done", response=("2025-10-20", "Đã gọi điện"))
    repository.delete([ID])
    with pytest.raises(GoneMeanwhile):
        save_followup(repository.location, RECORD, R1, after, Translator("en"))
    assert repository.get(ID) is None  # nothing written unasked
    saved = save_followup(repository.location, RECORD, R1, after, Translator("en"), restore=True)
    note = saved.note(Translator("en"))
    assert saved.restored and note.startswith("Saved: Recommendation 1 of the visit of ") and ID not in note
    assert note.endswith(", the visit put back in the store (someone else had deleted it)")
    stored = present(repository.get(ID))
    assert stored["recommendations"][0]["status"] == "done"
    assert [r["text"] for r in stored["recommendations"][0]["responses"]] == ["Đã gọi điện"]
    assert stored["summary"] == RECORD["summary"] and stored["body"] == RECORD["body"]
    again = save_followup(repository.location, after, R1, edit_item(after, R1, to="UBND phường"), Translator("en"),
                          restore=True)
    assert not again.restored  # there: an edit in place, said as one
    assert present(repository.get(ID))["recommendations"][0]["to"] == "UBND phường"


def test_put_back_never_writes_over_a_record_written_meanwhile(repository: Repository) -> None:
    repository.upsert_many([RECORD])
    mine = copy.deepcopy(RECORD)
    mine["summary"] = "Bản của tôi."
    with pytest.raises(StoreError):
        put_back(repository, mine)
    assert present(repository.get(ID))["summary"] == RECORD["summary"]
