"""Thousands of distinct strings kept in one string, so one `str.find` loop matches a typed value against them all.

A typed value is matched against the distinct names or words, never against
the records: there are a few thousand ward and body names, and some hundred
thousand words, against 100,000 records and their texts. `Names` holds the
folded ward and body names (a value matches a name it starts a word of);
`Vocabulary` holds the words of the word index (a fragment matches a word
it occurs in).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, overload

from ..matching import WholeName


class Names:
    """Distinct folded names (wards, bodies) with the positions of the records that carry each.

    A typed value matches a name it starts a word of (`word_prefix`); the
    names are searched in one string, `"\\n name\\n name\\n..."`, for " value".
    """

    def __init__(self, positions: dict[str, list[int]]) -> None:
        self.names = list(positions)
        self._positions = [array("I", found) for found in positions.values()]
        self._blob = "".join(f"\n {name}" for name in self.names) + "\n"
        self._starts = array("l")
        offset = 0
        for name in self.names:
            self._starts.append(offset)
            offset += len(name) + 2

    def word_prefixed(self, value: str) -> Iterator[int]:
        """Ids of the names `value` is a word prefix of (or, for a `WholeName`, equal to)."""
        needle = f"\n {value}\n" if isinstance(value, WholeName) else " " + value
        blob, starts = self._blob, self._starts
        at = blob.find(needle)
        while at != -1:
            name = bisect_right(starts, at) - 1
            yield name
            at = blob.find(needle, starts[name + 1]) if name + 1 < len(starts) else -1

    def mask(self, values: list[str], bitmap: Callable[[Iterable[int]], int]) -> int:
        """The records with a name that one of `values` starts a word of."""
        return bitmap(chain.from_iterable(
            self._positions[name] for value in values for name in self.word_prefixed(value)))


class Vocabulary:
    """Words in one string, `"\\nword\\nword\\n"`, so one `find` loop lists the words a pattern occurs in."""

    def __init__(self) -> None:
        self.words: list[bytes] = []
        self.postings: list[Any] = []
        self.sizes = array("l")

    def add(self, word: bytes, postings: Any, size: int) -> None:
        self.words.append(word)
        self.postings.append(postings)
        self.sizes.append(size)

    def seal(self) -> None:
        self.blob = b"\n" + b"\n".join(self.words) + b"\n"
        self.starts = array("l")
        offset = 1
        for word in self.words:
            self.starts.append(offset)
            offset += len(word) + 1
        self.starts.append(offset)
        self.exact = {word: number for number, word in enumerate(self.words)}
        self._matched: dict[tuple[bytes, int | None], list[int] | None] = {}

    @overload
    def matching(self, pattern: bytes, limit: None = None) -> list[int]: ...
    @overload
    def matching(self, pattern: bytes, limit: int) -> list[int] | None: ...
    def matching(self, pattern: bytes, limit: int | None = None) -> list[int] | None:
        """Numbers of the words `pattern` occurs in; None past `limit` of them (remembered: a phrase asks twice)."""
        key = (pattern, limit)
        found = self._matched.get(key, self)
        if found is self:
            if len(self._matched) > 256:
                self._matched.clear()
            found = self._matched[key] = self._matching(pattern, limit)
        return found  # type: ignore[return-value]

    def _matching(self, pattern: bytes, limit: int | None) -> list[int] | None:
        if len(pattern) > 2 and pattern[0] == pattern[-1] == 10:
            number = self.exact.get(pattern[1:-1])
            return [] if number is None else [number]
        blob, starts = self.blob, self.starts
        shift = 1 if pattern[0] == 10 else 0
        found: list[int] = []
        at = blob.find(pattern)
        while at != -1:
            number = bisect_right(starts, at + shift) - 1
            found.append(number)
            if limit is not None and len(found) > limit:
                return None
            at = blob.find(pattern, starts[number + 1] - 1)
        return found
