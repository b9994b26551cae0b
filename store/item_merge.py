"""One follow-up item as a person saved it, merged field by field with another office's write since they opened it.

The follow-up dialog's save had compared the whole item: a response another
office added while the person only set a deadline counted as a conflict, a
needless stop (tryout s35-offices7, "Left"). Now the item is merged three
ways, from the item as the person opened it (`base`), as they left it
(`mine`) and as stored now (`theirs`):

- a field only one side changed takes that side's value; a field both sides
  changed to different values is a clash (`ItemClash`, the caller refuses
  the save and says what is stored); both to the same value is no clash;
- responses are a list merged by identity (a response is its date and its
  text): responses added by either side are all kept, in date order, the
  stored ones first on a day; one response added on both sides in the very
  same words is one (a save repeated after a lost answer adds nothing); a
  response one side edited or removed is a clash only when the other side
  edited or removed that response too (its `at`, the moment the program
  saved it, and its `who`, the writer's name, are no part of its identity);
- the status history (`store.item_history`) is the union of both sides'
  entries: two offices saving different fields at once both land, each with
  its own entries, and no entry is ever lost or a clash.

Pure: no store, so the CLI's `followup` and the browser's dialog share it
through `store.followup`.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any, Final

from .item_history import HISTORY, union

RESPONSES: Final = "responses"
_MISSING: Final = object()


class ItemClash(ValueError):
    """Both sides changed the same fields of one item differently; `fields` names them (`responses` for a response)."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


def merge_item(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """`theirs` with the fields `mine` changed from `base`; `ItemClash` when `theirs` changed one of those too."""
    merged = copy.deepcopy(theirs)
    clashes: list[str] = []
    for key in dict.fromkeys([*base, *mine, *theirs]):
        if key in (RESPONSES, HISTORY):
            continue
        was, now, stored = base.get(key, _MISSING), mine.get(key, _MISSING), theirs.get(key, _MISSING)
        if now == was or now == stored:
            continue
        if stored != was:
            clashes.append(key)
        elif now is _MISSING:
            merged.pop(key, None)
        else:
            merged[key] = copy.deepcopy(now)
    responses = _merge_responses(base.get(RESPONSES) or [], mine.get(RESPONSES) or [], theirs.get(RESPONSES) or [])
    if responses is None:
        clashes.append(RESPONSES)
    if clashes:
        raise ItemClash(clashes)
    if responses:
        merged[RESPONSES] = responses
    else:
        merged.pop(RESPONSES, None)
    if history := union(base.get(HISTORY) or [], mine.get(HISTORY) or [], theirs.get(HISTORY) or []):
        merged[HISTORY] = history
    return merged


def _merge_responses(base: list[dict[str, Any]], mine: list[dict[str, Any]],
                     theirs: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The stored responses less those `mine` took out, plus those `mine` added; None when both took one out."""
    was, now, stored = _counted(base), _counted(mine), _counted(theirs)
    if now == was:
        return copy.deepcopy(theirs)
    mine_removed, theirs_removed = was - now, was - stored
    if mine_removed & theirs_removed and now != stored:
        return None  # the same response edited or deleted on both sides
    added = (now - was) - (stored - was)  # one added in the same words on both sides is one
    kept: list[dict[str, Any]] = []
    for response in theirs:
        key = _key(response)
        if mine_removed[key] > 0:
            mine_removed[key] -= 1
        else:
            kept.append(copy.deepcopy(response))
    for response in mine:
        key = _key(response)
        if added[key] > 0:
            added[key] -= 1
            kept.append(copy.deepcopy(response))
    return sorted(kept, key=lambda response: str(response.get("date", "")))


def _counted(responses: list[dict[str, Any]]) -> Counter[str]:
    return Counter(_key(response) for response in responses)


def _key(response: dict[str, Any]) -> str:
    """A response's identity: all it holds (its date and its text) but the moment it was saved and by whom."""
    return json.dumps({k: v for k, v in response.items() if k not in ("at", "who")}, sort_keys=True,
                      ensure_ascii=False)
