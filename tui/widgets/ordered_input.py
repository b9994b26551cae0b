"""An input that takes its keys in the order they were typed.

Textual inserts a typed character as the input receives the key, but runs
the input's own bindings (Backspace, Delete, Ctrl+U, Home, the arrows) and
those above it (Tab to the next field, the screen's keys) only once the key
has bubbled up to the app, and the keys queued behind it have already been
typed by then. Over ssh, where keys arrive in bursts, "tan", Backspace,
Backspace, "vu" left "tan" instead of "tvu", and a number, Tab and the next
number put both numbers in the first field. Here the input runs the binding
for a key at the key's turn, its own first, then its containers', its
screen's and the app's (priority bindings have run before the key reached
the input, as before). A key that reaches the input after an earlier one
moved the cursor away goes back to the app, which gives it to the field the
cursor is in now.
"""

from __future__ import annotations

from textual import events
from textual.dom import DOMNode
from textual.widgets import Input
from textual.widgets.input import Selection


class OrderedInput(Input):
    _at_end = False
    """The next focus is the one its dialog opens with (`focus_at_end`): cursor at the end, nothing selected."""

    def focus_at_end(self) -> None:
        """Focused as its screen opens: the cursor after the value, nothing selected, so the first key typed adds
        to the value. Focus selects a value all (Tab into a field, Textual's way): as a screen opened, the first
        key typed had replaced the leader's name in the correction screen ("§" for "Phùng Thị Hồng Hà",
        tryout s38-tryout10)."""
        if self.has_focus:  # the screen's own first focus (`AUTO_FOCUS`) came first, and selected it all
            self.selection = Selection.cursor(len(self.value))
            return
        self._at_end = True
        self.screen.set_focus(self)  # now, as `TypeAhead.focus_input` does: keys typed at once land here

    def _on_focus(self, event: events.Focus) -> None:  # before `Input._on_focus` (each class's runs, this one first)
        if self._at_end:
            self._at_end = False
            selects, self.select_on_focus = self.select_on_focus, False  # `Input._on_focus` selects on this
            self.call_next(setattr, self, "select_on_focus", selects)  # a later Tab into it selects, as before
            self.cursor_position = len(self.value)

    async def _on_key(self, event: events.Key) -> None:  # before `Input._on_key` (Textual calls each class's in turn)
        if self.app.focused is not self:  # an earlier key of the burst moved the cursor (Tab) or closed the dialog
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))
            return
        if event.is_printable:
            return  # typed text: `Input._on_key` inserts it now
        node: DOMNode | None = self
        while node is not None:  # the input, its containers, the screen, the app: as the key would bubble
            for binding in node._bindings.key_to_bindings.get(event.key, ()):
                if not binding.priority and await self.app.run_action(binding.action, node):
                    event.stop()
                    event.prevent_default()
                    return
            node = node.parent

    def _on_blur(self, event: events.Blur) -> None:  # beside `Input._on_blur` (each class's handler runs)
        """Left, the field shows its text from the start: focus selects it all, which scrolls a value one cell
        wider than the field to its end, and it stayed so ("hường Chiềng Sinh" for a figure's place at 80×24)."""
        # not when focus comes back without selecting: the filter line's (`:` then Ctrl+U expects its end), or the
        # terminal's focus-out (Textual refocuses without selecting; typing went to the start: "duarach")
        if self.select_on_focus and self.app.app_focus:
            self.cursor_position = 0
