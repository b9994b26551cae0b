"""How long the review and correction screens take to open, and to answer a key, on the bundled surveys and a big one.

Prints figures and asserts nothing. Each survey is opened in `CorrectScreen`
(the `r` screen; `ReviewScreen` is the same screen on a draft) in a headless
app: "open" is from `push_screen` to the screen mounted with its first field
focused and drawn; "idle" to the app having nothing more to do (rows still
being mounted included). Then a letter typed into the focused field, Tab, and
Ctrl+T, each timed to idle. Wall and CPU (`time.process_time`) are both
printed, with the load average: the machine is shared.

    .venv/bin/python scripts/bench_review.py [--tree DIR] [--rounds N] [--size 120x40]

`--tree` imports `tui`/`store` from another checkout (an unpacked `git archive main`), to compare before and
after in alternation with the same script.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def big_record(base: dict[str, Any]) -> dict[str, Any]:
    """A large record written here: 40 figures, 15 recommendations, 6 directions and difficulties, 4 people."""
    record = copy.deepcopy(base)
    record["id"] = "2025-10-02-big-review-bench"
    record["figures"] = [{"label": f"Chỉ tiêu thử số {i}", "value": 100 + i * 7, "unit": "hồ sơ",
                          **({"of": 1000 + i} if i % 3 == 0 else {}),
                          **({"period": {"from": "2025-07-01", "to": "2025-09-30"}} if i % 4 == 0 else {})}
                         for i in range(40)]
    record["recommendations"] = [{"text": f"Kiến nghị thử số {i} về hồ sơ trực tuyến.", "to": "UBND phường"}
                                 for i in range(15)]
    record["directions"] = [{"text": f"Chỉ đạo thử số {i}.", "to": "các phòng"} for i in range(6)]
    record["difficulties"] = [{"text": f"Khó khăn thử số {i}."} for i in range(6)]
    record["people"] = [{"name": f"Người Thử {i}", "role": "cán bộ"} for i in range(4)]
    return record


def surveys() -> list[dict[str, Any]]:
    import orjson  # noqa: PLC0415 - after `--tree` chose where the project is imported from

    root = Path(sys.modules["tui"].__file__ or "").parents[1]
    bundled = orjson.loads((root / "data" / "surveys.json").read_bytes())
    return [*bundled, big_record(bundled[-1])]


async def measure(record: dict[str, Any], lang: str, size: tuple[int, int]) -> dict[str, float]:
    from textual.app import App  # noqa: PLC0415 - imported once `--tree` is on the path
    from textual.widgets import Input  # noqa: PLC0415

    from tui.screens.review_correct import CorrectScreen  # noqa: PLC0415

    out: dict[str, float] = {}

    class Host(App[None]):
        pass

    app = Host()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = CorrectScreen(record, "unused.json", lang)
        wall, cpu = time.perf_counter(), time.process_time()
        app.push_screen(screen)
        while not (app.screen is screen and isinstance(app.focused, Input) and screen._compositor._full_map):
            await asyncio.sleep(0.001)
        out["open"], out["open_cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        opened = len(list(screen.walk_children()))
        if hasattr(screen, "rows_ready"):  # the rows mounted after the first frame (absent before)
            await screen.rows_ready()
        await pilot.pause()
        out["idle"], out["idle_cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        out["open_widgets"] = opened
        for name, key in (("key", "x"), ("tab", "tab"), ("keep", "ctrl+t")):
            wall, cpu = time.perf_counter(), time.process_time()
            await pilot.press(key)
            await pilot.pause()
            out[name], out[f"{name}_cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        out["widgets"] = len(list(screen.walk_children()))
        await pilot.press("escape")
        await pilot.pause()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", help="import tui and store from this checkout")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--lang", default="vi")
    args = parser.parse_args()
    if args.tree:
        sys.path.insert(0, str(Path(args.tree).resolve()))
    import tui  # noqa: F401, PLC0415 - loaded first so that `surveys()` finds the data of the tree measured

    width, height = (int(part) for part in args.size.split("x"))
    print(f"tree: {Path(sys.modules['tui'].__file__ or '').parents[1]}  size {args.size} {args.lang}  "
          f"load {os.getloadavg()[0]:.2f}")
    records = surveys()
    asyncio.run(measure(records[0], args.lang, (width, height)))  # warm: imports, gazetteer, taxonomy
    for record in records:
        runs = [asyncio.run(measure(record, args.lang, (width, height))) for _ in range(args.rounds)]
        fig = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        widgets = f"{int(fig['open_widgets']):>4}/{int(fig['widgets']):<4}"
        print(f"{record['id'][:34]:34} f{len(record.get('figures', [])):<2} widgets {widgets} "
              f"open {fig['open'] * 1000:6.0f} ms (cpu {fig['open_cpu'] * 1000:5.0f})  "
              f"idle {fig['idle'] * 1000:6.0f} (cpu {fig['idle_cpu'] * 1000:5.0f})  "
              f"key {fig['key'] * 1000:4.0f} (cpu {fig['key_cpu'] * 1000:4.0f})  "
              f"tab {fig['tab'] * 1000:4.0f}  ctrl+t {fig['keep'] * 1000:4.0f}  "
              f"load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
