"""What a JSON parser accepts silently but a record must not: repeated keys and numbers that vanish.

orjson keeps the last of two equal keys in one object and reads `1e-400` as
0.0; both lose what the author wrote without a word. Each is found by a
cheap scan of the raw text (colons counted; an exponent of three digits
searched), and only a document that shows the symptom is looked at more
closely (strings matched whole, so nothing inside one is taken for a key
or a number).
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from ..sanitize import quoted

_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_TINY_FRACTION = b"." + b"0" * 300
_STRING_OR_NUMBER = re.compile(_STRING + rb"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def key_count(raw: bytes | bytearray) -> int:
    """Colons in the JSON text `raw`, a `\\u003a` escape counted as one: keys plus colons inside strings.

    Re-serializing what the parser kept gives the same count unless a key
    was dropped, since strings survive whole and every key brings one colon.
    Counting bytes is all it costs.
    """
    return raw.count(b":") + raw.count(b"\\u003a") + raw.count(b"\\u003A")


def parsed_key_count(value: Any) -> int:
    """`key_count` of the parsed `value`, re-serialized: smaller than the text's if a repeated key was dropped."""
    try:
        return key_count(orjson.dumps(value))
    except TypeError:  # nested deeper than orjson writes (the record limits refuse it later): count by walking
        count, stack = 0, [value]
        while stack:
            node = stack.pop()
            if type(node) is dict:
                count += len(node) + sum(key.count(":") for key in node)
                stack.extend(node.values())
            elif type(node) is list:
                stack.extend(node)
            elif type(node) is str:
                count += node.count(":")
        return count


def duplicate_keys(raw: bytes | bytearray) -> str:
    """A message naming the keys `raw` repeats within one object (called once counts differ)."""
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in items:
            if key in seen and key not in repeated:
                repeated.append(key)
            seen.add(key)
        return dict(items)

    try:
        json.loads(bytes(raw), object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        pass  # orjson read it; the counts already prove a repeat
    names = ", ".join(quoted(key) for key in repeated[:5]) + (
        f" and {len(repeated) - 5} more" if len(repeated) > 5 else ""
    )
    return (f"the same key appears twice in one object ({names or 'a key'}); JSON would keep only the last value, "
            "so say each field once")


def _tiny_exponent(raw: bytes | bytearray) -> bool:
    """True if `raw` holds `e-` or `E-` followed by three digits (`1e-400`); "de-an-06" is passed over quickly."""
    for marker in (b"e-", b"E-"):
        at = raw.find(marker)
        while at != -1:
            digits = raw[at + 2: at + 5]
            if len(digits) == 3 and digits.isdigit():
                return True
            at = raw.find(marker, at + 2)
    return False


def vanishing_numbers(raw: bytes | bytearray) -> str | None:
    """A message if `raw` writes a non-zero number too small for a float (it would be read as 0)."""
    if _TINY_FRACTION not in raw and not _tiny_exponent(raw):  # the usual case: byte searches only
        return None
    for token in _STRING_OR_NUMBER.findall(raw):
        if token.startswith(b'"'):
            continue
        mantissa = re.split(rb"[eE]", token)[0]
        if float(token) == 0.0 and re.search(rb"[1-9]", mantissa):
            shown = token.decode("ascii")
            shown = shown if len(shown) <= 40 else shown[:20] + "…" + shown[-10:]
            return (f"the number {shown} is too small to store: it would be read as 0; "
                    "write 0, or the value in a larger unit")
    return None
