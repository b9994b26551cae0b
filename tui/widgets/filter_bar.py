"""The filter bar: the active filter as one editable string.

It shows exactly `Filter.render(lang)`, the syntax `surveys list --query` reads, with the field names of
the interface language (`nam:2025 tinh:"Lạng Sơn"` / `year:2025 province:"Lạng Sơn"`; both read in either),
so a filter can be copied from the screen into a script and back. Enter
parses what was typed; a bad filter is reported, never raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label

from store.filter_names import field_of
from store.query import Filter, QueryError

from ..i18n import Translator
from ..i18n_errors import explain
from ..safe import visible
from .ordered_input import OrderedInput


class FilterBar(Horizontal):
    BINDINGS = [Binding("escape", "leave", show=False)]

    @dataclass
    class Applied(Message):
        query: Filter

    @dataclass
    class Invalid(Message):
        error: str

    @dataclass
    class Left(Message):
        """Escape: the edit was dropped and focus should go back to the list."""

    def __init__(self, label: str, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        self.placeholder = placeholder
        self.shown = ""

    def compose(self) -> ComposeResult:
        yield Label(Content(self.label), id="filter-label")
        yield OrderedInput(placeholder=self.placeholder, id="filter-input", compact=True, select_on_focus=False)

    def relabel(self, label: str, placeholder: str) -> None:
        """The label and placeholder in another language (`tui.language`); what is typed stays."""
        self.label, self.placeholder = label, placeholder
        self.query_one("#filter-label", Label).update(Content(label))
        self.input.placeholder = placeholder

    @property
    def input(self) -> Input:
        return self.query_one("#filter-input", Input)

    def show(self, query: Filter, lang: str = "en") -> None:
        """Display `query` with `lang`'s field names; record text in it is shown with control characters escaped."""
        self.shown = visible(query.render(lang))
        self.input.value = self.shown
        self.input.cursor_position = len(self.shown)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value == self.shown:
            self.post_message(self.Left())
            return
        try:
            query = _parse(event.value)
        except QueryError as error:
            translate = getattr(self.app, "t", None)
            reason = explain(str(error), translate) if isinstance(translate, Translator) else str(error)
            self.post_message(self.Invalid(reason))
            return
        self.post_message(self.Applied(query))

    def action_leave(self) -> None:
        """Escape: the filter as it was, the cursor at its end (where `:` then Ctrl+U expect it: it had stayed
        where the dropped edit left it, so Ctrl+U cut half the filter and the next one was typed into the rest)."""
        self.input.value = self.shown
        self.input.cursor_position = len(self.shown)
        self.post_message(self.Left())


def _parse(text: str) -> Filter:
    """The typed filter; a date written with a month name ("since:'May 2023'", "date:'tháng 5/2023'")
    is read as the number the core expects, but only when the text as typed does not parse."""
    try:
        return Filter.parse(text)
    except QueryError:
        from ..screens.dates import numeric_dates  # noqa: PLC0415 - only for a filter that did not parse

        numeric = _DATE_VALUE.sub(lambda found: found[1] + _quoted(numeric_dates(found[4] or found[5]))
                                  if field_of(found[2]) in ("since", "until", "date") else found[0], text)
        if numeric == text:
            raise
        try:
            return Filter.parse(numeric)
        except QueryError:
            pass
        raise


_DATE_VALUE = re.compile(r'(?<!\w)(([^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*)\s*:\s*)("([^"]*)"|(\S+))')
"""A clause and its value, quoted or not; a date field's (`since:`, `tu:`, `từ:`, …) gets month names read as
numbers."""


def _quoted(value: str) -> str:
    return f'"{value}"' if " " in value else value
