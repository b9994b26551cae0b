"""What the details pane's "raised before" lines cost per row today, on the file store and on PostgreSQL.

    .venv/bin/python scripts/bench_details_links.py                                  # 20,000 visits, 200 rows
    SURVEYS_TEST_PG=postgresql://… .venv/bin/python scripts/bench_details_links.py --size 20000 --rows 200

The pane asks each survey it draws for its links in a thread worker (`tui.details_links`), through
`SurveyActions.links_of`: `store.link_reads.stored_links` over the browser's `LinkCache`, dropped links included.
Since session 41 (perf7) that reads only the visits at the survey's places, and those its decisions name
(`records_near`: the file store's persistent index; PostgreSQL's `ward_keys` and `province_codes` columns), and
works the links out over them; the index of every visit (`LinkCache.index`) is built only where that cannot answer
(an index behind its store). Here `--rows` visits spread over the store are asked one after another, as rows drawn
in turn, on a fresh cache as a browser just opened: per row the wall time and the thread's CPU (the first row
apart, then median, 90th percentile and worst of the others), the visits read per row, the links found, and how
many rows went through the index of every visit. `whole index` is the fallback forced (the repository's
`records_near` hidden): its first row builds the index, the others look links up in it; it is the way every row
went before session 41.

The stores hold tests/synthetic.py's visits (seed 1, six provinces, 12 units each, wards of today, as
scripts/bench_repeats.py): a TinyDB file with its persistent index built (as the browser finds it after its first
launch) and, with SURVEYS_TEST_PG or --url, a scratch schema of that server (dropped after). Figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path.cwd() if (Path.cwd() / "tui").is_dir() else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.item_links import LinkCache  # noqa: E402
from store.link_reads import stored_links  # noqa: E402
from store.repository import Repository  # noqa: E402
from store.tinydb_repository import TinyDBRepository  # noqa: E402
from tests.synthetic import generate, write_store  # noqa: E402

PROVINCES = (1, 79, 48, 31, 92, 22)


class Whole:
    """A repository that cannot read one place's visits alone (`records_near` hidden): the index of every visit."""

    def __init__(self, repository: Repository) -> None:
        self._repository, self.read = repository, 0

    def __getattr__(self, name: str) -> Any:
        if name == "records_near":
            raise AttributeError(name)
        return getattr(self._repository, name)


class Watched(Whole):
    """A repository as the pane's worker sees it, counting the visits `records_near` reads."""

    def records_near(self, places: Any, ids: Any) -> Any:
        found = self._repository.records_near(places, ids)  # type: ignore[attr-defined]
        self.read += len(found or [])
        return found


def sample(records: list[dict[str, Any]], rows: int) -> list[dict[str, Any]]:
    """`rows` visits with items, spread evenly over the store (a scroll through a long list)."""
    with_items = [record for record in records if record.get("recommendations") or record.get("directions")]
    step = max(1, len(with_items) // rows)
    return with_items[::step][:rows]


def ask_rows(repository: Repository, rows: list[dict[str, Any]], near: bool = True) -> str:
    """Each row's links asked as the pane's worker asks them, on a fresh `LinkCache`; the figures in one line."""
    cache, watched = LinkCache(), Watched(repository) if near else Whole(repository)
    whole, build = [0], cache.index

    def index(of: Any) -> Any:
        whole[0] += 1
        return build(of)

    cache.index = index  # type: ignore[method-assign,assignment]
    walls, cpus, linked = [], [], 0
    for record in rows:
        began, cpu = time.perf_counter(), time.thread_time()
        _, links = stored_links(cache, watched, record, dropped=True)
        walls.append(time.perf_counter() - began)
        cpus.append(time.thread_time() - cpu)
        linked += sum(len(found) for found in links.values())
    rest, rest_cpu = sorted(walls[1:]) or [0.0], sorted(cpus[1:]) or [0.0]

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.1f}"

    return (f"first row {ms(walls[0])} ms (CPU {ms(cpus[0])}); then median {ms(statistics.median(rest))} ms "
            f"(CPU {ms(statistics.median(rest_cpu))}), p90 {ms(rest[int(len(rest) * 0.9)])}, worst {ms(rest[-1])}; "
            + (f"{watched.read / len(rows):,.0f} visits read a row, " if near else "")
            + f"{linked / len(rows):.1f} links a row, "
            f"{whole[0]} of {len(rows)} rows through the index of every visit")


@contextmanager
def file_store(records: list[dict[str, Any]]) -> Iterator[Repository]:
    """A TinyDB store of `records` with its persistent index built, opened again as a browser opens it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        write_store(path, records)
        TinyDBRepository(path).index.ensure()
        repository = TinyDBRepository(path)
        try:
            yield repository
        finally:
            repository.close()


@contextmanager
def postgres_store(url: str, records: list[dict[str, Any]]) -> Iterator[Repository]:
    """`records` in a scratch schema of the server at `url`, analysed, opened again as a browser opens it. An import
    skips a probable duplicate (same date, places and body), which the generator makes a few of: said."""
    import psycopg  # noqa: PLC0415 - the optional driver, only with a server

    from store.postgres import init_postgres, open_postgres  # noqa: PLC0415
    from tests.postgres.server import scratch_schema  # noqa: PLC0415

    with scratch_schema(url, "bench_links") as here:
        loader, _ = init_postgres(here)
        skipped = sum(len(loader.upsert_many(records[start:start + 5000]).skipped)
                      for start in range(0, len(records), 5000))
        loader.close()
        print(f"  PostgreSQL holds {len(records) - skipped:,} ({skipped} probable duplicates skipped)", flush=True)
        with psycopg.connect(here, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE surveys")
        repository = open_postgres(here)
        try:
            yield repository
        finally:
            repository.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--rows", type=int, default=200, help="rows drawn one after another (visits asked)")
    parser.add_argument("--url", default=os.environ.get("SURVEYS_TEST_PG"), help="a PostgreSQL server (optional)")
    args = parser.parse_args(argv)
    records = generate(args.size, seed=1, provinces=PROVINCES, units=12, today_units=True)
    rows = sample(records, args.rows)
    print(f"details links · {args.size:,} visits, {len(rows)} rows asked in turn", flush=True)
    with file_store(records) as repository:
        print(f"  file store, as the pane asks: {ask_rows(repository, rows)}", flush=True)
        print(f"  file store, whole index:      {ask_rows(repository, rows, near=False)}", flush=True)
    if args.url:
        with postgres_store(args.url, records) as repository:
            print(f"  PostgreSQL, as the pane asks: {ask_rows(repository, rows)}", flush=True)
            print(f"  PostgreSQL, whole index:      {ask_rows(repository, rows, near=False)}", flush=True)
    else:
        print("  PostgreSQL: not measured (set SURVEYS_TEST_PG or give --url)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
