"""Asking the kernel ahead of time for the pages of the index file a picked filter reads, while nobody waits.

With the file in the page cache, a ward picked at a million records is
answered in about 50 ms; with the file cold (the first session after a
reboot, or after other work pushed it out) it read some 130–210 pages of
4 KB at random (the first page's records in `doc`, the term's records in
`post`), each a wait for the disk: 315 ms p50 under load (#17). Those two
b-trees are a fifth of the file at a million records (725 MB of 4.6 GB;
the trigram index is most of the rest), and a picked value's records can
be anywhere in them, so no smaller summary would do: their leaves are
asked for whole, once the browser's read-ahead is done.

The leaves are found by walking each b-tree's interior pages from its root
(a few hundred pages, read here with `os.pread`: SQLite's page format,
https://www.sqlite.org/fileformat.html#b_tree_pages), and asked for with
`posix_fadvise(WILLNEED)` run by run: the kernel reads them in the
background, in file order, and nothing of them is held in this process (the
page cache may drop them again under memory pressure: a hint, never a
requirement; b-trees larger than an eighth of the machine's memory are left
alone, `budget`). A file changed meanwhile at worst warms pages that no longer
hold what they held.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable, Iterable
from pathlib import Path

PICKED = ("doc", "post")
"""The b-trees a filter of picked values reads after the read-ahead (`cold_pages.py` at a million records: these two
and nothing else)."""
TYPED = ("wpost", "gram", "ppost")
"""The bitmaps a typed word or pair of words reads (40-90 pages a key at a million records, cold): asked for after
`PICKED`."""

INTERIOR = (2, 5)
"""The page types of interior pages: of an index (2) and of a table (5); leaves are 10 and 13."""


def roots(db: sqlite3.Connection, names: Iterable[str]) -> list[int]:
    """The root page of each named table or index."""
    wanted = list(names)
    return [page for (page,) in db.execute(
        f"SELECT rootpage FROM sqlite_schema WHERE name IN ({','.join('?' * len(wanted))}) AND rootpage > 0",
        wanted)]


def leaves(path: Path, starts: Iterable[int], stop: Callable[[], bool] = lambda: False) -> list[int]:
    """The leaf pages of the b-trees rooted at `starts`, sorted. Only interior pages are read (with `pread`),
    a level at a time: an SQLite b-tree's leaves are all at one depth, so when the first child of a level is a
    leaf, all of them are. `stop`: asked between pages, True to give up."""
    found: list[int] = []
    with open(path, "rb") as file:
        fd = file.fileno()
        if hasattr(os, "posix_fadvise"):  # no read-ahead around each interior page: they lie anywhere
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_RANDOM)
        if os.pread(fd, 16, 0) != b"SQLite format 3\0":
            return []
        size = _page_size(fd)
        count = os.fstat(fd).st_size // size
        for root in starts:
            level = [root]
            while level and not stop():
                if _kind(fd, size, level[0]) not in INTERIOR:
                    found.extend(level)
                    break
                level = [child for page in level for child in _children(fd, size, page) if 0 < child <= count]
    found.sort()
    return found


def _page_size(fd: int) -> int:
    size: int = struct.unpack(">H", os.pread(fd, 2, 16))[0]
    return 65536 if size == 1 else size


def _kind(fd: int, size: int, page: int) -> int:
    at = 100 if page == 1 else 0  # page 1 holds the file header before its b-tree header
    data = os.pread(fd, 1, (page - 1) * size + at)
    return data[0] if data else 0


def _children(fd: int, size: int, page: int) -> list[int]:
    """The child pages an interior page points to (its cells' left pointers, then its right-most pointer)."""
    data = os.pread(fd, size, (page - 1) * size)
    at = 100 if page == 1 else 0
    if len(data) < at + 12 or data[at] not in INTERIOR:
        return []  # changed since it was pointed to: nothing to warm below it
    cells, right = struct.unpack(">HxxxI", data[at + 3:at + 12])
    pointers = struct.unpack(f">{cells}H", data[at + 12:at + 12 + 2 * cells])
    return [int.from_bytes(data[p:p + 4], "big") for p in pointers] + [right]


def runs(pages: list[int]) -> list[tuple[int, int]]:
    """Sorted page numbers as runs of consecutive pages: (first, how many)."""
    found: list[tuple[int, int]] = []
    for page in pages:
        if found and found[-1][0] + found[-1][1] == page:
            found[-1] = (found[-1][0], found[-1][1] + 1)
        else:
            found.append((page, 1))
    return found


SHARE_OF_MEMORY = 8
"""Leaves past this share of the machine's memory (an eighth) are not asked for: they would push out of the page cache
what the rest of the machine uses (at a million records the two groups are 725 and 435 MB)."""


def budget() -> int:
    """Bytes of leaves one `warm` may ask for: a `SHARE_OF_MEMORY`th of physical memory (0 where unknown)."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // SHARE_OF_MEMORY
    except (ValueError, OSError, AttributeError):
        return 0


def warm(path: Path, starts: Iterable[int], stop: Callable[[], bool] = lambda: False,
         limit: Callable[[], int] = budget) -> int:
    """Ask the kernel to read the leaves of the b-trees rooted at `starts` (`posix_fadvise(WILLNEED)`, run by run);
    the number of pages asked for. Nothing where the call is missing (not Linux or another POSIX system), nor when
    the leaves are more than `limit()` bytes."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    try:
        found = leaves(path, starts, stop)
        if not found:
            return 0
        with open(path, "rb") as file:
            fd = file.fileno()
            size = _page_size(fd)
            if len(found) * size > limit():
                return 0
            for first, length in runs(found):
                if stop():
                    break
                os.posix_fadvise(fd, (first - 1) * size, length * size, os.POSIX_FADV_WILLNEED)
    except (OSError, struct.error):  # gone, or not (yet) a database: a hint is not worth an error
        return 0
    return len(found)
