"""Text whose wrapped lines hang under the line they continue, for the dialogs' reports and lists.

A report line such as `  2024-10-03-hdnd-da-nang-hoa-vang  (/tmp/inbox/danang.json[0])` is wider than
an 80-column dialog: wrapped as Textual wraps, its second line started at the first column, under the section's
title, and read as a line of its own. `Hanging` wraps each line at the widget's width and starts its
continuation `hang` cells to the right of where the line's own text starts (its leading spaces), so an item
reads as one. A line with no leading spaces (a title, a paragraph such as the merge offer's intro) wraps as
Textual wraps it. Its `str()` is the text unwrapped, as a `Static`'s render had been.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

HANG = 2
"""Cells a continuation starts right of its line's own text."""


class Hanging(Visual):
    """`content` (or a Rich `Text`), each indented line wrapped with a hanging indent."""

    def __init__(self, content: Content | Text | str, hang: int = HANG) -> None:
        self.content = content if isinstance(content, Content) else (
            Content.from_rich_text(content) if isinstance(content, Text) else Content(content))
        self.hang = hang
        self._wrapped: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.content.plain

    def wrapped(self, width: int) -> Content:
        """The lines as shown at `width`: none wider, continuations indented."""
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        lines: list[Content] = []
        for line in self.content.split("\n", allow_blank=True):
            lines.extend(hang_line(line, width, self.hang))
        joined = Content("\n").join(lines)
        self._wrapped = (width, joined)
        return joined

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.wrapped(width).render_strips(width, height, style, options) if width > 0 else []

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.wrapped(width).get_height(rules, width) if width > 0 else 0


def hang_line(line: Content, width: int, hang: int = HANG) -> list[Content]:
    """One line wrapped at `width`; an indented one's continuations `hang` cells right of its own text (half the
    width at most, so that a deeply indented line still has room)."""
    plain = line.plain
    lead = len(plain) - len(plain.lstrip(" "))
    if width <= 0 or line.cell_length <= width:
        return [line]
    if not lead:
        return line.wrap(width)
    first = line.wrap(width)[0]
    start = len(first.plain)
    while start < len(plain) and plain[start] == " ":
        start += 1
    rest = line[start:]
    if not rest.plain:
        return [first]
    indent = min(lead + hang, width // 2)
    return [first, *(Content(" " * indent) + piece for piece in rest.wrap(width - indent))]
