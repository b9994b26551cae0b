"""`Vocabulary`: every word (or pair of words) of the index file in one string, and the same kept whole in the file.

A fragment typed into the search line is looked for in all the words at
once (`containing`, one `find` loop over one string). Reading the words
row by row costs what the rows are: at a million records 416,000 words
took 0.5-0.65 s and 971,000 pairs 0.75 s of Python, which the first word
(or the first phrase) typed after a launch waited for (#17: 743 ms for a
first two-word fragment on a quiet machine, 2.5 s under load). So the file
also keeps each vocabulary whole, in one row of `columns` (its ids, where
each word starts, its text): read back in a few milliseconds of C (a copy,
a decode), the words added since then read from the table after it
(`extend`). A change in place only adds words, each with a larger id than
any before (none is ever removed or renamed), so a kept copy stays true of
the ids it lists; it is checked against the table's row of its last id
and read again from the table when that does not agree. The build keeps
both; a file an older version wrote gets them on first use (unless it is
read-only: then they are read from the table each time, as before).
"""

from __future__ import annotations

import random
import sqlite3
import struct
from array import array
from bisect import bisect_right

from .columns import COLUMN_TYPE, read_blob
from .words import WORDS, Tables, kept_phrases

HEAD = struct.Struct("<qq")
"""A kept vocabulary's head: how many words, the text's length in bytes; then the ids, the starts, the text."""
SAMPLES = 64
"""Words of a kept copy, drawn at random, compared with the table's rows of their ids when it is read (and the first
and the last; a few tenths of a millisecond): a copy of other words (a table made again) is not taken for it."""
KEEP_AGAIN = 4096
"""Words read past the kept copy before it is kept again (a store changed in place since)."""


def key_of(tables: Tables) -> str:
    return f"vocabulary:{tables.names}"


class Vocabulary:
    """Every word of the file in one string, `"\\nword\\nword\\n"`, so one `find` loop lists the words a fragment
    is part of. Read once per file (`read`); a change in place only adds words (none is ever removed, and their
    ids grow), so after one the words past the last id known are read (`extend`)."""

    def __init__(self, db: sqlite3.Connection, tables: Tables = WORDS, *, read: bool = True) -> None:
        self.tables = tables
        self.ids = array(COLUMN_TYPE)
        self.blob = b"\n"
        """The words in UTF-8, each after a newline, and one at the end: bytes, not text, so that a pair's separator
        outside Latin-1 ("–") does not make the whole string two bytes a character (and 38 ms to decode at a
        million records, the interpreter held); UTF-8 lets a word's bytes match only at a character's start."""
        self.starts = array(COLUMN_TYPE, [0])
        """Where each word's line starts in the blob (its leading newline), in bytes, and one past the last."""
        self.phrases: dict[str, list[int]] = {phrase: [] for phrase in kept_phrases(db)} if tables == WORDS else {}
        """Each phrase the file keeps as a word (`abbreviation_phrases`) → its id, if a record holds it."""
        if read:
            self.extend(db)

    @classmethod
    def read(cls, db: sqlite3.Connection, tables: Tables = WORDS) -> Vocabulary:
        """The file's vocabulary: its kept copy and the words added since, else read from the table (and kept)."""
        found = cls._kept(db, tables)
        if found is None:
            found = cls(db, tables)
            found.keep(db)
        else:
            known = len(found.ids)
            found.extend(db)
            if len(found.ids) - known >= KEEP_AGAIN:
                found.keep(db)
        return found

    @classmethod
    def _kept(cls, db: sqlite3.Connection, tables: Tables) -> Vocabulary | None:
        kept = read_blob(db, key_of(tables))
        if kept is None or len(kept) < HEAD.size:
            return None
        data = memoryview(kept)
        count, length = HEAD.unpack_from(data)
        ids, starts = array(COLUMN_TYPE), array(COLUMN_TYPE)
        at = HEAD.size
        width = ids.itemsize
        if count < 0 or length < 0 or len(data) != at + width * (2 * count + 1) + length:
            return None
        ids.frombytes(data[at:at + width * count])
        starts.frombytes(data[at + width * count:at + width * (2 * count + 1)])
        blob = bytes(data[at + width * (2 * count + 1):])
        if starts[0] != 0 or starts[-1] != len(blob) - 1 or blob[:1] != b"\n" or blob[-1:] != b"\n":
            return None
        sample = random.Random(count).sample(range(count), min(count, SAMPLES)) + [0, count - 1] if count else []
        for number in sorted(set(sample)):
            row = db.execute(f"SELECT word FROM {tables.names} WHERE w = ?", (ids[number],)).fetchone()
            if row is None or row[0].encode() != blob[starts[number] + 1:starts[number + 1]]:
                return None  # not the table's words (a table made again: `wordfill.upgrade` drops the copies)
        found = cls(db, tables, read=False)
        found.ids, found.starts, found.blob = ids, starts, blob
        for phrase in found.phrases:
            at = blob.find(f"\n{phrase}\n".encode())
            if at != -1:
                found.phrases[phrase] = [ids[bisect_right(starts, at) - 1]]
        return found

    def keep(self, db: sqlite3.Connection) -> None:
        """Keep this vocabulary in the file for the next reader, unless the file is read-only (or busy)."""
        head = HEAD.pack(len(self.ids), len(self.blob))
        data = b"".join((head, self.ids.tobytes(), self.starts.tobytes(), self.blob))
        try:
            db.execute("INSERT OR REPLACE INTO columns(key, data) VALUES (?, ?)", (key_of(self.tables), data))
        except sqlite3.OperationalError:  # read-only, or busy past the timeout: read from the table next time
            pass

    def extend(self, db: sqlite3.Connection) -> None:
        """Read the words added since (all of them, the first time)."""
        last = self.ids[-1] if self.ids else 0
        words: list[bytes] = []
        for w, word in db.execute(f"SELECT w, word FROM {self.tables.names} WHERE w > ? ORDER BY w", (last,)):
            self.ids.append(w)
            encoded = word.encode()
            words.append(encoded)
            self.starts.append(self.starts[-1] + len(encoded) + 1)
            if word in self.phrases:
                self.phrases[word] = [w]
        if words:
            self.blob += b"\n".join(words) + b"\n"

    def containing(self, fragment: str) -> list[int]:
        """Ids of the words `fragment` is part of (it holds no newline, `answers`, but at an end: a pair's fragment
        anchored at a word's start or end, `pairs.fragments`)."""
        blob, starts, found = self.blob, self.starts, []
        needle = fragment.encode()
        at = blob.find(needle)
        while at != -1:
            number = bisect_right(starts, at) - 1
            found.append(self.ids[number])
            at = blob.find(needle, starts[number + 1])
        return found
