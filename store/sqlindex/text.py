"""Free-text terms as flags, one byte per record: from the bitmaps of words and grams, or the trigram index.

Each term is a substring of the folded text in one of its spellings
(`taxonomy.text_variants`); a record must hold every term. A spelling is
answered by whichever table does it exactly and cheapest:

* one or two characters: the bitmap of that character or pair (`grams`);
* three or more letters and digits: the OR of the bitmaps of every word it is
  part of (`words`), when the file's word tables are complete (`wordfill`);
  the long form of an abbreviation ("thu tuc hanh chinh" for "tthc"): its
  own bitmap, kept with the words;
* anything else (a space, punctuation, a letter outside a-z): an FTS5
  trigram phrase, its trigrams at consecutive places.

Bitmaps (bit n: record n) are combined first and made flags once; the
trigram index gives record numbers, made flags directly. Flags of 0 and 1
combine as whole integers: `&` is AND, `|` is OR, byte by byte.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from itertools import repeat
from operator import itemgetter

from . import grams as gramming
from . import words as wording
from .compile import SHORT, phrase

FIRST = itemgetter(0)


def text_flags(db: sqlite3.Connection, terms: tuple[tuple[str, ...], ...],
               vocabulary: wording.Vocabulary | None) -> bytes:
    """Byte n is 1 when record n holds one spelling of every term (`vocabulary`: None while the file's word
    tables are incomplete, and the trigram index answers in their stead)."""
    top = db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0
    blocks = top // gramming.BLOCK + 1
    size = blocks * gramming.BLOCK

    def by_phrase(spelling: str) -> bool:
        return len(spelling) >= SHORT and (vocabulary is None or not (
            wording.answers(spelling) or spelling in vocabulary.phrases))

    phrased = [spellings for spellings in terms if all(map(by_phrase, spellings))]
    flags = -1
    if phrased:  # one query for the terms only the trigram index answers
        flags = matched(db, " AND ".join("(" + " OR ".join(map(phrase, s)) + ")" for s in phrased), size)
    bits = -1
    for spellings in terms:
        if spellings in phrased:
            continue
        either = 0
        for spelling in spellings:
            if len(spelling) < SHORT:
                either |= gramming.bitmap(db, spelling, blocks)
            elif vocabulary is not None and wording.answers(spelling):
                either |= wording.bitmap(db, vocabulary.containing(spelling), blocks)
            elif vocabulary is not None and spelling in vocabulary.phrases:
                either |= wording.bitmap(db, vocabulary.phrases[spelling], blocks)
        others = [s for s in spellings if by_phrase(s)]
        if others:  # a term mixing both kinds of spelling: flags of its own
            flags &= _flags(either, size) | matched(db, " OR ".join(map(phrase, others)), size)
        else:
            bits &= either
    if bits != -1:
        flags &= _flags(bits, size)
    return flags.to_bytes(size, "little")


def _flags(bits: int, size: int) -> int:
    return int.from_bytes(gramming.flags(bits, size), "little")


def matched(db: sqlite3.Connection, match: str, size: int) -> int:
    """The records an FTS5 query matches, as flags (one byte per record) read as an integer."""
    flags = bytearray(size)
    rows = db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (match,)).fetchall()
    deque(map(flags.__setitem__, map(FIRST, rows), repeat(1)), maxlen=0)
    return int.from_bytes(flags, "little")
