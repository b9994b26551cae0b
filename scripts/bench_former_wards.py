"""What the ward picker's first `w` costs: the communes merged away it offers beside today's wards (`tui.former`).

    SURVEYS_TEST_PG=postgresql://… .venv/bin/python scripts/bench_former_wards.py --sizes 20000,100000

For each size, generated records (`tests.synthetic.generate`, seed 1) go into a TinyDB store with its persistent
index built (the index keeps the units: `store.sqlindex.units`) and, with `--postgres`, into a schema of their own
(dropped at the end), and the browser's catalog is opened on each. Timed, as the picker's worker runs them
(`tui.former.former_wards` under no filter):

* the first `w` of a browser (a new searcher and catalog: what the launch gives);
* the next `w` after another office wrote one visit (a new catalog on the same searcher, as `tui.watching`
  makes one when the store's token moves).

A benchmark: it prints, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from store.query import Filter  # noqa: E402
from store.tinydb_repository import TinyDBRepository  # noqa: E402
from tests.synthetic import generate, write_store  # noqa: E402
from tui.former import former_wards  # noqa: E402
from tui.i18n import Translator  # noqa: E402
from tui.model import Catalog  # noqa: E402
from tui.searcher import Searcher  # noqa: E402

BATCH = 5000
"""Records per import into PostgreSQL (one statement each)."""


Took = tuple[float, float]
"""Seconds on the clock, and of this process's CPU: on a loaded machine the clock is mostly the wait for a core."""


def timed(work: Callable[[], Any]) -> tuple[Took, Any]:
    began, cpu = time.perf_counter(), time.process_time()
    out = work()
    return (time.perf_counter() - began, time.process_time() - cpu), out


def first_and_next(searcher: Searcher, write: Callable[[], None]) -> tuple[Took, Took, int]:
    """The first `w`'s pass and the next one's after another office's write; the choices offered."""
    t = Translator("en")
    first, offered = timed(lambda: former_wards(Catalog(searcher), Filter(), t))
    write()
    after, _ = timed(lambda: former_wards(Catalog(searcher), Filter(), t))
    return first, after, len(offered)


def shown(took: Took) -> str:
    return f"{took[0] * 1000:9.1f} ms (CPU {took[1] * 1000:7.1f} ms)"


def one_changed(opener: Callable[[], Any], record: dict[str, Any]) -> Callable[[], None]:
    """Another office's write: `record` with its summary changed, through a handle of its own."""
    def write() -> None:
        other = opener()
        try:
            other.upsert_many([{**record, "summary": record.get("summary", "") + " (sửa)"}], on_duplicate="update")
        finally:
            other.close()
    return write


def tinydb(records: list[dict[str, Any]], folder: Path) -> tuple[Took, Took, int]:
    path = folder / f"s{len(records)}.json"
    write_store(path, records)
    repository = TinyDBRepository(path)
    repository.index.build()
    return first_and_next(Searcher(repository), one_changed(lambda: TinyDBRepository(path), records[0]))


def postgres(url: str, records: list[dict[str, Any]]) -> tuple[Took, Took, int]:
    import psycopg  # noqa: PLC0415 - only with --postgres

    from store.postgres import init_postgres, open_postgres  # noqa: PLC0415
    from tests.postgres.server import scratch_schema  # noqa: PLC0415

    with scratch_schema(url) as here:
        repository, _ = init_postgres(here)
        for start in range(0, len(records), BATCH):
            repository.upsert_many(records[start:start + BATCH])
        repository.close()
        with psycopg.connect(here, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE surveys")
        searcher = Searcher(open_postgres(here))
        try:
            return first_and_next(searcher, one_changed(lambda: open_postgres(here), records[0]))
        finally:
            searcher.repository.close()


def measure(records: list[dict[str, Any]], url: str | None, file_store: bool) -> None:
    """One size's lines: the file store's, then the archive's when `url` names a server."""
    with tempfile.TemporaryDirectory(prefix="bench-former-") as folder:
        stores = [("tinydb", lambda: tinydb(records, Path(folder)))] if file_store else []
        if url:
            stores.append(("postgres", lambda: postgres(url, records)))
        for name, run in stores:
            first, after, offered = run()
            print(f"{len(records):>7,} {name:9} first w {shown(first)}   next w after a write {shown(after)}"
                  f"   ({offered} communes merged away offered)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--postgres", default=os.environ.get("SURVEYS_TEST_PG"), help="a database to make a schema in")
    parser.add_argument("--no-tinydb", action="store_true")
    args = parser.parse_args(argv)
    print(f"reproduce: SURVEYS_TEST_PG=… .venv/bin/python scripts/bench_former_wards.py --sizes {args.sizes}"
          f"{' --no-tinydb' if args.no_tinydb else ''}; load {os.getloadavg()[0]:.1f}")
    for size in (int(s) for s in args.sizes.split(",") if s):
        measure(generate(size, seed=1), args.postgres, not args.no_tinydb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
