"""A note's long path broken at its separators, not inside a name.

Textual wraps a toast's text at spaces and cuts a word longer than the toast
anywhere: at 80 columns "…/surveys-export.cs" then "v" (tryout8, session 36).
A path is one such word. Here the text is laid out before Textual sees it:
words as Textual would, a word wider than the line split after each "/" (a
piece still too wide is cut, as Textual would have), so that Textual has
nothing left to cut.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

_PIECES = re.compile(r"[^/]*/|[^/]+")


def fold_paths(text: str, width: int) -> str:
    """`text` with its lines laid out to `width` cells when a word in it is wider (else as it was)."""
    if width < 8 or all(cell_len(word) <= width for word in text.split()):
        return text
    return "\n".join(_fold_line(line, width) for line in text.split("\n"))


def _fold_line(line: str, width: int) -> str:
    lines: list[str] = []
    current = ""
    for word in line.split(" "):
        pieces = _PIECES.findall(word) if cell_len(word) > width else [word]
        for number, piece in enumerate(pieces):
            joined = piece if number else (f"{current} {piece}" if current else piece)
            glued = current + piece if number else joined
            if cell_len(glued) <= width:
                current = glued
                continue
            if current:
                lines.append(current)
            current = piece
    lines.append(current)
    return "\n".join(lines)
