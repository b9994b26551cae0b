"""Kill a writing command at each of its named points, then damage the store file: `surveys recover` brings back
exactly the state the store had, the writes made since the last compaction included (session 34 lost them)."""

from __future__ import annotations

import pytest

from tests.crash_harness import KINDS, POINTS_BY_KIND, Scenario, damaged_and_recovered, killed_at, make_scenario

pytestmark = pytest.mark.slow  # a few dozen `surveys` processes, some killed


@pytest.fixture(scope="module", params=KINDS)
def scenario(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """Its store was compacted once, then written to (`make_scenario`): `.bak`, `.journal.bak` and a journal."""
    return make_scenario(tmp_path_factory.mktemp(f"recover-{request.param}"), existing=60, incoming=300, updates=10,
                         kind=request.param)


def test_recover_after_a_kill_at_every_named_point(scenario: Scenario) -> None:
    for point in (None, *POINTS_BY_KIND[scenario.kind]):
        killed = killed_at(scenario, point)
        assert damaged_and_recovered(scenario) == "", (scenario.kind, point, killed)


@pytest.mark.parametrize("point", ["after-fsync", "after-replace"])
def test_a_recover_killed_part_way_is_run_again_and_loses_nothing(scenario: Scenario, point: str) -> None:
    killed_at(scenario, None)
    assert damaged_and_recovered(scenario, killed_at=point) == "", (scenario.kind, point)


def test_the_scenario_has_writes_since_its_compaction(scenario: Scenario) -> None:
    """What makes the test above fail on a recover that drops the journal written after a compaction."""
    assert "bump" in scenario.old and (scenario.pristine / f"{scenario.store.name}.journal").exists()
