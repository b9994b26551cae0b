"""A fast sample of the crash harness, and two imports at once.

scripts/crash_bench.py runs the same harness hundreds of times.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.crash_harness import POINTS, Scenario, make_scenario, run_concurrently, run_once


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return make_scenario(tmp_path_factory.mktemp("crash"), existing=300, incoming=300, updates=20)


def test_scenario_changes_the_store(scenario: Scenario) -> None:
    assert scenario.old != scenario.new
    assert scenario.new_ids - scenario.old_ids and scenario.old_ids <= scenario.new_ids


@pytest.mark.parametrize("point", POINTS)
def test_kill_at_a_named_point(scenario: Scenario, point: str) -> None:
    outcome = run_once(scenario, point, random.Random(0))
    assert outcome.killed
    assert outcome.state == ("new" if point == "after-replace" else "old"), outcome
    assert outcome.mid_write == (point != "after-replace")
    assert outcome.lost == 0 and outcome.detail == "", outcome


@pytest.mark.parametrize(("mode", "seed"), [("random", 1), ("random", 2), ("during-write", 3), ("during-write", 4)])
def test_kill_at_a_random_moment(scenario: Scenario, mode: str, seed: int) -> None:
    outcome = run_once(scenario, mode, random.Random(seed))
    assert outcome.state in ("old", "new"), outcome
    assert outcome.lost == 0 and outcome.detail == "", outcome


def test_two_imports_started_together_both_land(tmp_path: Path) -> None:
    result = run_concurrently(tmp_path)
    assert result["codes"] == [0, 0], result["errors"]
    assert result["missing"] == [] and result["count"] == 5 + 50 + 2 * 200
