"""Records kept compressed in the index: zlib with a preset dictionary made from the store's own records.

A record is about 2 KB of JSON, too little for zlib to find much to reuse
on its own; the field names, place names and stock phrases it shares with
every other record are what a preset dictionary supplies. With 32 KB of
records as the dictionary a record packs to about a quarter of its size
at zlib's fastest level, so the copy of the store the index holds (a page is
read from it, never from the store) costs a fraction of the store.
"""

from __future__ import annotations

import sqlite3
import zlib

LEVEL = 1
"""zlib's fastest: with the dictionary it gives most of level 6's gain at half its time."""
SAMPLE = 32768
"""zlib's window: a longer dictionary is never looked at."""


def dictionary(docs: list[bytes]) -> bytes:
    """A preset dictionary from some records' JSON (zlib looks back from the end: the last bytes count most)."""
    return b"".join(docs)[-SAMPLE:]


class Packer:
    """Compresses and expands records' JSON with one preset dictionary (kept in the index file)."""

    def __init__(self, zdict: bytes) -> None:
        self.zdict = zdict
        self._base = zlib.compressobj(LEVEL, zdict=zdict) if zdict else None
        """A compressor primed with the dictionary: copying it is cheaper than priming a new one each time."""

    def pack(self, doc: bytes) -> bytes:
        if self._base is None:
            return zlib.compress(doc, LEVEL)
        packer = self._base.copy()
        return packer.compress(doc) + packer.flush()

    def unpack(self, blob: bytes) -> bytes:
        if not self.zdict:
            return zlib.decompress(blob)
        unpacker = zlib.decompressobj(zdict=self.zdict)
        return unpacker.decompress(blob) + unpacker.flush()


def packer_of(db: sqlite3.Connection) -> Packer:
    """The packer of the index file `db` (its dictionary is kept in `columns`)."""
    found = db.execute("SELECT data FROM columns WHERE key = 'zdict'").fetchone()
    return Packer(found[0] if found else b"")
