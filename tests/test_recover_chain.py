"""`surveys recover` after compactions: every write acknowledged since comes back, or is said to be lost and kept.

Session 34's tryout found that a store file damaged after a compaction lost
every write made since it: the journal named the new file's generation, not
the backup's, so recover never replayed it. The journal now names its base
(`store.journal.Base`) and recover replays `.journal.bak` and the journal
when they follow from `.bak`; a journal that does not (an older version's
header, a large import streamed into the file by session 35) is said lost and kept, as before. Since
session 36 a streamed import goes into the journal first, so it is rebuilt too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store import compaction, journal
from store.compaction import journal_backup
from store.storage import backup_path
from store.store import SurveyStore
from tests.crash_harness import make_records, snapshot
from tests.factories import make_record
from tests.recovery_helpers import as_older_version, damage

SAMPLE_ID = "2025-09-09-doan-dbqh-tphcm-rach-dua"


def _closed(record: dict[str, Any]) -> dict[str, Any]:
    record["summary"] = "Đã xử lý xong."
    return record


def _recovered(path: Path) -> tuple[Any, dict[str, Any]]:
    result = SurveyStore(path).recover_from_backup()
    return result, snapshot(path)


def _damaged_and_recovered(path: Path) -> tuple[dict[str, Any], Any, dict[str, Any]]:
    """The store as it stood, the recover's result and the store after it, once the store file was cut short."""
    before = snapshot(path)
    damage(path)
    result, after = _recovered(path)
    return before, result, after


@pytest.fixture
def compacted(store: SurveyStore) -> SurveyStore:
    """The sample store, one write, a compaction: `.bak` is the sample, `.journal.bak` holds the write."""
    store.upsert_many([make_record()])
    store.compact()
    return store


@pytest.mark.parametrize("how", ["cut short", "missing"])
def test_the_writes_after_a_compaction_come_back(compacted: SurveyStore, how: str) -> None:
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    compacted.update("since", _closed)
    compacted.delete([SAMPLE_ID])
    before = snapshot(compacted.path)
    damage(compacted.path) if how == "cut short" else compacted.path.unlink()
    result, after = _recovered(compacted.path)
    assert after == before and result.lost == [] and result.replayed == 4  # one in .journal.bak, three since
    assert "replayed 4 writes" in "\n".join(result.lines())


def test_a_compaction_with_no_write_since_is_known_to_lose_nothing(compacted: SurveyStore) -> None:
    before, result, after = _damaged_and_recovered(compacted.path)
    assert after == before and result.lost == [] and result.replayed == 1


