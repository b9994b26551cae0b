"""A correction of a stored visit writes its items' history as the follow-up dialog does (session 41, hist3).

Since session 40 the review screen shows and edits each recommendation's and direction's deadline and status, and `r`
(correct a stored visit) saves them: a status set to "done" there had left no entry, so the monthly report built
from the history said nothing of it. A correction now adds, to each item whose status, deadline or addressee it
changed, one entry per field (`store.item_history.entries`), with the writer's name, the moment and the save's id.
An import of a new visit writes none: it is the first version, there is nothing it changed from.

The review screen hands back whole lists, so each corrected item is paired with the item it was: the one at its
place with the same text, else one elsewhere with the same text (rows moved), else the one left whose words are as
alike as a repeat's (`store.repeats.similarity`, the closest first: a row moved and its words corrected too had
matched nothing and left no history), else, when the list kept its length, the one at its place (its text
rewritten). An import over a stored visit pairs its items the same way (`store.importing.history`). An item paired
with none is new: no history. Its history is the stored item's with the correction's entries after it (`union`), so
that entries another office added while the screen was open are kept when the person writes over a conflict. Pure:
no store, no interface.
"""

from __future__ import annotations

import copy
from typing import Any

from .item_history import HISTORY, entries, history_of, union
from .repeats import THRESHOLD, similarity

LISTS = ("recommendations", "directions")
"""The lists whose items have a follow-up history."""


def with_history(seen: dict[str, Any], edited: dict[str, Any], who: str | None, at: str, save: str
                 ) -> dict[str, Any]:
    """`edited` (the visit as the person corrected it from `seen`) with a history entry for each tracked field of an
    item the correction changed; `edited` itself untouched, and returned as it is when no item's field changed."""
    result: dict[str, Any] | None = None
    for name in LISTS:
        before, after = seen.get(name) or [], edited.get(name) or []
        pairs = paired(before, after)
        for index, item in enumerate(after):
            old = before[pairs[index]] if index in pairs else None
            if not isinstance(item, dict) or not isinstance(old, dict):
                continue
            new = [entry for entry in entries(old, item, old, who, at, save) if not _told(entry, item, old)]
            if not new:
                continue
            if result is None:
                result = copy.deepcopy(edited)
            kept = union([], [*history_of(item), *new], history_of(old))
            result[name][index] = {**result[name][index], HISTORY: kept}
    return edited if result is None else result


def paired(before: list[Any], after: list[Any]) -> dict[int, int]:
    """For each index of `after`, the index of the item of `before` it was (absent: a new item)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()

    def take(index: int, old: int) -> None:
        pairs[index] = old
        used.add(old)

    for index, item in enumerate(after):  # in place, the same words
        if index < len(before) and _text(before[index]) == _text(item):
            take(index, index)
    for index, item in enumerate(after):  # moved: the same words elsewhere
        if index not in pairs:
            old = next((at for at, was in enumerate(before) if at not in used and _text(was) == _text(item)), None)
            if old is not None:
                take(index, old)
    _take_similar(before, after, pairs, used)  # moved and its words corrected: the closest wording left
    if len(before) == len(after):  # in place, its words corrected too
        for index in range(len(after)):
            if index not in pairs and index not in used:
                take(index, index)
    return pairs


def _told(entry: dict[str, Any], item: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether `item`'s own history already tells `entry`'s change: its last entry for the field, one the stored item
    does not hold, made the field what `entry` makes it (an exported copy saved elsewhere, imported with its history:
    the change said twice had read as two saves)."""
    known = history_of(old)
    last = next((said for said in reversed(history_of(item)) if said.get("field") == entry["field"]), None)
    return last is not None and last not in known and last.get("to") == entry.get("to")


def _take_similar(before: list[Any], after: list[Any], pairs: dict[int, int], used: set[int]) -> None:
    """Pair the items left, closest first, with an item left whose words are as alike as a repeat's
    (`store.repeats.similarity` at its `THRESHOLD`); a tie goes to the one nearest its place."""
    left = [index for index in range(len(after)) if index not in pairs]
    free = [old for old in range(len(before)) if old not in used]
    scored = sorted(((similarity(str(_text(after[index]) or ""), str(_text(before[old]) or "")), -abs(index - old),
                      index, old) for index in left for old in free), reverse=True)
    for score, _near, index, old in scored:
        if score < THRESHOLD:
            break
        if index not in pairs and old not in used:
            pairs[index] = old
            used.add(old)


def _text(item: Any) -> Any:
    return item.get("text") if isinstance(item, dict) else item
