"""Kill a writing `surveys` command mid-flight and check the store: it always loads, and is the old or the new one.

A scenario is a store with some records and one write to make, of one kind:

- `import`: `surveys import` of new and changed records (one journal line);
- `followup`: `surveys followup ID r1 --status done --response …` (one journal line);
- `delete`: `surveys delete ID ID` (one journal line);
- `compact`: `surveys compact` (a new store file, the journal moved aside);
- `streamed`: `surveys import` large enough (give the scenario `padding`) to go straight into a new store file
  (`store.compaction.compact_with`): its journal line, then the new file (not in `KINDS`: tests ask for it).

Its "old" state is the store's records before the write, its "new" state
after a write that was not interrupted (records compared whole, less the
`updated` stamp, which an edit sets to the time). Each run restores the old
files, starts the command in a child process and kills it:

- at a named point of the write (`SURVEYS_CRASH_AT`, see store/storage.py and
  store/journal.py): those of the atomic file write, those of a journal
  append, and the one between a compaction's new file and its journal move;
- at a random moment of its whole life (start-up, reading, deciding, writing);
- at a random moment while it writes (the parent waits for the write to
  start, a temporary file or a growing journal, then kills within the
  measured length of a write).

Then it checks that the store loads ("torn" if not) and holds the old or the
new state ("partial" if it loads but is neither), counts the old records
missing from it, and, if the write did not land, runs it again without a
kill and counts the new state's records missing after that.

Used by tests/test_crash.py (a few runs) and scripts/crash_bench.py (hundreds). After a run,
`damaged_and_recovered` cuts the store file short and runs `surveys recover`, which must bring back the state the
store had (tests/test_crash_recover.py).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from store import atomic  # noqa: E402
from store.compaction import own_files  # noqa: E402
from store.journal import journal_path  # noqa: E402
from store.storage import CRASH_ENV  # noqa: E402
from store.store import SurveyStore  # noqa: E402
from tests.factories import make_record  # noqa: E402
from tests.recovery_helpers import damage  # noqa: E402

FILE_POINTS = ("after-temp-write", "after-fsync", "after-replace")
JOURNAL_POINTS = ("mid-journal-append", "after-journal-append")
KINDS = ("import", "followup", "delete", "compact")
POINTS_BY_KIND = {"import": (*JOURNAL_POINTS, *FILE_POINTS, "before-journal-move"),  # a large import compacts
                  "followup": JOURNAL_POINTS, "delete": JOURNAL_POINTS,
                  "compact": (*FILE_POINTS, "before-journal-move")}
POINTS_BY_KIND["streamed"] = POINTS_BY_KIND["import"]
POINTS = tuple(dict.fromkeys(point for kind in KINDS for point in POINTS_BY_KIND[kind]))
LANDED_AT = {"after-replace", "after-journal-append", "before-journal-move"}
"""Points at which the write has landed: the state must be the new one."""
MODES = (*POINTS, "random", "during-write")
STORE_NAME = "surveys.json"


def make_records(count: int, prefix: str, padding: int = 0) -> list[dict[str, Any]]:
    """Valid records with distinct ids and visits; `padding` words of notes make them bigger."""
    template = make_record()
    extra = {"notes": "ghi chú " * padding} if padding else {}
    return [{**template, "id": f"{prefix}-{n:06d}", "date": f"20{10 + n % 15}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
             "body": f"Đoàn {prefix} {n}", **extra} for n in range(count)]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    with path.open("wb") as handle:
        for record in records:
            handle.write(orjson.dumps(record) + b"\n")
    return path


def surveys(store: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "cli", "--db", str(store), *arguments]


def import_command(store: Path, *inputs: Path, on_duplicate: str = "skip") -> list[str]:
    return surveys(store, "import", *map(str, inputs), "--on-duplicate", on_duplicate)


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def snapshot(path: Path) -> dict[str, Any]:
    """The store's records by id (held-back ones too), less the clock's stamps; raises if it does not load."""
    state = SurveyStore(path).current()
    records = [*state.table.values(), *state.held.values()]
    return {record["id"]: _unstamped(record) for record in records}


CLOCKED = ("at", "save", "undoes")
"""What a retried write writes anew: the moment, and a save's random id (and an undo's of the save it undid)."""


def _unstamped(record: dict[str, Any]) -> dict[str, Any]:
    """A record less what the clock wrote: its `updated` stamp and the `at` of a follow-up's responses and history
    entries (session 39), and the random save ids of those entries (`CLOCKED`, session 41). A write retried after a
    kill stamps the moment of the retry, which the reference run cannot know; everything else must be exactly the
    reference's."""
    kept = {k: v for k, v in record.items() if k != "updated"}
    for field in ("recommendations", "directions"):
        if field in kept:
            kept[field] = [_item_unstamped(item) for item in kept[field]]
    return kept


def _item_unstamped(item: dict[str, Any]) -> dict[str, Any]:
    kept = dict(item)
    for field in ("responses", "history"):
        if field in kept:
            kept[field] = [{k: v for k, v in entry.items() if k not in CLOCKED} for entry in kept[field]]
    return kept


