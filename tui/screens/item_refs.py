"""A visit's follow-up items in the order the `u` list shows them, and the widths and padding of its columns.

Apart from the list's screen (`tui.screens.items`) so that the browser's `u` and the dialog's way back to the list
(`tui.survey_actions`) find an item's place without loading the screen's code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from store.followup import ITEM_FIELDS, STATUSES, ItemRef, status_label

if TYPE_CHECKING:
    from ..i18n import Translator


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


def column_widths(refs: list[ItemRef], t: Translator) -> tuple[int, int]:
    """Cells of the label and status columns: as wide as the longest of these items' labels and of the statuses in
    this language, with two cells after it ("Recommendation 12" is 17 cells, where "Kiến nghị 12" is 12: a fixed 14
    ran the English label into its status), never narrower than the columns always were."""
    labels = (f"{t(f'items.{field}')} {index + 1}" for field, index in refs)
    statuses = (status_label(status, t.lang) for status in STATUSES)
    return (max(14, max((cell_len(label) for label in labels), default=0) + 2),
            max(17, max(cell_len(status) for status in statuses) + 2))
