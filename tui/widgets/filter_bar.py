"""The filter bar: the active filter as one editable string.

It shows exactly `Filter.render()`, the syntax `surveys list --query` reads,
so a filter can be copied from the screen into a script and back. Enter
parses what was typed; a bad filter is reported, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label

from store.query import Filter, QueryError

from ..i18n import Translator
from ..i18n_errors import explain
from ..safe import visible


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
        yield Input(placeholder=self.placeholder, id="filter-input", compact=True, select_on_focus=False)

    @property
    def input(self) -> Input:
        return self.query_one("#filter-input", Input)

    def show(self, query: Filter) -> None:
        """Display `query`; record text in it is shown with control characters escaped."""
        self.shown = visible(query.render())
        self.input.value = self.shown
        self.input.cursor_position = len(self.shown)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value == self.shown:
            self.post_message(self.Left())
            return
        try:
            query = Filter.parse(event.value)
        except QueryError as error:
            translate = getattr(self.app, "t", None)
            reason = explain(str(error), translate) if isinstance(translate, Translator) else str(error)
            self.post_message(self.Invalid(reason))
            return
        self.post_message(self.Applied(query))

    def action_leave(self) -> None:
        self.input.value = self.shown
        self.post_message(self.Left())
