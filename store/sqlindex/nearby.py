"""The records at a visit's places of today, from the file's terms: what one visit's repeat links read.

`store.item_links` files every visit's items by place of today (`place_keys`: today's ward by its code, a whole
province by its code, a unit with no ward of today by its province and folded name) and a link only joins items
of one place, so a visit's links need only the visits at its places (and those its decisions name). The file
keeps, for every record, a term each of those places is found by (`rows.index_row`): the ward key of today's ward
(`facet_keys.ward_code_key`), the folded names of its localities, its provinces' codes. Each finds every record at
the place, some others too (a name other provinces bear, a province's every visit): the caller files them by
their own keys, so the extra ones change nothing. The first `u` of a browser read every visit for its index
(4.5 s of CPU at 100,000 visits); this reads the visits at the places of the one shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..facet_keys import ward_code_key


def term_of(place: str) -> tuple[str, str]:
    """The term of the file every record at `place` (an `item_links.place_keys` key) holds."""
    if place.startswith("w"):
        return "ward", ward_code_key(place[1:])
    province, _, name = place[1:].partition(":")
    return ("ward", name) if name else ("code", province)


def numbers(db: sqlite3.Connection, places: Iterable[str], ids: Iterable[str]) -> list[int]:
    """The record numbers of the records at any of `places` or of one of `ids`, in number order."""
    found: set[int] = set()
    for field, value in sorted({term_of(place) for place in places}):
        found.update(n for (n,) in db.execute(
            "SELECT post.n FROM term JOIN post ON post.t = term.t WHERE term.field = ? AND term.value = ?",
            (field, value)))
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):  # SQLite's bound parameters are limited
        chunk = wanted[start:start + 500]
        found.update(n for (n,) in db.execute(f"SELECT n FROM rec WHERE id IN ({','.join('?' * len(chunk))})",
                                              chunk))
    return sorted(found)
