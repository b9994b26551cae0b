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


HEADER = 6
"""A zlib stream's header with a preset dictionary: two bytes of method and flags, four of the dictionary's
checksum; the same for every record one packer packs."""


class Packer:
    """Compresses and expands records' JSON with one preset dictionary (kept in the index file)."""

    def __init__(self, zdict: bytes) -> None:
        self.zdict = zdict
        self._base = zlib.compressobj(LEVEL, zdict=zdict) if zdict else None
        """A compressor primed with the dictionary: copying it is cheaper than priming a new one each time."""
        self._header = b""
        self._expander: zlib._Decompress | None = None
        """A decompressor that has read `_header` and taken the dictionary: a copy expands any record packed with
        it. A new one checksums the 32 KB dictionary first (zlib's `inflateSetDictionary`): 11 of the 15 us a
        record's expansion took (4 us from a copy), what a pass over a million records pays a million times."""
        if zdict:
            self._header = self.pack(b"")[:HEADER]
            self._expander = zlib.decompressobj(zdict=zdict)
            self._expander.decompress(self._header)

    def pack(self, doc: bytes) -> bytes:
        if self._base is None:
            return zlib.compress(doc, LEVEL)
        packer = self._base.copy()
        return packer.compress(doc) + packer.flush()

    def unpack(self, blob: bytes) -> bytes:
        if not self.zdict:
            return zlib.decompress(blob)
        unpacker = self._unpacker(blob)
        if unpacker is None:  # another header (another level): expanded from the start
            unpacker = zlib.decompressobj(zdict=self.zdict)
            return unpacker.decompress(blob) + unpacker.flush()
        return unpacker.decompress(memoryview(blob)[HEADER:]) + unpacker.flush()

    def head(self, blob: bytes, size: int) -> bytes:
        """The first `size` bytes of the record's JSON (all of it when shorter): what is read of a record when
        only a field near its start is wanted (`leaders.LeaderReader`). Read as a raw deflate stream past this
        packer's header, given the dictionary at once: zlib then neither checksums the dictionary (the primed
        copy's window copied instead is as dear as the expansion) nor the output, which is not read to its end
        (5 us a record, 8 from a copy, 15 new)."""
        if not self.zdict:
            return zlib.decompressobj().decompress(blob, size)
        if blob[:HEADER] != self._header:
            return zlib.decompressobj(zdict=self.zdict).decompress(blob, size)
        return zlib.decompressobj(-zlib.MAX_WBITS, zdict=self.zdict).decompress(memoryview(blob)[HEADER:], size)

    def _unpacker(self, blob: bytes) -> zlib._Decompress | None:
        """A copy of the primed decompressor, past the header, when `blob` has this packer's header."""
        if self._expander is None or blob[:HEADER] != self._header:
            return None
        return self._expander.copy()


def packer_of(db: sqlite3.Connection) -> Packer:
    """The packer of the index file `db` (its dictionary is kept in `columns`)."""
    found = db.execute("SELECT data FROM columns WHERE key = 'zdict'").fetchone()
    return Packer(found[0] if found else b"")
