"""What only some clauses need, made after the constructor so that the first screen need not wait for it.

Statuses and open deadlines (for `status:` and `overdue`), then the word
index (`store.index.words`) for free text. At 100,000 records the words take
seconds, so a large index makes both in a background thread, and a search
that needs a part waits for it.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from itertools import chain, compress, count
from typing import TYPE_CHECKING, Any

from ..facet_keys import CLOSED_STATUSES
from .columns import get, owners_of
from .words import Words

if TYPE_CHECKING:
    from . import SurveyIndex

Items = tuple[dict[Any, int], list[tuple[str, int, str]]]
"""Status → bitmap, and (soonest deadline, position, status) in order: one per record and status not closed, so
that `status:S overdue` finds the records whose overdue item has a status of S (`Matcher.item_status`)."""


class TextIndex:
    """What only some clauses need, made after the constructor: statuses and deadlines, then words.

    Each record's text (`record_text`) is folded as `RecordKeys.text` is
    (UTF-8 bytes) and split at spaces into words. Each distinct word keeps
    the positions of its records (a word in an eighth of them or more also a
    bitmap); each record's text is kept as a stream of word codes (`Words`).
    At 100,000 records this takes seconds, so a large index makes it in a
    background thread, started by the first search (or after START_AFTER
    seconds) so that it does not slow the first screen, and yielding the
    interpreter every CHUNK records so that the interface stays responsive.
    A search that needs a part waits for it.
    """

    START_AFTER = 1.0
    CHUNK = 256
    """Records between two pauses of the background thread (about a millisecond of work)."""

    def __init__(self, records: list[dict[str, Any]], bitmap: Callable[[Iterable[int]], int], background: bool) -> None:
        self._records = records
        self._make_bitmap: Callable[[Iterable[int]], int] | None = bitmap
        self.items: Items | None = None
        self.words: Words | None = None
        self._go = threading.Event()
        self._itemized = threading.Event()
        self._done = threading.Event()
        self._error: BaseException | None = None
        self._cancelled = False
        self._background = background
        if background:
            threading.Thread(target=self._build, name="survey-index-later", daemon=True).start()
        else:
            self._go.set()
            self._build()

    def cancel(self) -> None:
        self._cancelled = True
        self._go.set()

    def wait(self) -> Words:
        """The word index, once made."""
        self._go.set()
        self._done.wait()
        if self.words is None:
            raise self._error or RuntimeError("the index was dropped")
        return self.words

    def item_index(self) -> Items:
        """Statuses and open deadlines (made first, before the words)."""
        self._go.set()
        self._itemized.wait()
        if self.items is None:
            raise self._error or RuntimeError("the index was dropped")
        return self.items

    def _pause(self, done: int) -> None:
        """Every CHUNK records: stop if the index was dropped, else let other threads run."""
        if done % self.CHUNK == 0 and self._background:
            if self._cancelled:
                raise Cancelled
            time.sleep(0)

    def _build(self) -> None:
        try:
            self._go.wait(self.START_AFTER)
            assert self._make_bitmap is not None
            self.items = item_index(self._records, self._make_bitmap, self._pause)
            self._make_bitmap = None
            self._itemized.set()
            self.words = Words(self._records, self._pause)
        except Cancelled:
            pass
        except BaseException as error:  # raised again in the searches that need these parts
            self._error = error
        finally:
            self._itemized.set()
            self._done.set()

    def search(self, term: bytes, candidates: int, index: SurveyIndex) -> int:
        """The records among `candidates` (a bitmap) whose folded text contains `term`."""
        if not term:
            return candidates
        words = self.wait()
        tokens = term.split(b" ")
        if len(tokens) == 1:
            found, left = words.containing(term, candidates)
            return found | words.inside(term, left, index) if left else found
        last = len(tokens) - 1
        patterns = [token + b"\n" if number == 0 else b"\n" + token if number == last else b"\n" + token + b"\n"
                    for number, token in enumerate(tokens)]  # the first token ends a word, the last begins one
        narrowed = candidates
        for pattern in sorted(patterns, key=lambda pattern: (pattern[-1:] != b"\n" or pattern[:1] != b"\n",
                                                            -len(pattern))):  # whole words first
            found, left = words.containing(pattern, narrowed)
            if not left:
                narrowed = found
            if not narrowed:
                return 0
        return words.phrase(term, patterns, narrowed, index)


class Cancelled(Exception):
    """The index was dropped before its background part was finished."""


def item_index(records: list[dict[str, Any]], bitmap: Callable[[Iterable[int]], int],
               pause: Callable[[int], None]) -> Items:
    """Records by the status of their recommendations and directions, and by their soonest open deadline."""
    by_status: dict[Any, list[int]] = defaultdict(list)
    soonest: dict[tuple[int, str], str] = {}
    step = 8 * TextIndex.CHUNK
    for first in range(0, len(records), step):
        pause(0)
        some = records[first:first + step]
        item_lists = [[*recommendations, *directions] for recommendations, directions in zip(
            map(get("recommendations", []), some), map(get("directions", []), some), strict=True)]
        items = list(chain.from_iterable(item_lists))
        owners = list(owners_of(item_lists, count(first)))
        statuses = list(map(get("status", "open"), items))
        deque(map(list.append, map(by_status.__getitem__, statuses), owners), 0)
        deadlines = list(map(get("deadline"), items))
        for deadline, status, owner in compress(zip(deadlines, statuses, owners, strict=True), deadlines):
            if status not in CLOSED_STATUSES and ((owner, status) not in soonest or deadline < soonest[owner, status]):
                soonest[owner, status] = deadline
    return {status: bitmap(found) for status, found in by_status.items()}, sorted(
        (deadline, owner, status) for (owner, status), deadline in soonest.items()
    )
