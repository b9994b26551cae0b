"""The benchmark's account of a slow key (scripts/key_trace.py): its time by phase, and whether a p95 is decided."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from key_trace import describe, p95_interval, slowest, split, timelines, verdict  # noqa: E402


def test_the_innermost_phase_has_the_time_and_a_collection_says_where_it_ran() -> None:
    stamps = [
        (0.000, "MainThread", ">", "idle"), (0.010, "textual-input", ".", "key read"),
        (0.011, "MainThread", "<", "idle"), (0.011, "MainThread", ">", "sweep"),
        (0.012, "MainThread", ">", "collector gen2"), (0.042, "MainThread", "<", "collector gen2"),
        (0.044, "MainThread", "<", "sweep"), (0.050, "MainThread", ">", "render"),
        (0.070, "MainThread", "<", "render"), (0.020, "asyncio_0", ">", "search"), (0.035, "asyncio_0", "<", "search"),
    ]
    lines = timelines(sorted(stamps))
    spent = split(lines, 0.005, 0.070)
    rounded = {label: round(seconds * 1000) for label, seconds in spent.items()}
    assert rounded == {"key read": 5, "idle": 6, "sweep": 3, "collector gen2 in sweep": 30, "other": 6, "render": 20,
                       "search (worker)": 15}
    said = describe(spent, 0.004)
    assert said.startswith("key read after 5 ms; collector gen2 in sweep 30 · render 20")
    assert said.endswith("workers: search 15; waiting for a core 4")


def test_the_slowest_keys_are_told_slowest_first() -> None:
    lines = timelines([(0.0, "MainThread", ">", "render"), (1.0, "MainThread", "<", "render")])
    answers = [("w", 0.1 * n, 0.1 * n + 0.01 * n, 0.0) for n in range(1, 31)]
    told = slowest(answers, lines)
    assert [line.split(" ms")[0] for line in told] == ["300", "290", "280"]


def test_a_p95_is_decided_only_when_its_interval_is_on_one_side_of_the_target() -> None:
    fast = [0.05 + 0.0005 * n for n in range(60)]
    assert p95_interval(fast)[1] is not None and verdict(fast) == "ok"
    slow = [0.2] * 60
    assert verdict(slow).startswith("MISSED") and "undecided" not in verdict(slow)
    few = [0.05] * 9 + [0.15]
    assert p95_interval(few)[1] is None  # ten keys cannot bound a p95 from above
    assert "undecided" in verdict(few) and "1 of 10 keys" in verdict(few)
