"""How long finding the earlier items a visit's items repeat takes (`store.item_links`), on generated visits.

    .venv/bin/python scripts/bench_repeats.py              # 5,000 visits; then a change at 1,000, 5,000, 20,000
    .venv/bin/python scripts/bench_repeats.py --size 20000 --changes 20000

The visits are tests/synthetic.py's (seed 1), narrowed to six provinces and 12 units of each, so that a place
has many visits and each item many candidates (spread over the whole country, a place has one or two). They are
written to a TinyDB store in a temporary folder and read through its repository, as the browser's `u` does in its
thread. Printed: the index build (`LinkIndex` over `records()`), the links of one visit (p50, p95 over 200
visits, each item against every earlier item at its places), the cached index asked again (`LinkCache`: the
store's change token only), and how many links were found. CPU time is printed beside the wall clock: on the
two shared cores, other work stretches the wall clock many times over. `scripts/bench.py --repeats N` prints the same.

Then, for each size of `--changes`: after another handle on the store (another office) changed one visit's item,
the index built whole (`LinkIndex(records())`, as before session 35) against the cached one brought up to date
(`LinkCache.index`: the records read as stored, not copied, and only the changed visit filed again,
`LinkIndex.changed`), and how much of the whole build is `records()` alone (each record copied). The median of
`--rounds` changes, each of another visit. With `--postgres URL` the same figures on a PostgreSQL archive (the CPU
time is this process's only: the server's work shows in the wall clock).

    .venv/bin/python scripts/bench_repeats.py --postgres postgresql://surveys@%2Ftmp%2Fpg/surveys_test
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.followup import ITEM_FIELDS  # noqa: E402
from store.item_links import LinkCache, LinkIndex  # noqa: E402
from store.tinydb_repository import TinyDBRepository  # noqa: E402
from tests.synthetic import generate, write_store  # noqa: E402

PROVINCES = (1, 79, 48, 31, 92, 22)


def measure(size: int, samples: int = 200) -> str:
    records = generate(size, seed=1, provinces=PROVINCES, units=12, today_units=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        write_store(path, records)
        repository = TinyDBRepository(path)
        try:
            started, cpu = time.perf_counter(), time.process_time()
            index = LinkIndex(repository.records())
            build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
            chosen = random.Random(1).sample(records, min(samples, len(records)))
            times, found, cpu = [], 0, time.process_time()
            for record in chosen:
                started = time.perf_counter()
                links = index.links(record)
                times.append(time.perf_counter() - started)
                found += sum(len(each) for each in links.values())
            links_cpu = time.process_time() - cpu
            times.sort()
            cache = LinkCache()
            cache.index(repository)
            started = time.perf_counter()
            cache.index(repository)
            again = time.perf_counter() - started
        finally:
            repository.close()
    items = sum(len(r.get("recommendations", [])) + len(r.get("directions", [])) for r in records)
    p50, p95 = times[len(times) // 2] * 1000, times[int(len(times) * 0.95)] * 1000
    return (f"repeat links · {size:,} visits, {items:,} items, {len(index.by_place):,} places: "
            f"index build {build * 1000:.0f} ms (CPU {build_cpu * 1000:.0f} ms); "
            f"one visit's links p50 {p50:.1f} ms, p95 {p95:.1f} ms "
            f"(CPU {links_cpu / len(chosen) * 1000:.1f} ms a visit; {found} links over {len(chosen)} visits); "
            f"cached index asked again {again * 1000:.2f} ms")


def _timed(job: Callable[[], object]) -> tuple[float, float]:
    """Wall clock and CPU seconds of `job()`."""
    started, cpu = time.perf_counter(), time.process_time()
    job()
    return time.perf_counter() - started, time.process_time() - cpu


Pair = tuple[Any, Any]
"""Two handles on one store: the browser's (the cache's) and another office's."""


@contextlib.contextmanager
def _file_pair(records: list[dict[str, Any]]) -> Iterator[Pair]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        write_store(path, records)
        repository, office = TinyDBRepository(path), TinyDBRepository(path)
        try:
            yield repository, office
        finally:
            repository.close()
            office.close()


@contextlib.contextmanager
def _postgres_pair(url: str, records: list[dict[str, Any]]) -> Iterator[Pair]:
    """An archive in a schema of its own on the server at `url`, dropped after."""
    import psycopg  # noqa: PLC0415 - optional driver: only with --postgres

    from store.backends import open_repository  # noqa: PLC0415
    from tests.postgres.server import with_schema  # noqa: PLC0415

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        repository = open_repository(with_schema(url, schema), must_exist=False)
        office = open_repository(with_schema(url, schema), must_exist=False)
        try:
            for start in range(0, len(records), 2000):
                repository.upsert_many(records[start:start + 2000])
            yield repository, office
        finally:
            repository.close()
            office.close()
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def measure_change(size: int, rounds: int = 5, postgres: str | None = None) -> str:
    """One visit's item changed by another handle, then the index built whole vs kept up to date (medians)."""
    records = generate(size, seed=1, provinces=PROVINCES, units=12, today_units=True)
    chosen = [r for r in random.Random(2).sample(records, len(records)) if any(r.get(f) for f in ITEM_FIELDS)]
    figures: dict[str, list[tuple[float, float]]] = {"read": [], "whole": [], "kept": []}
    with _postgres_pair(postgres, records) if postgres else _file_pair(records) as (repository, office):
        cache = LinkCache()
        cache.index(repository)
        for record in chosen[:rounds]:
            field = next(f for f in ITEM_FIELDS if record.get(f))

            def change(current: dict[str, Any], field: str = field) -> dict[str, Any]:
                current[field][0]["text"] += " (sửa)"
                return current

            office.update(record["id"], change)
            figures["kept"].append(_timed(lambda: cache.index(repository)))  # reads, files one visit again
            figures["read"].append(_timed(lambda: list(repository.records())))
            figures["whole"].append(_timed(lambda: LinkIndex(repository.records())))

    def said(name: str) -> str:
        wall, cpu = (statistics.median(each) * 1000 for each in zip(*figures[name], strict=True))
        return f"{wall:.0f} ms (CPU {cpu:.0f} ms)"

    return (f"one visit changed by another office · {size:,} visits{' (PostgreSQL)' if postgres else ''}: "
            f"index built whole {said('whole')}, of which records() {said('read')}; kept up to date {said('kept')} "
            f"(median of {len(figures['kept'])})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--changes", default="1000,5000,20000", help="sizes for the one-change figures ('' none)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--postgres", metavar="URL", help="the one-change figures on a PostgreSQL archive made in a "
                        "schema of its own on this server (dropped after), not on a file store; skips the first")
    args = parser.parse_args(argv)
    if not args.postgres:
        print(measure(args.size))
    for size in (int(each) for each in args.changes.split(",") if each.strip()):
        print(measure_change(size, args.rounds, args.postgres))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
