"""How the store, the index and the browser scale, each figure beside its floor.

    .venv/bin/python scripts/bench.py                      # 1k, 10k and 100k surveys
    .venv/bin/python scripts/bench.py --sizes 1000,10000   # quicker

For each size a synthetic store is generated (tests/synthetic.py, seed 1,
kept in --workdir for the next run) and every measurement runs in a fresh
subprocess, so peak memory and timings are those of one session, not of the
benchmark. Printed per size:

* the floor: `orjson.loads` of the store file (collector paused, best of 2), and
  `orjson.dumps` of it plus one write (with fsync);
* store open (`SurveyStore.open` + `records()`) and index build (`SurveyIndex`),
  and when its background text index is complete; then, in another session,
  the same build in the browser's two phases: `newest_first` (the sorted list
  it can show at once), then `SurveyIndex(newest, presorted=True)`;
* (the browser's own figures are scripts/bench_terminal.py's: it drives the real
  program in a pty; the lines below are the in-memory engine's.) Formerly: the
  browser's first interactive screen, headless (`App.run_test`), given the
  opened records: until the list shows the records newest first and can be
  browsed (`SurveysApp.is_listed`: the list has been drawn); then, each on its
  own line and counted from the same start, until a `j` pressed at that moment
  has moved the cursor (the index is building meanwhile and competes for the
  interpreter), and until the index is ready and the facets show
  (`SurveysApp.is_idle`); the floor is Textual's own start-up, an empty App in
  `run_test`. The first screen is polled with plain `asyncio.sleep`, not
  `Pilot.pause`, which waits for the whole process to be idle;
* filter + facet counts, p50 and p95 over 200 mixed filters (text, ward,
  province, topic, date range, and combinations), timed around
  `SurveyIndex.search` once the text index is complete; the floor is one pass
  that touches every record (what any scan costs at least);
* import of N/10 new records (10,000 into 100,000) with
  `SurveyStore.upsert_many` (validate, plan, one write); its floor is parsing
  the store, then serializing and writing the result once;
* peak RSS (VmHWM) of the session that opens, indexes and searches, against the
  store file's size;
* repeat links (scripts/bench_repeats.py, `--repeats N`, 5,000 by default): the index of items by place built, one
  visit's links p50 and p95, the cached index asked again;
* small writes (scripts/bench_writes.py): one follow-up edit, one delete and a
  10-record import, each as time and bytes written, and the open, each in a
  fresh process, next to the figures of the store before its journal (commit
  618eaff, recorded in bench_writes.BEFORE; `--before DIR` measures a checkout
  of it instead, e.g. `git worktree add /tmp/before 618eaff`).

Targets (issue 6, at 100k): open ≤ 2× parse floor, first screen ≤ 1 s after
open, filter + facets p95 ≤ 50 ms, import ≤ 3× its floor, peak RSS ≤ 6× the
file size. Nobody's CI runs this; the README's Performance section shows a run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
from bench_queries import mixed_queries  # noqa: E402  (beside this file)

TARGETS = {"open": 2.0, "first_screen": 1.0, "p95": 0.050, "import": 3.0, "rss": 6.0}
SEED = 1


# -- the parent: generate, run the children, print --------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated store sizes")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "surveys-bench",
                        help="where generated stores are kept between runs")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--batch", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--before", type=Path, help="a checkout of the store before its journal, for the small writes")
    parser.add_argument("--writes-only", action="store_true",
                        help="only the small-write figures (scripts/bench_writes.py)")
    parser.add_argument("--repeats", type=int, default=5000, help="visits for the repeat-links figure "
                        "(scripts/bench_repeats.py: index build, one visit's links); 0 for none")
    args = parser.parse_args(argv)
    if args.child:
        result = CHILDREN[args.child](args)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    sizes = [int(size) for size in args.sizes.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"surveys benchmark · Python {platform.python_version()} · {os.cpu_count()} CPUs · "
          f"{_memory_total()} · {platform.machine()}")
    started = time.perf_counter()
    for size in sizes:
        store, batch = _prepare(args.workdir, size)
        if args.writes_only:
            _small_writes(store, size, args)
            continue
        figures: dict[str, Any] = {"size": size, "bytes": store.stat().st_size, "batch": batch_size(size)}
        figures.update(_child("floor", store))
        figures.update(_child("session", store, queries=str(args.queries)))
        figures.update(_child("phases", store))
        figures.update({"first_screen": None, "browser_note": "see scripts/bench_terminal.py (the browser in a pty)"})
        figures.update(_child("import", store, batch=str(batch)))
        _report(figures, final=size >= 100_000)
        _small_writes(store, size, args)
    if args.repeats:  # the follow-up list's links to earlier items (`u`), found in a thread
        print("\n" + __import__("bench_repeats").measure(args.repeats))
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    return 0


def _small_writes(store: Path, size: int, args: argparse.Namespace) -> None:
    import bench_writes  # noqa: PLC0415 - beside this script

    after = bench_writes.measure(store, ROOT, args.workdir / "writes")
    before = bench_writes.measure(store, args.before.resolve(), args.workdir / "writes") if args.before else \
        bench_writes.BEFORE.get(size)
    print("\n" + bench_writes.report(before, after))


def batch_size(size: int) -> int:
    return max(1, size // 10)


def _prepare(workdir: Path, size: int) -> tuple[Path, Path]:
    from tests.synthetic import generate, write_store  # noqa: PLC0415

    store = workdir / f"store-{size}-seed{SEED}.json"
    batch = workdir / f"import-{batch_size(size)}-for-{size}.json"
    if not store.exists():
        began = time.perf_counter()
        write_store(store, generate(size, seed=SEED))
        print(f"  (generated {size:,} surveys in {time.perf_counter() - began:.1f} s: {store})")
    if not batch.exists():
        batch.write_bytes(orjson.dumps(generate(batch_size(size), seed=SEED + 1000, start=size + 1)))
    return store, batch


def _child(name: str, store: Path, **options: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--store", str(store)]
    for key, value in options.items():
        command += [f"--{key}", value]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"benchmark step {name!r} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _report(f: dict[str, Any], final: bool) -> None:
    size, mb = f["size"], f["bytes"] / 1e6
    print(f"\nN = {size:,} surveys · store {mb:,.1f} MB ({f['bytes'] / size:,.0f} B each)")
    print(f"  {'':34} {'value':>10} {'floor':>10} {'ratio':>7}   target (issue 6, at 100k)")
    rows = [
        ("floor: orjson.loads", _s(f["loads"]), "", "", ""),
        ("floor: orjson.dumps + write", _s(f["dumps_write"]), "", "", ""),
        ("store open", _s(f["open"]), _s(f["loads"]), _x(f["open"] / f["loads"]),
         _target(f["open"] / f["loads"] <= TARGETS["open"], "≤ 2× parse floor", final)),
        ("index build", _s(f["build"]), _s(f["loads"]), _x(f["build"] / f["loads"]), ""),
        ("  text index ready (background)", _s(f["text_ready"]), _s(f["loads"]), _x(f["text_ready"] / f["loads"]), ""),
        ("  phase 1: newest_first (sort)", _s(f["newest_first"]), _s(f["loads"]), _x(f["newest_first"] / f["loads"]),
         ""),
        ("  phase 2: index, presorted=True", _s(f["presorted"]), _s(f["loads"]), _x(f["presorted"] / f["loads"]), ""),
    ]
    if f.get("first_screen") is None:
        rows.append(("first screen after open", f.get("browser_note", "n/a"), "", "", ""))
    else:
        rows.append(("first screen after open", _s(f["first_screen"]), _s(f["app_floor"]),
                     _x(f["first_screen"] / f["app_floor"]),
                     _target(f["first_screen"] <= TARGETS["first_screen"], "≤ 1 s", final)))
        if f.get("first_key") is not None:
            rows.append(("  first j answered (indexing)", _s(f["first_key"]), _s(f["app_floor"]),
                         _x(f["first_key"] / f["app_floor"]), ""))
        if f.get("facets_ready") is not None:
            rows.append(("  facets ready (index built)", _s(f["facets_ready"]), _s(f["app_floor"]),
                         _x(f["facets_ready"] / f["app_floor"]), ""))
    rows += [
        ("filter + facets p50", _ms(f["p50"]), _ms(f["touch_all"]), _x(f["p50"] / f["touch_all"]), ""),
        ("filter + facets p95", _ms(f["p95"]), _ms(f["touch_all"]), _x(f["p95"] / f["touch_all"]),
         _target(f["p95"] <= TARGETS["p95"], "≤ 50 ms", final)),
        ("  (TinyDB scan of one filter)", _s(f["tinydb_scan"]), "", "", ""),
        (f"import {f['batch']:,} surveys", _s(f["import"]), _s(f["import_floor"]), _x(f["import"] / f["import_floor"]),
         _target(f["import"] <= TARGETS["import"] * f["import_floor"], "≤ 3× its floor", final)),
        ("peak RSS (open, index, search)", _mb(f["rss"]), _mb(f["bytes"]), _x(f["rss"] / f["bytes"]),
         _target(f["rss"] <= TARGETS["rss"] * f["bytes"], "≤ 6× file size", final)),
    ]
    for label, value, floor, ratio, target in rows:
        print(f"  {label:34} {value:>10} {floor:>10} {ratio:>7}   {target}".rstrip())
    worst = sorted(f["p95_by_kind"].items(), key=lambda kv: -kv[1])
    print("  p95 by kind of filter: " + ", ".join(f"{kind} {_ms(value).strip()}" for kind, value in worst))
    print(f"  slowest filter: {_ms(f['max']).strip()} for {f['slowest']}")
    if f.get("import_note"):
        print(f"  import: {f['import_note']}")


def _target(met: bool, text: str, final: bool) -> str:
    return f"{text}: {'met' if met else 'MISSED'}" if final else f"({text})"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _mb(size: float) -> str:
    return f"{size / 1e6:,.0f} MB"


def _x(ratio: float) -> str:
    return f"{ratio:.2f}×"


def _memory_total() -> str:
    try:
        kib = int(next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split()[1])
        return f"{kib / 2**20:.0f} GiB RAM"
    except (OSError, StopIteration):
        return "RAM ?"


# -- children: each runs in its own process ---------------------------------------
def _peak_rss() -> int:
    """Bytes: VmHWM where /proc has it, else ru_maxrss."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource  # noqa: PLC0415

    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage if sys.platform == "darwin" else usage * 1024


