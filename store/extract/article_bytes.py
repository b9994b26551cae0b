"""An article file's bytes as text, whatever Unicode or Vietnamese code page it was saved in.

Articles come from browsers and word processors: UTF-8 mostly, but "Save as Unicode" on Windows writes UTF-16 (with
a byte order mark, or without one), and older Vietnamese pages and editors write Windows-1258, where a tone mark
is a separate combining byte. Decoded as UTF-8 with replacement, both gave text of "�" and NULs, which the
extractor read as no visit at all ("does not look like a visit report"), with nothing said of the encoding. A
records file refuses such bytes with the reason (`store.importing.decoding`); an article is only read, so it is
decoded as what it is: a byte order mark says which Unicode form; NUL bytes say UTF-16 without one;
bytes that are not UTF-8 are Windows-1258, the Vietnamese code page (Latin-1 text reads the same in it), composed
(NFC) so that "Hòa" is the letters the rules know.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
"""Byte order marks, UTF-32's before UTF-16's (UTF-32 LE's mark begins with UTF-16 LE's)."""


def article_text(raw: bytes) -> str:
    """`raw`, an article file's bytes, as text (see the module's docstring); never raises."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    head = raw[:400]
    if b"\x00" in head:  # no text holds NUL: UTF-16 without a mark, the NULs high bytes of Latin letters and spaces
        odd, even = head[1::2].count(0), head[0::2].count(0)
        return raw.decode("utf-16-le" if odd >= even else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and _utf8_before(raw[:error.start]):
            return raw.decode("utf-8", errors="replace")  # UTF-8 cut short at its end: the rest is good
    return unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))


def _utf8_before(raw: bytes) -> bool:
    """Whether the bytes before a cut are UTF-8 that only UTF-8 reads so (letters beyond ASCII): a lone high byte at
    the end of ASCII text is a Windows-1258 letter ("Â"), not a character cut short."""
    try:
        return not raw.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False
