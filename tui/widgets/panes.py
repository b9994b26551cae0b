"""The list-over-details column, which says when its size changed.

The app sizes the list from the room this column has; the app's own Resize
arrives before the screen has laid the column out again, so the height read
then is the old one (the list stayed a few rows tall after shrinking and
growing the window). The column's own Resize comes after layout.
"""

from __future__ import annotations

from textual import events
from textual.containers import Vertical
from textual.message import Message


class Panes(Vertical):
    class Resized(Message):
        """The column has its new size."""

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized())
