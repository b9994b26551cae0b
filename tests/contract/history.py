"""What the item-history contract tests share: a record with two items, an item as another copy changed it, a
history said as (field, from, to), the first recommendation of `test_other_writers`' record as a handle reads it.

Sessions 40 and 41 wrote these four times over (follow-up writers, saves in one second, corrections, imports); a
test that needs another shape of record or of entry keeps its own.
"""

from __future__ import annotations

import copy
from typing import Any

from store.followup import get_item
from store.repository import Repository
from tests.contract.test_other_writers import ID, R1
from tests.factories import make_record
from tests.present import present

TWO_ITEMS = make_record(recommendations=[
    {"text": "Bổ sung máy quét hồ sơ.", "by": "UBND phường Tân Định", "to": "thành phố"},
    {"text": "Mở thêm quầy tiếp nhận.", "by": "UBND phường Tân Định", "status": "in progress"},
])
"""`test_other_writers`' record (its id, `ID`) with one addressed open recommendation (`R1`) and one in progress."""
R2 = ("recommendations", 1)
__all__ = ["ID", "R1", "R2", "TWO_ITEMS", "first_item", "history_said", "said", "with_item"]


def with_item(record: dict[str, Any], index: int, **fields: Any) -> dict[str, Any]:
    """A copy of `record` whose recommendation `index` has `fields` changed (None: cleared), as the review screen
    hands it back or another office's copy brings it."""
    edited = copy.deepcopy(record)
    item = edited["recommendations"][index]
    for key, value in fields.items():
        if value is None:
            item.pop(key, None)
        else:
            item[key] = value
    return edited


def said(entries: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    """History entries as what they changed: (field, from, to)."""
    return [(entry["field"], entry.get("from"), entry.get("to")) for entry in entries]


def history_said(item: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """An item's whole history as (field, from, to); none written reads as []."""
    return said(item.get("history") or [])


def first_item(handle: Repository) -> dict[str, Any]:
    """The first recommendation of `test_other_writers`' record, as `handle` reads it now."""
    return get_item(present(handle.get(ID)), R1)
