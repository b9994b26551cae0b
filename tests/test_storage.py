"""The store never tears, keeps backups, refuses to overwrite what it cannot read, and recovers without loss.

These are the TinyDB file backend's own promises (journal, compaction,
`.bak`, recover, symlinks, held-back records); the behaviour every backend
shares is in tests/contract/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from store import atomic, journal
from store.compaction import journal_backup
from store.repository import MissingStore
from store.storage import CRASH_ENV, StoreCorruptError, StoreError, backup_path
from store.store import SurveyStore
from tests.factories import make_record
from tests.present import present

WRITE_ONE = textwrap.dedent("""
    import sys
    from store.store import SurveyStore
    from tests.factories import make_record
    store = SurveyStore.open(sys.argv[1])
    if sys.argv[2] == "compact":
        store.compact()
    else:
        store.upsert_many([make_record(id="crash-test", date="2025-10-03")])
""")


def _run_child(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60,
        env={**os.environ, **(env or {})}, cwd=Path(__file__).parent.parent,
    )


def _ids(path: Path) -> set[str]:
    return {record["id"] for record in SurveyStore(path).records()}


def test_new_store_is_created_from_bundled_data(tmp_path: Path) -> None:
    store = SurveyStore.open(tmp_path / "deep" / "surveys.json")
    assert len(store) == 5
    assert present(store.get("2025-09-09-doan-dbqh-tphcm-rach-dua"))["leader"]["name"] == "Nguyễn Thị Yến"


def test_create_refuses_an_existing_store_and_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    assert SurveyStore(path).create() == 0 and SurveyStore(path).records() == []
    with pytest.raises(FileExistsError):
        SurveyStore(path).create(sample=True)
    with pytest.raises(MissingStore, match="does not exist"):
        SurveyStore(tmp_path / "no" / "such" / "s.json").create()
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("point", ["after-temp-write", "after-fsync", "after-replace",
                                   "mid-journal-append", "after-journal-append"])
@pytest.mark.parametrize("journal_exists", [False, True])
def test_crash_during_a_small_write_leaves_old_or_new_state(tmp_path: Path, point: str, journal_exists: bool) -> None:
    path = tmp_path / "surveys.json"
    store = SurveyStore.open(path)
    if journal_exists:
        store.upsert_many([make_record(id="earlier", date="2025-10-01", body="Đoàn trước")])
    before = _ids(path)
    result = _run_child(WRITE_ONE, str(path), "write", env={CRASH_ENV: point})
    appended = journal_exists and point in ("mid-journal-append", "after-journal-append")
    started = not journal_exists and point in ("after-temp-write", "after-fsync", "after-replace")
    assert result.returncode == (-9 if appended or started else 0), result.stderr
    after = _ids(path)
    assert after in (before, before | {"crash-test"})
    if point in ("after-replace", "after-journal-append") and result.returncode == -9:
        assert "crash-test" in after
    if point == "mid-journal-append" and result.returncode == -9:
        assert "crash-test" not in after  # a torn line is no write
    # The next writer cleans up what the killed one left behind and succeeds.
    SurveyStore(path).upsert_many([make_record(id="after-crash", date="2025-10-04", body="Đoàn sau")])
    assert not atomic.temporaries(tmp_path)
    assert "after-crash" in _ids(path) and before <= _ids(path)


@pytest.mark.parametrize("point", ["after-temp-write", "after-fsync", "after-replace", "before-journal-move"])
def test_crash_during_compaction_loses_nothing(tmp_path: Path, point: str) -> None:
    path = tmp_path / "surveys.json"
    store = SurveyStore.open(path)
    store.upsert_many([make_record(id="in-journal", date="2025-10-01", body="Đoàn nhật ký")])
    store.delete(["2025-09-09-doan-dbqh-tphcm-rach-dua"])
    before = _ids(path)
    result = _run_child(WRITE_ONE, str(path), "compact", env={CRASH_ENV: point})
    assert result.returncode == -9, result.stderr
    assert _ids(path) == before
    SurveyStore(path).compact()
    fresh = journal.read(journal.journal_path(path))  # a compaction starts the new journal, holding no write yet
    assert _ids(path) == before and fresh is not None and fresh.entries == []


def test_a_small_write_appends_one_journal_line(store: SurveyStore) -> None:
    before = store.path.read_bytes()
    records = [make_record(id=f"batch-{n}", date=f"2025-10-{n + 1:02d}", body=f"Đoàn {n}") for n in range(20)]
    assert len(store.upsert_many(records).added) == 20
    store.upsert_many([{**records[0], "summary": "Đã sửa."}, *records[1:3]], on_duplicate="update")
    assert store.path.read_bytes() == before  # the store file is not rewritten
    lines = journal.journal_path(store.path).read_bytes().splitlines()
    assert len(lines) == 3  # the header, then one line per write
    assert present(SurveyStore(store.path).get("batch-0"))["summary"] == "Đã sửa."


def test_compaction_keeps_backups_that_hold_the_previous_state(store: SurveyStore) -> None:
    before = store.path.read_bytes()
    store.upsert_many([make_record()])
    store.delete([make_record()["id"]])
    store.compact()
    assert backup_path(store.path).read_bytes() == before
    paired = journal.read(journal_backup(store.path))
    assert paired is not None and len(paired.entries) == 2
    assert paired.entries[1]["del"] and next(iter(paired.entries[1]["del"].values()))["id"] == make_record()["id"]


def test_torn_journal_tail_is_ignored_then_cut(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    where = journal.journal_path(store.path)
    with where.open("ab") as handle:
        handle.write(b"0000abcd {\"put\": {\"99\"")
    assert len(SurveyStore(store.path)) == 6
    SurveyStore(store.path).upsert_many([make_record(id="next", date="2025-10-09", body="Đoàn kế")])
    assert len(SurveyStore(store.path)) == 7 and b"0000abcd" not in where.read_bytes()


def test_damaged_journal_line_is_reported_never_skipped(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    store.upsert_many([make_record(id="next", date="2025-10-09", body="Đoàn kế")])
    where = journal.journal_path(store.path)
    lines = where.read_bytes().splitlines(keepends=True)
    damaged = lines[1][:20] + (b"X" if lines[1][20:21] != b"X" else b"Y") + lines[1][21:]
    where.write_bytes(lines[0] + damaged + lines[2])
    with pytest.raises(StoreError, match="journal .* damaged at line 2"):
        SurveyStore(store.path).records()


def test_a_stale_journal_is_ignored(store: SurveyStore) -> None:
    """A compaction killed before moving its journal leaves one that names the old generation."""
    store.upsert_many([make_record()])
    stale = journal.journal_path(store.path).read_bytes()
    store.compact()
    store.delete([make_record()["id"]])
    store.compact()
    journal.journal_path(store.path).write_bytes(stale)
    assert SurveyStore(store.path).get(make_record()["id"]) is None


@pytest.mark.parametrize("damage", [b"", b'{"surveys": {"1": {"id"', b"[1, 2]", b"\xff\xfe{"])
def test_unreadable_store_is_reported_and_never_overwritten(store: SurveyStore, damage: bytes) -> None:
    store.upsert_many([make_record()])
    store.compact()
    store.path.write_bytes(damage)
    fresh = SurveyStore(store.path)
    with pytest.raises(StoreCorruptError) as caught:
        fresh.records()
    message = str(caught.value)
    assert str(store.path) in message and str(backup_path(store.path)) in message and "recover" in message
    with pytest.raises(StoreCorruptError):
        fresh.upsert_many([make_record(id="another", date="2025-10-05")])
    assert store.path.read_bytes() == damage


def test_recover_refuses_a_readable_store(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    store.compact()
    before = store.path.read_bytes()
    with pytest.raises(StoreError, match="can be read"):
        SurveyStore(store.path).recover_from_backup()
    assert store.path.read_bytes() == before and make_record()["id"] in _ids(store.path)


def test_recover_restores_backup_and_journal_and_keeps_every_displaced_file(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    store.compact()  # .bak: the sample; .journal.bak: the upsert
    store.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    before = _ids(store.path)
    for attempt in range(2):
        store.path.write_bytes(b"garbage %d" % attempt)
        result = SurveyStore(store.path).recover_from_backup()
        assert _ids(store.path) == before == _ids(backup_path(store.path)) and result.lost == []
        # the broken file, the previous .bak and the journal (the write since; then the one recover started, empty);
        # the first time also .journal.bak
        assert len(result.kept) == (4 if attempt == 0 else 3)
    broken = sorted(p.name for p in store.path.parent.glob("surveys.json.broken-*"))
    assert len(broken) == 2  # never overwritten
    kept_journal = sorted(store.path.parent.glob("surveys.json.journal.broken-*"))
    assert len(kept_journal) == 2 and b"since" in kept_journal[0].read_bytes()


def test_a_vanished_store_is_an_error_with_the_way_back(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    store.compact()
    store.path.unlink()
    for attempt in (lambda: SurveyStore(store.path).records(), lambda: SurveyStore.open(store.path).records(),
                    lambda: SurveyStore(store.path).upsert_many([make_record(id="x", date="2025-10-11")])):
        with pytest.raises(MissingStore, match="recover"):
            attempt()
    assert not store.path.exists()
    SurveyStore(store.path).recover_from_backup()
    assert make_record()["id"] in _ids(store.path)


def test_a_symlinked_store_writes_and_locks_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real" / "surveys.json"
    real.parent.mkdir()
    SurveyStore.open(real).compact()
    link = tmp_path / "link.json"
    link.symlink_to(real)
    store = SurveyStore(link)
    store.upsert_many([make_record()])
    store.compact()
    assert link.is_symlink() and store.path == real.resolve()
    assert make_record()["id"] in _ids(real) and backup_path(real).exists() and not backup_path(link).exists()


def test_unusable_stored_records_are_held_back_with_their_problem(tmp_path: Path) -> None:
    good = make_record()
    broken_leader = {**make_record(id="no-leader", date="2025-10-06", body="Đoàn hỏng"), "leader": None}
    locality = make_record()["localities"][0]
    no_province = make_record(id="no-province", date="2025-10-07", body="Đoàn khác",
                              localities=[{k: v for k, v in locality.items() if k != "province"}])
    path = tmp_path / "s.json"
    path.write_bytes(orjson.dumps({"surveys": {"1": good, "2": broken_leader, "3": no_province}}))
    store = SurveyStore(path)
    assert [r["id"] for r in store.records()] == [good["id"]]
    held = {h.record_id: h.line() for h in store.held_back()}
    assert set(held) == {"no-leader", "no-province"}
    assert "leader" in held["no-leader"] and "province" in held["no-province"]
    store.upsert_many([make_record(id="added", date="2025-10-08", body="Đoàn mới")])
    store.compact()  # held records are kept in the file, untouched
    assert orjson.loads(path.read_bytes())["surveys"]["2"]["leader"] is None


def test_failed_write_leaves_store_intact(store: SurveyStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.upsert_many([make_record(id="first", date="2025-10-01", body="Đoàn đầu")])
    before = journal.journal_path(store.path).read_bytes()

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal, "_write_all", disk_full)
    with pytest.raises(StoreError, match="disk is full"):
        store.upsert_many([make_record()])
    assert journal.journal_path(store.path).read_bytes() == before
    assert store.get(make_record()["id"]) is None and len(store) == 6


def test_store_keeps_its_permissions_across_compaction(store: SurveyStore) -> None:
    os.chmod(store.path, 0o640)
    store.upsert_many([make_record()])
    store.compact()
    assert (store.path.stat().st_mode & 0o777) == 0o640


def test_new_store_is_not_private_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = SurveyStore.open(tmp_path / "fresh.json").path
    finally:
        os.umask(old)
    assert (path.stat().st_mode & 0o777) == 0o644


def test_a_checked_file_is_not_checked_again_but_an_edited_one_is(tmp_path: Path, monkeypatch) -> None:
    from store import health, state  # noqa: PLC0415

    path = tmp_path / "s.json"
    path.write_bytes(orjson.dumps({"surveys": {"1": make_record(), "2": {**make_record(id="b"), "leader": None}}}))
    assert [h.record_id for h in SurveyStore(path).held_back()] == ["b"]  # checked in full, result remembered
    calls: list[object] = []
    real = health.usable

    def usable(record: object) -> bool:
        calls.append(record)
        return real(record)

    monkeypatch.setattr(state, "usable", usable)
    assert [h.record_id for h in SurveyStore(path).held_back()] == ["b"] and len(calls) == 1  # only the held one
    data = orjson.loads(path.read_bytes())
    data["surveys"]["1"]["localities"] = "nowhere"  # a hand edit: another stamp
    path.write_bytes(orjson.dumps(data))
    calls.clear()
    assert sorted(h.doc_id for h in SurveyStore(path).held_back()) == ["1", "2"] and len(calls) >= 2
