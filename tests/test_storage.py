"""The store never tears, keeps a backup, refuses to overwrite what it cannot read."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from store import storage
from store.storage import CRASH_ENV, StoreCorruptError, backup_path
from store.store import SurveyStore
from tests.factories import make_record

WRITE_ONE = textwrap.dedent("""
    import sys
    from store.store import SurveyStore
    from tests.factories import make_record
    SurveyStore.open(sys.argv[1]).upsert_many([make_record(id="crash-test", date="2025-10-03")])
""")


def _run_child(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60,
        env={**os.environ, **(env or {})}, cwd=Path(__file__).parent.parent,
    )


def test_new_store_is_created_from_bundled_data(tmp_path: Path) -> None:
    store = SurveyStore.open(tmp_path / "deep" / "surveys.json")
    assert len(store) == 5
    assert store.get("2025-09-09-doan-dbqh-tphcm-rach-dua")["leader"]["name"] == "Nguyễn Thị Yến"


@pytest.mark.parametrize("point", ["after-temp-write", "after-fsync", "after-replace"])
def test_crash_during_write_leaves_old_or_new_store(tmp_path: Path, point: str) -> None:
    path = tmp_path / "surveys.json"
    SurveyStore.open(path)
    before = path.read_bytes()
    result = _run_child(WRITE_ONE, str(path), env={CRASH_ENV: point})
    assert result.returncode == -9, result.stderr
    after = orjson.loads(path.read_bytes())
    ids = {record["id"] for record in after["surveys"].values()}
    if point == "after-replace":
        assert "crash-test" in ids and len(ids) == 6
    else:
        assert path.read_bytes() == before
    # The next writer cleans up what the killed one left behind and succeeds.
    SurveyStore.open(path).upsert_many([make_record(id="after-crash", date="2025-10-04")])
    assert not list(tmp_path.glob(".surveys.json.*.tmp"))
    assert SurveyStore.open(path).get("after-crash") is not None


def test_backup_keeps_previous_version(store: SurveyStore) -> None:
    before = store.path.read_bytes()
    store.upsert_many([make_record()])
    assert backup_path(store.path).read_bytes() == before
    assert store.get(make_record()["id"]) is not None


@pytest.mark.parametrize("damage", [b"", b'{"surveys": {"1": {"id"', b"[1, 2]", b"\xff\xfe{"])
def test_unreadable_store_is_reported_and_never_overwritten(store: SurveyStore, damage: bytes) -> None:
    store.upsert_many([make_record()])
    store.path.write_bytes(damage)
    fresh = SurveyStore(store.path)
    with pytest.raises(StoreCorruptError) as caught:
        fresh.records()
    message = str(caught.value)
    assert str(store.path) in message and str(backup_path(store.path)) in message and "recover" in message
    with pytest.raises(StoreCorruptError):
        fresh.upsert_many([make_record(id="another", date="2025-10-05")])
    assert store.path.read_bytes() == damage


def test_recover_restores_backup_and_keeps_broken_file(store: SurveyStore) -> None:
    store.upsert_many([make_record()])
    store.path.write_bytes(b"garbage")
    kept = SurveyStore(store.path).recover_from_backup()
    assert kept.read_bytes() == b"garbage"
    assert len(SurveyStore(store.path)) == 5


def test_one_write_per_batch(store: SurveyStore, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[int] = []
    real = storage.write_atomically
    monkeypatch.setattr(storage, "write_atomically", lambda path, payload: (writes.append(len(payload)), real(path, payload)))
    records = [make_record(id=f"batch-{n}", date=f"2025-10-{n + 1:02d}") for n in range(20)]
    report = store.upsert_many(records)
    assert len(report.added) == 20 and len(writes) == 1
    report = store.upsert_many([{**records[0], "summary": "Đã sửa."}, *records[1:3]], on_duplicate="update")
    assert report.updated == ["batch-0", "batch-1", "batch-2"] and len(writes) == 2
    assert store.get("batch-0")["summary"] == "Đã sửa."


def test_failed_write_leaves_store_and_cache_intact(store: SurveyStore, monkeypatch: pytest.MonkeyPatch) -> None:
    before = store.path.read_bytes()

    def disk_full(path: Path, payload: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage, "write_atomically", disk_full)
    with pytest.raises(OSError, match="No space"):
        store.upsert_many([make_record()])
    assert store.path.read_bytes() == before
    assert store.get(make_record()["id"]) is None and len(store) == 5


def test_store_keeps_its_permissions_across_writes(store: SurveyStore) -> None:
    os.chmod(store.path, 0o640)
    store.upsert_many([make_record()])
    assert (store.path.stat().st_mode & 0o777) == 0o640


def test_new_store_is_not_private_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = SurveyStore.open(tmp_path / "fresh.json").path
    finally:
        os.umask(old)
    assert (path.stat().st_mode & 0o777) == 0o644
