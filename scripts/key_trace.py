"""What a slow key waited for: the browser's phases stamped from inside it, and each key's wall time split by them.

`bench_terminal.py` times a key from the moment it is written to the pty to the moment the screen shows its
effect. On this shared 2-core machine that time moves 2-5× with the load, and a p95 of a few dozen keys is
decided by its two or three slowest: a number alone does not say whether those waited for the collector, a
worker, Textual's frame or a core. So the benchmark (`--pickers`, or `--why`) starts the browser through this
script, which wraps named methods of the browser and of Textual (nothing in the browser changes; they are
patched in this process only) and stamps each phase's entry and exit, by thread, in memory, with Python's
collector passes and the event loop's waits; the stamps are written to a file when the browser ends.

`split` then takes a key's window (sent → shown, both `perf_counter`, one clock for both processes) and gives
the time of the interface's thread in it by its innermost phase ("collector in sweep": a collection the key
collector's sweep ran), "idle" (the event loop waiting: a timer, or the key not yet read), "other" (Textual's
and our handlers outside the named phases), and the workers' phases beside it. The driver adds how long the
interface's thread was runnable but not running (`run_delay` of /proc/PID/task/PID/schedstat): the machine's
load, which none of the phases is.

    .venv/bin/python scripts/key_trace.py LOG --db STORE --lang en     # the browser, traced (as bench does)
"""

from __future__ import annotations

import math
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, cast

ROOT = Path(__file__).resolve().parent.parent

PHASES: list[tuple[str, str, str, str]] = [
    ("tui.key_collector", "KeyCollector", "sweep", "sweep"),
    ("tui.key_collector", "KeyCollector", "_rewalk", "rewalk"),
    ("gc", "", "freeze", "gc.freeze"),
    ("gc", "", "get_freeze_count", "gc.get_freeze_count"),
    ("tui.heap", "HeapKeeper", "_read_ahead", "read-ahead"),
    ("tui.heap", "HeapKeeper", "settle", "freeze"),
    ("tui.model", "Catalog", "search", "search"),
    ("tui.model", "Catalog", "facets", "facet counts"),
    ("tui.model", "Catalog", "fetch", "page fetch"),
    ("tui.widgets.facets", "FacetPanel", "show", "sidebar"),
    ("tui.widgets.details", "DetailsPane", "settle_now", "details"),
    ("tui.choices", "", "choices", "picker choices"),
    ("tui.screens.picker", "PickerScreen", "_refill", "picker list"),
    ("tui.screens.picker", "PickerScreen", "_warm", "picker warming"),
    ("tui.screens.picker", "PickerScreen", "reopen", "picker reopen"),
    ("tui.screens.picker", "PickerScreen", "_pick", "picked"),
    ("tui.screens.picker", "PickerScreen", "let_go", "picker leaves"),
    ("tui.screens.picker", "PickerScreen", "set_choices", "picker recounted"),
    ("tui.screens.browser", "BrowserScreen", "on_search_done", "rows landed"),
    ("tui.screens.browser", "BrowserScreen", "on_facets_counted", "counts landed"),
    ("tui.after_frame", "AfterFrame", "_run", "after the frame"),
    ("textual.screen", "Screen", "_on_screen_resume", "screen resumes"),
    ("textual.dom", "DOMNode", "update_node_styles", "restyle"),
    ("textual.app", "App", "_end_batch", "batch ends"),
    ("textual.screen", "Screen", "_on_timer_update", "update tick"),
    ("tui.widgets.panes", "Panes", "fit_list", "fit list"),
    ("tui.widgets.details", "DetailsPane", "_settled", "details drawn"),
    ("textual.screen", "Screen", "_refresh_layout", "layout"),
    ("textual.screen", "Screen", "_compositor_refresh", "render"),
    ("textual.app", "App", "_display", "frame out"),
    ("textual.drivers._writer_thread", "WriterThread", "write", "frame queued"),
]
"""(module, class or "" for a module's function, attribute, label): each phase stamped."""

