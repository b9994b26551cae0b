"""Record text made safe to put on a terminal.

Records come from other offices and from scraped articles, so any string in
them may hold console markup (`[b]`, `[@click=app.quit]`) or terminal
escapes (ESC, OSC 8 links, BEL). Rich and Textual pass a raw ESC straight
through to the terminal, and markup would be obeyed, so every record string
goes through `visible()` and is wrapped in `Text`/`Content` as plain text:
never formatted into a markup string.
"""

from __future__ import annotations

import unicodedata

from rich.text import Text

_SPACE_LIKE = {"\t": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\x85": " "}


def visible(text: object, keep_newlines: bool = False) -> str:
    """`text` with control and format characters shown as `\\x1b`-style escapes.

    Tabs and line separators become spaces; newlines are kept only where the
    caller lays out paragraphs (`keep_newlines`).
    """
    raw = "" if text is None else str(text)
    out: list[str] = []
    for ch in raw:
        if ch == "\n":
            out.append("\n" if keep_newlines else " ")
        elif ch in _SPACE_LIKE:
            out.append(_SPACE_LIKE[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\u200d":
            out.append(_escape(ch))
        else:
            out.append(ch)
    return "".join(out)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def plain(text: object, style: str = "", keep_newlines: bool = False) -> Text:
    """A `Text` holding `text` literally: markup is not parsed, escapes are shown."""
    return Text(visible(text, keep_newlines), style=style)


def one_line(text: object, width: int, style: str = "") -> Text:
    """`text` on one line, cut with an ellipsis and padded to exactly `width` cells."""
    result = Text(visible(text), style=style, no_wrap=True, overflow="ellipsis", end="")
    result.truncate(max(width, 0), overflow="ellipsis", pad=True)
    return result
