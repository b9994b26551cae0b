"""The status history of a follow-up item: who changed its status, deadline or addressee, when, from what, to what.

Staff follow a recommendation for months; a mistaken "không tiếp thu" set
back by hand had left no trace, and "when was this closed?" had no answer
(tryout s38-tryout10, Found 4). Every save that changes one of those fields
appends one entry per field to the item's `history`:

    {"at": "2026-12-07T09:14:03Z", "save": "3f9c2a7b41d0", "who": "surveys_editor", "field": "status",
     "from": "open", "to": "done"}

`save` tells one save's entries from another's (`new_save`: 12 hex digits,
the same on every entry of one save): `at` is to the second, and two saves
by one writer within one second had read as one, so `z` refused or put back
the wrong step (session 40's closing note). An undo's entries say which
save they put back (`undoes`: that save's `save`), so that a later undo
steps further back instead of undoing the undo (`surveys followup --undo`).
Entries written before session 41 have neither and are told apart by
`at` and `who`, as they were. `at` stays to the second: it is what people
read (the dialog, `show`, the exports) and what "changed since" compares
with the settings' last look; the order of a save's entries is the list's.
`at` is UTC, the clock's moment of the write even under `--today` (a
history says when a write happened; the day set is a view, not a write);
`who` is the writer's name (`store.writer_name`: a name set, else the
PostgreSQL role, else the OS user; the key is left out when none is known); `from` or
`to` is left out when the field was or is made empty (a status left out is
"open"). The history lives in the record, so every back end, the JSON export
and the import carry it as they carry the item; a record written before it
has none and reads as before. Two offices saving one item at once each add
their own entries, and the merge keeps both (`union`).

A response saved by the program keeps its `at` too, so "changed since I last
looked" (`changed_since`) can tell a response typed this afternoon from one
typed this morning; a response without one (older, or imported) counts by
its day. Pure: no store, no interface.
"""

from __future__ import annotations

import copy
import json
import uuid
from datetime import UTC, datetime
from typing import Any, Final

HISTORY: Final = "history"
SAVE: Final = "save"
UNDOES: Final = "undoes"
TRACKED: Final = ("status", "deadline", "to")
"""The fields whose changes are kept, in the order a save's entries are written."""


def now_stamp() -> str:
    """This second in UTC, as the history writes it: `2026-12-07T09:14:03Z`."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_save() -> str:
    """A save's id, written on each of its entries: 12 hex digits of a random UUID (one in 2**48 to meet another)."""
    return uuid.uuid4().hex[:12]


def entries(seen: dict[str, Any], wanted: dict[str, Any], stored: dict[str, Any], who: str | None,
            at: str, save: str | None = None, undoes: str | None = None) -> list[dict[str, Any]]:
    """One entry per tracked field `wanted` changed from `seen` (the item as the person opened it) that is not
    already so in `stored` (another office set the same value: nothing changes, nothing to say); `save` is the
    save's id, `undoes` the id of the save an undo puts back."""
    found = []
    for field in TRACKED:
        was, now = value_of(seen, field), value_of(wanted, field)
        if now == was or value_of(stored, field) == now:
            continue
        entry: dict[str, Any] = {"at": at}
        if save:
            entry[SAVE] = save
        if who:
            entry["who"] = who
        entry["field"] = field
        if was is not None:
            entry["from"] = was
        if now is not None:
            entry["to"] = now
        if undoes:
            entry[UNDOES] = undoes
        found.append(entry)
    return found


def value_of(item: dict[str, Any], field: str) -> Any:
    """A tracked field's value; a status left out is "open" (nothing has been reported done)."""
    return item.get(field, "open") if field == "status" else item.get(field)


def appended(item: dict[str, Any], new: list[dict[str, Any]]) -> dict[str, Any]:
    """`item` with `new` entries after its history (the item itself when there are none)."""
    if not new:
        return item
    return {**item, HISTORY: [*(item.get(HISTORY) or []), *copy.deepcopy(new)]}


def stamp_responses(seen: dict[str, Any], wanted: dict[str, Any], at: str, who: str | None = None
                    ) -> dict[str, Any]:
    """`wanted` with `at` (and the writer's name `who`, when known) on each response it adds to `seen` (one a
    person types now), others as they were. The name is what tells the writer's own response apart the next day
    (`changed_since`): a save that only adds a response writes no history entry to carry it (session 42)."""
    before = {_key(response) for response in seen.get("responses") or []}
    responses = wanted.get("responses") or []
    if all(_key(response) in before or "at" in response for response in responses):
        return wanted
    mark = {"at": at, **({"who": who} if who else {})}
    stamped = [response if _key(response) in before or "at" in response else {**response, **mark}
               for response in responses]
    return {**wanted, "responses": stamped}


