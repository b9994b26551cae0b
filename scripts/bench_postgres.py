"""The shared archive on PostgreSQL at scale, each figure beside the TinyDB backend's on the same data.

    SURVEYS_TEST_PG=postgresql://… .venv/bin/python scripts/bench_postgres.py --size 100000
    .venv/bin/python scripts/bench_postgres.py --url postgresql://… --size 10000 --no-tinydb

The archive is made in a schema of its own (dropped at the end) from the
benchmark's synthetic store (`scripts/bench.py` keeps it in its workdir;
generated if absent). Printed, for PostgreSQL and, unless --no-tinydb, for
`TinyDBRepository` on a copy of the same store:

* bulk load: the N records in one `upsert_many` (PostgreSQL only: how an
  office moves its file over, as `surveys copy` does);
* open to first screen: a new connection, `open_postgres`, then the first
  page (50 records, newest first) with all six facets, as the browser asks;
  for TinyDB, open plus the first search (which builds the index); then the
  same for a second browser (PostgreSQL: the counts are shared through
  `surveys_totals`);
* filter + facets p50/p95 over the 200 mixed filters of `scripts/bench.py`,
  each a page of 50 with the total and all six facets;
* one follow-up edit: `update()` setting a recommendation's status (p50 of 20);
* change token: the cheap query a browser polls to see another office's edit (p50 of 200);
* import of N/10 new records in one `upsert_many`;
* 10 concurrent editors: threads with a connection each, editing random records
  for a few seconds; edits per second, none lost.
Nobody's CI runs this; the README's PostgreSQL section shows a run.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import bench  # noqa: E402  (scripts/bench.py: the same store, the same filters)
import orjson  # noqa: E402
import psycopg  # noqa: E402

from store.postgres import init_postgres, open_postgres  # noqa: E402
from store.query import Filter  # noqa: E402
from store.tinydb_repository import TinyDBRepository  # noqa: E402
from tests.postgres.server import with_schema  # noqa: E402

PAGE = 50


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("SURVEYS_TEST_PG"), help="a database to make a schema in")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--editors", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=5.0, help="how long the concurrent editors run")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "surveys-bench")
    parser.add_argument("--no-tinydb", dest="tinydb", action="store_false")
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("give --url postgresql://… or set SURVEYS_TEST_PG")
    args.workdir.mkdir(parents=True, exist_ok=True)
    store, batch_path = bench._prepare(args.workdir, args.size)
    records = orjson.loads(store.read_bytes())["surveys"].values()
    records, batch = list(records), orjson.loads(batch_path.read_bytes())
    queries = [query for _, query in bench.mixed_queries(records, args.queries)]
    with psycopg.connect(args.url, autocommit=True) as admin:
        row = admin.execute("SHOW server_version").fetchone()
    server = row[0] if row else "?"
    print(f"surveys on PostgreSQL {server} · N = {args.size:,} · Python {platform.python_version()} · "
          f"{os.cpu_count()} CPUs")
    print(f"reproduce: SURVEYS_TEST_PG=… .venv/bin/python scripts/bench_postgres.py --size {args.size}"
          + ("" if args.tinydb else " --no-tinydb"))
    rows: list[tuple[str, str, str]] = []
    pg = run_postgres(args, records, batch, queries)
    tiny = run_tinydb(args, store, batch, queries) if args.tinydb else {}
    for key, label in LABELS:
        if key in pg or key in tiny:
            rows.append((label, pg.get(key, "–"), tiny.get(key, "–")))
    print(f"\n{'':38}{'PostgreSQL':>14}{'TinyDB':>14}")
    for label, left, right in rows:
        print(f"  {label:36}{left:>14}{right:>14}")
    for note in pg.get("notes", []):
        print(f"  {note}")
    return 0


LABELS = (
    ("load", "bulk load of N (one upsert_many)"),
    ("open", "open to first screen"),
    ("open2", "  a second browser, no write between"),
    ("p50", "filter + facets p50"),
    ("p95", "filter + facets p95"),
    ("edit", "one follow-up edit (p50)"),
    ("token", "change token (p50)"),
    ("import", "import of N/10"),
    ("editors", "concurrent editors"),
)


def run_postgres(args: argparse.Namespace, records: list, batch: list, queries: list[Filter]) -> dict[str, Any]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        admin.execute(f"CREATE SCHEMA {schema}")
    url = with_schema(args.url, schema)
    try:
        out: dict[str, Any] = {}
        repository, _ = init_postgres(url)
        began = time.perf_counter()
        repository.upsert_many(records)
        out["load"] = _s(time.perf_counter() - began)
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE surveys")
        repository.close()
        out.update(_common(lambda: open_postgres(url), queries, batch, args))
        row = psycopg.connect(url, autocommit=True).execute(
            "SELECT pg_size_pretty(pg_total_relation_size('surveys'))").fetchone()
        size = row[0] if row else "?"
        out["notes"] = [f"table with its indexes: {size}"]
        return out
    finally:
        with psycopg.connect(args.url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def run_tinydb(args: argparse.Namespace, store: Path, batch: list, queries: list[Filter]) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="surveys-bench-tiny-"))
    try:
        copy = folder / "store.json"
        shutil.copyfile(store, copy)
        return _common(lambda: TinyDBRepository(copy), queries, batch, args, edits=3, editor_seconds=0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _common(open_: Callable[[], Any], queries: list[Filter], batch: list, args: argparse.Namespace, *,
            edits: int = 20, editor_seconds: float | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    began = time.perf_counter()
    repository = open_()
    repository.search(Filter(), limit=PAGE)
    out["open"] = _s(time.perf_counter() - began)
    began = time.perf_counter()
    second = open_()
    second.search(Filter(), limit=PAGE)
    out["open2"] = _s(time.perf_counter() - began)
    second.close()
    times = []
    for query in queries:
        began = time.perf_counter()
        repository.search(query, limit=PAGE)
        times.append(time.perf_counter() - began)
    times.sort()
    out["p50"], out["p95"] = _ms(times[len(times) // 2]), _ms(times[int(len(times) * 0.95)])
    ids = [record["id"] for record in repository.search(Filter(), limit=2000, facets=False).records]
    rng = random.Random(5)
    edit_times = []
    for _ in range(edits):
        began = time.perf_counter()
        repository.update(rng.choice(ids), lambda r: {**r, "notes": f"sửa lúc {time.time():.3f}"})
        edit_times.append(time.perf_counter() - began)
    out["edit"] = _ms(statistics.median(edit_times))
    token_times = []
    for _ in range(200):
        began = time.perf_counter()
        repository.change_token()
        token_times.append(time.perf_counter() - began)
    out["token"] = f"{statistics.median(token_times) * 1e6:.0f} µs"
    began = time.perf_counter()
    report = repository.upsert_many(batch)
    out["import"] = f"{_s(time.perf_counter() - began)}"
    if len(report.added) != len(batch):
        out.setdefault("notes", []).append(f"import: {len(report.added):,} added, {len(report.skipped):,} skipped")
    repository.close()
    seconds = args.seconds if editor_seconds is None else editor_seconds
    if seconds:
        out["editors"] = _editors(open_, ids, args.editors, seconds)
    return out


def _editors(open_: Callable[[], Any], ids: list[str], count: int, seconds: float) -> str:
    """`count` threads, a connection each, editing random records for `seconds`: edits per second."""
    from store.repository import ConflictError  # noqa: PLC0415

    done, refused = [0] * count, [0] * count
    stop = threading.Event()
    start = threading.Barrier(count + 1)

    def editor(number: int) -> None:
        repository = open_()
        rng = random.Random(number)
        start.wait()
        while not stop.is_set():
            try:
                repository.update(rng.choice(ids), lambda r, n=number: {**r, "notes": f"editor {n}"})
                done[number] += 1
            except ConflictError:
                refused[number] += 1
        repository.close()

    threads = [threading.Thread(target=editor, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    return f"{sum(done) / elapsed:,.0f} edits/s" + (f" ({sum(refused)} refused)" if sum(refused) else "")


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


if __name__ == "__main__":
    sys.exit(main())