Stamp = tuple[float, str, str, str]
"""(perf_counter, thread name, ">" entry, "<" exit or "." event, label)."""


# -- in the browser's process ----------------------------------------------------------------------------------
def run_browser(log_path: str, argv: list[str]) -> int:
    """`surveys ARGV`, each phase of `PHASES` stamped; the stamps written to `log_path` at exit."""
    import atexit  # noqa: PLC0415 - only in the browser's process
    import functools  # noqa: PLC0415
    import gc  # noqa: PLC0415
    import importlib  # noqa: PLC0415
    import selectors  # noqa: PLC0415
    import threading  # noqa: PLC0415

    gc.disable()  # the imports below as `cli.main` makes them: with the collector off (`tui.first_frame`)
    sys.path.insert(0, str(ROOT))
    stamps: list[Stamp] = []
    stamp = stamps.append
    clock = time.perf_counter

    def name() -> str:
        return threading.current_thread().name.replace(" ", "_")[:24]

    def wrap(owner: Any, attribute: str, label: str) -> None:
        original = getattr(owner, attribute)

        @functools.wraps(original)
        def inner(*args: Any, **kwargs: Any) -> Any:
            thread = name()
            stamp((clock(), thread, ">", label))
            try:
                return original(*args, **kwargs)
            finally:
                stamp((clock(), thread, "<", label))

        setattr(owner, attribute, inner)

    for module, owner, attribute, label in PHASES:
        found = importlib.import_module(module)
        wrap(getattr(found, owner) if owner else found, attribute, label)

    def collected(phase: str, info: dict[str, int]) -> None:
        stamp((clock(), name(), ">" if phase == "start" else "<", f"collector gen{info['generation']}"))

    gc.callbacks.append(collected)
    from textual import events  # noqa: PLC0415
    from textual.drivers.linux_driver import LinuxDriver  # noqa: PLC0415

    process = LinuxDriver.process_message

    def read_key(self: LinuxDriver, message: Any) -> None:  # the input thread hands a key to the app's loop
        if isinstance(message, events.Key):
            stamp((clock(), name(), ".", "key read"))
        process(self, message)

    LinuxDriver.process_message = read_key  # type: ignore[method-assign]
    from textual.widget import Widget  # noqa: PLC0415

    refresh = Widget.refresh

    def refreshed(self: Widget, *regions: Any, **kwargs: Any) -> Any:  # who asked for the next frame ("!": --timeline)
        what = "layout" if kwargs.get("layout") else "repaint"
        stamp((clock(), name(), "!", f"{what} {type(self).__name__}#{self.id or ''}"))
        return refresh(self, *regions, **kwargs)

    Widget.refresh = refreshed  # type: ignore[method-assign]
    from textual.drivers._writer_thread import WriterThread  # noqa: PLC0415

    class Stamped:
        """The writer thread's file: its writes and flushes to the terminal stamped."""

        def __init__(self, file: Any) -> None:
            self._file = file

        def write(self, text: str) -> int:
            stamp((clock(), name(), ">", "terminal write"))
            try:
                return int(self._file.write(text))
            finally:
                stamp((clock(), name(), "<", "terminal write"))

        def flush(self) -> None:
            stamp((clock(), name(), ">", "terminal write"))
            try:
                self._file.flush()
            finally:
                stamp((clock(), name(), "<", "terminal write"))

        def __getattr__(self, attribute: str) -> Any:
            return getattr(self._file, attribute)

    started = WriterThread.__init__

    def stamped(self: WriterThread, file: Any) -> None:
        started(self, cast("IO[str]", Stamped(file)))

    WriterThread.__init__ = stamped  # type: ignore[method-assign]
    main_thread = threading.main_thread()
    select = selectors.EpollSelector.select

    def waited(self: selectors.EpollSelector, timeout: float | None = None) -> Any:
        if threading.current_thread() is not main_thread:
            return select(self, timeout)
        stamp((clock(), "MainThread", ">", "idle"))
        try:
            return select(self, timeout)
        finally:
            stamp((clock(), "MainThread", "<", "idle"))

    selectors.EpollSelector.select = waited  # type: ignore[method-assign,assignment]

    def written() -> None:
        with open(log_path, "w") as log:
            log.writelines(f"{at:.6f} {thread} {kind} {label}\n" for at, thread, kind, label in stamps)

    atexit.register(written)
    gc.enable()  # `cli.main` turns it off for the launch itself, as it would without this script
    from cli.main import main  # noqa: PLC0415

    return main(argv)


