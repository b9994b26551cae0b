"""Free text of three characters or more without a space: the words of the folded texts, each with its records.

A fragment typed into the search line is, until its first space, made of
letters and digits only, and such a fragment can only lie inside one run of
letters and digits of a folded text: the records holding it are exactly
those holding a word (`TOKEN`) the fragment is part of. The distinct words
are few (some 44,000 at 100,000 records, most of them numbers met once), so
a fragment is looked for in all of them at once (`Vocabulary`, one string)
and the records of the words found are ORed. The trigram index answers the
same question by walking every place each of its trigrams occurs, which for
a fragment most records hold ("chinh", "phuong") cost a tenth of a second at
100,000 records and a second at a million; these bitmaps cost a few
milliseconds. Fragments with a space or punctuation stay with the trigram
index (`SqlIndex._text_flags_of`).

A word's records are kept as `grams` keeps its bitmaps, one row per (word,
block of `BLOCK` records), so that a write changes one row per word of the
record it touches; a row is the block's bitmap, or, for a word fewer than
`SPARSE` records of the block hold, their offsets in the block as 16-bit
integers (most words are rare: a bitmap each would be most of the table).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from array import array
from collections import defaultdict, deque
from collections.abc import Iterable
from itertools import repeat
from typing import NamedTuple

import orjson

from .grams import BLOCK, BLOCK_BYTES

TOKEN = re.compile(r"[a-z0-9]+")
"""A word: the folded text's runs of ASCII letters and digits (the folding leaves no other letters of
Vietnamese; a character it keeps otherwise only splits words, and a fragment holding one is not looked up here)."""
WORD_ONLY = re.compile(r"[a-z0-9]{3,}")
"""A fragment this index answers: letters and digits, three or more (shorter ones are `grams`')."""
SPARSE = BLOCK_BYTES // 2
"""Below this many records in a block, a row lists their offsets (two bytes each): shorter than a bitmap, so a
row's length tells which it is."""
CHUNK = 500
"""Word ids per `IN (...)` list."""


class Tables(NamedTuple):
    """Where a vocabulary and its bitmaps are kept: the words (`WORDS`), or the pairs of adjacent words
    (`pairs.PAIRS`), kept alike (their table and column names are fixed text of this package)."""

    names: str
    posts: str


WORDS = Tables("word", "wpost")

SPLIT = str.maketrans({chr(code): " " for code in range(128) if not (chr(code).isdigit() or "a" <= chr(code) <= "z")})
"""Every ASCII character but letters and digits made a space: an ASCII text's words are then `split()`'s."""


def words_of(text: str, phrases: Iterable[str] = ()) -> set[str]:
    """The words of a folded text, and those of `phrases` (see `abbreviation_phrases`) it holds."""
    found = set(text.translate(SPLIT).split() if text.isascii() else TOKEN.findall(text))  # C-level: the build's
    found.update(phrase for phrase in phrases if phrase in text)                          # every record
    return found


def abbreviation_phrases() -> list[str]:
    """The long forms of the abbreviations a search expands ("tthc" is also "thu tuc hanh chinh",
    `taxonomy.text_variants`), folded: phrases a search asks for without the user typing them, which the
    trigram index walks slowest (a second at 100,000 records). The file keeps them as words of their own,
    their records found by an exact substring test when a record is indexed; the list a file keeps is in
    its `meta.phrases`, so that every later change tests the same phrases. A fragment of letters matching
    one of these entries matches a word of the same records too, so `Vocabulary.containing` stays exact."""
    from ..folding import fold  # noqa: PLC0415 - what the build and the filling of an older file need
    from ..taxonomy import taxonomy  # noqa: PLC0415

    forms = (fold(form) for group in taxonomy().abbreviations for form in group)
    return sorted({form for form in forms if len(form) >= 3 and not answers(form)})


def kept_phrases(db: sqlite3.Connection) -> list[str]:
    found = db.execute("SELECT value FROM meta WHERE key = 'phrases'").fetchone()
    return list(orjson.loads(found[0])) if found else []


def answers(fragment: str) -> bool:
    """Whether the word index answers `fragment` (a folded spelling) exactly."""
    return WORD_ONLY.fullmatch(fragment) is not None


def encode(bits: bytearray | bytes) -> bytes:
    """A block's bitmap as a row: the bitmap itself, or the offsets of its few set bits."""
    count = int.from_bytes(bits, "little").bit_count()
    if count >= SPARSE:
        return bytes(bits)
    offsets = array("H", (8 * i + bit for i, byte in enumerate(bits) if byte for bit in range(8) if byte >> bit & 1))
    return _little(offsets).tobytes()


def decode(row: bytes) -> int:
    """A row as an integer whose bit i is record i of its block."""
    if len(row) == BLOCK_BYTES:
        return int.from_bytes(row, "little")
    offsets = array("H")
    offsets.frombytes(row)
    return sum(map((1).__lshift__, _little(offsets)))  # the offsets are distinct: the sum is their OR


def _little(offsets: array) -> array:
    if sys.byteorder == "big":  # rows are little-endian whatever machine wrote them
        offsets.byteswap()
    return offsets


class Ids:
    """Word → id, adding the words a writer meets for the first time."""

    def __init__(self, db: sqlite3.Connection, known: dict[str, int] | None = None, tables: Tables = WORDS) -> None:
        self.db = db
        self.tables = tables
        self.known = known if known is not None else {}
        self.complete = known is not None
        """True when `known` holds every word of the table (a whole build): no lookup of the others."""

    def __getitem__(self, word: str) -> int:
        found = self.known.get(word)
        if found is None:
            row = None if self.complete else self.db.execute(
                f"SELECT w FROM {self.tables.names} WHERE word = ?", (word,)).fetchone()
            if row is not None:
                found = row[0]
            else:
                cursor = self.db.execute(f"INSERT INTO {self.tables.names}(word) VALUES (?)", (word,))
                assert cursor.lastrowid is not None
                found = cursor.lastrowid
            self.known[word] = found
        return found


class BlockWriter:
    """The word rows of whole blocks (a build, or a block an older file is given), written one block at a time
    as the records come in order."""

    def __init__(self, db: sqlite3.Connection, ids: Ids, merge: bool = False) -> None:
        self.db = db
        self.ids = ids
        self.merge = merge
        """OR the rows into those already there (a block filled in steps, `wordfill`); a build has none."""
        self.block = -1
        self.offsets: defaultdict[str, list[int]] = defaultdict(list)
        """Each word (or pair) of the block → its records' offsets; made ids once per block, at `flush` (one
        dictionary step per word of a record: a build with the pairs spent 4 s of 10 here at 10,000 records)."""

    def add(self, n: int, words: Iterable[str]) -> None:
        block, at = divmod(n, BLOCK)
        if block != self.block:
            self.flush()
            self.block = block
        offsets = self.offsets
        for word in words:
            offsets[word].append(at)

    def flush(self) -> None:
        if self.offsets:
            posts, ids = self.ids.tables.posts, self.ids
            rows = [(ids[word], self.block, _row(at)) for word, at in self.offsets.items()]
            if self.merge:
                rows = [(w, block, _merged(self.db, posts, w, block, row)) for w, block, row in rows]
            self.db.executemany(f"INSERT OR REPLACE INTO {posts}(w, block, bits) VALUES (?, ?, ?)", rows)
        self.offsets = defaultdict(list)


def _merged(db: sqlite3.Connection, posts: str, w: int, block: int, row: bytes) -> bytes:
    found = db.execute(f"SELECT bits FROM {posts} WHERE w = ? AND block = ?", (w, block)).fetchone()
    if found is None:
        return row
    return encode((decode(found[0]) | decode(row)).to_bytes(BLOCK_BYTES, "little"))


def _row(offsets: list[int]) -> bytes:
    if len(offsets) < SPARSE:
        return _little(array("H", sorted(offsets))).tobytes()
    bits = bytearray(BLOCK_BYTES)
    for at in offsets:
        bits[at >> 3] |= 1 << (at & 7)
    return bytes(bits)


def change(db: sqlite3.Connection, ids: Ids, n: int, words: Iterable[str], on: bool) -> None:
    """Set (or clear) record `n` in each word's row: an in-place change after a write."""
    block, at = divmod(n, BLOCK)
    posts = ids.tables.posts
    for word in words:
        w = ids[word]
        found = db.execute(f"SELECT bits FROM {posts} WHERE w = ? AND block = ?", (w, block)).fetchone()
        bits = bytearray(decode(found[0]).to_bytes(BLOCK_BYTES, "little") if found else BLOCK_BYTES)
        if on:
            bits[at >> 3] |= 1 << (at & 7)
        else:
            bits[at >> 3] &= ~(1 << (at & 7)) & 0xFF
        if any(bits):
            db.execute(f"INSERT OR REPLACE INTO {posts}(w, block, bits) VALUES (?, ?, ?)", (w, block, encode(bits)))
        elif found:
            db.execute(f"DELETE FROM {posts} WHERE w = ? AND block = ?", (w, block))


def bitmap(db: sqlite3.Connection, ids: list[int], blocks: int, tables: Tables = WORDS) -> int:
    """The records holding any of the words `ids`, as an integer whose bit n is record n."""
    found: dict[int, int] = {}
    offsets: dict[int, list[bytes]] = {}
    for start in range(0, len(ids), CHUNK):
        listed = ",".join(map(str, ids[start:start + CHUNK]))  # integers this module read from the file
        for block, row in db.execute(f"SELECT block, bits FROM {tables.posts} WHERE w IN ({listed})"):
            if len(row) == BLOCK_BYTES:
                found[block] = found.get(block, 0) | int.from_bytes(row, "little")
            else:
                offsets.setdefault(block, []).append(row)
    for block, rows in offsets.items():  # a block's rows of offsets set at once: many words (or pairs) have a few
        found[block] = found.get(block, 0) | _offsets_set(b"".join(rows))
    if not found:
        return 0
    return int.from_bytes(b"".join(found.get(block, 0).to_bytes(BLOCK_BYTES, "little") for block in range(blocks)),
                          "little")


MANY = 64
"""Offsets of one block past this many are set in C: a fragment such as "n c" is part of some 700 pairs, whose
9,000 rows made one by one took 0.3 s at 100,000 records."""
BINARY = bytes.maketrans(b"\x00\x01", b"01")
"""Flags (0, 1) → binary digits, for `int(..., 2)`."""


def _offsets_set(joined: bytes) -> int:
    """The bitmap of a block whose set bits are the 16-bit offsets `joined` (of several rows: maybe repeated): by
    numpy once the read-ahead has imported it, else as flags set in C read as binary digits (a search typed
    before the read-ahead's import does not wait 0.3-0.45 s for it, #17)."""
    offsets = array("H")
    offsets.frombytes(joined)
    if len(joined) < 2 * MANY:
        return sum(map((1).__lshift__, set(_little(offsets))))
    if "numpy" not in sys.modules:  # (an import under way in another thread: `import` waits for it to end)
        marked = bytearray(BLOCK)
        deque(map(marked.__setitem__, _little(offsets), repeat(1)), maxlen=0)
        return int(marked.translate(BINARY)[::-1], 2)
    import numpy as np  # noqa: PLC0415 - only for many offsets, in a search's worker

    flags = np.zeros(BLOCK, dtype=np.uint8)
    flags[np.frombuffer(joined, dtype="<u2")] = 1
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")
