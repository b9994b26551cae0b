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

The stored records are read under the write's lock, by the write itself (`Repository.upsert_many`'s `adjust`, the
store file's `import_serialized`'s): they had been read before the lock was taken, so an item another office saved in
between was overwritten with the history read before its save, and that save's entry was lost (session 42). Now the
record replaced is the one the history is worked out from; the import's own change from it gets its entries.
"""

from __future__ import annotations

from typing import Any

from ..corrected_items import with_history
from ..followup import writer
from ..item_history import new_save, now_stamp
from ..repository import Adjust


def history_adjust(target: Any, named: str | None = None, at: str | None = None) -> Adjust:
    """What an import's write gives each record that replaces a stored one of its id (`Adjust`: the stored one read
    under the write's lock, the incoming one): the incoming one with its items' history entries, or itself when no
    tracked field changed. The writer's name is asked once, the moment is the import's, each record a save of its
    own."""
    who = writer(target, named)
    moment = at or now_stamp()

    def adjust(stored: dict[str, Any], fresh: dict[str, Any]) -> dict[str, Any]:
        return with_history(stored, fresh, who, moment, new_save())
    return adjust
