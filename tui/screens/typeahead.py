"""Keys typed faster than a dialog opens still land in its input.

A pushed screen gets its focus only after it is mounted; keys already on
their way ("w" then "lai" in one burst, or a paste) reach the screen itself,
with no input focused to take them, and would be lost. Dialogs with one
input catch those keys here and type them into the input instead.
"""

from __future__ import annotations

from textual import events
from textual.css.query import NoMatches
from textual.widgets import Input

from ..widgets.ordered_input import OrderedInput


class TypeAhead:
    """Mixin for a Screen whose `INPUT_ID` input should receive early keys."""

    INPUT_ID = ""
    _early = ""

    def on_key(self, event: events.Key) -> None:
        if not (event.is_printable and event.character):
            return
        event.stop()
        event.prevent_default()
        try:
            field = self.query_one(f"#{self.INPUT_ID}", Input)  # type: ignore[attr-defined]
        except NoMatches:
            self._early += event.character
            return
        field.insert_text_at_cursor(event.character)

    def focus_input(self) -> None:
        """Focus the input now, not after the queued events (as `Widget.focus` would)."""
        field = self.query_one(f"#{self.INPUT_ID}", Input)  # type: ignore[attr-defined]
        if isinstance(field, OrderedInput):
            field.focus_at_end()  # a value it opens with (the dates dialog's) is added to, not replaced
        else:
            self.set_focus(field)  # type: ignore[attr-defined]
        if self._early:
            field.insert_text_at_cursor(self._early)
            self._early = ""
