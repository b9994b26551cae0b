"""The review screen's localities: their rows, each read again through the gazetteer as typed, and the "add" field.

A locality row is the one list of the form mounted with the first frame (the
figures and the other lists come later: `review_later`), and its value is not
what the reviewer typed but what the gazetteer makes of it: each keystroke in
the name, district or province reads the row again (`read_place`) and shows
the place it now resolves to, or the provinces a shared name is in; a name typed without accents is read as the
add field reads it ("phuong tan an": phường Tân An), and saved so. Typed back
as it was, the row is the draft's own reading again. The screen owns one
`PlaceRows` and keeps its `rows["localities"]`; reading the record back is
`review_form`'s.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from ..safe import visible
from .review_marks import show_in_place
from .review_notes import certainty_text, place_text
from .review_rows import BUTTON, entry, locality_row
from .review_values import clean, place_line, read_place, typed_place

if TYPE_CHECKING:
    from .review import ReviewScreen


class PlaceRows:
    """The localities section of one review screen."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen

    def compose(self) -> ComposeResult:
        """The section's heading, a row per locality of the record, and the field that adds one."""
        screen = self.screen
        yield Static(screen.words["localities"], classes="review-section")
        with Vertical(id="review-localities", classes="review-list"):
            for index, locality in enumerate(screen.record.get("localities", [])):
                yield self.row(locality, f"localities[{index}]")
        with Horizontal(classes="review-add"):
            yield entry("", screen.words["add_locality"], "review-new-locality", "")
            yield Button(screen.words["add"], id="review-add-locality", classes=BUTTON, compact=True)

    def row(self, locality: dict[str, Any], path: str | None) -> Vertical:
        """A row for `locality` (`path`: where the draft has it; None for one the reviewer added)."""
        screen = self.screen
        rows = screen.rows["localities"]
        row_id = f"review-localities-{len(rows)}"
        rows.append({"id": row_id, "item": locality, "path": path,
                     "original": copy.deepcopy(locality) if path else None})
        note = certainty_text(screen.draft, path, screen.t)
        source = screen.sources.text(path, added=path is None)
        screen.marks.source(row_id, source)
        return locality_row(row_id, locality, source, screen.words, [note] if note is not None else [])

    def replace(self, row_id: str) -> None:
        """Read the locality row `row_id` again through the gazetteer and show what it now resolves to."""
        screen = self.screen
        row = next(r for r in screen.rows["localities"] if r["id"] == row_id)
        name, district, province = (screen.query_one(f"#{row_id}-{part}", Input).value
                                    for part in ("name", "district", "province"))
        typed = [name, district, province]
        if row["original"] is not None and typed == [screen.marks.initial.get(f"{row_id}-{part}")
                                                      for part in ("name", "district", "province")]:
            row["item"] = copy.deepcopy(row["original"])  # typed back as it was: the draft's own reading
            shown = Text("→ " + visible(place_line(row["item"])), style="dim")
        else:
            # "phuong tan an" as the add field takes it: typed without accents it had been no unit at all
            reading = read_place(typed_place(name), district, province, screen.record, screen._date_value())
            row["item"] = reading.locality
            shown = place_text(screen.t, reading.locality, reading.elsewhere, clean(province))
        show_in_place(screen.query_one(f"#{row_id}-place", Static), shown)

    async def add(self, name: str) -> None:
        """Resolve `name` through the gazetteer (with the draft's provinces as hints) and add it; a name several
        provinces share is added unplaced, its province to be typed in the row."""
        screen = self.screen
        name = typed_place(name)  # "xa tan phu" as in the pickers: "xã Tân Phú"
        if not name:
            return
        await screen.later.wait()
        reading = read_place(name, "", "", screen.read().record, screen._date_value())
        if reading.locality is None and not reading.elsewhere:
            screen._show_error([screen.words["unknown_place"].format(name=visible(name))])
            return
        container = screen.query_one("#review-localities", Vertical)
        await container.mount(self.row(reading.locality or {"name": name}, None))
        row = screen.rows["localities"][-1]
        if reading.locality is None:  # a name several provinces have: the row asks for the province
            row["item"] = None
            screen.query_one(f"#{row['id']}-place", Static).update(place_text(screen.t, None, reading.elsewhere, ""))
            screen.query_one(f"#{row['id']}-province", Input).focus()
        screen.query_one("#review-new-locality", Input).value = ""
        screen._show_error([])