def _write_once(path: Path, payload: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())


def child_floor(args: argparse.Namespace) -> dict[str, Any]:
    raw = args.store.read_bytes()
    gc.disable()
    loads = []
    for _ in range(2):
        began = time.perf_counter()
        data = orjson.loads(raw)
        loads.append(time.perf_counter() - began)
        del data
    data = orjson.loads(raw)
    began = time.perf_counter()
    payload = orjson.dumps(data)
    with tempfile.TemporaryDirectory(dir=args.store.parent) as scratch:
        _write_once(Path(scratch) / "copy.json", payload)
    return {"loads": min(loads), "dumps_write": time.perf_counter() - began}


def child_session(args: argparse.Namespace) -> dict[str, Any]:
    from store.index import SurveyIndex  # noqa: PLC0415
    from store.matching import Matcher  # noqa: PLC0415
    from store.store import SurveyStore  # noqa: PLC0415

    began = time.perf_counter()
    store = SurveyStore.open(args.store, create=False)
    records = store.records()
    opened = time.perf_counter() - began
    began = time.perf_counter()
    index = SurveyIndex(records)
    built = time.perf_counter() - began
    index.wait_for_text()
    text_ready = time.perf_counter() - began
    queries = mixed_queries(index.records, int(args.queries))
    timings: list[tuple[float, str, str]] = []
    for kind, query in queries:
        began = time.perf_counter()
        index.search(query)
        timings.append((time.perf_counter() - began, kind, query.render()))
    times = sorted(t for t, _, _ in timings)
    by_kind: dict[str, list[float]] = {}
    for elapsed, kind, _ in timings:
        by_kind.setdefault(kind, []).append(elapsed)
    began = time.perf_counter()
    sum(map(len, records))  # touch every record once: the least any scan costs
    touch_all = time.perf_counter() - began
    rss = _peak_rss()
    began = time.perf_counter()
    store.scan(Matcher(queries[0][1]).matches_record)  # what one filter costs without the index
    tinydb_scan = time.perf_counter() - began
    slowest = max(timings)
    return {
        "open": opened, "build": built, "text_ready": text_ready, "rss": rss,
        "p50": _percentile(times, 50), "p95": _percentile(times, 95), "max": slowest[0],
        "slowest": slowest[2], "touch_all": touch_all, "tinydb_scan": tinydb_scan,
        "p95_by_kind": {kind: _percentile(sorted(values), 95) for kind, values in by_kind.items()},
    }


