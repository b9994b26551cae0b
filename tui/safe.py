"""Record text made safe to put on a terminal.

Records come from other offices and from scraped articles, so any string in
them may hold console markup (`[b]`, `[@click=app.quit]`) or terminal
escapes (ESC, OSC 8 links, BEL). Rich and Textual pass a raw ESC straight
through to the terminal, and markup would be obeyed, so every record string
goes through `visible()` (the one sanitizer, `store.sanitize`, shared with
the CLI and files) and is wrapped in `Text`/`Content` as plain text: never
formatted into a markup string.
"""

from __future__ import annotations

from rich.text import Text

from store.sanitize import visible

__all__ = ["one_line", "plain", "visible"]


def plain(text: object, style: str = "", keep_newlines: bool = False) -> Text:
    """A `Text` holding `text` literally: markup is not parsed, escapes are shown."""
    return Text(visible(text, keep_newlines), style=style)


def one_line(text: object, width: int, style: str = "") -> Text:
    """`text` on one line, cut with an ellipsis and padded to exactly `width` cells."""
    result = Text(visible(text), style=style, no_wrap=True, overflow="ellipsis", end="")
    result.truncate(max(width, 0), overflow="ellipsis", pad=True)
    return result
