"""The label of a total split at once into counted parts: "Tổng số hộ", not the bare "Hộ".

"Toàn xã có 1.245 hộ, trong đó có 86 hộ nghèo" keeps the households as the whole of their parts (`figure_place_size`),
but the words around the total name no more than its unit, so a reader saw "Hộ" beside "Hộ nghèo" (a degenerate,
bare label: `figure_labels.degenerate`). A count whose label is its unit alone, with a later count of the same unit in
its sentence that is its part (the part's "of" is its value), is the total it is: "Tổng số hộ", "Tổng số hộ (hơn)".
A total with words of its own ("Hồ sơ tiếp nhận") keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["total_labels"]


def total_labels(drafts: list[FigureDraft]) -> None:
    """Label, in place, each bare count that is the whole of a later part of its sentence as the total it is."""
    for draft in drafts:
        figure = draft.figure
        unit = figure["unit"]
        bound = f" ({draft.qualifier})" if draft.qualifier else ""
        if unit == "%" or figure["label"].lower() != f"{unit}{bound}".lower():
            continue
        if any(part.sentence is draft.sentence and part.start > draft.start and part.figure["unit"] == unit and
               part.figure.get("of") == figure["value"] for part in drafts):
            figure["label"] = f"Tổng số {unit}{bound}"
