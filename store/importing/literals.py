"""What a JSON parser accepts silently but a record must not: repeated keys and numbers that vanish.

orjson keeps the last of two equal keys in one object and reads `1e-400` as
0.0; both lose what the author wrote without a word. The raw text is
scanned once for each (strings are matched whole, so nothing inside a
string is taken for a key or a number), and only a document that shows the
symptom is looked at more closely.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from ..sanitize import quoted

_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_STRINGS = re.compile(_STRING)
_TINY_HINT = re.compile(rb"[eE]-\d{3}|\.0{300}")
_STRING_OR_NUMBER = re.compile(_STRING + rb"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def key_count(raw: bytes | bytearray) -> int:
    """How many object keys the JSON text `raw` writes: outside strings, every colon follows a key."""
    return _STRINGS.sub(b"", raw).count(b":")


def parsed_key_count(value: Any) -> int:
    """How many keys the parsed `value` kept: counted on its compact re-serialization, the same way."""
    try:
        return key_count(orjson.dumps(value))
    except TypeError:  # nested deeper than orjson writes (the record limits refuse it later): count by walking
        count, stack = 0, [value]
        while stack:
            node = stack.pop()
            if type(node) is dict:
                count += len(node)
                stack.extend(node.values())
            elif type(node) is list:
                stack.extend(node)
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
    names = ", ".join(quoted(key) for key in repeated[:5]) + (f" and {len(repeated) - 5} more" if len(repeated) > 5 else "")
    return (f"the same key appears twice in one object ({names or 'a key'}); JSON would keep only the last value, "
            "so say each field once")


def vanishing_numbers(raw: bytes | bytearray) -> str | None:
    """A message if `raw` writes a non-zero number too small for a float (it would be read as 0)."""
    if not _TINY_HINT.search(raw):
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
