"""The copy of a large import kept in `.journal.bak` goes at the next write when the backups have outgrown the store,
and `recover` rebuilds the store at every point of that write (session 37).

An import streamed into a new store file (`store.compaction.compact_with`) leaves its records in `.journal.bak`,
the only thing besides the store file that holds them until the next compaction makes `.bak` hold them
(`recover` rebuilds a damaged store from `.bak` and `.journal.bak`). An import that replaces records left them there
beside the old ones in `.bak`, until the journal grew to an eighth of the store, which may be never. Now the next
write compacts when `.bak` and `.journal.bak` exceed the store file by more than two journals' worth
(`compaction.backups_outgrown`); a write after an import that only added records appends as before.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from store import journal
from store.compaction import COMPACT_FLOOR, journal_backup
from tests.crash_harness import (
    POINTS_BY_KIND,
    ROOT,
    Scenario,
    child_env,
    damaged_and_recovered,
    import_command,
    killed_at,
    make_records,
    make_scenario,
    snapshot,
    write_jsonl,
)

pytestmark = pytest.mark.slow  # a few dozen `surveys` processes, some killed

EXISTING = 500
PADDING = 600
"""500 records of some 6.5 kB: a store of about 3.3 MB, over two journal limits (2 MiB)."""


def _replaced(directory: Path, store: Path) -> None:
    """Every stored record imported again, changed: one streamed write, the old records in `.bak`."""
    changed = [{**record, "summary": "Nhập lại sau khi trích xuất lại."}
               for record in make_records(EXISTING, "old", PADDING)]
    source = write_jsonl(directory / "replaced.jsonl", changed)
    subprocess.run(import_command(store, source, on_duplicate="update"), cwd=ROOT, env=child_env(), check=True,
                   capture_output=True, timeout=600)
    assert journal.read(journal.journal_path(store)).entries == []  # type: ignore[union-attr]  # streamed: folded


def _added(directory: Path, store: Path) -> None:
    source = write_jsonl(directory / "added.jsonl", make_records(EXISTING, "new", PADDING))
    subprocess.run(import_command(store, source), cwd=ROOT, env=child_env(), check=True, capture_output=True,
                   timeout=600)


@pytest.fixture(scope="module")
def after_replace(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """The store after the replacing import; the write: a follow-up on one record."""
    return make_scenario(tmp_path_factory.mktemp("import-copy-goes"), existing=EXISTING, padding=PADDING,
                         kind="followup", setup=_replaced)


def test_the_next_write_folds_the_import_copy_away(after_replace: Scenario) -> None:
    copy = journal_backup(after_replace.store)
    assert copy.stat().st_size > 2 * COMPACT_FLOOR  # the import's records, kept until now
    assert not killed_at(after_replace, None)
    assert copy.stat().st_size < 64 * 1024  # now the follow-up's line alone
    assert snapshot(after_replace.store) == after_replace.new
    assert damaged_and_recovered(after_replace) == ""


@pytest.mark.parametrize("point", POINTS_BY_KIND["import"])  # a write that compacts: its line, then the new file
def test_recover_after_a_kill_at_each_point_of_the_write_that_folds_it(after_replace: Scenario, point: str) -> None:
    killed = killed_at(after_replace, point)
    assert snapshot(after_replace.store) in (after_replace.old, after_replace.new), (point, killed)
    assert damaged_and_recovered(after_replace) == "", (point, killed)


def test_a_write_after_an_import_that_added_records_appends(tmp_path: Path) -> None:
    added = make_scenario(tmp_path, existing=EXISTING, padding=PADDING, kind="followup", setup=_added)
    copy = journal_backup(added.store)
    kept = copy.stat().st_size
    assert kept > 2 * COMPACT_FLOOR
    killed_at(added, None)
    assert copy.stat().st_size == kept  # the backups hold what the store file does: nothing to free
    assert damaged_and_recovered(added) == ""
