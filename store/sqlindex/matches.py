"""The records a filter matches, in a sort order, read with as little of SQLite's work as the filter allows.

A filter on a ward, a province or topics is a list of term ids (`compile`);
its records are read from `post` alone rather than each looked up in `rec`
(a province of 31,000 surveys at 1,000,000 records: 150 ms looked up, 16 ms
read). Matches are put in a sort order by picking them out of that order,
which the index keeps whole (SQLite sorting 70,000 matches took 300 ms at
100,000 records). A term list's records come as one string of numbers made
in SQLite (`group_concat`), read by numpy: a topic of 706,000 records at a
million took 1.6 s as rows (a tuple each), 0.4 s so, on a loaded machine.
Any other condition is left to SQL as before (#17).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from array import array
from collections import deque
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import itemgetter

from .columns import COLUMN_TYPE
from .compile import Condition

FIRST = itemgetter(0)
POSTED = re.compile(r"rec\.n IN \((SELECT n FROM post WHERE t IN \([0-9,]+\))\)")
"""A condition on term ids (`compile._terms`, `compile._provinces`), whose records `post` gives alone."""
FEW = 16
"""Matches fewer than 1/FEW of the order are sorted by their places; more are picked out of the order."""
VECTORISED = 20_000
"""Orders this long are picked from by numpy (a smaller store never loads it)."""
SORTED_IN_C = 1_000
"""Fewer matches than 1/FEW of the order, but at least this many, are sorted by their places by numpy when it is
loaded already (a term list's matches load it, `posted`): a ward of 10,700 surveys at a million records took
3-4 ms in `sorted` with a key, 0.7 ms so (#17, a picked ward's Enter)."""


def posted(db: sqlite3.Connection, condition: Condition) -> array | None:
    """The record numbers of a condition made only of term lists (ANDed), each once, in no order; None for
    any other condition (the caller asks SQL)."""
    parts = [part for part in condition.sql.split(" AND ") if part != "1"]  # "1": free text, flags apply it
    found = [POSTED.fullmatch(part) for part in parts]
    if condition.params or not found or not all(found):
        return None
    import numpy as np  # noqa: PLC0415 - a filter on terms, in a worker

    numbers = None
    for match in found:
        assert match is not None
        (joined,) = db.execute(f"SELECT group_concat(n) FROM ({match[1]})").fetchone()  # integers compile made
        records = np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.zeros(0, dtype=np.int64)
        if "," in match[1] or numbers is not None:  # a record holding two of the terms is posted twice
            chosen = np.zeros(int(records.max(initial=0)) + 1, dtype=bool)
            chosen[records] = True  # marked, not sorted: np.unique took 0.2 s for 141,000 at 100,000 records
            if numbers is None:
                records = np.flatnonzero(chosen)
            else:
                records = numbers[chosen[np.minimum(numbers, len(chosen) - 1)] & (numbers < len(chosen))]
        numbers = records
    kept = array("q")
    if numbers is not None:
        kept.frombytes(numbers.tobytes())
    return kept


def in_order(numbers: Sequence[int], order: array, places: array) -> Sequence[int]:
    """`numbers` in `order` (every record number in a sort order; `places`: each one's place in it). A number
    the order does not hold (it was read before the record was added) is left out, as the order leaves it."""
    top = len(places)
    if len(numbers) >= VECTORISED:  # many (a term list's, `posted`): picked by numpy
        return _picked(numbers, order, top)
    if numbers and max(numbers) >= top:
        numbers = [n for n in numbers if n < top]
    if FEW * len(numbers) < len(order):
        if len(numbers) >= SORTED_IN_C and "numpy" in sys.modules:
            return _sorted(numbers, places)
        return sorted(numbers, key=places.__getitem__)
    if len(order) >= VECTORISED:  # the order picked from in C: a topic of 70,000 of 100,000 records took 60 ms
        return _picked(numbers, order, top)  # of CPU in Python (ten times that at a million), here a few
    chosen = bytearray(top)
    deque(map(chosen.__setitem__, numbers, repeat(1)), maxlen=0)
    return array("q", compress(order, map(chosen.__getitem__, order)))


def _picked(numbers: Sequence[int], order: array, top: int) -> array:
    """`in_order` of many matches by numpy: the places of `order` whose record is chosen, as an array("q")."""
    import numpy as np  # noqa: PLC0415 - only for large stores, in a worker

    ordered = np.frombuffer(order, dtype=np.dtype(f"i{order.itemsize}"))
    chosen = np.zeros(top, dtype=bool)
    wanted = (np.frombuffer(numbers, dtype=np.int64) if isinstance(numbers, array) and numbers.typecode == "q"
              else np.fromiter(numbers, dtype=np.int64, count=len(numbers)))
    chosen[wanted[wanted < top]] = True  # a number the order does not hold (added since it was read) is left out
    found = array("q")
    found.frombytes(ordered[chosen[ordered]].astype(np.int64).tobytes())
    return found


def _sorted(numbers: Sequence[int], places: array) -> array:
    """`numbers` sorted by their places (`in_order`) by numpy, as an array("q")."""
    import numpy as np  # noqa: PLC0415 - loaded already (`SORTED_IN_C`), in a worker

    wanted = (np.frombuffer(numbers, dtype=np.int64) if isinstance(numbers, array) and numbers.typecode == "q"
              else np.fromiter(numbers, dtype=np.int64, count=len(numbers)))
    where = np.frombuffer(places, dtype=np.dtype(f"i{places.itemsize}"))[wanted]
    found = array("q")
    found.frombytes(wanted[np.argsort(where, kind="stable")].tobytes())
    return found


def flagged(numbers: Sequence[int], flags: bytes) -> array:
    """The numbers whose flag (byte n of `flags`) is 1, in their order: by numpy when many (a term list's and free
    text, `posted`), else in C through `compress` (8 bytes a match, no int objects)."""
    if len(numbers) < VECTORISED or not (isinstance(numbers, array) and numbers.typecode == "q"):
        return array("q", compress(numbers, map(flags.__getitem__, numbers)))
    import numpy as np  # noqa: PLC0415 - only for many matches, in a worker

    wanted = np.frombuffer(numbers, dtype=np.int64)
    found = array("q")
    found.frombytes(wanted[np.frombuffer(flags, dtype=np.uint8)[wanted] != 0].tobytes())
    return found


PLACES_A_STEP = 1 << 16
"""Places set in one C-level pass between two calls of `places`' `between` (a few milliseconds)."""


def places(order: array, between: Callable[[], None] = lambda: None) -> array:
    """Record number → its place in `order`, set in C a step at a time with `between` called after each (the
    read-ahead makes these at a million records: 136 ms in one Python loop, with the index locked)."""
    kept = array(COLUMN_TYPE, bytes(array(COLUMN_TYPE).itemsize * (max(order, default=0) + 1)))
    for start in range(0, len(order), PLACES_A_STEP):
        end = min(start + PLACES_A_STEP, len(order))
        deque(map(kept.__setitem__, order[start:end], range(start, end)), maxlen=0)
        between()
    return kept
