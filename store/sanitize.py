"""One rule for untrusted text on every surface: controls are shown, never obeyed.

Records come from other offices and from scraped articles, so any string in
them may hold terminal escapes (ESC, CSI, OSC 52 clipboard, OSC 0 title,
C1 controls such as U+009B, BEL, DEL) or bidi and format characters
(U+202E, U+2066, zero-width) that reorder or hide what a reader sees. A
widget, a terminal line and a message quoting input all pass through
`visible`; files for other programs get their own safe form: `csv_cell`
for spreadsheets, `json_safe` for JSON (the characters kept as `\\u`
escapes, so the data is unchanged), `markdown_safe` for the brief.

Markup (`[b]`, `[@click=app.quit]`) is not this module's concern: the UI
wraps text in `Text`/`Content`, which never parses it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACE_LIKE = {"\t": " ", "\r": " ", "\u2028": " ", "\u2029": " ", "\x85": " "}
_SHOWN = ("Cc", "Cf", "Cs", "Co", "Cn")
"""Categories shown as escapes: controls, format (bidi, zero-width), surrogates, private use, unassigned."""
ELLIPSIS = "…"
QUOTE_LIMIT = 60
"""Characters of an input value quoted back in a message; the rest is cut."""


def visible(text: object, keep_newlines: bool = False, limit: int | None = None) -> str:
    """`text` with every control, format and bidi character shown as a `\\x1b`-style escape.

    Tabs and line separators become spaces; newlines are kept only where the
    caller lays out paragraphs (`keep_newlines`). With `limit`, at most that
    many characters of `text` are shown, then an ellipsis.
    """
    raw = "" if text is None else str(text)
    cut = limit is not None and len(raw) > limit
    if cut:
        raw = raw[: max(limit - 1, 0)]  # type: ignore[operator]
    if raw.isprintable():  # the common case: nothing to do (isprintable is False for every category shown)
        return raw + ELLIPSIS if cut else raw
    out: list[str] = []
    category = unicodedata.category
    for ch in raw:
        if ch == "\n":
            out.append("\n" if keep_newlines else " ")
        elif ch in _SPACE_LIKE:
            out.append(_SPACE_LIKE[ch])
        elif category(ch) in _SHOWN:
            out.append(escape_char(ch))
        else:
            out.append(ch)
    return "".join(out) + (ELLIPSIS if cut else "")


def escape_char(ch: str) -> str:
    """`\\x1b`, `\\u202e`, `\\U000e0041`: how one hidden character is shown."""
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """An input value quoted in a message: one line, cut to `limit` characters, controls shown."""
    return '"' + visible(value, limit=limit) + '"'


def cut(text: str, limit: int) -> str:
    """`text` shortened to `limit` characters with an ellipsis, saying how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[: max(limit - 1, 0)]}{ELLIPSIS} ({len(text):,} characters)"


# -- CSV -------------------------------------------------------------------
_FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
"""A spreadsheet runs a cell starting with one of these (ASCII or full-width) as a formula."""


def csv_cell(text: object) -> str:
    """A text cell a spreadsheet shows and never runs: one line, controls shown, formulas defused.

    A cell whose first visible character starts a formula gets a leading
    apostrophe, which spreadsheets take as "this is text". Tabs, CR and
    newlines would split rows in careless readers, so they become spaces.
    """
    shown = visible(text)
    return "'" + shown if shown.lstrip()[:1] in _FORMULA_START else shown


# -- JSON ------------------------------------------------------------------
@functools.cache
def _json_hidden() -> re.Pattern[str]:
    """Characters JSON writers leave raw but a terminal would obey: DEL, C1, format/bidi, line separators.

    Built from the running Python's Unicode tables (about 30 ms, once).
    """
    category = unicodedata.category
    wanted = ("Cc", "Cf", "Zl", "Zp")
    codes = [0x7F] + [cp for cp in range(0x80, 0x20000) if category(chr(cp)) in wanted]
    codes += [cp for cp in range(0xE0000, 0xE0080) if category(chr(cp)) in wanted]
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in codes) + "]")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # outside the BMP JSON writes a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_safe(encoded: bytes) -> bytes:
    """JSON text with DEL, C1, bidi and format characters written as `\\u` escapes.

    The document means the same (JSON readers decode the escapes back), but
    `cat`-ing it to a terminal shows them instead of obeying them. These
    characters can only occur inside strings, so replacing them is safe.
    """
    if encoded.isascii() and b"\x7f" not in encoded:
        return encoded
    text = encoded.decode("utf-8")
    pattern = _json_hidden()
    if not pattern.search(text):
        return encoded
    return pattern.sub(_json_escape, text).encode("utf-8")


# -- Markdown --------------------------------------------------------------
def markdown_safe(text: str) -> str:
    """A whole Markdown document with every control shown, newlines kept: the last step of writing one."""
    return visible(text, keep_newlines=True)
