"""A checkbox whose mark says whether it is ticked, without colour, and that Space ticks (not Enter).

Textual's `Checkbox` draws "▐X▌" ticked or not and tells the two apart by colour alone. Over ssh, in a
16-colour or NO_COLOR terminal, or to a reader who does not see the colours, the import dialog's unticked
"Replace records already stored" read as ticked, and the check then said "skip 1: same id" (found in tmux,
session 14). Here the X is drawn only when the box is ticked: "▐X▌" ticked, "▐ ▌" not.

Textual's box also ticks on Enter. In the import dialog, whose hint says Enter checks the path, a second Tab
(the path already complete) put the focus on "Replace records already stored", and the Enter meant for the
check ticked it and checked in replace mode (found in tmux, session 17). Space ticks, as in any form; Enter goes
on to the dialog, which says what it does there.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox, inherit_bindings=False):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "toggle_button", "Toggle", show=False)]

    @property
    def _button(self) -> Content:  # Textual's drawing of the box, its inner mark following the value
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button
