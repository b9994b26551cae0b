"""What the shared ward names cost the browser on PostgreSQL: the sidebar's counts and places, the `w` picker's.

    SURVEYS_TEST_PG=postgresql://… .venv/bin/python scripts/bench_pg_wards.py --sizes 2000,20000

For each size, generated records (`tests.synthetic.generate`, seed 1: some 1,300 ward names of 2,000 records are
borne by several places) are loaded into a schema of their own (dropped at the end), analysed, and the browser's
catalog is opened on them (`tui.model.Catalog`, as `surveys --db postgresql://…` opens it). Then, under no filter
and under a year's filter, each the median of `--runs`:

* once: the wards' provinces (`Searcher.ward_provinces`, one query over the `ward_places` column), and beside it
  the same read from every record in Python (a reference: what the query spares);
* the sidebar's counts (`Catalog.facets(places=False)`: one faceted search);
* the sidebar's places of the shared names it lists (`Catalog.ward_places`, `tui.namesakes.sidebar_places`);
* the `w` picker's places of every shared name (`tui.namesakes.namesake_pairs` over the whole ward facet).

Beside each, the queries it sent: searches (`PostgresRepository.search`) and ward-key passes (`count_ward_keys`),
and count passes (`count_each`; `--search-each` leaves it out: a search per clause, as before session 22). A
benchmark: it prints, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

import psycopg  # noqa: E402

from store.facet_keys import place_keys  # noqa: E402
from store.postgres import init_postgres, open_postgres  # noqa: E402
from store.query import Filter  # noqa: E402
from tests.postgres.server import with_schema  # noqa: E402
from tests.synthetic import generate  # noqa: E402
from tui.model import Catalog  # noqa: E402
from tui.namesakes import namesake_pairs  # noqa: E402
from tui.searcher import Searcher  # noqa: E402


def counted(repository: Any, calls: Counter[str]) -> None:
    """Count the queries the repository is asked (searches, ward-key passes, count passes; `count_places`, session
    42, asks one ward-key pass for the places and the names alone together)."""
    for name in ("search", "count_ward_keys", "count_each", "count_places"):
        real = getattr(repository, name, None)
        if real is None:
            continue

        def wrapped(*args: Any, _real: Callable[..., Any] = real, _name: str = name, **kwargs: Any) -> Any:
            calls[_name] += 1
            return _real(*args, **kwargs)

        setattr(repository, name, wrapped)


def from_records(repository: Any) -> dict[str, set[str]]:
    """The wards' provinces as a pass over every record would find them (what the query spares: a reference)."""
    found: dict[str, set[str]] = {}
    for record in repository.records():
        for locality in record.get("localities", []):
            found.setdefault(place_keys(locality)[1], set()).add(locality["province"]["name"])
    return found


def timed(work: Callable[[], Any], runs: int, calls: Counter[str]) -> tuple[float, dict[str, int], Any]:
    times, out = [], None
    for _ in range(runs):
        calls.clear()
        began = time.perf_counter()
        out = work()
        times.append(time.perf_counter() - began)
    return statistics.median(times), dict(calls), out


def measure(url: str, size: int, runs: int, each: bool) -> None:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        admin.execute(f"CREATE SCHEMA {schema}")
    here = with_schema(url, schema)
    try:
        repository, _ = init_postgres(here)
        repository.upsert_many(generate(size, seed=1))
        with psycopg.connect(here, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE surveys")
        repository.close()
        catalog = Catalog(Searcher(open_postgres(here)))
        calls: Counter[str] = Counter()
        counted(catalog.searcher.repository, calls)
        if each:  # as before session 22: a search per clause
            setattr(catalog.searcher.repository, "count_each", None)  # noqa: B010
        spent, _, provinces = timed(catalog.searcher.ward_provinces, runs, calls)
        print(f"{size:>7,} ward → provinces  {spent * 1000:8.1f} ms  one query ({len(provinces)} wards,"
              f" {sum(map(len, provinces.values()))} places)")
        spent, _, python = timed(lambda: from_records(catalog.searcher.repository), 1, calls)
        print(f"{'':22} the same from every record in Python {spent * 1000:8.1f} ms  (a reference;"
              f" {'equal' if python == {ward: set(found) for ward, found in provinces.items()} else 'NOT equal'})")
        years = [year for year, _ in catalog.searcher.search(Filter(), limit=0, facets=True).facets.get("year", [])]
        for query in (Filter(), Filter.parse(f"year:{years[0]}")):
            found = catalog.search(query, "date")
            spent, asked, counts = timed(lambda: catalog.facets(found, places=False), runs, calls)  # noqa: B023
            shared = sum(1 for _, value in catalog.ward_places(query, counts) if value)
            print(f"{size:>7,} {query.render() or '(no filter)':14} sidebar counts   {spent * 1000:8.1f} ms  {asked}")
            spent, asked, places = timed(lambda: catalog.ward_places(query, counts), runs, calls)  # noqa: B023
            print(f"{'':22} sidebar places   {spent * 1000:8.1f} ms  {asked}  ({len(places)} lines, {shared} counted)")
            pairs = counts.get("ward", [])
            spent, asked, split = timed(lambda: namesake_pairs(catalog, query, pairs), runs, calls)  # noqa: B023
            print(f"{'':22} w picker places  {spent * 1000:8.1f} ms  {asked}  ({len(pairs)} names"
                  f" → {len(split or [])})")
        catalog.searcher.repository.close()
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("SURVEYS_TEST_PG"), help="a database to make a schema in")
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--search-each", action="store_true",
                        help="count clause by clause, a search each, as before session 22 (no `count_each`)")
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("give --url postgresql://… or set SURVEYS_TEST_PG")
    print(f"reproduce: SURVEYS_TEST_PG=… .venv/bin/python scripts/bench_pg_wards.py --sizes {args.sizes}"
          f" --runs {args.runs}{' --search-each' if args.search_each else ''}; load {os.getloadavg()[0]:.1f}")
    for size in (int(s) for s in args.sizes.split(",") if s):
        measure(args.url, size, args.runs, args.search_each)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