# -- reading the stamps back ------------------------------------------------------------------------------------
def read(log_path: Path) -> list[Stamp]:
    stamps = []
    for line in log_path.read_text().splitlines():
        at, thread, kind, label = line.split(" ", 3)
        stamps.append((float(at), thread, kind, label))
    stamps.sort(key=lambda item: item[0])
    return stamps


def timelines(stamps: Iterable[Stamp]) -> dict[str, list[tuple[float, float, str]]]:
    """Per thread, its time cut into (start, end, label) by innermost phase; the interface's thread's gaps
    outside every phase are "other", a worker's are left out (it was not running our code, or was idle)."""
    segments: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    stacks: dict[str, list[str]] = defaultdict(list)
    last: dict[str, float] = {}
    for at, thread, kind, label in stamps:
        if kind == ".":  # an event, not a phase: kept as a moment
            segments["KEYS"].append((at, at, label))
            continue
        if kind == "!":  # a widget asking for a frame: for `timeline` only
            continue
        stack = stacks[thread]
        if thread in last:
            current = _label(stack) if stack else ("other" if thread == "MainThread" else "")
            if current and at > last[thread]:
                segments[thread].append((last[thread], at, current))
        last[thread] = at
        if kind == ">":
            stack.append(label)
        elif kind == "<" and label in stack:
            del stack[len(stack) - 1 - stack[::-1].index(label)]
    return segments


def _label(stack: list[str]) -> str:
    """The innermost phase, a collection named with the phase it ran in ("collector gen2 in sweep")."""
    top = stack[-1]
    if top.startswith("collector") and len(stack) > 1:
        return f"{top} in {stack[-2]}"
    return top


def split(lines: dict[str, list[tuple[float, float, str]]], start: float, end: float) -> dict[str, float]:
    """Seconds of the window [start, end] by phase: the interface's thread's as they are, a worker's as
    "LABEL (worker)"; and "key read", how long the input thread took to hand the key to the app's loop (the
    interface's thread idle until then was waiting for it)."""
    spent: dict[str, float] = defaultdict(float)
    read = [at for at, _, label in lines.get("KEYS", []) if start - 0.005 <= at <= end]
    if read:  # (the input thread may read the key before the driver has noted the moment it wrote it)
        spent["key read"] = max(0.0, read[0] - start)
    for thread, segments in lines.items():
        if thread == "KEYS":
            continue
        for began, ended, label in segments:
            overlap = min(ended, end) - max(began, start)
            if overlap > 0:
                spent[label if thread == "MainThread" else f"{label} (worker)"] += overlap
    return dict(spent)


def describe(spent: dict[str, float], waited_for_core: float, top: int = 5) -> str:
    """"key read after 2 ms; collector gen2 in sweep 120 · render 30 · …; workers: search 12; waiting for a core
    15" (milliseconds)."""
    read = spent.pop("key read", None)
    own = sorted(((seconds, label) for label, seconds in spent.items() if not label.endswith("(worker)")),
                 reverse=True)
    workers = sorted(((seconds, label[:-9]) for label, seconds in spent.items() if label.endswith("(worker)")),
                     reverse=True)
    text = " · ".join(f"{label} {seconds * 1000:.0f}" for seconds, label in own[:top] if seconds >= 0.0005)
    if workers:
        text += "; workers: " + " · ".join(f"{label} {seconds * 1000:.0f}" for seconds, label in workers[:3])
    said = f"key read after {read * 1000:.0f} ms; " if read is not None else ""
    return f"{said}{text}; waiting for a core {waited_for_core * 1000:.0f}"


