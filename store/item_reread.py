"""The item a person has before them, found again in its visit as stored now, after another office's write.

The follow-up list (`u`) and the dialog opened from it work on a copy of the visit. A save compares the item
with that copy (`store.followup.save_item`), so when another office had changed the item since the copy was read
(a response, a status) the save was a conflict, though the person had only set a deadline and never saw the
other write: safe, nothing written over, but a needless stop (tryout s34-offices, Left 1). The list therefore
reads the visit again when an item is opened and when the store's token moves while it is open. The item is
followed by what it is, its kind and its text, not by its label: r2 becomes r1 when another office deletes r1.
A change to the same item after the dialog opened stays a conflict, said as before.
"""

from __future__ import annotations

from typing import Any

from .followup import ItemRef
from .repository import Record, Repository


def follow(before: Record, after: Record, ref: ItemRef) -> ItemRef | None:
    """Where `before`'s item `ref` is in `after`: at the same place if its text is there, else the item of the same
    kind with that text nearest to it; None when no item of that kind has it (edited or deleted meanwhile)."""
    field, index = ref
    old, new = before.get(field) or [], after.get(field) or []
    if not 0 <= index < len(old):
        return None
    text = _text(old[index])
    same = [at for at, item in enumerate(new) if _text(item) == text]
    return (field, min(same, key=lambda at: abs(at - index))) if same else None


def reread(repository: Repository, record: Record, ref: ItemRef) -> tuple[Record, ItemRef] | None:
    """The visit `record` as stored now and where its item `ref` is in it; None when the visit is no longer stored
    or the item is not found in it (the copy is then kept: a save from it says what happened)."""
    stored = repository.get(str(record.get("id", "")))
    if stored is None:
        return None
    found = follow(record, stored, ref)
    return (stored, found) if found is not None else None


def _text(item: Any) -> str:
    return str(item.get("text", "")) if isinstance(item, dict) else ""