def union(base: list[dict[str, Any]], mine: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stored history with the entries `mine` added since `base`: never a clash, never an entry lost (an entry
    is never edited; one both sides hold is one), in time order."""
    known = {_key(entry) for entry in [*base, *theirs]}
    added = [entry for entry in mine if _key(entry) not in known]
    return sorted(copy.deepcopy([*theirs, *added]), key=lambda entry: str(entry.get("at", "")))


def history_of(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The item's entries, oldest first (a record written before there was a history: none)."""
    return [entry for entry in item.get(HISTORY) or [] if isinstance(entry, dict)]


def last_change(item: dict[str, Any], field: str = "status") -> dict[str, Any] | None:
    """The latest entry for `field` (None: never changed since the history was kept)."""
    return next((entry for entry in reversed(history_of(item)) if entry.get("field") == field), None)


def last_save(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The entries of the item's latest save: the last entry and those of the same save (`one_save`)."""
    history = history_of(item)
    return [entry for entry in history if one_save(entry, history[-1])] if history else []


def one_save(entry: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two entries were written by one save: the same `save` id; for entries written before there was one
    (neither has it), the same moment and writer."""
    if SAVE in entry or SAVE in other:
        return entry.get(SAVE) == other.get(SAVE)
    return (entry.get("at"), entry.get("who")) == (other.get("at"), other.get("who"))


def saves(history: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """`history` cut into its saves, oldest first: runs of entries of one save (`one_save`). An entry written before
    there were save ids starts a new save when it repeats a field of the run, as one save writes each field once
    and in `TRACKED`'s order (two saves by one writer within one second stay two, as far as that can tell)."""
    order = {field: rank for rank, field in enumerate(TRACKED)}
    found: list[list[dict[str, Any]]] = []
    for entry in history:
        run = found[-1] if found else None
        if run is not None and one_save(run[-1], entry) and (
                SAVE in entry or order.get(str(run[-1].get("field")), 9) < order.get(str(entry.get("field")), -1)):
            run.append(entry)
        else:
            found.append([entry])
    return found


def changed_since(item: dict[str, Any], stamp: str, own: frozenset[str] = frozenset(), me: str | None = None) -> bool:
    """Whether a history entry or a response of the item is newer than `stamp` (a UTC time as `now_stamp` writes
    it): a response without its own time counts from the day after `stamp`'s day. Those of `own` (the person's own
    saves since: an entry by its save id, a response or an older entry by its moment) are not news to them; another
    office's save in the same second as the person's still is. Nor are the entries `me` wrote (the writer's name,
    `store.writer_name`: this person's saves of an earlier run, from the browser or `surveys followup`), nor a
    response `me` saved (its `who`, session 42: a save of a response alone writes no entry) or, one saved before
    responses carried a name, saved with them (its `at` that of an entry of `me`'s and of no one else's); an
    entry or a response without `who` (an older program's) or of another name still is news. Two people who share
    one name read each other's saves as their own."""
    history = history_of(item)
    mine = _own_moments(history, me)
    if any(str(entry.get("at", "")) > stamp and entry.get(SAVE, entry.get("at")) not in own
           and not (me and entry.get("who") == me) for entry in history):
        return True
    for response in item.get("responses") or []:
        at = response.get("at")
        if me and response.get("who") == me:
            continue
        if (str(at) > stamp and at not in own and at not in mine) if at else str(response.get("date", "")) > stamp[:10]:
            return True
    return False


def _own_moments(history: list[dict[str, Any]], me: str | None) -> set[Any]:
    """The moments `me`'s entries were written at that no one else's were (a response saved then is `me`'s)."""
    if not me:
        return set()
    others = {entry.get("at") for entry in history if entry.get("who") != me}
    return {entry.get("at") for entry in history if entry.get("who") == me} - others


def _key(entry: dict[str, Any]) -> str:
    """An entry's (or a response's) identity: what it holds, less a response's `at` and `who` (its date and text)."""
    return json.dumps({k: v for k, v in entry.items() if k not in ("at", "who") or "field" in entry}, sort_keys=True,
                      ensure_ascii=False)