def store_ids(path: Path) -> set[str]:
    return {record["id"] for record in SurveyStore(path).records()}


def temporaries(directory: Path) -> list[Path]:
    """Temporary files of the store's own files (`store.atomic` names them)."""
    return atomic.temporaries(directory, own_files(directory / STORE_NAME))


def torn_tail(store: Path) -> bool:
    """The journal ends in a partial line: a kill landed inside an append."""
    from store import journal  # noqa: PLC0415

    where = journal_path(store)
    found = journal.read(where)
    return found is not None and found.end < where.stat().st_size


@dataclass
class Scenario:
    kind: str
    directory: Path
    pristine: Path
    """A copy of the store directory before the write (store, journal, backups), restored before each run."""
    store: Path
    command: list[str]
    old: dict[str, Any]
    new: dict[str, Any]
    duration: float
    """Seconds the command takes, start-up included."""
    write_window: float
    """Seconds from the write's start (as the parent sees it) to the end of the process."""

    @property
    def old_ids(self) -> set[str]:
        return set(self.old)

    @property
    def new_ids(self) -> set[str]:
        return set(self.new)

    def restore(self) -> None:
        live = self.store.parent
        shutil.rmtree(live)
        shutil.copytree(self.pristine, live)


def make_scenario(directory: Path, existing: int = 200, incoming: int = 300, updates: int = 20,
                  padding: int = 0, on_duplicate: str = "update", kind: str = "import",
                  setup: Callable[[Path, Path], None] | None = None) -> Scenario:
    """A store of bundled + `existing` records with a journal, and one write of `kind` to make; `setup(directory,
    store)` writes more first (its files are the scenario's old state)."""
    live = directory / "live"
    live.mkdir(parents=True)
    store = live / STORE_NAME
    SurveyStore.open(store).upsert_many(make_records(existing, "old", padding))
    SurveyStore.open(store).compact()  # a backup exists
    SurveyStore.open(store).upsert_many([make_record(id="bump", date="2000-01-01", body="bump")])  # and a journal
    if setup is not None:
        setup(directory, store)
    command = _command(kind, directory, store, existing, incoming, updates, padding, on_duplicate)
    pristine = directory / "pristine"
    shutil.copytree(live, pristine)
    old = snapshot(store)
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    began = _wait_for_write(child, store)
    _, error = child.communicate(timeout=600)
    ended = time.monotonic()
    if child.returncode != 0:
        raise RuntimeError(f"the reference {kind} failed: {error.decode()}")
    scenario = Scenario(kind, directory, pristine, store, command, old, snapshot(store), ended - started,
                        ended - (began or ended))
    scenario.duration = min(_timed_run(scenario) for _ in range(2))  # without the busy-wait above competing
    scenario.restore()
    return scenario


def _command(kind: str, directory: Path, store: Path, existing: int, incoming: int, updates: int, padding: int,
             on_duplicate: str) -> list[str]:
    first, second = (f"old-{n:06d}" for n in (0, min(1, existing - 1)))
    if kind in ("import", "streamed"):
        changed = [{**record, "summary": "Đã cập nhật."} for record in make_records(existing, "old", padding)[:updates]]
        source = write_jsonl(directory / "incoming.jsonl", make_records(incoming, "new", padding) + changed)
        return import_command(store, source, on_duplicate=on_duplicate)
    if kind == "followup":
        return surveys(store, "followup", first, "r1", "--status", "done", "--response", "Đã xử lý xong.",
                       "--response-date", "2025-10-20")
    if kind == "delete":
        return surveys(store, "delete", first, second)
    if kind == "compact":
        return surveys(store, "compact")
    raise ValueError(f"unknown kind {kind!r}")


def _timed_run(scenario: Scenario) -> float:
    scenario.restore()
    started = time.monotonic()
    subprocess.run(scenario.command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True, timeout=600)
    return time.monotonic() - started


def _wait_for_write(child: subprocess.Popen, store: Path) -> float | None:
    """Busy-wait until the child starts writing (a temporary file, or the journal grows); None if it ended first."""
    where = journal_path(store)
    before = _size(where)
    while child.poll() is None:
        # Compaction removes the journal, so its vanishing counts as a write too.
        if temporaries(store.parent) or _size(where) != before:
            return time.monotonic()
    return None


