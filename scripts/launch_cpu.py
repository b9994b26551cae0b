"""Launch → first rows and → facets, in wall time and in the browser's own CPU time, for one or more checkouts.

    .venv/bin/python scripts/launch_cpu.py STORE --runs 11                         # this checkout
    .venv/bin/python scripts/launch_cpu.py STORE --runs 11 --root /tmp/before --root .   # interleaved

On this shared machine a launch's wall time moves 2-3x with the load; the CPU
the browser has used by the moment its rows are on screen (utime + stime
from /proc, read when the screen shows them) moves far less, so two
checkouts are compared by launching them in turn, each run, and taking
medians. The screen is read as `bench_terminal.py` reads it (a pty of
120x40 and pyte); the store's settings file is removed before each launch,
so every launch starts from no filter, as the benchmark's first does. The
load average is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pty_screen  # noqa: E402
from bench_terminal import has_rows, settled  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def launch(root: Path, store: Path) -> tuple[float, float, float, float]:
    """(wall, CPU) to the first rows, then to the facets counted."""
    pty_screen.ROOT = root  # the pty's PYTHONPATH and working folder: that checkout's browser
    store.with_name(store.name + ".settings.json").unlink(missing_ok=True)
    terminal = pty_screen.Terminal([sys.executable, "-m", "cli.main", "--db", str(store), "--lang", "en"])
    try:
        rows = terminal.wait(has_rows) - terminal.started
        rows_cpu = cpu_seconds(terminal.process.pid)
        facets = terminal.wait(settled) - terminal.started
        return rows, rows_cpu, facets, cpu_seconds(terminal.process.pid)
    finally:
        terminal.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--root", type=Path, action="append", help="a checkout (repeat to interleave several)")
    args = parser.parse_args(argv)
    roots = [root.resolve() for root in args.root or [pty_screen.ROOT]]
    found: dict[Path, list[tuple[float, float, float, float]]] = {root: [] for root in roots}
    print(f"load before {os.getloadavg()[0]:.1f}")
    for _ in range(args.runs):
        for root in roots:
            found[root].append(launch(root, args.store.resolve()))
    print(f"load after {os.getloadavg()[0]:.1f}")
    for root, runs in found.items():
        rows, rows_cpu, facets, facets_cpu = (statistics.median(column) for column in zip(*runs, strict=True))
        print(f"{root}: first rows {rows:.3f} s (CPU {rows_cpu:.2f} s), facets {facets:.3f} s (CPU {facets_cpu:.2f} s),"
              f" medians of {len(runs)}")
        print("  first rows, each: " + " ".join(f"{run[0]:.3f}" for run in sorted(runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
