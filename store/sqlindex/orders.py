"""Each sort's record numbers in order, and each record's place in that order, read once per state of the file.

A search's matches are put in order by them (`matches.in_order`), the first page of everything is a slice of
one, and a filter of short free text alone starts from one (`paged`). Kept apart from `index`, which runs the
searches: what is read here is forgotten when the file changes (`Orders.forget`), and the browser's read-ahead
makes the default order's places without the index's lock (`readahead`).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from operator import itemgetter

from . import matches
from .columns import COLUMN_TYPE, NEWEST, keep_array, load_array

ORDERS = {
    "date": NEWEST,
    "locality": "rec.sort_locality, rec.date DESC, rec.id DESC",
    "body": "rec.sort_body, rec.date DESC, rec.id DESC",
}
"""Each order has an index (`schema`), so the first page of everything is read, never sorted."""

FIRST = itemgetter(0)


class Orders:
    """The orders and places read of one file; the caller holds the index's lock, and `forget`s when it changes."""

    def __init__(self) -> None:
        self.kept: dict[str, array] = {}
        """Sort → every record number in that order: what a filter of short free text alone starts from."""
        self.places_of: dict[str, array] = {}
        """Sort → each record's place in `kept[sort]` (`places`)."""

    def order(self, db: sqlite3.Connection, sort: str) -> array:
        if sort not in self.kept and sort == "date":  # the build keeps the default order whole
            kept = load_array(db, "newest")
            if kept is None:
                kept = keep_array(db, "newest", array(COLUMN_TYPE, map(FIRST, db.execute(
                    f"SELECT n FROM rec ORDER BY {NEWEST}").fetchall())))  # fixed text
            self.kept[sort] = kept
        if sort not in self.kept:
            self.kept[sort] = array("q", map(FIRST, db.execute(
                f"SELECT n FROM rec ORDER BY {ORDERS.get(sort, ORDERS['date'])}").fetchall()))  # fixed text
        return self.kept[sort]

    def places(self, db: sqlite3.Connection, sort: str) -> array:
        """Record number → its place in the order of `sort` (kept with the order)."""
        if sort not in self.places_of:
            self.places_of[sort] = matches.places(self.order(db, sort))
        return self.places_of[sort]

    def in_order(self, db: sqlite3.Connection, numbers: Sequence[int], sort: str) -> Sequence[int]:
        return matches.in_order(numbers, self.order(db, sort), self.places(db, sort))

    def forget(self) -> None:
        self.kept.clear()
        self.places_of.clear()
