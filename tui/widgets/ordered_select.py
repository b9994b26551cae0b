"""A drop-down (`Select`) that takes the keys of a burst in the order they were typed.

The app hands every key of a burst to the widget focused when it reads them. Textual's `Select` opened its list
when Enter had bubbled up to the app, and moved the focus to the list later still, so the Down and Enter queued
behind the first Enter only asked again to open it and the characters after them reached the list, which dropped
them; choosing in the list moved the focus back late in the same way (sessions 32 and 33: `Enter Down Enter Tab
0102` typed at once left the status and the deadline unchanged). Here the drop-down and its list run the binding
for a key at the key's turn (as `OrderedInput` does), move the focus at once when the list opens or closes, and
send a key that reaches them after they lost the focus on to the widget that has it now.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay


async def _bound_in_turn(widget: Widget, event: events.Key) -> None:
    """Run the binding for `event` now, the widget's first, then its containers', its screen's and the app's, as
    the key would bubble (priority bindings ran before the key reached the widget)."""
    node: DOMNode | None = widget
    while node is not None:
        for binding in node._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await widget.app.run_action(binding.action, node):
                event.stop()
                event.prevent_default()
                return
        node = node.parent


def _passed_on(widget: Widget, event: events.Key) -> bool:
    """Send `event` on to the focused widget if `widget` lost the focus to an earlier key of the burst; True if so.
    Straight to the widget (not back through the app) so that it comes before the keys the app has yet to hand."""
    focused = widget.app.focused
    if focused is widget:
        return False
    event.stop()
    event.prevent_default()
    again = events.Key(event.key, event.character)
    if focused is None:
        widget.app.post_message(again)
    else:
        again._set_forwarded()
        focused.post_message(again)
    return True


class OrderedOverlay(SelectOverlay):
    """The drop-down's list: Enter and Esc close it and give the focus back to the drop-down at their turn."""

    async def _on_key(self, event: events.Key) -> None:  # before `SelectOverlay._on_key` (type to search)
        if _passed_on(self, event) or (event.is_printable and self._type_to_search):
            return  # printable: `SelectOverlay._on_key` searches the options for it
        await _bound_in_turn(self, event)

    def action_select(self) -> None:
        owner = self.parent
        if isinstance(owner, OrderedSelect) and self.highlighted is not None:
            owner.chose(self.highlighted)
        else:
            super().action_select()

    def action_dismiss(self) -> None:
        owner = self.parent
        if isinstance(owner, OrderedSelect):
            owner.close()
        else:
            super().action_dismiss()


class OrderedSelect(Select[Any]):
    """`Select` whose list opens, takes a choice and closes at the turn of the keys that ask for it."""

    async def _on_key(self, event: events.Key) -> None:  # before `Widget._on_key`
        if not _passed_on(self, event):
            await _bound_in_turn(self, event)

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield OrderedOverlay(type_to_search=self._type_to_search).data_bind(compact=Select.compact)

    def _watch_expanded(self, expanded: bool) -> None:  # replaces `Select._watch_expanded`: focus now, not later
        try:
            overlay = self.query_one(OrderedOverlay)
        except NoMatches:
            return  # removed
        self.set_class(expanded, "-expanded")
        if not expanded:
            return
        self.screen.set_focus(overlay, scroll_visible=False)
        current = self.query_one(SelectCurrent)
        if self.value is self.NULL:
            overlay.select(None)
            current.has_value = False
            return
        for index, (_prompt, value) in enumerate(self._options):
            if value == self.value:
                overlay.select(index)
                break
        current.has_value = True

    def chose(self, index: int) -> None:
        """The list's choice at `index`: the value, the list closed, the focus back here, all now."""
        value = self._options[index][1]
        if value != self.value:
            self.value = value
        self.close()

    def close(self) -> None:
        self.screen.set_focus(self)  # before the list closes: its blur would otherwise leave no focus
        self.expanded = False
