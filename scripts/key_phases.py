"""Where a keystroke's time goes, phase by phase, in the real browser in a pty: evidence that a busy machine keeps.

`bench_terminal.py` gives key → screen wall times, which on this shared 2-core machine move by 2-5× with the load.
This script runs the browser with its handlers wrapped (here, by monkeypatching: nothing in the browser changes)
so that each phase writes a line to a log: the key sent, the search and facet counts in their worker, the
messages handled, each frame laid out, rendered (time spent per widget) and written, and each pass of Python's
cyclic collector, with the process's CPU time at each line. It then sums, per key: wall time to the answer, CPU
time from the key to the frame that answered it, the bytes written and the collector's CPU meanwhile (p50, p95);
per kind of key, the CPU until the first frame after it is out (which the driver's own lateness under load does
not move); and the CPU of named phases.

    .venv/bin/python scripts/key_phases.py STORE --rounds 10                     # w, a letter, Enter (x between)
    .venv/bin/python scripts/key_phases.py STORE --typed chuyen                  # a word typed a key at a time
    .venv/bin/python scripts/key_phases.py STORE --rounds 10 --root /tmp/before  # another checkout (A/B)
    .venv/bin/python scripts/key_phases.py STORE --summary --log LOG             # an earlier run's log again

The log (`--log`, default /tmp/key-phases.log) can be read line by line: times are `perf_counter` in both
processes (one clock), so each key's phases line up with the moment it was sent.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, cast

ROOT = Path(__file__).resolve().parent.parent
WRAPPED = [("tui.screens.picker", "PickerScreen", "_entered"), ("tui.screens.picker", "PickerScreen", "let_go"),
           ("tui.searching", "Searches", "start"), ("tui.model", "Catalog", "search"),
           ("tui.model", "Catalog", "facets"), ("tui.screens.browser", "BrowserScreen", "on_search_done"),
           ("tui.screens.browser", "BrowserScreen", "on_facets_counted"), ("tui.widgets.facets", "FacetPanel", "show"),
           ("tui.widgets.details", "DetailsPane", "settle_now"), ("textual.screen", "Screen", "_refresh_layout"),
           ("textual.screen", "Screen", "_compositor_refresh"), ("textual.app", "App", "_display")]
PHASES = ["Catalog.search", "Catalog.facets", "FacetPanel.show", "BrowserScreen.on_facets_counted",
          "Screen._compositor_refresh", "gc0", "gc1", "gc2"]


# -- in the browser's process ------------------------------------------------------------------------------------

def counted(fragment: str, count: int) -> Callable[[str], bool]:
    """The screen shows the typed fragment and its own count of matches."""
    import bench_terminal as bt  # noqa: PLC0415 - the bench's own screen conditions

    def shown(text: str) -> bool:
        counts = bt.counts(text)
        return fragment in text and counts is not None and counts[0] == count

    return shown

def run_browser(log_path: str, root: str, argv: list[str]) -> int:
    """The browser of the checkout `root`, each phase of `WRAPPED` logged (entry and exit), renders timed per
    widget, writes sized."""
    sys.path.insert(0, root)
    import functools  # noqa: PLC0415 - only in the browser's process
    import importlib  # noqa: PLC0415
    import threading  # noqa: PLC0415

    log = open(log_path, "a", buffering=1)  # noqa: SIM115 - open for the life of the process

    def mark(what: str) -> None:
        log.write(f"{time.perf_counter():.6f} {threading.current_thread().name[:14]:14} {what} "
                  f"cpu={time.process_time() * 1000:.1f}\n")

    def wrap(owner: Any, name: str) -> None:
        original, label = getattr(owner, name), f"{owner.__name__}.{name}"

        @functools.wraps(original)
        def inner(*args: Any, **kwargs: Any) -> Any:
            mark(f"> {label}")
            try:
                return original(*args, **kwargs)
            finally:
                mark(f"< {label}")

        setattr(owner, name, inner)

    for module, owner, name in WRAPPED:
        wrap(getattr(importlib.import_module(module), owner), name)

    import gc  # noqa: PLC0415

    def collected(phase: str, info: dict[str, int]) -> None:  # the cyclic collector's pauses, by generation
        mark(f"{'>' if phase == 'start' else '<'} gc{info['generation']}")

    gc.callbacks.append(collected)

    from textual.app import App  # noqa: PLC0415
    from textual.drivers import _writer_thread  # noqa: PLC0415
    from textual.widget import Widget  # noqa: PLC0415

    spent: dict[str, float] = defaultdict(float)
    render_lines, display = Widget.render_lines, App._display

    def timed_render(self: Widget, crop: Any) -> Any:
        began = time.perf_counter()
        try:
            return render_lines(self, crop)
        finally:
            spent[f"{type(self).__name__}#{self.id}"] += time.perf_counter() - began

    def noted_display(self: App[Any], screen: Any, renderable: Any) -> None:
        if spent:
            top = sorted(spent.items(), key=lambda item: -item[1])[:6]
            mark("renders " + " ".join(f"{key}={seconds * 1000:.1f}ms" for key, seconds in top))
            spent.clear()
        display(self, screen, renderable)

    Widget.render_lines = timed_render  # type: ignore[method-assign]
    App._display = noted_display  # type: ignore[method-assign]

    class Sized:
        """The writer thread's file: each write logged with its size."""

        def __init__(self, file: Any) -> None:
            self.file = file

        def write(self, text: str) -> int:
            mark(f"> write {len(text)}")
            try:
                return int(self.file.write(text))
            finally:
                mark(f"< write {len(text)}")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.file, name)

    start = _writer_thread.WriterThread.__init__

    def sized_start(self: Any, file: Any) -> None:
        start(self, cast("IO[str]", Sized(file)))  # it writes and passes the rest on: a file to the thread

    _writer_thread.WriterThread.__init__ = sized_start  # type: ignore[method-assign]
    from cli.main import main  # noqa: PLC0415

    return main(argv)