def test_the_write_that_made_the_journal_too_big_comes_back(store: SurveyStore,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that compacts (the journal would be too big) is in the new file only, unless journaled first."""
    monkeypatch.setattr(compaction, "COMPACT_FLOOR", 0)
    monkeypatch.setattr(compaction, "COMPACT_SHARE", 1 << 40)  # every write compacts
    store.upsert_many([make_record()])
    store.update(make_record()["id"], _closed)
    found = journal.read(journal.journal_path(store.path))
    assert found is None or found.entries == []  # each write went into a new store file
    before, result, after = _damaged_and_recovered(store.path)
    assert after == before and result.lost == []


@pytest.mark.parametrize("writes_between", [False, True])
def test_two_compactions_in_a_row(compacted: SurveyStore, writes_between: bool) -> None:
    if writes_between:
        compacted.upsert_many([make_record(id="between", date="2025-10-08", body="Đoàn giữa")])
    compacted.compact()
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    before, result, after = _damaged_and_recovered(compacted.path)
    assert after == before and result.lost == []


def test_a_torn_last_line_is_no_write_and_the_rest_come_back(compacted: SurveyStore) -> None:
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    before = snapshot(compacted.path)
    with journal.journal_path(compacted.path).open("ab") as handle:
        handle.write(journal.encode({"at": "x", "put": {"99": make_record(id="torn")}, "del": {}})[:40])
    damage(compacted.path)
    result, after = _recovered(compacted.path)
    assert after == before and "torn" not in after and result.replayed == 2 and result.lost == []


def test_an_older_journal_is_not_replayed_and_is_said_lost_and_kept(compacted: SurveyStore) -> None:
    """The upgrade path: a journal whose header names no base (written before session 35) is handled as before."""
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    as_older_version(journal.journal_path(compacted.path))
    before, result, after = _damaged_and_recovered(compacted.path)
    assert "since" not in after and after == {k: v for k, v in before.items() if k != "since"}
    said = "\n".join(result.lines())
    assert "the last write that went into the store file itself" in said
    assert "1 write recorded in the journal since the store file was last rewritten" in said
    kept = [path for path in result.kept if ".journal.broken-" in path.name]
    assert len(kept) == 1 and b"since" in kept[0].read_bytes()


def test_after_an_older_compaction_the_next_compaction_names_its_base(compacted: SurveyStore) -> None:
    """A store file and journal an older version wrote (no base anywhere): the next compaction starts the chain."""
    raw = compacted.path.read_bytes()
    head = raw[:raw.index(b',"surveys":')]
    generation = compacted.current().generation
    compacted.path.write_bytes(b'{"_store":{"1":{"generation":"%s"}}' % generation.encode() + raw[len(head):])
    compacted.upsert_many([make_record(id="older", date="2025-10-08", body="Đoàn cũ")])
    as_older_version(journal.journal_path(compacted.path))
    fresh = SurveyStore(compacted.path)
    assert getattr(fresh.current(), "base", None) is None
    fresh.compact()
    fresh.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    before, result, after = _damaged_and_recovered(compacted.path)
    assert after == before and result.lost == []


def _streamed_import(store: SurveyStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """30 records imported straight into a new store file (`compact_with`), as an import of an eighth of it does."""
    monkeypatch.setattr(compaction, "COMPACT_FLOOR", 0)
    monkeypatch.setattr(compaction, "COMPACT_SHARE", 1 << 40)
    store.upsert_many(make_records(30, "big"))
    monkeypatch.undo()


def test_a_large_import_streamed_into_the_file_is_rebuilt_with_the_writes_since(
        compacted: SurveyStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 35 lost the import and every write after it; its line now goes to `.journal.bak` (s36)."""
    _streamed_import(compacted, monkeypatch)
    assert b'"plain":true' in compacted.path.read_bytes()[:4096]
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    compacted.update("big-000003", _closed)
    before, result, after = _damaged_and_recovered(compacted.path)
    assert after == before and "since" in after and "big-000029" in after and result.lost == []
    assert result.replayed == 3  # the import's line, then the two writes


def test_a_streamed_import_of_changed_records_is_rebuilt_as_they_were_imported(
        compacted: SurveyStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _streamed_import(compacted, monkeypatch)
    monkeypatch.setattr(compaction, "COMPACT_FLOOR", 0)
    monkeypatch.setattr(compaction, "COMPACT_SHARE", 1 << 40)
    compacted.upsert_many([_closed(record) for record in make_records(30, "big")[:5]], on_duplicate="update")
    monkeypatch.undo()
    before, result, after = _damaged_and_recovered(compacted.path)
    assert after == before and after["big-000001"]["summary"] == "Đã xử lý xong." and result.lost == []


def test_a_streamed_import_by_session_35_is_not_rebuilt_and_says_so(compacted: SurveyStore,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Its file names `plain: false` and its `.journal.bak` lacks the import: replaying over `.bak` would be wrong."""
    _streamed_import(compacted, monkeypatch)
    _as_session_35_streamed(compacted.path)
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    backups = snapshot(backup_path(compacted.path))  # the file before the import: the sample and the first write
    damage(compacted.path)
    result, after = _recovered(compacted.path)
    assert after == backups and "since" not in after and not any(key.startswith("big-") for key in after)
    said = "\n".join(result.lines())
    assert "the last write that went into the store file itself" in said and "1 write recorded" in said


def _as_session_35_streamed(path: Path) -> None:
    """The files as session 35's streamed import left them: `plain: false`, `.journal.bak` without the import."""
    where, paired = journal.journal_path(path), journal_backup(path)
    found, old = journal.read(where), journal.read(paired)
    assert found is not None and found.base is not None and old is not None
    base = journal.Base(found.base.generation, False, found.base.folded)
    journal.start(where, str(found.generation), None, base)
    lines = paired.read_bytes().splitlines(keepends=True)
    paired.write_bytes(b"".join(lines[:-1]))  # the import's line went into the store file only


def test_a_journal_bak_that_is_not_the_one_folded_in_stops_the_replay(compacted: SurveyStore) -> None:
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    journal_backup(compacted.path).unlink()  # the chain has a hole: replaying "since" on .bak alone would be wrong
    damage(compacted.path)
    result, after = _recovered(compacted.path)
    assert "since" not in after and any("1 write recorded" in line for line in result.lost)


def test_a_second_damage_after_recover_loses_nothing_either(compacted: SurveyStore) -> None:
    compacted.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    damage(compacted.path)
    SurveyStore(compacted.path).recover_from_backup()
    SurveyStore(compacted.path).upsert_many([make_record(id="after", date="2025-10-10", body="Đoàn sau")])
    before, result, after = _damaged_and_recovered(compacted.path)
    assert after == before and "after" in after and result.lost == []


def test_a_store_file_naming_its_base_is_still_read_in_pieces_and_streamed(compacted: SurveyStore) -> None:
    """The `_store` row grew (`from`, `plain`, `folded`): the chunked parse and the index's stream still take it."""
    from store import storage  # noqa: PLC0415
    from store.sqlindex import source  # noqa: PLC0415

    head = compacted.path.read_bytes()[:4096]
    assert b'"plain":true' in head and storage._TABLE_HEAD.match(head) and source.HEAD.match(head)
