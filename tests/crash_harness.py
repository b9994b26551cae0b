"""Kill `surveys import` mid-flight and check the store: it always loads, and is exactly the old or the new one.

A scenario is a store with some records and an input to import. Its "old"
bytes are the store before the import, its "new" bytes the store after an
import that was not interrupted. Each run restores the old store, starts
`python -m tui --db STORE import INPUT` in a child process and kills it:

- at a named point of the atomic write (`SURVEYS_CRASH_AT`, see store/storage.py):
  after-temp-write, after-fsync, after-replace;
- at a random moment of its whole life (start-up, reading, validating, writing);
- at a random moment while it writes (the parent waits for the temporary
  file to appear, then kills within the measured length of a write).

Then it checks that the store loads and equals the old or the new bytes,
counts the records of the old state missing from it, runs the import again
without a kill and counts the records of the new state missing after that.

Used by tests/test_crash.py (a few runs) and scripts/crash_bench.py (hundreds).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from store.storage import CRASH_ENV  # noqa: E402
from store.store import SurveyStore  # noqa: E402
from tests.factories import make_record  # noqa: E402

POINTS = ("after-temp-write", "after-fsync", "after-replace")
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


def import_command(store: Path, *inputs: Path, on_duplicate: str = "skip") -> list[str]:
    return [sys.executable, "-m", "tui", "--db", str(store), "import", *map(str, inputs), "--on-duplicate", on_duplicate]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def store_ids(path: Path) -> set[str]:
    return {record["id"] for record in SurveyStore(path).records()}


def temporaries(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p.name.startswith(f".{STORE_NAME}.") and p.name.endswith(".tmp")]


@dataclass
class Scenario:
    directory: Path
    pristine: Path
    """A copy of the store directory before the import (store and backup), restored before each run."""
    store: Path
    inputs: list[Path]
    on_duplicate: str
    old: bytes
    new: bytes
    old_ids: set[str]
    new_ids: set[str]
    duration: float
    """Seconds an import takes, start-up included."""
    write_window: float
    """Seconds from the temporary file's appearance to the end of the process."""

    def restore(self) -> None:
        live = self.store.parent
        shutil.rmtree(live)
        shutil.copytree(self.pristine, live)


def make_scenario(directory: Path, existing: int = 200, incoming: int = 300, updates: int = 20,
                  padding: int = 0, on_duplicate: str = "update") -> Scenario:
    """A store of bundled + `existing` records and an input of `incoming` new ones plus `updates` changed ones."""
    live = directory / "live"
    live.mkdir(parents=True)
    store = live / STORE_NAME
    SurveyStore.open(store).upsert_many(make_records(existing, "old", padding))
    SurveyStore.open(store).upsert_many([make_record(id="bump", date="2000-01-01", body="bump")])  # a backup exists
    changed = [{**record, "summary": "Đã cập nhật."} for record in make_records(existing, "old", padding)[:updates]]
    source = write_jsonl(directory / "incoming.jsonl", make_records(incoming, "new", padding) + changed)
    pristine = directory / "pristine"
    shutil.copytree(live, pristine)
    old = store.read_bytes()
    started = time.monotonic()
    child = subprocess.Popen(import_command(store, source, on_duplicate=on_duplicate), cwd=ROOT, env=child_env(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    appeared = _wait_for_temporary(child, live)
    _, error = child.communicate(timeout=600)
    ended = time.monotonic()
    if child.returncode != 0:
        raise RuntimeError(f"the reference import failed: {error.decode()}")
    new = store.read_bytes()
    scenario = Scenario(directory, pristine, store, [source], on_duplicate, old, new, store_ids_from(old),
                        store_ids_from(new), ended - started, ended - (appeared or ended))
    scenario.duration = min(_timed_run(scenario) for _ in range(2))  # without the busy-wait above competing
    scenario.restore()
    return scenario


def _timed_run(scenario: Scenario) -> float:
    scenario.restore()
    started = time.monotonic()
    subprocess.run(import_command(scenario.store, *scenario.inputs, on_duplicate=scenario.on_duplicate), cwd=ROOT,
                   env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=600)
    return time.monotonic() - started


def store_ids_from(raw: bytes) -> set[str]:
    return {record["id"] for record in orjson.loads(raw)["surveys"].values()}


def _wait_for_temporary(child: subprocess.Popen, directory: Path) -> float | None:
    """Busy-wait until the child's temporary store file appears; None if the child ended first."""
    while child.poll() is None:
        if temporaries(directory):
            return time.monotonic()
    return None


@dataclass
class Outcome:
    mode: str
    delay: float | None
    killed: bool
    mid_write: bool
    """A temporary file was left behind: the kill landed inside the write."""
    state: str
    """old, new, or torn (does not load, or loads but is neither)."""
    lost_at_crash: int
    """Records of the old state missing right after the kill."""
    lost_after_retry: int
    """Records of the new state missing after importing again, uninterrupted."""
    detail: str = ""

    @property
    def torn(self) -> bool:
        return self.state == "torn"

    @property
    def lost(self) -> int:
        return self.lost_at_crash + self.lost_after_retry


def run_once(scenario: Scenario, mode: str, rng: random.Random) -> Outcome:
    scenario.restore()
    live = scenario.store.parent
    command = import_command(scenario.store, *scenario.inputs, on_duplicate=scenario.on_duplicate)
    delay: float | None = None
    if mode in POINTS:
        child = subprocess.Popen(command, cwd=ROOT, env=child_env(**{CRASH_ENV: mode}),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        child.wait(timeout=600)
    else:
        child = subprocess.Popen(command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        if mode == "random":
            delay = rng.uniform(0, scenario.duration)
            time.sleep(delay)
        elif mode == "during-write":
            _wait_for_temporary(child, live)
            delay = rng.uniform(0, scenario.write_window)
            time.sleep(delay)
        else:
            raise ValueError(f"unknown mode {mode!r}")
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=600)
    killed = child.returncode == -signal.SIGKILL
    mid_write = bool(temporaries(live))
    state, detail, lost_at_crash = _classify(scenario)
    lost_after_retry = 0
    if state != "torn":
        retry = subprocess.run(command, cwd=ROOT, env=child_env(), capture_output=True, timeout=600)
        if retry.returncode != 0:
            detail += f"retry failed: {retry.stderr.decode()[-500:]}"
        after = store_ids(scenario.store)
        lost_after_retry = len(scenario.new_ids - after)
        if scenario.store.read_bytes() != scenario.new:
            detail += " retry did not reach the new state exactly"
        if temporaries(live):
            detail += " temporary files survived the retry"
    return Outcome(mode, delay, killed, mid_write, state, lost_at_crash, lost_after_retry, detail.strip())


def _classify(scenario: Scenario) -> tuple[str, str, int]:
    try:
        ids = store_ids(scenario.store)
    except Exception as error:  # noqa: BLE001 - any failure to load is a torn store
        return "torn", f"does not load: {error}", len(scenario.old_ids)
    raw = scenario.store.read_bytes()
    lost = len(scenario.old_ids - ids)
    if raw == scenario.old:
        return "old", "", lost
    if raw == scenario.new:
        return "new", "", lost
    return "torn", "loads, but is neither the old nor the new store", lost


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
