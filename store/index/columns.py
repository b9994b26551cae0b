"""Reading many records into small columns in C-level passes, since reading them is what building costs.

Fetching a field from 100,000 records costs mostly memory latency (the
records lie scattered over a gigabyte), so the index reads each record once,
with `operator.itemgetter`/`methodcaller` mapped over the list, and works
afterwards on the columns that read produced: ids assigned by `Numbering`,
list elements matched to their owners by `owners_of`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, count, repeat
from operator import itemgetter, methodcaller
from typing import Any

_ROW = itemgetter("date", "id", "kind", "body", "topics", "localities")


def read_rows(records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """(date, id, kind, body, topics, localities) of each record; absent fields as `keys_of` reads them."""
    try:
        return list(map(_ROW, records))
    except KeyError:
        return [(r.get("date", ""), r.get("id", ""), r.get("kind", ""), r.get("body", ""), r.get("topics", []),
                 r.get("localities", [])) for r in records]


def get(key: str, default: Any = None) -> Callable[[dict[str, Any]], Any]:
    """`lambda d: d.get(key, default)`, at C speed."""
    return methodcaller("get", key, default)


def owners_of(lists: list[Any], owners: Iterable[int] | None = None) -> Iterator[int]:
    """For each element of the concatenated `lists`, the number of the list it came from (or its owner)."""
    return chain.from_iterable(map(repeat, owners if owners is not None else count(), map(len, lists)))


class Numbering(dict):
    """Value → consecutive id, assigned on first sight."""

    def __missing__(self, value: Any) -> int:
        number = self[value] = len(self)
        return number
