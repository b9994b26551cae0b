"""What the review screen's keys do: leave, help, add a row, move by section, keep or drop a row, save.

`ReviewKeys` is the review screen's base (`tui.screens.review`), as
`browser_keys.BrowserKeys` is the browser's: the actions bound in
`keys.REVIEW_KEYS` and the error line they speak through. The screen itself
lays the fields out, marks the edits and reads the record back; a key here
only asks it (`read`, `add_item`) and decides what follows. Apart because
the screen had grown past 400 lines, and the keys are the part read when a
binding misbehaves. `review_correct.CorrectScreen` overrides `finish` (it
writes the record itself) and `action_cancel`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Static

from store.validation import validate

from ..safe import visible
from . import review_sections
from .help import HelpScreen
from .review_ends import FormScroll
from .review_focus import row_of, section_of
from .review_notes import check_lines, problem_lines
from .review_provenance import record_provenance

if TYPE_CHECKING:
    from store.extract import Draft

    from ..i18n import Translator
    from ..keys import KeySpec
    from .review_form import Reading
    from .review_later import LaterRows
    from .review_marks import EditMarks


class ReviewKeys(ModalScreen[dict[str, Any] | None]):
    """The review screen's actions; `ReviewScreen` gives the fields, the rows and the reading of them."""

    KEY_TABLE: tuple[KeySpec, ...]
    HELP_NOTES: str
    DROP_EDITS: str
    stored: bool
    draft: Draft
    article: str | None
    t: Translator
    lang: str
    marks: EditMarks
    later: LaterRows
    rows: dict[str, list[dict[str, Any]]]
    _drop_asked: set[str] | None
    _flags_shown: str | None

    if TYPE_CHECKING:
        def read(self) -> Reading: ...

        async def add_item(self, name: str) -> None: ...

    # -- actions (keys in keys.REVIEW_KEYS) ------------------------------------------------------

    def action_cancel(self) -> None:
        """Esc leaves the draft out; with edits made, only when pressed again (one slip had lost them all)."""
        edited = self.marks.edited_now(self)
        if edited and self._drop_asked != edited:
            self._drop_asked = edited
            self._show_error([self.t(self.DROP_EDITS, n=self.t.number(len(edited)))])
            return
        self.dismiss(None)

    def action_help(self) -> None:
        """F1: this screen's keys and how values are written."""
        self.app.push_screen(HelpScreen(self.t, self.KEY_TABLE, self.HELP_NOTES))

    async def action_add_here(self) -> None:
        """Ctrl+N: a new row in the section the cursor is in (a locality: to the "add" field)."""
        name = section_of(self.focused)
        if name == "localities":
            self.query_one("#review-new-locality", Input).focus()
        elif name:
            await self.add_item(name)
        else:
            self._show_error([self.t("review.add_where")])

    def action_next_section(self) -> None:
        """Ctrl+↓: the next section's first field (`review_sections`)."""
        review_sections.go(self.query_one(FormScroll), self.focused, forward=True)

    def action_previous_section(self) -> None:
        """Ctrl+↑: this section's first field, or the one before's."""
        review_sections.go(self.query_one(FormScroll), self.focused, forward=False)

    def action_toggle_keep(self) -> None:
        """Ctrl+T: keep or drop the row the cursor is in."""
        row = row_of(self.focused)
        if row is None:
            self._show_error([self.t("review.keep_where")])
            return
        box = self.query_one(f"#{row}-keep", Checkbox)
        box.value = not box.value

    async def action_save(self) -> None:
        await self.later.wait()
        reading = self.read()
        record, errors = reading.record, reading.errors
        edited = self.marks.edited_now(self)
        record["provenance"] = record_provenance(self.draft, record, self.rows, reading.rows_of, edited, self.stored,
                                                 None if self.stored else self.article)
        if not errors:
            errors = problem_lines(validate(record), self.t)
        if errors:
            self._show_error(errors)
            return
        flags = check_lines(record, self.lang)
        if flags and flags != self._flags_shown:
            self._flags_shown = flags  # shown once; Save again keeps the record as it is
            self._show_error([self.t("review.flags_before_save"), flags])
            return
        self.finish(record)

    def finish(self, record: dict[str, Any]) -> None:
        """The record is valid and checked: hand it to the caller, who saves it through the import path."""
        self.dismiss(record)


    def _show_error(self, errors: list[str]) -> None:
        shown = self.query_one("#review-error", Static)
        shown.update(Text("\n".join(visible(error) for error in errors)))  # one line each, not run together
        shown.display = bool(errors)