# -- the slow tail ----------------------------------------------------------------------------------------------
def p95_interval(values: list[float], confidence: float = 0.9) -> tuple[float | None, float | None]:
    """Where the true p95 lies, with `confidence`, from these samples alone (order statistics: the number of
    samples under the true p95 is binomial): (low, high), None where the samples cannot bound it (too few: an
    upper bound needs some 45 samples at 90 %)."""
    ordered, n, tail = sorted(values), len(values), (1 - confidence) / 2

    def below(k: int) -> float:  # P(at most k of the n samples fall under the true p95)
        return sum(math.comb(n, i) * 0.95 ** i * 0.05 ** (n - i) for i in range(k + 1))

    low = max((k for k in range(1, n + 1) if below(k - 1) <= tail), default=None)
    high = min((k for k in range(1, n + 1) if 1 - below(k - 1) <= tail), default=None)
    return (ordered[low - 1] if low else None), (ordered[high - 1] if high else None)


def verdict(values: list[float], target: float = 0.1) -> str:
    """"ok" or "MISSED" by the p95, and whether these samples decide it: "undecided" when the p95's 90 % interval
    (`p95_interval`) holds the target, with the interval and how many keys were over it."""
    ordered = sorted(values)
    top = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    said = "ok" if top < target else "MISSED (target p95 < 0.1 s)"
    low, high = p95_interval(values)
    if (high is not None and high < target) or (low is not None and low >= target):
        return said
    over = sum(1 for value in values if value >= target)
    span = f"{low * 1000:.0f}" if low is not None else "?"
    span += f"–{high * 1000:.0f}" if high is not None else "–? (more keys)"
    return f"{said}, undecided: p95 in {span} ms at 90 %, {over} of {len(values)} keys ≥ 0.1 s"


def slowest(answers: list[tuple[str, float, float, float]], lines: dict[str, list[tuple[float, float, str]]],
            count: int = 3) -> list[str]:
    """The `count` slowest keys of one kind (at most a tenth of them, at least one), each with what it waited for."""
    ranked = sorted(answers, key=lambda answer: answer[2] - answer[1], reverse=True)
    ranked = ranked[:max(1, min(count, len(answers) // 10))]
    return [f"{(shown - sent) * 1000:.0f} ms: {describe(split(lines, sent, shown), core)}"
            for _, sent, shown, core in ranked]


def timeline(log_path: Path, kind: str, count: int = 3) -> list[str]:
    """The `count` slowest keys of `kind` (a line of the bench, as "Pick a ward enter"), each as every stamp from
    the key written to the screen showing it, by thread, in milliseconds from the key: what the loop waited for
    between its phases (`bench_pickers` keeps the keys' times beside the stamps, LOG.answers.json)."""
    import json  # noqa: PLC0415

    kept = json.loads(log_path.with_suffix(".answers.json").read_text())
    answers = kept[kind]
    stamps = read(log_path) + [(at, "bench", ".", f"read {size} B (parsed at {(parsed - at) * 1000:+.1f} ms)")
                               for at, parsed, size in kept.get("chunks read", [])]
    stamps.sort(key=lambda item: item[0])
    out: list[str] = []
    for _, sent, shown, core in sorted(answers, key=lambda a: a[2] - a[1], reverse=True)[:count]:
        out.append(f"-- {(shown - sent) * 1000:.0f} ms (waiting for a core {core * 1000:.0f} ms)")
        out += [f"{(at - sent) * 1000:8.1f} {thread:24} {mark} {label}" for at, thread, mark, label in stamps
                if sent - 0.002 <= at <= shown + 0.002]
    return out


if __name__ == "__main__":
    if sys.argv[1] == "--timeline":  # LOG KIND [COUNT]: the slowest keys' stamps, one by one
        print("\n".join(timeline(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 3)))
        sys.exit(0)
    sys.exit(run_browser(sys.argv[1], sys.argv[2:]))
