"""`r` on a survey in the real browser, through a pty: until the correction screen shows, and each key inside it.

    .venv/bin/pip install -e '.[bench]'      # pyte
    .venv/bin/python scripts/bench_review_pty.py [--tree DIR] [--rounds N]

Two stores are written to a temporary folder: the five bundled surveys (the
newest, selected first, has ten figures) and the same with a large survey (40
figures, 15 recommendations: `bench_review.big_record`) as the newest. For
each, `surveys --db STORE --lang en` runs in a 120×40 pty (`bench_terminal.Terminal`);
times run from writing the key to the screen showing its effect: `r` until the
title "Correct a stored survey" and the leader's field are drawn; a letter
typed into that field at once (the first edit, marking the value "edited",
while the rows below are still being mounted), two more once the screen is
still; Tab; Esc back to the list. Wall times only (the browser is another
process), with the load average. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_terminal  # noqa: E402
from bench_review import big_record  # noqa: E402

TITLE = "Correct a stored survey"


def run(tree: Path, store: Path, leader: str) -> dict[str, float]:
    bench_terminal.ROOT = tree  # the browser of the tree measured
    terminal = bench_terminal.Terminal([sys.executable, "-m", "cli.main", "--db", str(store), "--lang", "en"])
    out: dict[str, float] = {}
    try:
        terminal.wait(bench_terminal.has_rows)
        terminal.quiet(0.8)
        out["r"] = terminal.key_to_screen("r", lambda text: TITLE in text and leader in text)
        sent = terminal.press("Z")  # at once, while the rows below are still being mounted
        out["at_once"] = terminal.wait(lambda text: "Z" in text) - sent
        terminal.quiet(1.0)
        out["letter"] = terminal.key_to_screen("Y", lambda text: "ZY" in text)
        out["letter2"] = terminal.key_to_screen("X", lambda text: "ZYX" in text)
        out["tab"] = terminal.key_to_screen("\t", lambda text: True)
        out["esc"] = terminal.key_to_screen("\x1b", lambda text: TITLE not in text)
    finally:
        terminal.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import orjson  # noqa: PLC0415

    from store.store import SurveyStore  # noqa: PLC0415

    tree = Path(args.tree).resolve()
    bench_terminal.ROOT = tree
    bench_terminal.compile_sources()  # bytecode written first, as a second launch finds it
    bundled: list[dict[str, Any]] = orjson.loads((tree / "data" / "surveys.json").read_bytes())
    big = big_record(bundled[-1])
    with tempfile.TemporaryDirectory(prefix="bench-review-") as folder:
        stores = {}
        for name, records in (("bundled", bundled), ("big", [*bundled, big])):
            stores[name] = Path(folder) / name / "s.json"
            stores[name].parent.mkdir()
            SurveyStore.open(stores[name]).upsert_many(records)
        newest = {"bundled": max(bundled, key=lambda r: r["date"]), "big": big}
        print(f"tree: {tree}  pty 120x40 en  load {os.getloadavg()[0]:.2f}")
        for name, store in stores.items():
            leader = newest[name]["leader"]["name"]
            runs = [run(tree, store, leader) for _ in range(args.rounds)]
            fig = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            each = ", ".join(f"{r['r'] * 1000:.0f}" for r in runs)
            print(f"{name:8} {newest[name]['id'][:34]:34} f{len(newest[name].get('figures', [])):<3}"
                  f"r→screen {fig['r'] * 1000:6.0f} ms  letter at once {fig['at_once'] * 1000:5.0f}, "
                  f"later {fig['letter'] * 1000:4.0f}, {fig['letter2'] * 1000:4.0f}  "
                  f"tab {fig['tab'] * 1000:5.0f}  esc {fig['esc'] * 1000:5.0f}  (median of {args.rounds}; "
                  f"r each: {each})  load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
