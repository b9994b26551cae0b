"""Folding a whole record's text about twenty times faster than `fold`, since the word index folds every record.

A charmap codec takes lower-cased text to one byte per character and
`bytes.translate` folds those bytes; text with a character outside the
table goes through `fold` itself. `tests/test_index_vs_scan.py` checks every
character the fast path takes against `fold`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TYPE_CHECKING

from ..folding import fold

if TYPE_CHECKING:
    from _codecs import _EncodingMap  # what codecs.charmap_build makes; typeshed names it here


def _fold_tables() -> tuple[dict[int, int] | _EncodingMap, bytes, bytes]:
    """A charmap codec taking lower-cased text to one byte per character, and the bytes to fold them to.

    Covers ASCII, Vietnamese letters, combining marks and Unicode spaces (and
    a few more Latin letters to fill the 256 codes); anything else falls back
    to `fold` itself.
    """
    decoding, target = [chr(code) for code in range(128)], list(range(128))
    for code in range(128):
        if chr(code).isspace():
            target[code] = 32
    candidates = list("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
    candidates += "\u0300\u0301\u0302\u0303\u0306\u0309\u0323\u031b\u0307\u0308\u030a\u030c\u0327\u0328"
    candidates += [chr(code) for code in range(0x80, 0x3001) if chr(code).isspace()]
    candidates += [chr(code) for code in range(0xC0, 0x250)]
    candidates += [chr(code) for code in range(0x300, 0x370)]
    delete = []
    for ch in dict.fromkeys(candidates):
        if len(decoding) == 256:
            break
        if ch.lower() != ch:
            continue
        folded = fold.__wrapped__(f"a{ch}a")
        if ch.isspace():
            byte = 32
        elif folded == "aa" and unicodedata.combining(ch):
            byte = None
        elif len(folded) == 3 and folded[1].isascii() and folded[1].isalnum():
            byte = ord(folded[1])
        else:
            continue
        if byte is None:
            delete.append(len(decoding))
            byte = 0
        decoding.append(ch)
        target.append(byte)
    while len(decoding) < 256:  # unreachable with the candidates above; keeps the codec total
        decoding.append(decoding[-1])
        target.append(target[-1])
    return codecs.charmap_build("".join(decoding)), bytes(target), bytes(delete)


_FOLD_MAP, _FOLD_TABLE, _FOLD_DELETE = _fold_tables()
_SPACE_RUNS = re.compile(rb" {2,}")
_charmap_encode = codecs.charmap_encode


def fold_bytes(text: str) -> bytes:
    """`fold(text).encode()`, about twenty times faster on Vietnamese text."""
    try:
        folded = _charmap_encode(text.lower(), "strict", _FOLD_MAP)[0].translate(_FOLD_TABLE, _FOLD_DELETE)
    except UnicodeEncodeError:
        return fold.__wrapped__(text).encode()
    if b"  " in folded:
        folded = _SPACE_RUNS.sub(b" ", folded)
    return folded.strip(b" ")


def fast_path_takes(ch: str) -> bool:
    """Whether `fold_bytes` folds `ch` (in lower case) through its table rather than through `fold`."""
    try:
        _charmap_encode(ch, "strict", _FOLD_MAP)
    except UnicodeEncodeError:
        return False
    return True
