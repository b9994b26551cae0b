"""The browser's read-ahead: what the first searches would wait for, read while nobody waits, a step at a time.

Once its first screen is up the browser reads ahead, in a worker, what a
search reads on first use: the words and pairs of words (`vocabulary`), the
date order and each record's place in it, the term lists, the facet
columns and values. At a million records that is seconds of work (with the
kernel asked for the pages of the bitmaps, `warming`), and a key typed
meanwhile used to wait for all of it: the read-ahead held the index's lock
from start to end (#17: 0.3-0.7 s for a key typed then, 2.5 s under load).

Now each step takes the lock on its own, and only once no search has run
for a moment (`IndexFile.idle`: searches and the keys that ask for them are
counted); a step that reads a large kept row (the facet columns: 42 MB each
at a million records) lets a search that comes meanwhile have the lock
between its chunks (`columns.pausing`), and making the places, a pass over
every record, runs without the lock in C-level slices. A search's
`interrupt` that stops one of these steps' statements makes it be taken
again later, not given up: the read-ahead always ends with everything read.
The interpreter is shared too (one GIL): no step runs Python for long, and
none holds it in one C call for long (the kept rows are read by chunks).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from . import matches, units, warming, wordfill
from .columns import pausing
from .pairs import PAIRS

if TYPE_CHECKING:
    from .index import SqlIndex

TRIES = 3
"""Times a step is taken when searches keep interrupting it; then it is left to the first search that needs it."""
FIELDS = ("ward", "body", "topic", "kind", "former", "code")
"""The term lists a filter of picked values reads."""


def read_ahead(index: SqlIndex) -> None:
    """Read what the first searches need, in order of need: a typed word or phrase (the order, the words, the
    pairs), a picked value (the term lists), the facets of either (the columns, values and places); then import
    numpy (a filter on a term uses it: 0.3-0.45 s) and ask the kernel for the pages filters read. A file an older
    version wrote gets its word and unit tables in a thread of its own (`SqlIndex.fill_words`)."""
    steps: list[Callable[[sqlite3.Connection], object]] = [
        lambda db: index._sorts.order(db, "date"), index._words, lambda db: index._words(db, PAIRS),
        *(partial(_terms, index, field) for field in FIELDS), *index._counter.warming()]
    for step in steps:
        _step(index, step)
    order = _step(index, lambda db: index._sorts.order(db, "date"))
    if order is not None and "date" not in index._sorts.places_of:  # made without the lock, a slice at a time
        made = matches.places(order, index.idle)
        with index._lock:
            if index._sorts.kept.get("date") is order:  # the file did not change meanwhile
                index._sorts.places_of.setdefault("date", made)
    incomplete = _step(index, lambda db: wordfill.covered(db) != wordfill.ALL
                       or wordfill.covered(db, "leaders") != wordfill.ALL
                       or wordfill.covered(db, "pairs") != wordfill.ALL or not units.filled(db))
    index.idle()
    import numpy  # noqa: F401, PLC0415 - the first filter on a term imports it (`matches.posted`)
    asked = [_step(index, partial(warming.roots, names=names)) or [] for names in (warming.PICKED, warming.TYPED)]
    for starts in asked:  # without the lock: a search goes on meanwhile
        warming.warm(index.path, starts, partial(_go_on, index))
    if incomplete and (index._filler is None or not index._filler.is_alive()):
        # a thread of its own: the caller's read-ahead goes on to what else it prepares
        index._filler = threading.Thread(target=index._fill, name="index-words",
                                         daemon=True)  # a step cut short by the exit is rolled back
        index._filler.start()


def _step(index: SqlIndex, step: Callable[[sqlite3.Connection], Any]) -> Any:
    """One step, under the lock once no search runs (`idle`), letting a search have the lock between the chunks of
    a large row (`pausing`); taken again when a search's `interrupt` stopped its statement; None when given up, or
    when the file changed meanwhile (what the step read is dropped with the rest, `_forget`)."""
    for _ in range(TRIES):
        index.idle()
        with index._lock, pausing(index.busy, partial(_let_searches_go, index)):
            changes = index._changes
            try:
                found = step(index._connection())
            except sqlite3.OperationalError as error:
                if "interrupt" not in str(error):
                    raise
                continue
            if index._changes != changes:  # written meanwhile (the lock let go between chunks)
                index._forget()
                return None
            return found
    return None


def _let_searches_go(index: SqlIndex) -> None:
    """Between two chunks of a step (the lock held, the blob closed): while searches want the index, let them have
    it."""
    while index.busy():
        index._turn.wait(0.01)  # the lock let go whole, taken again after


def _terms(index: SqlIndex, field: str, db: sqlite3.Connection) -> list[tuple[int, str]]:
    return index._terms_of(field)


def _go_on(index: SqlIndex) -> bool:
    """`warming.warm`'s question between pages: wait while searches run, then go on."""
    index.idle()
    return False
