"""Crash benchmark: kill writing `surveys` commands hundreds of times; count torn and partial stores, lost records.

    .venv/bin/python scripts/crash_bench.py                # 240 runs over the four kinds, seed 2025
    .venv/bin/python scripts/crash_bench.py --runs 600 --seed 7 --existing 2000 --padding 200
    .venv/bin/python scripts/crash_bench.py --kinds followup,delete

The runs are shared between the kinds of write of tests/crash_harness.py
(an import, a follow-up edit, a delete, a compaction), and within a kind
spread over its modes: the named points of its write, random moments of the
whole command, and random moments inside the write. A few pairs of
simultaneous imports follow. The last line reads
`runs: N  torn stores: T  partial stores: P  lost records: L`; the exit status
is 1 if any of T, P or L is not zero.
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

from tests.crash_harness import KINDS, POINTS_BY_KIND, make_scenario, run_concurrently, run_once  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=240, help="kills in all (at least 200 for the issue's figure)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--existing", type=int, default=1000, help="records already in the store")
    parser.add_argument("--incoming", type=int, default=1000, help="new records in the import")
    parser.add_argument("--updates", type=int, default=50, help="changed stored records in the import")
    parser.add_argument(
        "--padding", type=int, default=50, help="words of notes per record (bigger store, longer write)"
    )
    parser.add_argument("--concurrent", type=int, default=5, help="pairs of simultaneous imports")
    parser.add_argument("--kinds", default=",".join(KINDS), help="which writes to kill: " + ", ".join(KINDS))
    args = parser.parse_args()
    kinds = [kind for kind in args.kinds.split(",") if kind]

    rng = random.Random(args.seed)
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="crash-bench-") as scratch:
        started = time.monotonic()
        for kind in kinds:
            scenario = make_scenario(Path(scratch) / kind, args.existing, args.incoming, args.updates, args.padding,
                                     kind=kind)
            print(f"{kind}: {len(scenario.old)} records → {len(scenario.new)}; the command takes "
                  f"{scenario.duration:.2f} s, its write {scenario.write_window * 1000:.0f} ms")
            for number, mode in enumerate(_plan(kind, args.runs // len(kinds), rng), start=1):
                outcome = run_once(scenario, mode, rng)
                outcomes.append(outcome)
                if outcome.torn or outcome.partial or outcome.lost or outcome.detail:
                    print(f"  {kind} run {number} ({mode}, delay {outcome.delay}): {outcome}", file=sys.stderr)
            print(f"  {len(outcomes)} runs, {time.monotonic() - started:.0f} s", file=sys.stderr)
        pairs = [run_concurrently(Path(scratch) / f"pair-{n}") for n in range(args.concurrent)]

    print(f"\n{'kind':<9} {'mode':<21} {'runs':>5} {'killed':>7} {'mid-write':>10} {'old':>5} {'new':>5} "
          f"{'torn':>5} {'partial':>8} {'lost':>5}")
    for kind in kinds:
        for mode in dict.fromkeys(o.mode for o in outcomes if o.kind == kind):
            chosen = [o for o in outcomes if o.kind == kind and o.mode == mode]
            states = Counter(o.state for o in chosen)
            print(f"{kind:<9} {mode:<21} {len(chosen):>5} {sum(o.killed for o in chosen):>7} "
                  f"{sum(o.mid_write for o in chosen):>10} {states['old']:>5} {states['new']:>5} "
                  f"{states['torn']:>5} {states['partial']:>8} {sum(o.lost for o in chosen):>5}")
    pair_failures = sum(1 for pair in pairs if pair["codes"] != [0, 0] or pair["missing"])
    pair_lost = sum(len(pair["missing"]) for pair in pairs)
    print(f"simultaneous import pairs: {len(pairs)}, failed: {pair_failures}, records missing: {pair_lost}")
    torn = sum(o.torn for o in outcomes)
    partial = sum(o.partial for o in outcomes)
    lost = sum(o.lost for o in outcomes) + pair_lost
    print(f"runs: {len(outcomes)}  torn stores: {torn}  partial stores: {partial}  lost records: {lost}")
    return 1 if torn or partial or lost or pair_failures else 0


def _plan(kind: str, runs: int, rng: random.Random) -> list[str]:
    """A third at the kind's named points, the rest split between random moments and moments inside the write."""
    points = POINTS_BY_KIND[kind]
    named = [points[n % len(points)] for n in range(runs // 3)]
    rest = runs - len(named)
    plan = named + ["random"] * (rest // 2) + ["during-write"] * (rest - rest // 2)
    rng.shuffle(plan)
    return plan


if __name__ == "__main__":
    sys.exit(main())
