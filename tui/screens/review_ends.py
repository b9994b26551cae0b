"""The review form's scroll, where Home and End go to the form's first and last field, as in a form elsewhere.

The form is a `VerticalScroll` that takes no focus: its fields do. Textual's scroll binds Home and End to
scroll to its top and bottom, so pressed on a choice, a "keep" box or a button they moved the form and left
the cursor where it was, out of sight (a tryout of session 30: Tab then went on from a field no longer shown).
Here they move the focus to the first (last) field and show it. In a text field Home and End keep to the
line's start and end, as the field binds them; Ctrl+Home and Ctrl+End go to the first and last field from
anywhere in the form.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll


class FormScroll(VerticalScroll):
    """The review screen's form: a scroll whose Home and End are the first and the last field's."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+home", "scroll_home", show=False),
        Binding("ctrl+end", "scroll_end", show=False),
    ]

    def action_scroll_home(self) -> None:
        self._focus_end(first=True)

    def action_scroll_end(self) -> None:
        self._focus_end(first=False)

    def _focus_end(self, first: bool) -> None:
        """Focus the form's first or last field and scroll the form to that end (its label, or the last section's
        end, in sight with it)."""
        fields = [widget for widget in self.screen.focus_chain if self in widget.ancestors]
        if not fields:
            return
        fields[0 if first else -1].focus(scroll_visible=False)
        if first:
            self.scroll_home(animate=False)
        else:
            self.scroll_end(animate=False)
