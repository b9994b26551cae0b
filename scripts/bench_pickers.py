"""The pickers' keys (`bench_terminal.py --pickers N`), enough of them for a p95, and what the slowest waited for.

A p95 of five keys is their slowest: one collection or one busy moment of the machine decides it, and the
picker's p95 at 100,000 records swung between 64 and 137 ms from one quiet run to the next (#17). Here each
picker (w p t) is opened, narrowed by a letter and picked from N times in one browser session (`x` drops the
filter between rounds); each line says whether its samples decide the target (`key_trace.verdict`: the p95's
90 % interval, which needs some 45 keys to be bounded above), and, the browser having been started through
`key_trace.py` (unless `--no-why`), what its slowest keys waited for: the collector (and in which phase), the
search or the counts in their worker, the frame's layout and rendering, the terminal write, a core (the
machine's load), or the event loop idle (a timer, or a worker the frame waited for). The first opening of
each picker after the launch makes its screen and loads its module, once per launch: it has a line of its own.
"""

from __future__ import annotations

import json
import os
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_terminal import counts, launch, p95, settled
from pty_screen import Terminal

PICKERS = {"w": "Pick a ward", "p": "Pick a province", "t": "Pick a topic"}
"""The pickers timed, by key, with the title that says each is open."""
LETTERS = "atnhlcgmbdvqkse"
"""The letters that narrow each round's picker, in turn."""
Answer = tuple[str, float, float, float]
"""(keys, written at, first shown at, seconds the interface's thread waited for a core): `Terminal.answers`."""

def picker_session(store: Path, rounds: int, keys: str = "wpt", cold: bool = False,
                   trace: Path | None = None) -> dict[str, Any]:
    """Only the pickers (w p t), `rounds` times each: launch, then each picker opened, narrowed by a letter,
    Enter until filtered and counted, and `x` to drop the filter again. The first opening of each picker after
    the launch is timed on its own line (it makes the picker and its module: once per launch)."""
    terminal, result, total = launch(store, cold, trace)
    try:
        for key in keys:
            result[key] = picker_rounds(terminal, total, key, PICKERS[key], (LETTERS * (rounds + 1))[:rounds + 1],
                                        result["answers"])
            result[key]["first open"] = result[key]["open"][:1]
            result[key]["open"] = result[key]["open"][1:]
            opened = result["answers"][f"{PICKERS[key]} open"]
            result["answers"][f"{PICKERS[key]} first open"] = opened[:1]
            del opened[:1]
    finally:
        result["chunks"] = terminal.chunks
        result["peak"] = terminal.close()
    return result


def picker_rounds(terminal: Terminal, total: int, key: str, title: str, letters: str,
                  answers: dict[str, list[Answer]] | None = None) -> dict[str, list[float]]:
    """Each picker key's time; `answers` gets each timed key's (keys, sent, shown, waited for a core) under
    "TITLE open", "TITLE narrow", "TITLE enter"."""
    timed: dict[str, list[float]] = {"open": [], "narrow": [], "enter": []}

    def time_key(what: str, keys: str, condition: Callable[[str], bool]) -> None:
        timed[what].append(terminal.key_to_screen(keys, condition))
        if answers is not None:
            answers.setdefault(f"{title} {what}", []).append(terminal.answers[-1])

    for letter in letters:
        time_key("open", key, lambda text: title in text)
        time_key("narrow", letter, lambda text: title in text)
        time_key("enter", "\r", lambda text: title not in text and settled(text)
                 and counts(text)[0] < total)  # type: ignore[index]
        terminal.key_to_screen("x", lambda text: settled(text) and counts(text)[0] == total)  # type: ignore[index]
    return timed



def report_pickers(size: int, found: dict[str, Any], load: tuple[float, float], trace: Path | None = None) -> None:
    print(f"\n{size:,} surveys, pickers only; load {load[0]:.1f} before the session, {os.getloadavg()[0]:.1f} after"
          f" (launch → facets {found['facets']:.2f} s)")
    for key, title in PICKERS.items():
        for what, values in found.get(key, {}).items():
            top = p95(values)
            said = decide(values) if len(values) > 1 else ("ok" if top < 0.1 else "over 0.1 s")
            times = " ".join(f"{value * 1000:.0f}" for value in values)
            print(f"  {title + ' ' + what:32} p50 {statistics.median(values) * 1000:5.0f} ms  p95 {top * 1000:5.0f} ms"
                  f"  {said:28} ({times})")
            explain(found, f"{title} {what}", trace)
    if trace is not None:
        print(f"  (what the slowest keys waited for, in ms, from the browser's own stamps: {trace})")
        keep_answers(found, trace)


def keep_answers(found: dict[str, Any], trace: Path) -> None:
    """Each timed key's (keys, sent, shown, waited for a core) beside the stamps, and each chunk of output the
    bench read (read, parsed, bytes), for `key_trace.py --timeline`."""
    kept = {**found.get("answers", {}), "chunks read": found.get("chunks", [])}
    trace.with_suffix(".answers.json").write_text(json.dumps(kept))


def decide(values: list[float]) -> str:
    from key_trace import verdict  # noqa: PLC0415 - scripts/key_trace.py, beside this file

    return verdict(values)


def explain(found: dict[str, Any], kind: str | None, trace: Path | None) -> None:
    """Under a key's line, its slowest keys and what each waited for (`key_trace.py`), when the session was
    traced."""
    if trace is None or kind is None or not trace.exists() or kind not in found.get("answers", {}):
        return
    from key_trace import read, slowest, timelines  # noqa: PLC0415

    if "lines" not in found:
        found["lines"] = timelines(read(trace))
    for line in slowest(found["answers"][kind], found["lines"]):
        print(f"    … {line}")