# -- the driver ----------------------------------------------------------------------------------------------------
def drive(store: Path, log_path: str, rounds: int, typed: str | None, root: Path) -> list[float]:
    sys.path[:0] = [str(ROOT / "scripts")]
    import bench_terminal as bt  # noqa: PLC0415 - the bench's own screen conditions
    from bench_pickers import PICKERS  # noqa: PLC0415
    from pty_screen import Terminal  # noqa: PLC0415

    from tui.settings import settings_path  # noqa: PLC0415

    settings_path(store).unlink(missing_ok=True)
    Path(log_path).write_text("")
    log = open(log_path, "a", buffering=1)  # noqa: SIM115 - the driver's lines go to the same log
    command = [sys.executable, __file__, "--browser", log_path, str(root), "--db", str(store), "--lang", "en"]
    terminal = Terminal(command)
    press = terminal.press

    def sent(keys: str) -> float:
        at = press(keys)
        log.write(f"{at:.6f} DRIVER         SENT {keys!r}\n")
        return at

    terminal.press = sent  # type: ignore[method-assign]
    waited: list[float] = []
    try:
        terminal.wait(bt.has_rows)
        terminal.wait(bt.settled)
        total = bt.counts(terminal.text())[1]  # type: ignore[index]
        time.sleep(3)  # the read-ahead (`tui.heap`)
        if typed is None:
            title = PICKERS["w"]
            for letter in ("atnhlcgmbdvqkse" * rounds)[:rounds]:
                terminal.key_to_screen("w", lambda text: title in text)
                terminal.key_to_screen(letter, lambda text: title in text)
                waited.append(terminal.key_to_screen("\r", lambda text: title not in text and bt.settled(text)
                                                     and bt.counts(text)[0] < total))  # type: ignore[index]
                log.write(f"{time.perf_counter():.6f} DRIVER         SHOWN {waited[-1] * 1000:.1f}ms\n")
                terminal.key_to_screen("x", lambda text: bt.settled(text) and bt.counts(text)[0] == total)  # type: ignore[index]
        else:
            expected = bt.typed_counts(store, typed)
            terminal.press("/")
            terminal.wait(bt.search_open)
            for end in range(1, len(typed) + 1):
                fragment, count = typed[:end], expected[end - 1]
                waited.append(terminal.key_to_screen(fragment[-1], counted(fragment, count)))
                log.write(f"{time.perf_counter():.6f} DRIVER         SHOWN {waited[-1] * 1000:.1f}ms\n")
    finally:
        terminal.close()
    return waited


