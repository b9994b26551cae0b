"""The leader terms of an index file of schema 12 (`store.sqlindex.leaders`): what opening it costs, what a leader
clause costs before they are filled, and what filling them costs.

    cp STORE.json.index.sqlite3 /tmp/me/copy.sqlite3   # a COPY: this changes the file
    .venv/bin/python scripts/bench_leaderfill.py /tmp/me/copy.sqlite3 [--names "Trần Trọng Khang" khang "nguyen van"]

Prints the time of `wordfill.upgrade` on a connection (the open's only work on such a file), each name searched as
`leader:` with no term filled (first page, `SqlIndex.search`), the whole fill (`wordfill.fill_all`, no pause: the
browser's thread rests as long again), and each name searched again once filled. Not a test: no figure is checked.
"""

from __future__ import annotations

import argparse
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from store.query import Clause, Filter
from store.sqlindex import SqlIndex, leaders, wordfill
from store.sqlindex.packing import packer_of
from store.sqlindex.schema import connect


def searched(index: SqlIndex, names: list[str], when: str) -> None:
    for name in names:
        began = time.perf_counter()
        page = index.search(Filter((Clause("leader", name),)), limit=50)
        print(f"{when}: leader:{name!r} {page.total} records, {time.perf_counter() - began:.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("copy", type=Path, help="a copy of an index file of schema 12 (it is changed)")
    parser.add_argument("--names", nargs="*", default=["nguyen van", "khang"])
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
    began = time.perf_counter()
    wordfill.fill_all(locked, lambda: packer, pause=False)
    print(f"fill_all: {time.perf_counter() - began:.1f} s; leaders = {leaders.covered(db) == leaders.ALL and 'all'}",
          flush=True)
    db.close()
    searched(SqlIndex(args.copy, lambda: token, lambda: []), args.names, "filled")


if __name__ == "__main__":
    main()
