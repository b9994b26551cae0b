"""A dialog's line of keys, broken between whole key groups, never inside one.

A hint is written as groups joined by " · " ("Tab moves · Ctrl+S exports (or Enter in the file name) · Escape
cancels · F1 help"). Wrapped by words, an 80-column export dialog had left "· F1 help" alone on the last line and
split "Escape" from "cancels": the line is broken here where a group ends, as the footer breaks between keys.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from textual.content import Content
from textual.events import Resize
from textual.widgets import Label

SEPARATOR = " · "


def group_lines(hint: str, width: int) -> str:
    """`hint` on lines of at most `width` cells, broken only between its " · " groups (a group wider than the line
    has a line of its own, wrapped by words there); the whole hint on one line when `width` is 0 (not laid out)."""
    if width <= 0:
        return hint
    lines: list[str] = []
    for group in hint.split(SEPARATOR):
        if lines and cell_len(lines[-1] + SEPARATOR + group) <= width:
            lines[-1] += SEPARATOR + group
        else:
            lines.append(group)
    return "\n".join(lines)


class KeyHint(Label):
    """A `Label` of a key hint: plain text (never markup), re-broken between groups when its width changes."""

    def __init__(self, hint: str, **kwargs: Any) -> None:
        super().__init__(Content(hint), **kwargs)
        self.hint = hint
        self._shown = hint
        self._said: str | None = None

    def on_resize(self, event: Resize) -> None:
        shown = group_lines(self.hint, self.content_size.width)
        if shown != self._shown:  # the same lines again: no new layout (a width fitted to them keeps them)
            self._shown = shown
            if self._said is None:  # a text said stays (the picker's stale counts, said before its first layout)
                self.update(Content(shown))

    def relabel(self, hint: str) -> None:
        """The keys said in another language (`L`), broken for the width it has."""
        self.hint = hint
        self._shown = group_lines(hint, self.content_size.width)
        if self._said is None:
            self.update(Content(self._shown))

    def say(self, text: str | None) -> None:
        """Show `text` (plain) in place of the keys for a while; None: the keys again."""
        self._said = text
        self.update(Content(self._shown if text is None else text))
