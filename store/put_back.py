"""Putting back a record someone deleted while it was being edited, with the edits.

The correction screen (`r`) and the follow-up dialog (`u`) write through
`Repository.update()`, which raises `RecordNotFound` when another office or
`surveys delete` removed the record meanwhile. Nothing is written then; asked
again (a second Ctrl+S), the editor puts the record back as the person opened
it with their edits: `put_back` adds it as given, never over a record of that
id written meanwhile (`on_duplicate="fail"`: the editor then tries its update
again, as for any stored record).
"""

from __future__ import annotations

from .repository import Record, RecordNotFound, Repository


def put_back(repository: Repository, record: Record) -> Record:
    """Add `record` (deleted meanwhile) back to the store as given; returns it as stored.

    Raises `RecordNotFound` if it is still not there afterwards, or the store's error when a record of that id was
    written meanwhile (nothing is then written over it).
    """
    record_id = str(record["id"])
    repository.upsert_many([record], on_duplicate="fail")
    back = repository.get(record_id)
    if back is None:
        raise RecordNotFound(record_id)
    return back
