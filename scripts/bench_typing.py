"""Only the search typed a character at a time (`bench_terminal.py --typing`): more keys than the full session's
one word, so that a p95 is of keys that change the count.

The full session types one word ("chuyen"), six keys, and a key that leaves the count as it was is answered by
its echo alone: its p95 is the slowest of two or three keys that searched. Here `WORDS` are typed one key at a
time, in the search line opened afresh for each (Escape between them drops it), each key timed from the moment
it is written until the screen shows that fragment and its own count (known beforehand from the index). Keys
whose count differs from the previous fragment's are reported apart from those answered by the echo: the first
are what the user waits for.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path
from typing import Any

from bench_terminal import counts, p95, search_open, settled, typed_counts
from pty_screen import Terminal

WORDS = ("chuyen", "thieu", "phuong", "kiem tra", "giam sat", "hanh chinh", "tiep dan", "ubnd xa")
"""Words of the synthetic stores' texts: one-word and two-word searches, common and rarer fragments."""


def typing_session(store: Path, words: tuple[str, ...] = WORDS) -> dict[str, Any]:
    from tui.settings import settings_path  # noqa: PLC0415

    settings_path(store).unlink(missing_ok=True)
    expected = {word: typed_counts(store, word) for word in words}
    terminal = Terminal([sys.executable, "-m", "cli.main", "--db", str(store), "--lang", "en"])
    result: dict[str, Any] = {"changed": [], "echoed": [], "words": {}}
    try:
        result["facets"] = terminal.wait(settled) - terminal.started
        total = counts(terminal.text())[1]  # type: ignore[index]
        for word in words:
            terminal.press("/")
            terminal.wait(search_open)
            before, keys = total, []
            for end in range(1, len(word) + 1):
                typed, count = word[:end], expected[word][end - 1]

                def its_count(text: str, typed: str = typed, count: int = count) -> bool:
                    return typed in text and counts(text) is not None and counts(text)[0] == count  # type: ignore[index]

                took = terminal.key_to_screen(typed[-1], its_count)
                result["changed" if count != before else "echoed"].append(took)
                keys.append((typed[-1], count != before, took))
                before = count
            result["words"][word] = keys
            terminal.key_to_screen("\x1b", lambda text: settled(text) and not search_open(text)
                                   and counts(text)[0] == total)  # type: ignore[index]
    finally:
        result["peak"] = terminal.close()
    return result


def report_typing(size: int, found: dict[str, Any], load: tuple[float, float]) -> None:
    print(f"\n{size:,} surveys, search typed a character at a time ({len(found['words'])} words); "
          f"load {load[0]:.1f} before the session, {os.getloadavg()[0]:.1f} after")
    for word, keys in found["words"].items():
        print(f"  {word!r:14} " + " ".join(f"{key if key != ' ' else '␣'}{'*' if changed else ''}{took * 1000:.0f}"
                                         for key, changed, took in keys))
    print("  (* the key changed the count: the screen shows it once its search is drawn; others: the echo)")
    rows = {"keys that change the count": found["changed"], "keys answered by their echo": found["echoed"],
            "every key": found["changed"] + found["echoed"]}
    for what, values in rows.items():
        top = p95(values)
        verdict = "ok" if top < 0.1 else "MISSED (target p95 < 0.1 s)"
        print(f"  {what:32} n {len(values):3}  p50 {statistics.median(values) * 1000:5.0f} ms  "
              f"p95 {top * 1000:5.0f} ms  max {max(values) * 1000:5.0f} ms  {verdict}")
