"""Crash benchmark: kill `surveys import` hundreds of times and count torn stores and lost records.

    .venv/bin/python scripts/crash_bench.py                # 240 runs, seed 2025
    .venv/bin/python scripts/crash_bench.py --runs 600 --seed 7 --existing 2000 --padding 200

Runs are spread over the modes of tests/crash_harness.py: the three named
points of the atomic write, random moments of the whole import, and random
moments inside the write. A few pairs of simultaneous imports follow. The
last line reads `runs: N  torn stores: T  lost records: L`; the exit status is
1 if T or L is not zero.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crash_harness import MODES, POINTS, make_scenario, run_concurrently, run_once  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=240, help="kills in all (at least 200 for the issue's figure)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--existing", type=int, default=1000, help="records already in the store")
    parser.add_argument("--incoming", type=int, default=1000, help="new records in the import")
    parser.add_argument("--updates", type=int, default=50, help="changed stored records in the import")
    parser.add_argument("--padding", type=int, default=50, help="words of notes per record (bigger store, longer write)")
    parser.add_argument("--concurrent", type=int, default=5, help="pairs of simultaneous imports")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="crash-bench-") as scratch:
        scenario = make_scenario(Path(scratch) / "scenario", args.existing, args.incoming, args.updates, args.padding)
        print(f"store: {len(scenario.old_ids)} records ({len(scenario.old):,} bytes) → {len(scenario.new_ids)} records "
              f"({len(scenario.new):,} bytes); an import takes {scenario.duration:.2f} s, "
              f"its write {scenario.write_window * 1000:.0f} ms")
        plan = _plan(args.runs, rng)
        outcomes = []
        started = time.monotonic()
        for number, mode in enumerate(plan, start=1):
            outcome = run_once(scenario, mode, rng)
            outcomes.append(outcome)
            if outcome.torn or outcome.lost or outcome.detail:
                print(f"  run {number} ({mode}, delay {outcome.delay}): {outcome}", file=sys.stderr)
            if number % 20 == 0:
                print(f"  {number}/{len(plan)} runs, {time.monotonic() - started:.0f} s", file=sys.stderr)
        pairs = [run_concurrently(Path(scratch) / f"pair-{n}") for n in range(args.concurrent)]

    print(f"\n{'mode':<17} {'runs':>5} {'killed':>7} {'mid-write':>10} {'old':>5} {'new':>5} {'torn':>5} {'lost':>5}")
    for mode in MODES:
        chosen = [o for o in outcomes if o.mode == mode]
        states = Counter(o.state for o in chosen)
        print(f"{mode:<17} {len(chosen):>5} {sum(o.killed for o in chosen):>7} {sum(o.mid_write for o in chosen):>10} "
              f"{states['old']:>5} {states['new']:>5} {states['torn']:>5} {sum(o.lost for o in chosen):>5}")
    pair_failures = sum(1 for pair in pairs if pair["codes"] != [0, 0] or pair["missing"])
    pair_lost = sum(len(pair["missing"]) for pair in pairs)
    print(f"simultaneous import pairs: {len(pairs)}, failed: {pair_failures}, records missing: {pair_lost}")
    torn = sum(o.torn for o in outcomes)
    lost = sum(o.lost for o in outcomes) + pair_lost
    print(f"runs: {len(outcomes)}  torn stores: {torn}  lost records: {lost}")
    return 1 if torn or lost or pair_failures else 0


def _plan(runs: int, rng: random.Random) -> list[str]:
    """A quarter at the named points, the rest split between random moments and moments inside the write."""
    named = [POINTS[n % len(POINTS)] for n in range(runs // 4)]
    rest = runs - len(named)
    plan = named + ["random"] * (rest // 2) + ["during-write"] * (rest - rest // 2)
    rng.shuffle(plan)
    return plan


if __name__ == "__main__":
    sys.exit(main())
