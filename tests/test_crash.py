"""A fast sample of the crash harness over every kind of write, and two imports at once.

scripts/crash_bench.py runs the same harness hundreds of times.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.crash_harness import (
    JOURNAL_POINTS,
    KINDS,
    LANDED_AT,
    POINTS_BY_KIND,
    Scenario,
    make_scenario,
    run_concurrently,
    run_once,
)

pytestmark = pytest.mark.slow  # kills writing commands at every named point and at random moments


@pytest.fixture(scope="module", params=KINDS)
def scenario(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return make_scenario(tmp_path_factory.mktemp(f"crash-{request.param}"), existing=300, incoming=300, updates=20,
                         kind=request.param)


def test_scenario_changes_the_store_as_its_kind_says(scenario: Scenario) -> None:
    if scenario.kind == "compact":
        assert scenario.old == scenario.new  # compaction changes files, never records
    elif scenario.kind == "delete":
        assert scenario.new_ids < scenario.old_ids and len(scenario.old_ids - scenario.new_ids) == 2
    else:
        assert scenario.old != scenario.new and scenario.old_ids <= scenario.new_ids


def test_kill_at_every_named_point_of_the_kind(scenario: Scenario) -> None:
    for point in POINTS_BY_KIND[scenario.kind]:
        outcome = run_once(scenario, point, random.Random(0))
        if not outcome.killed:  # this write took the other path (journal or new file) and never passed the point
            assert outcome.state == "new", outcome
            continue
        if scenario.old == scenario.new:  # compaction: whatever the point, the records are the same
            assert outcome.state in ("old", "new"), (point, outcome)
        else:
            assert outcome.state == ("new" if point in LANDED_AT else "old"), (point, outcome)
        if point in JOURNAL_POINTS:
            assert outcome.mid_write == (point == "mid-journal-append"), (point, outcome)
        assert outcome.lost == 0 and outcome.detail == "", (point, outcome)


@pytest.mark.parametrize(("mode", "seed"), [("random", 1), ("during-write", 3)])
def test_kill_at_a_random_moment(scenario: Scenario, mode: str, seed: int) -> None:
    outcome = run_once(scenario, mode, random.Random(seed))
    assert outcome.state in ("old", "new"), outcome
    assert outcome.lost == 0 and outcome.detail == "", outcome


def test_two_imports_started_together_both_land(tmp_path: Path) -> None:
    result = run_concurrently(tmp_path)
    assert result["codes"] == [0, 0], result["errors"]
    assert result["missing"] == [] and result["count"] == 5 + 50 + 2 * 200
