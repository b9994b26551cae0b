"""What a fast scroll costs the details pane's "raised before" lines (`tui.details_links`), on generated visits.

    .venv/bin/python scripts/bench_details_links.py                  # 5,000 visits, 20 rows, j every 0.12 s
    .venv/bin/python scripts/bench_details_links.py --size 1000 --rows 40 --pause 0.2

The browser runs headless (Textual's test driver) on a TinyDB store of tests/synthetic.py's visits (seed 1, six
provinces, 12 units each, as scripts/bench_repeats.py), and `j` is pressed `--rows` times, every `--pause` seconds: each
row the pane draws (it waits for the cursor to stay 0.08 s: `j` held down draws none) asks its survey's links in a
thread worker. The first row's worker holds the index's lock `--slow-index` seconds (2 by default), as a build of
the index does (at the first `u` or row drawn after the browser opened; 4.5 s for 5,000 visits on the loaded machine
of session 34), so the rows drawn meanwhile queue their workers behind it. Printed: the
workers started, how many worked the links out (`LinkIndex.links`) and their CPU, how many answers reached the
pane, and the CPU of the whole process from the first key until every worker had ended. Run it from the folder of
a checkout without the exclusive group (an earlier commit) to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path.cwd() if (Path.cwd() / "tui").is_dir() else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import store.item_links  # noqa: E402
import tui.details_links  # noqa: E402
from tests.synthetic import generate, write_store  # noqa: E402
from tests.tui.browser_helpers import settle  # noqa: E402
from tui.app import SurveysApp  # noqa: E402
from tui.screens.browser import BrowserScreen  # noqa: E402

PROVINCES = (1, 79, 48, 31, 92, 22)


async def scroll(path: Path, rows: int, pause: float, slow: float) -> dict[str, float]:
    counts = {"workers": 0.0, "links": 0.0, "links_cpu": 0.0, "landed": 0.0}
    real_links, real_landed, real_run = store.item_links.LinkIndex.links, tui.details_links.DetailsLinks.landed, \
        BrowserScreen.run_worker

    def links(self: Any, *args: Any, **kwargs: Any) -> Any:
        cpu = time.thread_time()
        try:
            return real_links(self, *args, **kwargs)
        finally:
            counts["links"] += 1
            counts["links_cpu"] += time.thread_time() - cpu

    def landed(self: Any, message: Any) -> None:
        counts["landed"] += 1
        real_landed(self, message)

    def run_worker(self: Any, *args: Any, **kwargs: Any) -> Any:
        counts["workers"] += kwargs.get("group") == "details-links"
        return real_run(self, *args, **kwargs)

    store.item_links.LinkIndex.links = links  # type: ignore[method-assign]
    tui.details_links.DetailsLinks.landed = landed  # type: ignore[method-assign]
    BrowserScreen.run_worker = run_worker  # type: ignore[method-assign]
    app = SurveysApp(path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, limit=120)
        await asyncio.gather(*(worker.wait() for worker in list(app.workers)), return_exceptions=True)
        for key in counts:
            counts[key] = 0.0
        if slow:  # the next index request holds the index's lock `slow` seconds, as a build on the loaded machine
            real_index, late = store.item_links.LinkCache.index, [True]

            def index(self: Any, repository: Any) -> Any:
                if late and late.pop():
                    with self._lock:
                        time.sleep(slow)
                return real_index(self, repository)

            store.item_links.LinkCache.index = index  # type: ignore[method-assign]
        cpu = time.process_time()
        for _ in range(rows):
            await pilot.press("j")
            await asyncio.sleep(pause)  # longer than the pane's settling (`SETTLE`): each row is drawn
        while any(w.group == "details-links" and not w.is_finished for w in app.workers):
            await asyncio.sleep(0.01)
        await pilot.pause()
        counts["cpu"] = time.process_time() - cpu
    return counts


def measure(size: int, rows: int, pause: float = 0.12, slow: float = 2.0) -> str:
    records = generate(size, seed=1, provinces=PROVINCES, units=12, today_units=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        write_store(path, records)
        counts = asyncio.run(scroll(path, rows, pause, slow))
    held = f", the index's lock held {slow:.1f} s by the first" if slow else ""
    return (f"details links · {size:,} visits, {rows} rows, j every {pause * 1000:.0f} ms{held}: "
            f"{counts['workers']:.0f} workers, "
            f"{counts['links']:.0f} worked the links out (CPU {counts['links_cpu'] * 1000:.0f} ms), "
            f"{counts['landed']:.0f} answers reached the pane; process CPU {counts['cpu'] * 1000:.0f} ms until the "
            f"workers ended")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=20)
    parser.add_argument("--pause", type=float, default=0.12, help="seconds between two j (the pane settles in 0.08)")
    parser.add_argument("--slow-index", type=float, default=2.0,
                        help="seconds the first row's worker holds the index's lock (an index being built); 0: none")
    args = parser.parse_args(argv)
    print(measure(args.size, args.rows, args.pause, args.slow_index))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
