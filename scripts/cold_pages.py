"""What the browser reads of the index file on a cold page cache, phase by phase, and from which tables.

On a cold page cache a key's time is the file's pages read from disk, not its CPU: a ward picked at a
million records took 315 ms p50 cold against 49 ms warm (#17). This script replays what a browser
session asks of the index (in process, no terminal): its launch (the count, the first page, the
facet totals), the read-ahead (`SqlIndex.prepare`, with what the browser warms after it), then each
ward of `--wards` picked as the ward picker does (its first page, then its facet counts). Before it
starts, the index file's pages are dropped from the page cache (`posix_fadvise(DONTNEED)`: no root
needed; a page another process has mapped stays). After each phase it prints the wall and CPU time,
the bytes the process read from the disk (`/proc/self/io`) and the file's pages that became resident
meanwhile (`mincore`), by table or index (SQLite's `dbstat`, read once into a cache file beside the
index, `--pagemap`): the pages a phase read and the runs they came in (random reads vs sequential).

    .venv/bin/python scripts/cold_pages.py STORE                     # launch, read-ahead, five wards
    .venv/bin/python scripts/cold_pages.py STORE --warm              # the same, the cache left as it is
    .venv/bin/python scripts/cold_pages.py STORE --phrases "cong truc tuyen" "dich vu cong truc tuyen"

The page counts include the kernel's read-ahead around each page SQLite asked for (what the disk really
served); the bytes read count the same. Another process reading the same file meanwhile adds its pages.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import mmap
import os
import resource
import sqlite3
import sys
import time
from array import array
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIBC = ctypes.CDLL(None, use_errno=True)
LIBC.mmap.restype = ctypes.c_void_p
LIBC.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
LIBC.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
LIBC.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
OS_PAGE = mmap.PAGESIZE


def evict(path: Path) -> None:
    """Drop the file's pages from the page cache (those no process has mapped)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def resident(path: Path) -> bytes:
    """One byte per page of the OS of the file: 1 when the page is in the page cache."""
    size = path.stat().st_size
    fd = os.open(path, os.O_RDONLY)
    try:
        address = LIBC.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        if address in (None, ctypes.c_void_p(-1).value):
            raise OSError(ctypes.get_errno(), "mmap")
        try:
            vector = ctypes.create_string_buffer((size + OS_PAGE - 1) // OS_PAGE)
            if LIBC.mincore(address, size, vector) != 0:
                raise OSError(ctypes.get_errno(), "mincore")
            return bytes(b & 1 for b in vector.raw)
        finally:
            LIBC.munmap(address, size)
    finally:
        os.close(fd)


def page_map(index: Path, cache: Path) -> tuple[int, list[str], array]:
    """SQLite's page size, the names of its b-trees and, per SQLite page, the number of its b-tree (`dbstat`)."""
    if not cache.exists() or cache.stat().st_mtime < index.stat().st_mtime:
        db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        (count,) = db.execute("PRAGMA page_count").fetchone()
        names: dict[str, int] = {"(free or other)": 0}
        owner = array("H", bytes(2 * (count + 1)))
        for name, pageno in db.execute("SELECT name, pageno FROM dbstat"):
            owner[pageno] = names.setdefault(name, len(names))
        db.close()
        header = f"{page_size}\n" + "\t".join(names) + "\n"
        cache.write_bytes(header.encode() + owner.tobytes())
        evict(index)  # dbstat read every page
    raw = cache.read_bytes()
    size_line, names_line, rest = raw.split(b"\n", 2)
    owner = array("H")
    owner.frombytes(rest)
    return int(size_line), names_line.decode().split("\t"), owner


def read_bytes() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("read_bytes:"):
            return int(line.split()[1])
    return 0


class Meter:
    """Each phase: wall, CPU, bytes read from disk, and the index's pages made resident, by b-tree."""

    def __init__(self, index: Path, pagemap: tuple[int, list[str], array]) -> None:
        self.index = index
        self.page_size, self.names, self.owner = pagemap
        self.before = resident(index)

    def phase(self, label: str, work: Callable[[], Any]) -> Any:
        wall, cpu, disk = time.perf_counter(), time.process_time(), read_bytes()
        result = work()
        wall, cpu, disk = time.perf_counter() - wall, time.process_time() - cpu, read_bytes() - disk
        now = resident(self.index)
        new = [i for i, (a, b) in enumerate(zip(self.before, now, strict=False)) if b and not a]
        self.before = now
        per_os_page = max(1, self.page_size // OS_PAGE)
        by_tree: Counter[str] = Counter()
        for i in new:
            pageno = i // per_os_page + 1 if self.page_size >= OS_PAGE else i * (OS_PAGE // self.page_size) + 1
            by_tree[self.names[self.owner[pageno]] if pageno < len(self.owner) else "(past the end)"] += 1
        runs = sum(1 for k, i in enumerate(new) if k == 0 or new[k - 1] != i - 1)
        print(f"{label:40} wall {wall * 1000:7.0f} ms  cpu {cpu * 1000:6.0f} ms  read {disk / 1e6:7.1f} MB  "
              f"pages {len(new):6d} in {runs:5d} runs", flush=True)
        if by_tree:
            print("    " + ", ".join(f"{name} {count}" for name, count in by_tree.most_common(8)), flush=True)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("--warm", action="store_true", help="leave the page cache as it is")
    parser.add_argument("--wards", type=int, default=5, help="wards picked after the read-ahead")
    parser.add_argument("--phrases", nargs="*", default=[], help="phrases searched after the wards")
    parser.add_argument("--pagemap", help="cache of the file's page owners (default: /tmp/<index name>.pagemap)")
    parser.add_argument("--no-prepare", action="store_true", help="leave out the read-ahead")
    parser.add_argument("--pick-during", type=float, metavar="S",
                        help="a ward picked S seconds into the read-ahead (which runs in a thread, as in the browser)")
    args = parser.parse_args()

    from store.query import Filter, facet_clause  # noqa: PLC0415 - after sys.path
    from tui.loading import open_for_browsing  # noqa: PLC0415
    from tui.searcher import Searcher  # noqa: PLC0415

    store = Path(args.store)
    index = Path(f"{store}.index.sqlite3")
    pagemap = page_map(index, Path(args.pagemap or f"/tmp/{index.name}.{index.stat().st_size}.pagemap"))
    if not args.warm:
        evict(index)
    print(f"index {index} ({index.stat().st_size / 1e6:,.0f} MB), load {os.getloadavg()[0]:.1f}, "
          f"{'warm' if args.warm else 'cold'}: {sum(resident(index))} pages resident", flush=True)
    meter = Meter(index, pagemap)

    def launch() -> Searcher:
        searcher = Searcher(open_for_browsing(str(store)))
        searcher.count()
        searcher.ward_provinces()
        searcher.body_kinds()
        searcher.search(Filter(), sort="date", offset=0, limit=100, facets=False)
        searcher.search(Filter(), sort="date", offset=0, limit=0, facets=True)
        return searcher

    searcher = meter.phase("launch (count, first page, facets)", launch)
    from store.matching import prepare as prepare_matching  # noqa: PLC0415

    def read_ahead() -> None:  # what the browser's read-ahead runs (`tui.heap`)
        searcher.prepare()
        prepare_matching()

    if args.pick_during is not None:
        import threading  # noqa: PLC0415

        wards = [value for value, _ in searcher.search(Filter(), limit=0, facets=True).facets["ward"]]
        query = Filter((facet_clause("ward", wards[len(wards) // 3]),))
        worker = threading.Thread(target=read_ahead)
        started = time.perf_counter()
        worker.start()
        time.sleep(args.pick_during)
        meter.phase(f"ward picked {args.pick_during} s into the read-ahead",
                    lambda: (searcher.search(query, limit=100, facets=False), searcher.search(query, limit=0)))
        worker.join()
        print(f"  (read-ahead ended {time.perf_counter() - started:.1f} s after it began)")
    elif not args.no_prepare:
        meter.phase("read-ahead (prepare)", read_ahead)
    wards = [value for value, _ in searcher.search(Filter(), limit=0, facets=True).facets["ward"]]
    step = max(1, len(wards) // max(1, args.wards))
    named = [(f"ward {value[:24]!r}", Filter((facet_clause("ward", value),))) for value in wards[::step][:args.wards]]
    named += [(f"{text[:30]!r}", Filter.parse(f'"{text}"')) for text in args.phrases]
    for name, query in named:
        found = meter.phase(f"{name} page", functools.partial(searcher.search, query, limit=100, facets=False))
        meter.phase(f"  … its facets ({found.total})", functools.partial(searcher.search, query, limit=0, facets=True))
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
