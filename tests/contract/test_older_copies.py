"""An older copy imported with `update` over a record edited since: written as asked, but never silently.

Two offices share one archive (a file or PostgreSQL). One exports a visit, the
other edits it (a follow-up status, a correction: `update()` stamps `updated`),
then the first imports its export again with `--on-duplicate update`. The
import does what was asked (update replaces), but the report now names each
record whose stored version was edited after the incoming copy (or the copy
has no stamp at all: taken before any edit), with the stored stamp, so the
lost edit is said rather than gone unseen; `newer` keeps the stored one.
Before session 34 the report said only "updated", on both backends.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from store.repository import Repository
from tests.factories import make_record

RECORD = make_record()
ID = RECORD["id"]


def _edited(repository: Repository) -> tuple[dict[str, Any], dict[str, Any]]:
    """The record as exported before an edit, and as stored after another office's edit."""
    repository.upsert_many([RECORD])
    before = repository.update(ID, lambda current: {**current, "summary": "Bản đầu."})
    exported = copy.deepcopy(before)
    after = repository.update(ID, lambda current: {**current, "summary": "Văn phòng khác sửa sau."})
    assert after["updated"] > exported["updated"]
    return exported, after


@pytest.mark.parametrize("dry_run", [True, False])
def test_an_older_copy_taken_with_update_is_named_with_the_stored_stamp(repository: Repository,
                                                                        dry_run: bool) -> None:
    exported, after = _edited(repository)
    report = repository.upsert_many([exported], on_duplicate="update", dry_run=dry_run)
    assert report.updated == [ID]
    assert report.older == [(ID, after["updated"])]
    assert report.as_dict()["older"] == [{"id": ID, "stored_updated": after["updated"]}]


def test_a_copy_without_a_stamp_over_an_edited_record_is_named(repository: Repository) -> None:
    _, after = _edited(repository)
    bare = {key: value for key, value in RECORD.items() if key != "updated"}
    assert repository.upsert_many([bare], on_duplicate="update").older == [(ID, after["updated"])]


def test_a_newer_copy_and_an_unedited_store_are_not_named(repository: Repository) -> None:
    exported, after = _edited(repository)
    newer = {**after, "summary": "Bản mới hơn.", "updated": "2099-01-01T00:00:00.000000Z"}
    assert repository.upsert_many([newer], on_duplicate="update").older == []
    assert repository.upsert_many([RECORD | {"id": "khac-1", "date": "2024-01-02"}],
                                  on_duplicate="update").older == []  # added, not replaced


def test_newer_keeps_the_stored_edit_and_names_nothing_older(repository: Repository) -> None:
    exported, after = _edited(repository)
    report = repository.upsert_many([exported], on_duplicate="newer")
    assert report.updated == [] and report.older == []
    assert repository.get(ID)["summary"] == "Văn phòng khác sửa sau."  # type: ignore[index]
