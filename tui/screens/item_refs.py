"""A visit's follow-up items in the order the `u` list shows them, and the padding of its columns.

Apart from the list's screen (`tui.screens.items`) so that the browser's `u` and the dialog's way back to the list
(`tui.survey_actions`) find an item's place without loading the screen's code.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len

from store.followup import ITEM_FIELDS, ItemRef


def item_refs(record: dict[str, Any]) -> list[ItemRef]:
    """Every recommendation, then every direction, of `record`."""
    return [(field, index) for field in ITEM_FIELDS for index in range(len(record.get(field) or []))]


def next_item(record: dict[str, Any], ref: ItemRef) -> ItemRef:
    """The item after `ref` in the list of `record`'s items (`ref` itself when it is the last)."""
    refs = item_refs(record)
    at = refs.index(ref) if ref in refs else len(refs) - 1
    return refs[min(at + 1, len(refs) - 1)]


def padded(text: str, width: int) -> str:
    """`text` with spaces after it to `width` cells."""
    return text + " " * max(width - cell_len(text), 0)
