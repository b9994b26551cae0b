"""A checkbox whose mark says whether it is ticked, without colour.

Textual's `Checkbox` draws "▐X▌" ticked or not and tells the two apart by colour alone. Over ssh, in a
16-colour or NO_COLOR terminal, or to a reader who does not see the colours, the import dialog's unticked
"Replace records already stored" read as ticked, and the check then said "skip 1: same id" (found in tmux,
session 14). Here the X is drawn only when the box is ticked: "▐X▌" ticked, "▐ ▌" not.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    @property
    def _button(self) -> Content:  # Textual's drawing of the box, its inner mark following the value
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button