def child_phases(args: argparse.Namespace) -> dict[str, Any]:
    """The index built as the browser builds it: the sorted list to show first, then the rest from it."""
    from store.index import SurveyIndex, newest_first  # noqa: PLC0415
    from store.store import SurveyStore  # noqa: PLC0415

    records = SurveyStore.open(args.store, create=False).records()
    began = time.perf_counter()
    newest = newest_first(records)
    sorted_at = time.perf_counter()
    SurveyIndex(newest, presorted=True)
    return {"newest_first": sorted_at - began, "presorted": time.perf_counter() - sorted_at}


def _percentile(sorted_values: list[float], percent: float) -> float:
    if not sorted_values:
        return 0.0
    rank = (len(sorted_values) - 1) * percent / 100
    low = int(rank)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


def child_import(args: argparse.Namespace) -> dict[str, Any]:
    from store.store import SurveyStore  # noqa: PLC0415

    batch = orjson.loads(args.batch.read_bytes())
    with tempfile.TemporaryDirectory(dir=args.store.parent) as scratch:
        target = Path(scratch) / "store.json"
        shutil.copyfile(args.store, target)
        raw = target.read_bytes()
        gc.disable()
        began = time.perf_counter()
        data = orjson.loads(raw)
        loaded = time.perf_counter() - began
        table = data["surveys"]
        for number, record in enumerate(batch, start=len(table) + 1):
            table[str(number)] = record
        began = time.perf_counter()
        _write_once(Path(scratch) / "floor.json", orjson.dumps(data))
        written = time.perf_counter() - began
        del data, table, raw
        gc.enable()
        gc.collect()
        store = SurveyStore.open(target, create=False)
        began = time.perf_counter()
        report = store.upsert_many(batch)
        elapsed = time.perf_counter() - began
    note = f"{len(report.added):,} added, {len(report.skipped):,} skipped as duplicates"
    return {"import": elapsed, "import_floor": loaded + written, "import_note": note}


CHILDREN = {"floor": child_floor, "session": child_session, "phases": child_phases,
            "import": child_import}


if __name__ == "__main__":
    raise SystemExit(main())
