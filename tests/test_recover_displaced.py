"""The files `surveys recover` displaces no longer pile up: the newest three recovers' are kept, older ones removed
by the next recover and named; the files recover reads, and look-alike names, are never touched (session 36)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cli.main import main
from store import displaced
from store.compaction import journal_backup
from store.storage import backup_path
from store.store import SurveyStore
from tests.crash_harness import snapshot
from tests.factories import make_record
from tests.recovery_helpers import damage

_REAL_GMTIME = time.gmtime
OLD_RUNS = ("20251001T000000Z", "20251101T000000Z", "20251201T000000Z", "20251202T000000Z")


def _damaged(store: SurveyStore) -> SurveyStore:
    """The sample store, one write, a compaction, one more write, the store file cut short."""
    store.upsert_many([make_record()])
    store.compact()
    store.upsert_many([make_record(id="since", date="2025-10-09", body="Đoàn kế")])
    damage(store.path)
    return store


def _left_by_older_recovers(path: Path) -> list[Path]:
    """The four files an older recover leaves, for each of `OLD_RUNS` (the second of a run with a `-1`)."""
    made = []
    for run in OLD_RUNS:
        for name in (f"{path.name}.broken-{run}", f"{path.name}.bak.replaced-{run}",
                     f"{path.name}.journal.broken-{run}", f"{path.name}.journal.bak.replaced-{run}-1"):
            (path.parent / name).write_bytes(b"{}")
            made.append(path.parent / name)
    return made


def test_a_recover_keeps_the_newest_three_recovers_files_and_removes_older_ones(store: SurveyStore) -> None:
    older = _left_by_older_recovers(store.path)
    look_alikes = [store.path.with_name(name) for name in (
        f"{store.path.name}.broken-yesterday", f"{store.path.name}.csv", f"other.json.broken-{OLD_RUNS[0]}",
        f"{store.path.name}.broken-{OLD_RUNS[0]}.txt", f"{store.path.name}.lost-{OLD_RUNS[0]}")]
    for path in look_alikes:
        path.write_bytes(b"{}")
    _damaged(store)
    result = SurveyStore(store.path).recover_from_backup()
    removed = [path for path in older if OLD_RUNS[0] in path.name or OLD_RUNS[1] in path.name]
    assert sorted(result.removed) == sorted(removed) and not any(path.exists() for path in removed)
    assert all(path.exists() for path in older if path not in removed)
    assert all(path.exists() for path in [*look_alikes, *result.kept, backup_path(store.path), store.path])
    assert "since" in snapshot(store.path) and result.lost == []
    said = "\n".join(result.lines())
    assert f"removed the displaced file {removed[0]} of an older recover (the files of the newest 3" in said


def test_recover_after_recover_leaves_three_runs_and_loses_nothing(store: SurveyStore,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Five damages, each recovered: the files of the last three recovers stay, each store whole."""
    moments = iter(range(1_800_000_000, 1_800_000_100, 10))
    monkeypatch.setattr(time, "gmtime", lambda *_: _REAL_GMTIME(next(moments)))
    store.upsert_many([make_record()])
    for n in range(5):
        store.upsert_many([make_record(id=f"since-{n}", date=f"2025-10-{n + 10}", body=f"Đoàn {n}")])
        expected = snapshot(store.path)
        damage(store.path)
        SurveyStore(store.path).recover_from_backup()
        assert snapshot(store.path) == expected
    files = displaced.displaced(store.path)
    assert len({item.run for item in files}) == 3 and journal_backup(store.path).exists() is False
    assert backup_path(store.path).exists()


def test_the_run_that_removes_keeps_its_own_files_when_the_clock_was_set_back(store: SurveyStore) -> None:
    for run in ("20990101T000000Z", "20990102T000000Z", "20990103T000000Z"):
        store.path.with_name(f"{store.path.name}.broken-{run}").write_bytes(b"{}")
    _damaged(store)
    result = SurveyStore(store.path).recover_from_backup()
    assert result.removed == [] and all(path.exists() for path in result.kept)


def test_recover_list_names_the_kept_files_and_restores_nothing(store: SurveyStore,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    assert main(["--db", db, "recover", "--list"]) == 0
    assert f"no files displaced by a recover beside {store.path}" in capsys.readouterr().err
    _damaged(store)
    assert main(["--db", db, "recover"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "recover", "--list"]) == 0  # the store can be read now: still lists
    captured = capsys.readouterr()
    listed = captured.out.splitlines()
    assert len(listed) == 4 and all(f"{store.path.name}." in line for line in listed)
    assert "4 files displaced by 1 recover kept beside" in captured.err and "newest 3" in captured.err
    assert main(["--lang", "vi", "--db", db, "recover", "--list"]) == 0
    said = capsys.readouterr().err
    assert "4 tệp bị thay của 1 lần khôi phục được giữ cạnh" in said and "files" not in said
