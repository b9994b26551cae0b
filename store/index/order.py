"""The index's order, newest first, on its own: the browser can show the records before the index is built.

Sorting 100,000 records takes about 0.2 s; the whole index takes over a
second. `newest_first` sorts alone and remembers the order the
records were given in, so that `SurveyIndex(newest, presorted=True)` neither
sorts again nor reads the records in date order (records parsed together lie
together in memory; read scattered, each costs more).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any

from .columns import get

_DATE, _ID = itemgetter("date"), itemgetter("id")


class NewestFirst(list):
    """Records newest first by (date, id), as `SurveyIndex.records` holds them; a list like any other.

    `given` is the list the records were given in, and `order[p]` the place
    in it of the record at position p.
    """

    __slots__ = ("given", "order")

    def __init__(self, given: list[dict[str, Any]], order: list[int]) -> None:
        super().__init__(map(given.__getitem__, order))
        self.given = given
        self.order = order

    def intact(self) -> bool:
        """Whether the list still holds exactly `given` in `order` (nobody changed either since)."""
        given = self.given
        return len(given) == len(self.order) == len(self) and all(
            map(operator.is_, self, map(given.__getitem__, self.order)))


def newest_first(records: Iterable[dict[str, Any]]) -> NewestFirst:
    """`records` in the order of `SurveyIndex.records`: newest first by date, then by id (ties as given)."""
    given = list(records)
    dates, ids = dates_and_ids(given)
    return NewestFirst(given, newest_order(dates, ids))


def given_order(records: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[int] | None]:
    """The records as given (a list), and the place in it of each position if `newest_first` made them."""
    if isinstance(records, NewestFirst) and records.intact():
        return records.given, records.order
    return list(records), None


def dates_and_ids(records: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    """Each record's date and id; absent fields as `keys_of` reads them.

    Two passes of one field each allocate no containers, so they never set
    off the cyclic collector, as a pass making 100,000 (date, id) pairs can.
    """
    try:
        return list(map(_DATE, records)), list(map(_ID, records))
    except KeyError:
        return list(map(get("date", ""), records)), list(map(get("id", ""), records))


def newest_order(dates: Sequence[Any], ids: Sequence[Any]) -> list[int]:
    """Places of the records newest first by (date, id), equal pairs in the order given."""
    order = sorted(range(len(dates)), key=ids.__getitem__, reverse=True)  # two stable sorts on one string each
    order.sort(key=dates.__getitem__, reverse=True)
    return order


def is_newest_first(dates: Sequence[Any], ids: Sequence[Any]) -> bool:
    """Whether records with these dates and ids, in this order, are newest first by (date, id)."""
    pairs = list(zip(dates, ids, strict=True))
    return all(map(operator.ge, pairs, islice(pairs, 1, None)))
