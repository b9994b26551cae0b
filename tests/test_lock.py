"""Writers in different processes are serialized; a blocked writer says so."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from filelock import FileLock

from store.storage import StoreError
from store.store import SurveyStore
from tests.factories import make_record

WRITER = textwrap.dedent("""
    import sys
    from store.store import SurveyStore
    from tests.factories import make_record
    store = SurveyStore.open(sys.argv[1], lock_timeout=30)
    prefix = sys.argv[2]
    records = [make_record(id=f"{prefix}-{n}", date=f"2024-01-{n + 1:02d}", body=f"Đoàn {prefix}") for n in range(25)]
    for record in records:
        store.upsert_many([record])
""")


def test_blocked_writer_fails_with_a_clear_message(tmp_path: Path) -> None:
    store = SurveyStore.open(tmp_path / "surveys.json", lock_timeout=0.2)
    with FileLock(str(store.path) + ".lock"):
        with pytest.raises(StoreError, match="locked by another writer"):
            store.upsert_many([make_record()])
    assert store.get(make_record()["id"]) is None


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "surveys.json"
    SurveyStore.open(path)
    root = Path(__file__).parent.parent
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], cwd=root, stderr=subprocess.PIPE, text=True)
        for name in ("alpha", "beta")
    ]
    for child in children:
        _, error = child.communicate(timeout=120)
        assert child.returncode == 0, error
    ids = {record["id"] for record in SurveyStore(path).records()}
    assert len(ids) == 5 + 50
    assert {f"alpha-{n}" for n in range(25)} <= ids and {f"beta-{n}" for n in range(25)} <= ids
