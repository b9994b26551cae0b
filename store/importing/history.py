"""An import that writes over a stored visit leaves its items' history, as a correction does (session 41, hist4).

`surveys import --on-duplicate update` (and `newer`, and the browser's import dialog with "update") replaces a stored
record with the file's copy: a status set to "done" in another office's copy, imported here, had changed the item with
no entry, so "when was this closed, and by whom?" had no answer and `changed:` found nothing. Each incoming record
whose id is stored is now paired with the stored one item by item, as a correction pairs them
(`store.corrected_items.with_history`: the same words, in place or moved), and each status, deadline or addressee it
changes gets one entry: the importer's name (`store.followup.writer`), the moment of the import, one save id per
imported record. The stored history is kept under the file's (`union`): an old export imported over later saves
keeps their entries. A new visit writes none: there is nothing it changed from. A record that replaces a stored visit
of another id (a probable duplicate, by date, places and body) is left without: its items are another writer's
numbering of the visit, and pairing them by words across two ids was not worth its doubt.

The records are read from the store before the write, not under its lock: an item another office saves in between
is overwritten by the import anyway (as it was), and its entry kept, unless the import's copy holds it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from ..corrected_items import with_history
from ..followup import writer
from ..item_history import new_save, now_stamp

Fetch = Callable[[int], bytes]


def fetch_with_history(target: Any, incoming: list[tuple[str, tuple]] | Any, fetch: Fetch,
                       named: str | None = None, at: str | None = None) -> Fetch:
    """`fetch` with each record that replaces a stored one of the same id given its items' history entries; the
    others (new, or no tracked field changed) as they were, read again from `fetch` (never held in memory)."""
    getter = getattr(target, "get", None)
    if not callable(getter):
        return fetch
    who: str | None = None
    asked = False
    moment = at or now_stamp()
    changed: dict[int, bytes] = {}
    asks = getattr(target, "stored_ids", None)  # one query for which are stored (PostgreSQL), then those read alone
    known = asks([record_id for record_id, _key in incoming]) if callable(asks) else None
    for position, (record_id, _key) in enumerate(incoming):
        if known is not None and record_id not in known:
            continue
        stored = getter(record_id)
        if not isinstance(stored, dict):
            continue
        fresh = orjson.loads(fetch(position))
        if not asked:
            who, asked = writer(target, named), True
        edited = with_history(stored, fresh, who, moment, new_save())
        if edited is not fresh:
            changed[position] = orjson.dumps(edited)
    if not changed:
        return fetch
    return lambda position: changed[position] if position in changed else fetch(position)
