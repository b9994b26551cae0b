"""The leader terms of an index file of schema 12 (`store.sqlindex.leaders`): what opening it costs, what a leader
clause costs before they are filled, and what filling them costs.

    cp STORE.json.index.sqlite3 /tmp/me/copy.sqlite3   # a COPY: this changes the file
    .venv/bin/python scripts/bench_leaderfill.py /tmp/me/copy.sqlite3 [--names "Trần Trọng Khang" khang "nguyen van"]
        [--during 500000 --broad nguyen tran n]

Prints the time of `wordfill.upgrade` on a connection (the open's only work on such a file), each name searched as
`leader:` with no term filled (first page, `SqlIndex.search`), the whole fill (`wordfill.fill_all`, no pause: the
browser's thread rests as long again), and each name searched again once filled. With `--during N`: the fill is
first taken as far as record N (its steps timed), and each `--broad` name searched there twice in one index (the
second time is a user's next look at it, or the facets and pages of the same search), then the rest of the fill.
CPU seconds are printed beside the wall clock's: the machine is shared. Not a test: no figure is checked.
"""

from __future__ import annotations

import argparse
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from store.query import Clause, Filter
from store.sqlindex import SqlIndex, leaders, wordfill
from store.sqlindex.packing import Packer, packer_of
from store.sqlindex.schema import connect


def searched(index: SqlIndex, names: list[str], when: str) -> None:
    for name in names:
        began, cpu = time.perf_counter(), time.process_time()
        page = index.search(Filter((Clause("leader", name),)), limit=50)
        print(f"{when}: leader:{name!r} {page.total} records, {time.perf_counter() - began:.2f} s "
              f"(CPU {time.process_time() - cpu:.2f} s)", flush=True)


def fill_to(locked: Callable[[], AbstractContextManager[sqlite3.Connection]], packer: Packer, upto: int) -> None:
    """Steps of the leader terms' fill until they cover the records below `upto`."""
    began, cpu, steps = time.perf_counter(), time.process_time(), 0
    while True:
        with locked() as db:
            if leaders.covered(db) >= upto:
                break
        if not wordfill.fill(locked, lambda: packer, "leaders"):
            break
        steps += 1
    with locked() as db:
        reached = leaders.covered(db)
    print(f"filled to {reached}: {steps} steps, {time.perf_counter() - began:.1f} s "
          f"(CPU {time.process_time() - cpu:.1f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("copy", type=Path, help="a copy of an index file of schema 12 (it is changed)")
    parser.add_argument("--names", nargs="*", default=["nguyen van", "khang"])
    parser.add_argument("--during", type=int, default=0, help="fill as far as this record first, and search there")
    parser.add_argument("--broad", nargs="*", default=["nguyen", "tran", "n"],
                        help="names searched twice at --during")
    args = parser.parse_args()
    db = connect(args.copy)
    print("schema", db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0], flush=True)
    began = time.perf_counter()
    wordfill.upgrade(db)
    print(f"open (wordfill.upgrade): {time.perf_counter() - began:.3f} s; leaders = {leaders.covered(db)}", flush=True)
    (token,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
    index = SqlIndex(args.copy, lambda: token, lambda: [])
    searched(index, args.names, "none filled")
    index.close()
    lock = threading.Lock()

    @contextmanager
    def locked() -> Iterator[sqlite3.Connection]:
        with lock:
            yield db

    packer = packer_of(db)
    if args.during:
        fill_to(locked, packer, args.during)
        index = SqlIndex(args.copy, lambda: token, lambda: [])
        for when in ("first", "again"):
            searched(index, args.broad, f"filled to {args.during}, {when}")
        index.close()
    began, cpu = time.perf_counter(), time.process_time()
    wordfill.fill_all(locked, lambda: packer, pause=False)
    print(f"fill_all: {time.perf_counter() - began:.1f} s (CPU {time.process_time() - cpu:.1f} s); "
          f"leaders = {leaders.covered(db) == leaders.ALL and 'all'}", flush=True)
    db.close()
    searched(SqlIndex(args.copy, lambda: token, lambda: []), args.names, "filled")


if __name__ == "__main__":
    main()
