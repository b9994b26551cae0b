"""Free text of two words or more: every pair of adjacent words of the folded texts, with what lies between them.

A phrase typed into the search line ("chinh quyen", "cong truc tuyen") is a
substring of the folded text spanning one or more word boundaries. The
trigram index answers it by walking every place each of its trigrams
occurs: the trigrams of common words are in most records, many times each,
so a phrase of two common words read tens of megabytes of position lists at
100,000 records (0.3 s warm, several seconds when the file is not in the
page cache). The word index (`words`) gives only candidates (the records
holding both words anywhere), too many to look in.

So the file also keeps each pair of adjacent words as one string, the text
from the first word's start to the second's end, separator included
("chinh quyen", "hanh chinh, thu"), with a bitmap of its records, kept
exactly as the words are (`words.Tables`: one row per pair and block). A
fragment `t1 s1 t2` (two runs of letters and digits and the run of other
characters between them) lies in a text exactly where it lies in one of
the text's pairs: `t1` ends where a word ends (a separator follows it), `s1`
is that whole separator (a letter follows it), `t2` starts the next word.
So the records holding it are the OR of the bitmaps of the pairs it is part
of (`Vocabulary.containing`, over the pairs' own vocabulary): exact, no text
read. A longer phrase (three words or more, or a separator at an end) is
the AND of its adjacent pairs' bitmaps, each fragment anchored where a whole
word is known ("\\n" at its end in the vocabulary): candidates, looked in or
left to the trigram index as before (`text`). A separator holding a newline
(none in the texts the records make, but possible) is never kept: a phrase
with one is not answered here.
"""

from __future__ import annotations

import re
import sqlite3

from .vocabulary import Vocabulary
from .words import Tables, bitmap

PAIRS = Tables("pair", "ppost")
"""The pair tables, the same shape as the words' (`schema.PAIR_TABLES`)."""

PAIR = re.compile(r"(?<![a-z0-9])(?=([a-z0-9]+[^a-z0-9\n]+[a-z0-9]+))")
"""At each word's start, the word, the separator after it and the next word (a lookahead: pairs overlap).
What `pairs_of` finds, said in one pattern (the tests hold it to this)."""

BREAK = re.compile(r"[^a-z0-9]*\n[^a-z0-9]*")
"""A separator with a newline in it: no pair spans it."""
PAIRED = re.compile(r"[a-z0-9]+[^a-z0-9]+[a-z0-9]+")
WORD = re.compile(r"[a-z0-9]+")

RUNS = re.compile(r"[a-z0-9]+|[^a-z0-9]+")


def pairs_of(text: str) -> set[str]:
    """The pairs of adjacent words of a folded text, each with its separator: `PAIR`'s matches, found as two
    passes of whole pairs over each stretch without a newline, one from its first word and one from its
    second (C-level scans that do not try a lookahead at every character: 30 % less CPU here, a tenth of the
    pairs' share of a build, #17)."""
    found: set[str] = set()
    for stretch in BREAK.split(text) if "\n" in text else (text,):
        found.update(PAIRED.findall(stretch))
        first = WORD.search(stretch)
        if first is not None:
            found.update(PAIRED.findall(stretch, first.end()))
    return found


def fragments(spelling: str) -> tuple[list[str], bool] | None:
    """The fragments of `spelling` to look up among the pairs, and whether their answer is exact (one pair,
    nothing outside it); None when the pairs cannot answer it (fewer than two words, a newline between them).
    A fragment is anchored with a newline (the vocabulary's separator) where its word is whole: a word inside
    the phrase, or one a separator of the phrase ends on."""
    runs = RUNS.findall(spelling)
    lead = bool(runs) and not _is_word(runs[0])
    trail = bool(runs) and not _is_word(runs[-1])
    inner = runs[lead:len(runs) - trail]
    words = (len(inner) + 1) // 2
    if words < 2 or any("\n" in run for run in inner):
        return None
    found = []
    for at in range(0, len(inner) - 2, 2):
        whole_start = at > 0 or lead
        whole_end = at + 3 < len(inner) or trail
        found.append("\n" * whole_start + "".join(inner[at:at + 3]) + "\n" * whole_end)
    return found, words == 2 and not lead and not trail


def _is_word(run: str) -> bool:
    return "a" <= run[0] <= "z" or "0" <= run[0] <= "9"


def phrase_bits(db: sqlite3.Connection, vocabulary: Vocabulary, spelling: str, blocks: int) -> tuple[int, bool] | None:
    """The records holding every pair of `spelling` as a bitmap, and whether that is exactly the records holding
    `spelling` (else candidates); None when the pairs cannot answer it (`fragments`)."""
    found = fragments(spelling)
    if found is None:
        return None
    pieces, exact = found
    bits = -1
    for piece in sorted(pieces, key=len, reverse=True):  # the longest first: fewest records, 0 soonest
        bits &= bitmap(db, vocabulary.containing(piece), blocks, PAIRS)
        if not bits:
            break
    return bits, exact

