"""A large import streamed straight into a new store file, killed during or after it, then the store file damaged:
`surveys recover` brings back exactly what the store held (session 35 lost the import and every write after it)."""

from __future__ import annotations

import random
import signal
import subprocess
import time

import pytest

from store import journal
from tests.crash_harness import (
    POINTS_BY_KIND,
    ROOT,
    Scenario,
    _wait_for_write,
    child_env,
    damaged_and_recovered,
    killed_at,
    make_scenario,
    snapshot,
    surveys,
)

pytestmark = pytest.mark.slow  # a few dozen `surveys` processes, some killed


@pytest.fixture(scope="module")
def streamed(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """60 stored records, compacted once and written to; the import (300 new, 10 changed, about 2 MB) is over 1 MiB."""
    return make_scenario(tmp_path_factory.mktemp("recover-streamed"), existing=60, incoming=300, updates=10,
                         padding=600, kind="streamed")


def test_the_import_goes_straight_into_a_new_store_file(streamed: Scenario) -> None:
    """What makes the tests below about `compact_with`: the store file is new, its journal empty."""
    killed_at(streamed, None)
    found = journal.read(journal.journal_path(streamed.store))
    assert found is not None and found.entries == [] and found.base is not None
    assert "new-000299" in snapshot(streamed.store) and "new-000299" not in streamed.old


@pytest.mark.parametrize("point", [None, *POINTS_BY_KIND["streamed"]])
def test_recover_after_a_kill_at_each_point_of_the_streamed_import(streamed: Scenario, point: str | None) -> None:
    killed = killed_at(streamed, point)
    assert snapshot(streamed.store) in (streamed.old, streamed.new), (point, killed)
    assert damaged_and_recovered(streamed) == "", (point, killed)


def test_recover_after_kills_at_random_moments_of_the_write(streamed: Scenario) -> None:
    rng = random.Random(36)
    for _ in range(4):
        streamed.restore()
        child = subprocess.Popen(streamed.command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        _wait_for_write(child, streamed.store)
        time.sleep(rng.uniform(0, streamed.write_window))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=600)
        assert snapshot(streamed.store) in (streamed.old, streamed.new)
        assert damaged_and_recovered(streamed) == ""


def test_the_writes_after_the_streamed_import_come_back_too(streamed: Scenario) -> None:
    killed_at(streamed, None)
    follow = surveys(streamed.store, "followup", "new-000001", "r1", "--status", "done", "--response", "Xong.")
    subprocess.run(follow, cwd=ROOT, env=child_env(), check=True, capture_output=True, timeout=600)
    subprocess.run(surveys(streamed.store, "delete", "old-000002"), cwd=ROOT, env=child_env(), check=True,
                   capture_output=True, timeout=600)
    assert "old-000002" not in snapshot(streamed.store)
    assert damaged_and_recovered(streamed) == ""