def summarize(log_path: str) -> None:
    """Per key: wall to the answer, CPU from the key to the last write before it, bytes written; then phases."""
    rows = []
    for line in open(log_path):
        parts = line.split(None, 2)
        if len(parts) == 3:
            rows.append((float(parts[0]), parts[1], parts[2].strip()))
    rows.sort()
    keys: list[tuple[float, float, int, float]] = []
    collecting = 0.0
    """CPU in the cyclic collector since the key was sent."""
    began: float | None = None
    writes: list[tuple[float, int, float]] = []
    first_cpu: float | None = None
    opened: dict[str, float] = {}  # thread + phase → CPU at its entry
    phases: dict[str, list[float]] = defaultdict(list)
    for at, thread, what in rows:
        cpu_found = re.search(r"cpu=([\d.]+)", what)
        cpu = float(cpu_found.group(1)) if cpu_found else None
        if cpu is not None and (phase := re.match(r"([<>]) (\S+)", what)):  # the process's CPU: a worker's phase
            if phase.group(1) == ">":                                          # counts the screen's meanwhile too
                opened[thread + phase.group(2)] = cpu
            elif thread + phase.group(2) in opened:
                phases[phase.group(2)].append(cpu - opened.pop(thread + phase.group(2)))
                if began is not None and phase.group(2).startswith("gc"):
                    collecting += phases[phase.group(2)][-1]
        if thread == "DRIVER" and what.startswith("SENT"):
            began, writes, first_cpu, collecting = at, [], None, 0.0
        elif began is not None and thread == "DRIVER" and what.startswith("SHOWN"):
            shown = float(what.split()[-1].rstrip("ms"))
            before = [w for w in writes if w[0] - began <= shown / 1000]
            cpu_to = before[-1][2] - first_cpu if before and first_cpu is not None else 0.0
            keys.append((shown, cpu_to, sum(w[1] for w in before), collecting))
            began = None
        elif began is not None and cpu is not None:
            first_cpu = cpu if first_cpu is None else first_cpu
            if what.startswith("> write"):
                writes.append((at, int(what.split()[2]), cpu))
    for shown, cpu_to, written, gc_cpu in keys:
        print(f"  answered {shown:7.1f} ms   cpu to its frame {cpu_to:6.1f} ms   written {written:6,} B"
              f"   collector {gc_cpu:5.1f} ms")
    if keys:
        for label, pick in (("median", statistics.median), ("p95", _p95)):
            print(f"  {label:8} " + "   ".join(f"{name} {pick([k[i] for k in keys]):,.1f}" for i, name in (
                (0, "answered ms"), (1, "cpu ms"), (2, "bytes"), (3, "collector ms"))))
        print(f"  keys with the collector in them: {sum(1 for k in keys if k[3] > 0)} of {len(keys)}")
    _first_frames(rows)
    for name in PHASES:
        if phases.get(name):
            print(f"  {name:34} n={len(phases[name]):3}  median cpu {statistics.median(phases[name]):6.2f} ms"
                  f"  max {max(phases[name]):6.2f} ms")


def _first_frames(rows: list[tuple[float, str, str]]) -> None:
    """Per kind of key (w, a letter, Enter, x): the process's CPU from the key until the first frame written after
    it has gone out, and that frame's bytes: the CPU a key costs, whatever the driver's own lateness."""
    kinds: dict[str, list[tuple[float, int]]] = defaultdict(list)
    key: str | None = None
    first_cpu: float | None = None
    for _, thread, what in rows:
        if thread == "DRIVER" and what.startswith("SENT"):
            key, first_cpu = what[5:], None
            continue
        found = re.search(r"cpu=([\d.]+)", what)
        if key is None or not found:
            continue
        cpu = float(found.group(1))
        first_cpu = cpu if first_cpu is None else first_cpu
        if what.startswith("< write"):
            kind = key if key in ("'w'", "'\\r'", "'x'", "'/'") else "letter"
            kinds[kind].append((cpu - first_cpu, int(what.split()[2])))
            key = None
    for kind, frames in kinds.items():
        cpus = [cpu for cpu, _ in frames]
        written = statistics.median(size for _, size in frames)
        print(f"  first frame after {kind:8} n={len(frames):3}  cpu p50 {statistics.median(cpus):5.1f} ms"
              f"  p95 {_p95(cpus):5.1f} ms  max {max(cpus):5.1f} ms  bytes p50 {written:7,.0f}")


def _p95(values: list[float]) -> float:
    """The 95th percentile, nearest rank (of 20 keys, the second largest)."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--browser"]:
        return run_browser(argv[1], argv[2], argv[3:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=10, help="picks: w, a letter, Enter")
    parser.add_argument("--typed", help="a word typed a key at a time instead of picks")
    parser.add_argument("--log", default="/tmp/key-phases.log")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose browser runs")
    parser.add_argument("--summary", action="store_true", help="only summarize the log of an earlier run")
    options = parser.parse_args(argv)
    if not options.summary:
        print(f"load {os.getloadavg()[0]:.1f}; {options.root}")
        drive(options.store, options.log, options.rounds, options.typed, options.root)
    summarize(options.log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
