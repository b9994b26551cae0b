"""Where the cursor is in the review screen: which section (figures, localities …) and which row.

Ctrl+N adds a row to the section the cursor is in and Ctrl+T keeps or drops
the row it is in; both walk up from the focused widget to find out.
"""

from __future__ import annotations

from textual.dom import DOMNode

from .review_form import ITEM_FIELDS

SECTIONS = (*ITEM_FIELDS, "localities")


def section_of(node: DOMNode | None) -> str | None:
    """The section holding `node`: a list, its "+" button, or the field that adds a locality."""
    while node is not None:
        name = (node.id or "").removeprefix("review-")
        if name in SECTIONS:
            return name
        if name.startswith("add-"):
            return name.removeprefix("add-").replace("locality", "localities")
        if name == "new-locality":
            return "localities"
        node = node.parent
    return None


def row_of(node: DOMNode | None) -> str | None:
    """The id of the row (a locality, figure, recommendation …) holding `node`."""
    while node is not None:
        if node.has_class("review-item") and node.id:
            return node.id
        node = node.parent
    return None
