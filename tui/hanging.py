"""Lines with a hanging indent: a bullet (or an indent) first, and every wrapped line under the text.

A `Text` wraps its continuation lines to the pane's left edge, so in an 80-column details pane a long
recommendation read as " • Sớm chỉ đạo các bộ, ngành …" and then "khi thông tin …" under the bullet, and its
route and status line ran back to the edge too: the eye could not tell where one item ended. Here each line
is wrapped to the width left after its prefix and its continuation lines are padded to the prefix's width.
Record text stays a plain `Text` (never markup): the caller builds it with `tui.safe`.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text


class Hanging:
    """Rows of (prefix, body): the body wraps in the width the prefix leaves, aligned under its first word."""

    def __init__(self) -> None:
        self.rows: list[tuple[Text, Text]] = []

    def add(self, prefix: str | Text, body: Text) -> None:
        self.rows.append((Text(prefix) if isinstance(prefix, str) else prefix, body))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        for prefix, body in self.rows:
            indent = min(prefix.cell_len, max(width - 10, 0))  # a pane narrower than the prefix still shows words
            lines = body.wrap(console, max(width - indent, 1), overflow="fold")
            pad = Text(" " * indent)
            for number, line in enumerate(lines):
                yield Text.assemble(prefix if number == 0 else pad, line, no_wrap=True, end="\n")

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widest = max((prefix.cell_len + body.cell_len for prefix, body in self.rows), default=0)
        return Measurement(min(widest, 12), min(widest, options.max_width))
