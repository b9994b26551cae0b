"""The scorer reports leaders' titles beside the names (`scripts/score_compare`): counted only where the name is
right and the expectation writes a title; no target, so no tally moves."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from score_compare import Score, compare, expected_from_test  # noqa: E402


def _titles(got: dict | None, wanted: dict | None) -> tuple[list[int], list[str]]:
    score = Score("t")
    draft = SimpleNamespace(record={"leader": got} if got else {}, non_visit=None)
    compare(score, "a.txt", draft, expected_from_test({"date": None, "leader": wanted}))
    return score.titles, score.details


def test_a_title_with_the_team_role_is_the_same() -> None:
    titles, details = _titles({"name": "Lê Văn Bình", "title": "Trưởng ban, Trưởng đoàn"},
                              {"name": "Lê Văn Bình", "title": "Trưởng ban, Trưởng đoàn"})
    assert titles == [1, 1] and not any("title" in line for line in details)


def test_a_title_that_differs_is_reported() -> None:
    titles, details = _titles({"name": "Lê Văn Bình", "title": "Trưởng ban, Trưởng đoàn"},
                              {"name": "Lê Văn Bình", "title": "Trưởng ban"})
    assert titles == [0, 1] and any("leader title (reported)" in line for line in details)


def test_no_title_written_or_another_person_is_not_compared() -> None:
    assert _titles({"name": "Lê Văn Bình", "title": "Trưởng ban"}, {"name": "Lê Văn Bình"})[0] == [0, 0]
    assert _titles({"name": "Hồ Văn An", "title": "Trưởng ban"}, {"name": "Lê Văn Bình", "title": "Trưởng ban"})[0] \
        == [0, 0]
