"""The status line under the filter bar: how many surveys are shown, the sort, and what is under way.

What it says comes from the screen (`BrowserState.count_text`, or a word while opening or searching);
it only shows it, with control characters made visible, and in the error colour for a bad filter.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ..safe import visible


class StatusLine(Static):
    def say(self, text: str, error: bool = False) -> None:
        self.update(Content(visible(text)), layout=False)  # one line high whatever it says: no layout
        self.set_class(error, "-error")
