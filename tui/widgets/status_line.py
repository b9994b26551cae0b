"""The status line under the filter bar: how many surveys are shown, the sort, and what is under way.

What it says comes from the screen (`BrowserState.count_text`, or a word while opening or searching);
it only shows it, with control characters made visible, and in the error colour for a bad filter.

Every message is read whole, never cut mid-word: the line is one row while what it says fits (the count, a word
of work under way), and a message that does not fit (a bad filter's reason with the list of field names, 170
cells in Vietnamese) takes the rows it needs, wrapped between words, right under the filter input the user is
typing in; the next message gives the rows back. The count's optional tail (the visits by kind) is shown as far as
its pieces fit whole on the row, the rest said by "…", so the kinds never make the list jump (only the notes of
work under way at 100,000 visits, counting while the index is rebuilt, take a second row at 80 columns). The rows
are measured on every message and resize; only a change of them lays the screen out again (a keystroke's count
does not).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.widgets import Static

from ..safe import visible

MAX_ROWS = 6
"""Rows an error may take at most (a terminal narrower than the 80 columns it is made for); past them it is cut."""
MORE = ", …"
"""Said after the optional pieces that fit, when some did not."""


class StatusLine(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._said: tuple[str, tuple[str, ...]] = ("", ())
        self.rows = 1
        """Rows the line takes now."""

    def say(self, text: str, error: bool = False, optional: tuple[str, ...] = ()) -> None:
        """Show `text` whole, then as many of `optional`'s pieces as fit on the same row (for the count's kinds)."""
        self._said = (visible(text), tuple(visible(piece) for piece in optional))
        self.set_class(error, "-error")
        self._show()

    @property
    def shown(self) -> str:
        """What the line says now, as plain text (tests, captures)."""
        return self._fitted(self._width())

    def _width(self) -> int:
        width = self.content_region.width if self.size.width else self.app.size.width - 2
        return max(width, 10)

    def _fitted(self, width: int) -> str:
        text, optional = self._said
        room = width - cell_len(text)
        taken: list[str] = []
        for index, piece in enumerate(optional):
            last = index == len(optional) - 1
            if cell_len(piece) + (0 if last else cell_len(MORE)) > room:
                break
            taken.append(piece)
            room -= cell_len(piece)
        if taken and len(taken) < len(optional):
            taken.append(MORE)
        return text + "".join(taken)

    def _show(self) -> None:
        width = self._width()
        content = Content(self._fitted(width))
        rows = min(len(content.wrap(width)), MAX_ROWS) or 1
        if rows != self.rows:
            self.rows = rows
            self.styles.height = rows  # a layout, only when the number of rows changes
            self.update(content)
        else:
            self.update(content, layout=False)  # the same rows whatever it says: no layout

    def on_resize(self, event: events.Resize) -> None:
        if self._said[0]:  # the kinds that fit and the rows an error takes follow the width
            self._show()
