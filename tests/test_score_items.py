"""The scorer reads an item's deadline and addressee only where the expectation names them (`scripts/score_items`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from score_items import ITEM_FIELDS, compare_items, expected_items  # noqa: E402


class _Tally:
    def __init__(self) -> None:
        self.counts = [0, 0, 0]

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.counts = [self.counts[0] + tp, self.counts[1] + fp, self.counts[2] + fn]


def _same(a: str, b: str) -> float:
    return 1.0 if a.split()[:3] == b.split()[:3] else 0.0


def _score(found: list[dict], wanted: list[dict]) -> dict[str, list[int]]:
    tallies = {name: _Tally() for name in ITEM_FIELDS}
    notes: list[str] = []
    compare_items(tallies, {"directions": found}, expected_items({"directions": wanted}), _same, notes)
    return {name: tally.counts for name, tally in tallies.items()}


def test_items_that_name_neither_leave_the_tallies_alone() -> None:
    assert _score([{"text": "Rà soát hồ sơ trễ hạn", "deadline": "2025-12-31"}],
                  [{"text": "Rà soát hồ sơ trễ hạn"}]) == {"item deadlines": [0, 0, 0], "item addressees": [0, 0, 0]}


def test_a_deadline_and_an_addressee_scored_on_the_matched_item() -> None:
    found = [{"text": "Gửi báo cáo về huyện", "to": "UBND xã Kỳ Tân", "deadline": "2024-12-31"},
             {"text": "Rà soát hồ sơ trễ hạn", "deadline": "2025-01-31"}]
    wanted: list[dict] = [{"text": "Rà soát hồ sơ trễ hạn", "deadline": None},  # none named: a found one is an extra
              {"text": "Gửi báo cáo về huyện", "to": "ubnd xa ky tan", "deadline": "2024-12-31"},
              {"text": "Lắp camera tại bộ phận một cửa", "deadline": "2025-03-31"}]  # the item missed: a miss
    assert _score(found, wanted) == {"item deadlines": [1, 1, 1], "item addressees": [1, 0, 0]}


def test_no_deadline_rightly_left_empty_is_a_hit() -> None:
    assert _score([{"text": "Rà soát hồ sơ trễ hạn"}], [{"text": "Rà soát hồ sơ trễ hạn", "deadline": None}]) == {
        "item deadlines": [1, 0, 0], "item addressees": [0, 0, 0]}
