"""Free text of one or two characters: a bitmap of the records holding each character and pair of characters.

A trigram index cannot look up a fragment shorter than three characters,
and those are the first keys of every word typed into the search line a
character at a time. Scanning every folded text for them costs a second at
100,000 records; these bitmaps answer exactly (a fragment of two characters
is in a text when that pair of characters is) in a few milliseconds. The
folded texts use a few hundred distinct characters and pairs, so the table
is small: one row per (gram, block of `BLOCK` records), each row `BLOCK`
bits. A gram is an integer: `-1 - c` for the character with code `c`,
`c1 | c2 << 32` for a pair.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterable

BLOCK = 4096
"""Records per bitmap row: a row is 512 bytes (it fits in its b-tree page: no overflow page), and a write
changes one row per gram of the record it touches."""
BLOCK_BYTES = BLOCK // 8
SHORT = 3
"""Fragments shorter than this are looked up here; longer ones are FTS5 trigram phrases."""

DIGITS = bytes.maketrans(b"01", b"\x00\x01")
"""A bitmap's binary digits ("0", "1") → flags (0, 1)."""


def grams_of(text: str) -> set[int]:
    """Every character and every pair of adjacent characters of `text`, as gram integers."""
    if not text:
        return set()
    wide = text.encode("utf-32-le")  # one 4-byte unit per character: C-level slicing of pairs below
    codes = memoryview(wide).cast("I")
    found = {-1 - code for code in set(codes)}
    whole = len(codes) - len(codes) % 2
    found.update(memoryview(wide[: 4 * whole]).cast("Q"))  # pairs starting at an even position
    odd = len(codes) - 1 - (len(codes) - 1) % 2
    if odd > 0:
        found.update(memoryview(wide[4: 4 + 4 * odd]).cast("Q"))  # and at an odd one
    return found


def gram_key(fragment: str) -> int:
    """The gram integer of a fragment of one or two characters."""
    if len(fragment) == 1:
        return -1 - ord(fragment)
    return ord(fragment[0]) | ord(fragment[1]) << 32


class BlockWriter:
    """A whole build's bitmaps, one block at a time: records come numbered in order, so a block is written
    when the first record past it arrives and memory holds one block."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.block = -1
        self.bits: dict[int, bytearray] = {}

    def add(self, n: int, grams: Iterable[int]) -> None:
        block, at = divmod(n, BLOCK)
        if block != self.block:
            self.flush()
            self.block = block
        byte, mask = at >> 3, 1 << (at & 7)
        bits = self.bits
        for gram in grams:
            row = bits.get(gram)
            if row is None:
                row = bits[gram] = bytearray(BLOCK_BYTES)
            row[byte] |= mask

    def flush(self) -> None:
        if self.bits:
            self.db.executemany("INSERT INTO gram(g, block, bits) VALUES (?, ?, ?)",
                                [(gram, self.block, bytes(row)) for gram, row in self.bits.items()])
        self.bits = {}


def change(db: sqlite3.Connection, n: int, grams: Iterable[int], on: bool) -> None:
    """Set (or clear) record `n`'s bit in each gram's bitmap: an in-place change after a write."""
    block, at = divmod(n, BLOCK)
    byte, mask = at >> 3, 1 << (at & 7)
    for gram in grams:
        found = db.execute("SELECT bits FROM gram WHERE g = ? AND block = ?", (gram, block)).fetchone()
        row = bytearray(found[0] if found else BLOCK_BYTES)
        if on:
            row[byte] |= mask
        else:
            row[byte] &= ~mask & 0xFF
        if any(row):
            db.execute("INSERT OR REPLACE INTO gram(g, block, bits) VALUES (?, ?, ?)", (gram, block, bytes(row)))
        elif found:
            db.execute("DELETE FROM gram WHERE g = ? AND block = ?", (gram, block))


def bitmap(db: sqlite3.Connection, fragment: str, blocks: int) -> int:
    """Records holding `fragment` (one or two characters) as an integer whose bit n is record n."""
    found = dict(db.execute("SELECT block, bits FROM gram WHERE g = ?", (gram_key(fragment),)))
    whole = b"".join(found.get(block, bytes(BLOCK_BYTES)) for block in range(blocks))
    return int.from_bytes(whole, "little")


def flags(bits: int, size: int) -> bytes:
    """Bit n of `bits` as byte n (0 or 1) of a string of `size` bytes, for `itertools.compress`.

    Every free-text key makes these for the whole store (a million bytes at a million records): numpy unpacks
    them in C (0.2 ms there) once the read-ahead has imported it (`SqlIndex.prepare`: its import, 0.3-0.45 s,
    is not for a first search to wait for); until then, the binary digits of `bits` reversed (bit 0 first) are
    the flags (6 ms; a join of each byte's eight flags took 13, #17)."""
    if "numpy" in sys.modules:  # (an import under way in another thread: `import` waits for it to end)
        import numpy as np  # noqa: PLC0415

        packed = bits.to_bytes((size + 7) // 8, "little")
        return np.unpackbits(np.frombuffer(packed, dtype=np.uint8), bitorder="little")[:size].tobytes()
    return format(bits, "b").zfill(size)[::-1].encode("ascii").translate(DIGITS)[:size]
