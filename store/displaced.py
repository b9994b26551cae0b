"""The files `surveys recover` displaced (`.broken-<time>`, `.replaced-<time>`): which are kept, which go.

Each recover keeps every file it displaces under a name with its time
(`store.recovery`): the unreadable store file and its journal
(`.broken-`), the previous `.bak` and `.journal.bak` (`.replaced-`). Two
of them are whole copies of the store, so each recover of a 200 MB store
leaves about 400 MB; nothing removed them, and a store damaged now and then
filled its disk with them. Now the files of the newest `KEEP_RUNS` recovers
are kept whole and older ones are removed by the next recover, which names
each file it removes.

Why three: one damage can take two runs (a recover killed part way and run
again, or run once more to read its message), and the run before that is
the previous damage, whose files a person may still be reading. Older runs
were followed by at least three recovers of a store written since; what
they said was not restored was said, with its file's name, at the time.

Never touched: the files recover reads (the store, `.bak`, `.journal`,
`.journal.bak`: their names do not match), anything not named exactly
`<store>[.journal][.bak].broken|replaced-<time>[-n]` (a person keeps a file
for good by renaming it), and the files of the run that removes (the
newest). It runs under the store's lock.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

KEEP_RUNS = 3
"""The newest recovers whose displaced files are kept whole (see the module's docstring for why three)."""


@dataclass(frozen=True)
class Displaced:
    path: Path
    run: str
    """The recover's time as in the name (`20261207T031320Z`): runs sort by it."""
    size: int


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(path.name) + r"(?:\.journal)?(?:\.bak)?\.(?:broken|replaced)-"
                      r"(?P<run>\d{8}T\d{6}Z)(?:-\d+)?")


def displaced(path: Path) -> list[Displaced]:
    """The displaced files beside the store at `path`, the newest run first (by name within a run)."""
    pattern, found = _pattern(path), []
    try:
        entries = list(os.scandir(path.parent))
    except FileNotFoundError:
        return []
    for entry in entries:
        matched = pattern.fullmatch(entry.name)
        if matched is None or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(FileNotFoundError):
            found.append(Displaced(Path(entry.path), matched["run"], entry.stat(follow_symlinks=False).st_size))
    found.sort(key=lambda item: item.path.name)
    found.sort(key=lambda item: item.run, reverse=True)
    return found


def kept_runs(files: list[Displaced]) -> list[str]:
    """The runs whose files stay: the newest `KEEP_RUNS`."""
    return list(dict.fromkeys(item.run for item in files))[:KEEP_RUNS]


def prune(path: Path, current: str) -> list[Path]:
    """Remove the displaced files of runs older than the newest `KEEP_RUNS`, never those of the run `current`
    (its time: a clock set back must not make it look old); the files removed."""
    files = displaced(path)
    keep = {*kept_runs(files), current}
    removed = []
    for item in files:
        if item.run in keep:
            continue
        with contextlib.suppress(FileNotFoundError):
            os.unlink(item.path)
            removed.append(item.path)
    return removed
