"""What `to:` costs on PostgreSQL with migration 10's indexes and without them, and what the `a` picker counts.

    SURVEYS_TEST_PG=postgresql://… .venv/bin/python scripts/bench_pg_addressees.py --sizes 2000,20000

For each size, generated records (`tests.synthetic.generate`, seed 1) are loaded into a schema of their own (dropped
at the end) and analysed. Then each filter below is searched (a page of 50, the total, no facets), the median of
`--runs`: with the indexes (`item_keys.INDEX`), and again with both dropped, as on the base; the plan's index use
is said beside. Last, the `a` picker's offices (`store.addressee_choices.offered` over every visit), once read
from whole records and once from `PostgresRepository.addressed_items` (the items' addressees, statuses,
deadlines). A benchmark: it prints, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

import psycopg  # noqa: E402

from store.addressee_choices import offered  # noqa: E402
from store.matching import Matcher  # noqa: E402
from store.postgres import init_postgres, open_postgres  # noqa: E402
from store.postgres import item_keys as kept  # noqa: E402
from store.query import Filter  # noqa: E402
from tests.postgres.server import scratch_schema  # noqa: E402
from tests.synthetic import generate  # noqa: E402

FILTERS = ('to:"so tai chinh"', 'to:"ubnd" overdue', 'to:"so noi vu" status:open', 'year:2024 to:"ubnd tinh"')


def timed(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def uses_index(url: str, text: str) -> str:
    sql, params = kept.condition(Matcher(Filter.parse(text)))
    with psycopg.connect(url, autocommit=True) as connection:
        plan = "\n".join(row[0] for row in connection.execute(
            f"EXPLAIN SELECT id FROM surveys WHERE {sql}", params).fetchall())  # noqa: S608
    return "trigram index" if "surveys_item_keys_trgm" in plan else "scan"


def measure(url: str, size: int, runs: int) -> None:
    with scratch_schema(url) as here:
        repository, _ = init_postgres(here)
        repository.upsert_many(generate(size, seed=1))
        with psycopg.connect(here, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE surveys")
        repository.close()
        archive = open_postgres(here)
        try:
            searched(archive, here, size, runs)
        finally:
            archive.close()


def searched(archive: Any, here: str, size: int, runs: int) -> None:
    """Each filter with the indexes and without them, then the picker's two reads."""
    for text in FILTERS:
        query = Filter.parse(text)
        total = archive.search(query, limit=0, facets=False).total
        spent = timed(lambda: archive.search(query, limit=50, facets=False), runs)  # noqa: B023
        print(f"{size:>7,} {text:28} {total:>6} found  indexed {spent * 1000:8.1f} ms ({uses_index(here, text)})")
    with psycopg.connect(here, autocommit=True) as connection:
        connection.execute("DROP INDEX surveys_item_keys_trgm; DROP INDEX surveys_item_keys_unset")
    for text in FILTERS:
        query = Filter.parse(text)
        spent = timed(lambda: archive.search(query, limit=50, facets=False), runs)  # noqa: B023
        print(f"{size:>7,} {text:28} {'':12} no index {spent * 1000:8.1f} ms ({uses_index(here, text)})")
    for how, read in (("every visit read whole", lambda: archive.search(Filter(), facets=False).records),
                      ("addressed_items", lambda: [{"recommendations": items}
                                                  for items in archive.addressed_items(Filter())])):
        began = time.perf_counter()
        offices = offered(read())
        print(f"{size:>7,} the a picker's offices {len(offices):>5}  {(time.perf_counter() - began) * 1000:8.1f}"
              f" ms ({how})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("SURVEYS_TEST_PG"))
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.url:
        parser.error("give --url or set SURVEYS_TEST_PG")
    for size in map(int, args.sizes.split(",")):
        measure(args.url, size, args.runs)


if __name__ == "__main__":
    main()