def _size(path: Path) -> int:
    """The file's size, or -1 when absent: the child may remove it between any two calls."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


@dataclass
class Outcome:
    kind: str
    mode: str
    delay: float | None
    killed: bool
    mid_write: bool
    """A temporary file or a torn journal line was left behind: the kill landed inside the write."""
    state: str
    """old, new, partial (loads, but is neither), or torn (does not load)."""
    lost_at_crash: int
    """Records of the old state missing right after the kill (those the write deletes excepted)."""
    lost_after_retry: int
    """Records of the new state missing after running the write again, uninterrupted."""
    detail: str = ""

    @property
    def torn(self) -> bool:
        return self.state == "torn"

    @property
    def partial(self) -> bool:
        return self.state == "partial"

    @property
    def lost(self) -> int:
        return self.lost_at_crash + self.lost_after_retry


def run_once(scenario: Scenario, mode: str, rng: random.Random) -> Outcome:
    scenario.restore()
    delay: float | None = None
    if mode in POINTS:
        child = subprocess.Popen(scenario.command, cwd=ROOT, env=child_env(**{CRASH_ENV: mode}),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        child.wait(timeout=600)
    else:
        child = subprocess.Popen(scenario.command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        if mode == "random":
            delay = rng.uniform(0, scenario.duration)
            time.sleep(delay)
        elif mode == "during-write":
            _wait_for_write(child, scenario.store)
            delay = rng.uniform(0, scenario.write_window)
            time.sleep(delay)
        else:
            raise ValueError(f"unknown mode {mode!r}")
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=600)
    killed = child.returncode == -signal.SIGKILL
    mid_write = bool(temporaries(scenario.store.parent)) or _safe_torn_tail(scenario.store)
    state, detail, lost_at_crash = _classify(scenario)
    lost_after_retry = 0
    if state == "old" and scenario.old != scenario.new:
        retry = subprocess.run(scenario.command, cwd=ROOT, env=child_env(), capture_output=True, timeout=600)
        if retry.returncode != 0:
            detail += f"retry failed: {retry.stderr.decode()[-500:]}"
    if state != "torn":
        after = snapshot(scenario.store)
        lost_after_retry = len(scenario.new_ids - set(after))
        if after != scenario.new:
            detail += " the store did not reach the new state exactly"
        SurveyStore(scenario.store).compact()  # what the kill left must fold cleanly too
        if snapshot(scenario.store) != scenario.new:
            detail += " compaction after the kill changed the records"
        if temporaries(scenario.store.parent):
            detail += " temporary files survived the next write"
    return Outcome(scenario.kind, mode, delay, killed, mid_write, state, lost_at_crash, lost_after_retry,
                   detail.strip())


def killed_at(scenario: Scenario, point: str | None) -> bool:
    """The scenario's write from its old files, killed at `point` (None: run to the end); whether it was killed."""
    scenario.restore()
    extra = {CRASH_ENV: point} if point else {}
    child = subprocess.run(scenario.command, cwd=ROOT, env=child_env(**extra), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=600)
    return child.returncode == -signal.SIGKILL


def damaged_and_recovered(scenario: Scenario, killed_at: str | None = None) -> str:
    """The store file cut short, then `surveys recover` (first killed at `killed_at`, then run again): "" when the
    store holds exactly what it held before the damage, else what went wrong."""
    before = snapshot(scenario.store)
    damage(scenario.store)
    if killed_at:
        subprocess.run(surveys(scenario.store, "recover"), cwd=ROOT, env=child_env(**{CRASH_ENV: killed_at}),
                       capture_output=True, timeout=600)
    done = subprocess.run(surveys(scenario.store, "recover"), cwd=ROOT, env=child_env(), capture_output=True,
                          timeout=600)
    if done.returncode != 0 and not (killed_at and b"can be read" in done.stderr):  # the killed one had finished
        return f"recover failed: {done.stderr.decode()[-500:]}"
    after = snapshot(scenario.store)
    if after == before:
        return ""
    return f"recover lost {sorted(set(before) - set(after))}, changed " \
           f"{sorted(k for k in set(before) & set(after) if before[k] != after[k])}"


def _safe_torn_tail(store: Path) -> bool:
    try:
        return torn_tail(store)
    except Exception:  # a damaged journal is classified as torn below
        return False


def _classify(scenario: Scenario) -> tuple[str, str, int]:
    try:
        now = snapshot(scenario.store)
    except Exception as error:  # any failure to load is a torn store
        return "torn", f"does not load: {error}", len(scenario.old)
    lost = len((scenario.old_ids & scenario.new_ids) - set(now))
    if now == scenario.old:
        return "old", "", lost
    if now == scenario.new:
        return "new", "", lost
    return "partial", "loads, but is neither the old nor the new store", lost


def run_concurrently(directory: Path, existing: int = 50, each: int = 200) -> dict[str, Any]:
    """Two imports of different records started at the same instant; both must land in full."""
    live = directory / "concurrent"
    live.mkdir(parents=True)
    store = live / STORE_NAME
    SurveyStore.open(store).upsert_many(make_records(existing, "old"))
    inputs = [write_jsonl(directory / f"{name}.jsonl", make_records(each, name)) for name in ("alpha", "beta")]
    children = [subprocess.Popen(import_command(store, path), cwd=ROOT, env=child_env(), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for path in inputs]
    results = [child.communicate(timeout=600) for child in children]
    ids = store_ids(store)
    expected = {f"{prefix}-{n:06d}" for prefix, count in (("old", existing), ("alpha", each), ("beta", each))
                for n in range(count)}
    return {"codes": [child.returncode for child in children], "errors": [err.decode() for _, err in results],
            "missing": sorted(expected - ids), "count": len(ids)}
