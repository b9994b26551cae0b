"""How long finding the earlier items a visit's items repeat takes (`store.item_links`), on generated visits.

    .venv/bin/python scripts/bench_repeats.py              # 5,000 visits
    .venv/bin/python scripts/bench_repeats.py --size 20000

The visits are tests/synthetic.py's (seed 1), narrowed to six provinces and 12 units of each, so that a place
has many visits and each item many candidates (spread over the whole country, a place has one or two). They are
written to a TinyDB store in a temporary folder and read through its repository, as the browser's `u` does in its
thread. Printed: the index build (`LinkIndex` over `records()`), the links of one visit (p50, p95 over 200
visits, each item against every earlier item at its places), the cached index asked again (`LinkCache`: the
store's change token only), and how many links were found. `scripts/bench.py --repeats N` prints the same.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
            started = time.perf_counter()
            index = LinkIndex(repository.records())
            build = time.perf_counter() - started
            chosen = random.Random(1).sample(records, min(samples, len(records)))
            times, found = [], 0
            for record in chosen:
                started = time.perf_counter()
                links = index.links(record)
                times.append(time.perf_counter() - started)
                found += sum(len(each) for each in links.values())
            times.sort()
            cache = LinkCache()
            cache.index(repository)
            started = time.perf_counter()
            cache.index(repository)
            again = time.perf_counter() - started
        finally:
            repository.close()
    items = sum(len(r.get("recommendations", [])) + len(r.get("directions", [])) for r in records)
    return (f"repeat links · {size:,} visits, {items:,} items, {len(index.by_place):,} places: index build "
            f"{build * 1000:.0f} ms; one visit's links p50 {times[len(times) // 2] * 1000:.1f} ms, p95 "
            f"{times[int(len(times) * 0.95)] * 1000:.1f} ms ({found} links over {len(chosen)} visits); cached index "
            f"asked again {again * 1000:.2f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=5000)
    args = parser.parse_args(argv)
    print(measure(args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
