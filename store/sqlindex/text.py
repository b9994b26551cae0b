"""Free-text terms as flags, one byte per record: from the bitmaps of words and grams, or the trigram index.

Each term is a substring of the folded text in one of its spellings
(`taxonomy.text_variants`); a record must hold every term. A spelling is
answered by whichever table does it exactly and cheapest:

* one or two characters: the bitmap of that character or pair (`grams`);
* three or more letters and digits: the OR of the bitmaps of every word it is
  part of (`words`), when the file's word tables are complete (`wordfill`);
  the long form of an abbreviation ("thu tuc hanh chinh" for "tthc"): its
  own bitmap, kept with the words;
* two words (runs of letters and digits) and the separator between them: the
  OR of the bitmaps of every pair of adjacent words it is part of (`pairs`),
  when the file's pair tables are complete;
* anything else (three words or more, a separator at an end, a letter
  outside a-z): the records holding every pair of it (or, without pairs,
  every run of letters and digits of it) are candidates; a few are read and
  looked in, many are left to an FTS5 trigram phrase (its trigrams at
  consecutive places).

Bitmaps (bit n: record n) are combined first and made flags once; the
trigram index gives record numbers, made flags directly. Flags of 0 and 1
combine as whole integers: `&` is AND, `|` is OR, byte by byte.
"""

from __future__ import annotations

import re
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator
from itertools import repeat
from operator import itemgetter

import orjson

from . import grams as gramming
from . import pairs as pairing
from . import words as wording
from .compile import SHORT, phrase
from .packing import Packer
from .vocabulary import Vocabulary

FIRST = itemgetter(0)
SET = re.compile(b"\x01")


VERIFY = 300
"""A phrase whose candidates (the records holding every piece of it) are at most this many is looked for in
their texts, read from the file: some 0.2 ms a record (unpacked, parsed, folded), so 300 cost about what the
trigram index costs a phrase at 100,000 records; with more, the trigram index walks it."""


def text_flags(db: sqlite3.Connection, terms: tuple[tuple[str, ...], ...],
               vocabulary: Vocabulary | None, packer: Packer,
               pairs: Callable[[], Vocabulary | None] = lambda: None) -> bytes:
    """Byte n is 1 when record n holds one spelling of every term (`vocabulary`: None while the file's word
    tables are incomplete, and the trigram index answers in their stead; `pairs` likewise for the pairs, read
    only when a spelling of two words or more asks: a word typed first never waits for them)."""
    top = db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0
    blocks = top // gramming.BLOCK + 1
    size = blocks * gramming.BLOCK
    flags = bits = -1
    for spellings in terms:
        either = 0
        walked = []
        for spelling in spellings:
            found = _bits(db, spelling, vocabulary, blocks, packer, pairs)
            if found is None:
                walked.append(spelling)
            else:
                either |= found
        if walked:  # flags of the term's own: what the trigram index gives, with the bitmaps' answer
            flags &= _flags(either, size) | matched(db, " OR ".join(map(phrase, walked)), size)
        else:
            bits &= either
    if bits != -1:
        flags &= _flags(bits, size)
    return flags.to_bytes(size, "little")


def _bits(db: sqlite3.Connection, spelling: str, vocabulary: Vocabulary | None, blocks: int,
          packer: Packer, pairs: Callable[[], Vocabulary | None] = lambda: None) -> int | None:
    """The records holding `spelling` as a bitmap, or None when the trigram index must walk it."""
    if len(spelling) < SHORT:
        return gramming.bitmap(db, spelling, blocks)
    if vocabulary is None:
        return None
    if wording.answers(spelling):
        return wording.bitmap(db, vocabulary.containing(spelling), blocks)
    if spelling in vocabulary.phrases:
        return wording.bitmap(db, vocabulary.phrases[spelling], blocks)
    pairs_known = pairs() if pairing.fragments(spelling) is not None else None
    paired = None if pairs_known is None else pairing.phrase_bits(db, pairs_known, spelling, blocks)
    if paired is not None:
        candidates, exact = paired
        if exact or not candidates:
            return candidates
    else:
        pieces = sorted(set(wording.TOKEN.findall(spelling)), key=len, reverse=True)  # the longest: fewest records
        if not pieces:
            return None
        candidates = -1
        for piece in pieces:
            candidates &= (gramming.bitmap(db, piece, blocks) if len(piece) < SHORT
                           else wording.bitmap(db, vocabulary.containing(piece), blocks))
            if not candidates:
                return 0
    if candidates.bit_count() > VERIFY:
        return None
    numbers = [found.start() for found in SET.finditer(gramming.flags(candidates, blocks * gramming.BLOCK))]
    holding = bytearray(blocks * gramming.BLOCK_BYTES)
    for n, text in _texts(db, packer, numbers):
        if spelling in text:
            holding[n >> 3] |= 1 << (n & 7)
    return int.from_bytes(holding, "little")


def _texts(db: sqlite3.Connection, packer: Packer, numbers: list[int]) -> Iterator[tuple[int, str]]:
    """The folded text of each record of `numbers`, made from the record the file keeps."""
    from .rows import folded_text  # noqa: PLC0415 - only for a phrase with few candidates

    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        for n, doc in db.execute(f"SELECT n, doc FROM doc WHERE n IN ({','.join('?' * len(chunk))})", chunk):
            yield n, folded_text(orjson.loads(packer.unpack(doc)))


def _flags(bits: int, size: int) -> int:
    return int.from_bytes(gramming.flags(bits, size), "little")


def matched(db: sqlite3.Connection, match: str, size: int) -> int:
    """The records an FTS5 query matches, as flags (one byte per record) read as an integer."""
    flags = bytearray(size)
    rows = db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (match,)).fetchall()
    deque(map(flags.__setitem__, map(FIRST, rows), repeat(1)), maxlen=0)
    return int.from_bytes(flags, "little")
