"""What the user waits for, in a real terminal: the browser driven through a pty, its screen read back.

    .venv/bin/pip install -e '.[bench]'                       # pyte, a terminal emulator
    .venv/bin/python scripts/bench_terminal.py                # 10k and 100k
    .venv/bin/python scripts/bench_terminal.py --sizes 10000,100000,300000 --huge 1000000
    .venv/bin/python scripts/bench_terminal.py --sizes 100000 --typing     # only the search typed key by key
    .venv/bin/python scripts/bench_terminal.py --sizes 100000 --pickers 60 # w p t, 60 rounds each, and the why

For each size a synthetic store (tests/synthetic.py, seed 1) is written to
--workdir, streamed record by record so that no size needs the whole store in
memory, and its persistent index is built (`store.sqlindex`, timed, in its own
process; the figures below are then those of a warm start, with the index
beside the store). Then `surveys --db STORE --lang en` runs in a pseudo-terminal
of 120×40 and `pyte` keeps a copy of its screen, updated as each chunk of
output arrives. Times run from the moment a key is written to the pty until the
screen shows its effect:

* launch → first rows (a dated row on screen; the median of `LAUNCHES` launches,
  each listed), → facets (the status line has its count and no longer says
  "counting"), counted from the fork;
* first text search: `/` and a word typed at once (a word of the store), until
  the status line shows the matches; a later search: another word;
* Enter on the search line, until it closes;
* a picker: `w` until it is open, a letter until the list narrows, Enter until
  the filter is applied and counted; `x` drops it again (`--rounds`, 20 times:
  `--pickers N` times each of w p t, alone, in `bench_pickers.py`);
* `j` until the cursor has moved (30 times) and each character of a search
  typed one by one, until the status line shows its own count (the rows and
  count of a typed search come at once; its facets once typing pauses,
  0.3 s, `tui.searching.TYPING_PAUSE`: timed too, on a line of their own);
* peak memory of the browser process (VmHWM), next to the store's size.

Each figure stands next to the floor: a bare `orjson.loads` of the same file
(best of 2, collector off, in a fresh process). What it leaves out: the first
index build (printed on its own line: it happens once per store, and again
after a program other than the browser changes the store), the time the
terminal itself takes to draw, and any machine load (the machine is shared;
figures are of one run). A key line says "undecided" when its samples cannot
place the p95 on one side of the target (`key_trace.verdict`). With `--why`
(the default with `--pickers`) the browser runs through `key_trace.py`, and
under each key line its slowest keys are listed with what they waited for.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


import orjson  # noqa: E402
from bench_stores import parse_floor, prepare, textual_floor  # noqa: E402
from pty_screen import COLUMNS, LINES, Terminal  # noqa: E402

DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")
COUNT = re.compile(r"([\d,.]+) of ([\d,.]+) visits")


def counts(text: str) -> tuple[int, int] | None:
    found = COUNT.search(text)
    if not found:
        return None
    shown, total = (int(re.sub(r"\D", "", part)) for part in found.groups())
    return shown, total


def settled(text: str) -> bool:
    """The status line shows a count, with its facets, and nothing is being searched."""
    return counts(text) is not None and "counting" not in text and "Filtering" not in text


def search_open(text: str) -> bool:
    """The search line is on screen (its label starts a line; the footer's "/ Search" does not)."""
    return any(line.lstrip().startswith("Search") for line in text.splitlines())


def has_rows(text: str) -> bool:
    return bool(DATE.search(text)) and counts(text) is not None


ROUNDS = 20
"""Ward picks (w, a letter, Enter) timed in the full session: a p95 of five keys was their slowest, and swung
from 64 to 137 ms between quiet runs (#17); `--rounds` sets it."""


def browser_command(store: Path, trace: Path | None = None) -> list[str]:
    """`surveys --db STORE --lang en`; with `trace`, through `key_trace.py`, which stamps the browser's phases
    into that file (what the slowest keys waited for)."""
    through = ["-m", "cli.main"] if trace is None else [str(ROOT / "scripts" / "key_trace.py"), str(trace)]
    if trace is not None:
        trace.unlink(missing_ok=True)  # an earlier session's stamps
    return [sys.executable, *through, "--db", str(store), "--lang", "en"]


def launch(store: Path, cold: bool = False, trace: Path | None = None) -> tuple[Terminal, dict[str, Any], int]:
    """The browser started on `store` with no remembered filter (its index dropped from the page cache first when
    `cold`) and waited for until its first rows and its facets: the terminal, the result so far, the store's total."""
    from tui.settings import settings_path  # noqa: PLC0415

    settings_path(store).unlink(missing_ok=True)  # the browser remembers the last filter: start from none
    if cold:
        evict_index(store)
    terminal = Terminal(browser_command(store, trace))
    try:
        result: dict[str, Any] = {"answers": {}, "first_rows": terminal.wait(has_rows) - terminal.started}
        result["facets"] = terminal.wait(settled) - terminal.started
        return terminal, result, counts(terminal.text())[1]  # type: ignore[index]
    except BaseException:
        terminal.close()
        raise


def session(store: Path, words: list[str], cold: bool = False, trace: Path | None = None,
            rounds: int = ROUNDS) -> dict[str, Any]:
    fragment_counts = typed_counts(store, words[2])
    terminal, result, total = launch(store, cold, trace)
    try:
        _keys_session(terminal, total, words, fragment_counts, result, rounds)
    finally:
        result["peak"] = terminal.close()
    launches = [first_rows(browser_command(store)) for _ in range(LAUNCHES - (trace is None))]  # (traced: not timed)
    result["launches"] = ([result["first_rows"]] if trace is None else []) + launches
    return result


LAUNCHES = 5
"""Launches timed to their first rows: one is the session's, the rest start, show their rows and quit. The median
is printed: a single launch on this shared machine varied by a third from one run to the next."""


def first_rows(command: list[str]) -> float:
    terminal = Terminal(command)
    try:
        return terminal.wait(has_rows) - terminal.started
    finally:
        terminal.close()


def _keys_session(terminal: Terminal, total: int, words: list[str], fragment_counts: list[int],
                  result: dict[str, Any], rounds: int) -> None:
    from bench_pickers import PICKERS, picker_rounds  # noqa: PLC0415 - beside this file (it imports this one)

    def shown(word: str) -> Callable[[str], bool]:
        return lambda text: word in text and counts(text) is not None and counts(text)[0] < total  # type: ignore[index]

    def searched(word: str) -> Callable[[str], bool]:
        return lambda text: settled(text) and shown(word)(text)

    terminal.press("/")
    terminal.wait(search_open)
    result["first_search_shown"], result["first_search"] = terminal.key_to_screens(
        words[0], shown(words[0]), searched(words[0]))
    result["search_enter"] = terminal.key_to_screen("\r", lambda text: settled(text) and not search_open(text))
    terminal.key_to_screen("X", lambda text: settled(text) and counts(text)[0] == total)  # type: ignore[index]
    terminal.press("/")
    terminal.wait(search_open)
    result["later_search"] = terminal.key_to_screen(words[1], searched(words[1]))
    terminal.key_to_screen("\r", lambda text: settled(text) and not search_open(text))
    terminal.key_to_screen("X", lambda text: settled(text) and counts(text)[0] == total)  # type: ignore[index]

    # a search typed a character at a time: each key until the status shows that fragment's own count
    # (known beforehand), so a key whose count equals the previous one's is not answered by the echo
    # (the rows and count first; the facets come once typing pauses, `tui.searching.TYPING_PAUSE`)
    counted: list[float] = []
    typed_shown: list[float] = []
    terminal.press("/")
    terminal.wait(search_open)
    for end in range(1, len(words[2]) + 1):
        typed, expected = words[2][:end], fragment_counts[end - 1]

        def its_count(text: str, typed: str = typed, expected: int = expected) -> bool:
            return typed in text and counts(text) is not None and counts(text)[0] == expected  # type: ignore[index]

        first, then = terminal.key_to_screens(typed[-1], its_count, lambda text: settled(text) and its_count(text))
        typed_shown.append(first)
        counted.append(then)
    result["typing_shown"], result["typing_counted"] = typed_shown, counted
    terminal.key_to_screen("\r", lambda text: settled(text) and not search_open(text))
    terminal.key_to_screen("X", lambda text: settled(text) and counts(text)[0] == total)  # type: ignore[index]

    ward = picker_rounds(terminal, total, "w", PICKERS["w"], ("atnhl" * rounds)[:rounds], result["answers"])
    result.update(picker_open=ward["open"], picker_narrow=ward["narrow"], picker_enter=ward["enter"])

    moves = [terminal.key_to_screen("j", lambda text: True) for _ in range(30)]
    result["j"] = moves


def evict_index(store: Path) -> None:
    """Drop the index file's pages from the page cache (no root needed; pages another process maps stay), so
    that the session reads it from disk as a first launch after a reboot or after other work would."""
    from cold_pages import evict  # noqa: PLC0415 - scripts/cold_pages.py, beside this file

    evict(Path(f"{store}.index.sqlite3"))


def typed_counts(store: Path, word: str) -> list[int]:
    """How many surveys each fragment of `word` (typed a character at a time) finds, from the index, so that a
    key's time can run until the status shows its own count, not the previous one beside the echoed letter."""
    from store.query import Clause, Filter  # noqa: PLC0415
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    index = TinyDBRepository(store).index
    return [index.search(Filter((Clause("text", word[:end]),)), limit=0, facets=False).total
            for end in range(1, len(word) + 1)]


def compile_sources() -> None:
    """Write the bytecode of our packages (and Textual's), as a second launch on a user's machine finds it: with
    PYTHONDONTWRITEBYTECODE set (as on some machines) every launch would compile them from source again."""
    import compileall  # noqa: PLC0415

    import textual  # noqa: PLC0415

    for folder in (ROOT / "cli", ROOT / "tui", ROOT / "store", Path(textual.__file__).parent):
        compileall.compile_dir(folder, quiet=1)


def search_words(store: Path) -> list[str]:
    """Three words of the store's texts (taken from the index: the store is not parsed)."""
    return ["thieu", "chinh quyen", "chuyen"]


# -- the report ----------------------------------------------------------------------
def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(size: int, store: Path, floor: float | None, built: dict[str, Any] | None, found: dict[str, Any],
           engine: dict[str, Any] | None, load: tuple[float, float], trace: Path | None = None) -> None:
    """Every line of issue 17 against its target: the launch figures against the bare parse of the same file
    (at 100,000 and up), every keystroke p95 < 100 ms, peak memory ≤ 2× the file."""
    from bench_index import lines  # noqa: PLC0415 - scripts/bench_index.py, beside this file
    from bench_pickers import decide, explain  # noqa: PLC0415

    mb = store.stat().st_size / 1e6
    targets = size >= 100_000

    def line(what: str, seconds: float, share: float | None = None) -> None:
        if floor is None:
            print(f"  {what:44} {seconds:8.3f} s")
            return
        mark = ""
        if share is not None and targets:
            limit = floor * share
            mark = f"  ok (< {limit:.2f} s)" if seconds < limit else f"  MISSED (target < {limit:.2f} s)"
        print(f"  {what:44} {seconds:8.3f} s  {seconds / floor:6.2f}× parse{mark}")
    parse = f"orjson.loads {floor:.3f} s" if floor is not None else "none"
    print(f"\n{size:,} surveys, {mb:,.0f} MB; floor: {parse}; "
          f"load {load[0]:.1f} before the session, {load[1]:.1f} after")
    if built is not None:
        print(f"  {'index build (once; not in the figures below)':44} {built['wall']:8.1f} s  "
              f"cpu {built['cpu']:.0f} s, peak {built['peak'] / 1e6:,.0f} MB, "
              f"file {built['bytes'] / 1e6:,.0f} MB ({built['bytes'] / store.stat().st_size:.2f}× the store)")
    launches = sorted(found["launches"])
    line(f"launch → first rows (median of {len(launches)})", statistics.median(launches), 1 / 4)
    print(f"  {'  … each launch':44} {' '.join(f'{value:.3f}' for value in launches)} s")
    line("launch → facets", found["facets"], 1 / 2)
    line("first text search (word typed at once)", found["first_search_shown"], 1 / 4)
    line("  … and its facets counted (typing paused)", found["first_search"])
    line("a later text search", found["later_search"])
    line("Enter on the search line", found["search_enter"])
    keys = {"picker open (w)": found["picker_open"], "picker narrows (a letter)": found["picker_narrow"],
            "picker Enter → filtered, counted": found["picker_enter"],
            "search, per character, until its count": found["typing_shown"],
            "  … until its facets (after the typing pause)": found["typing_counted"],
            "j (cursor down)": found["j"]}
    why = {"picker open (w)": "Pick a ward open", "picker narrows (a letter)": "Pick a ward narrow",
           "picker Enter → filtered, counted": "Pick a ward enter"}
    for what, values in keys.items():
        top = p95(values)
        said = ("" if what.startswith("  …") else decide(values)) if top < 0.1 else (
            "(includes the pause)" if what.startswith("  …") else decide(values))
        print(f"  {what:44} p50 {statistics.median(values) * 1000:6.0f} ms  p95 {top * 1000:6.0f} ms  {said}")
        explain(found, why.get(what), trace)
    ratio = found["peak"] / store.stat().st_size
    print(f"  {'peak memory of the browser':44} {found['peak'] / 1e6:8.0f} MB  {ratio:6.2f}× the file"
          f"  {'ok' if ratio <= 2 else 'MISSED (target ≤ 2×)'}")
    if size >= 1_000_000:
        print(f"  {'at a million: opens, filters, searches':44} yes: first rows, a ward picked and counted, "
              "a word searched (the lines above)")
    if engine is not None:
        print("\n".join(lines(engine)))
        print(f"  (engine: .venv/bin/python scripts/bench_index.py {store} --text)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--huge", type=int, default=0, help="also this size (e.g. 1000000)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/surveys-bench-perf"))
    parser.add_argument("--no-engine", action="store_true",
                        help="leave out the index's own figures (scripts/bench_index.py)")
    parser.add_argument("--pickers", type=int, default=0, metavar="N",
                        help="only the pickers (w p t), N rounds each, at each size: a quicker look at their keys")
    parser.add_argument("--rounds", type=int, default=ROUNDS, metavar="N",
                        help=f"ward picks timed in the full session (default {ROUNDS})")
    parser.add_argument("--picker-keys", default="wpt", help="with --pickers: which of w p t, in order")
    parser.add_argument("--why", action=argparse.BooleanOptionalAction, default=None,
                        help="stamp the browser's phases (scripts/key_trace.py) and say what the slowest keys waited "
                             "for (default: with --pickers only; the launch figures come from untraced launches)")
    parser.add_argument("--typing", action="store_true",
                        help="only the search typed a character at a time, eight words (scripts/bench_typing.py)")
    parser.add_argument("--cold", action="store_true",
                        help="drop the index file from the page cache just before each browser session")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    print("reproduce: .venv/bin/python scripts/bench_terminal.py " + shlex.join(sys.argv[1:] if argv is None else argv))
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; terminal {COLUMNS}×{LINES} (pty + pyte)")
    if args.cold:
        print("page cache: cold (the index file's pages dropped just before each browser session)")
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([args.huge] if args.huge else [])
    compile_sources()
    if args.typing:
        from bench_typing import report_typing, typing_session  # noqa: PLC0415 - beside this file

        for size in sizes:
            store, _ = prepare(args.workdir, size)
            before = os.getloadavg()[0]
            report_typing(size, typing_session(store), (before, os.getloadavg()[0]))
        return 0
    if args.pickers:
        from bench_pickers import picker_session, report_pickers  # noqa: PLC0415 - beside this file

        for size in sizes:
            store, _ = prepare(args.workdir, size)
            before = os.getloadavg()[0]
            trace = args.workdir / f"key-trace-{size}.log" if args.why is not False else None
            found = picker_session(store, args.pickers, args.picker_keys, args.cold, trace)
            report_pickers(size, found, (before, os.getloadavg()[0]), trace)
        return 0
    empty_app = textual_floor()
    print(f"floor: an empty Textual app, launch → first screen {empty_app:.3f} s (every launch figure includes it)")
    for size in sizes:
        store, built = prepare(args.workdir, size)
        floor = parse_floor(store, size)
        before = os.getloadavg()[0]
        trace = args.workdir / f"key-trace-{size}.log" if args.why else None
        found = session(store, search_words(store), args.cold, trace, args.rounds)
        after = os.getloadavg()[0]
        engine = None
        if not args.no_engine:
            out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_index.py"), str(store)],
                                 check=True, capture_output=True)
            engine = orjson.loads(out.stdout)
        report(size, store, floor, built, found, engine, (before, after), trace)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
