"""Size limits: on one record, checked before anything walks it, and on what an import reads.

A 10 MB string or a record nested thousands of levels deep is an accident,
not data; finding that without recursion keeps a hostile file from
exhausting the stack or memory of the walk that normalizes records. The
read limits (`ReadLimits`) keep `/dev/zero`, an endless pipe or a stream of
bad lines from exhausting memory or running forever.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..validation import Problem

MAX_STRING = 100_000
"""Characters in one string. The longest real summaries are a few thousand; a 10 MB string is an accident."""
MAX_DEPTH = 16
"""Nesting levels in one record. The schema needs 5 (record → recommendations → item → responses → response)."""
LIMIT_MARK = "input limit: "
"""Starts the message of a limit problem, so that later steps know not to walk the record any further."""


def limit_problems(value: dict[str, Any]) -> list[Problem]:
    """Nesting deeper than MAX_DEPTH or strings longer than MAX_STRING in a record, found without recursion."""
    too_deep: list[str] = []
    too_long = False
    stack: list[tuple[Any, int, Any]] = [(value, 1, None)]
    while stack:
        node, depth, top = stack.pop()
        if depth > MAX_DEPTH:
            if top not in too_deep:
                too_deep.append(top)
            continue
        for key, child in (node.items() if type(node) is dict else enumerate(node)):
            kind = type(child)
            if kind is str:
                too_long = too_long or len(child) > MAX_STRING
            elif kind is dict or kind is list:
                stack.append((child, depth + 1, key if top is None else top))
    problems = [Problem(str(top), f"{LIMIT_MARK}nested more than {MAX_DEPTH} levels deep "
                                                "(a record needs at most 5)") for top in too_deep]
    if too_long and not too_deep:
        problems += [Problem(path, LIMIT_MARK + _too_long(text)) for path, text in _long_strings(value, "")]
    return sorted(problems, key=lambda p: p.path)


def _long_strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(path, text) of every string over the limit.

    Only called when one exists, on a tree known to be shallow enough.
    """
    items = value.items() if type(value) is dict else enumerate(value)
    for key, child in items:
        child_path = (f"{path}.{key}" if path else str(key)) if type(value) is dict else f"{path}[{key}]"
        if type(child) is str and len(child) > MAX_STRING:
            yield child_path, child
        elif type(child) in (dict, list):
            yield from _long_strings(child, child_path)


def _too_long(text: str) -> str:
    return f"text of {len(text):,} characters is longer than the limit of {MAX_STRING:,}"


MiB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """How much an import reads before it refuses, each raised from the command line.

    `/dev/zero`, an endless pipe or a 5 GB file must end in a message, not in
    `MemoryError` or a hang; each default is far above any real input.
    """

    file_size: int = 512 * MiB
    """Bytes read from one input (`--max-file-size`). A `.json` file is parsed whole, so it costs about 3×."""
    line: int = 64 * MiB
    """Bytes in one JSON Lines line (`--max-line-length`)."""
    problems: int = 1000
    """Problems recorded before reading stops (`--max-problems`): an endless stream of bad lines must end."""


class InputTooLarge(Exception):
    """An input went past `ReadLimits.file_size` while being read."""


class TooManyProblems(Exception):
    """`ReadLimits.problems` problems were found: reading stops."""


def size_words(size: int) -> str:
    """512 MiB, 64 KiB, 100 bytes: a size as a limit message says it."""
    for unit, name in ((1024 ** 3, "GiB"), (MiB, "MiB"), (1024, "KiB")):
        if size >= unit:
            amount = size / unit
            return f"{amount:,.0f} {name}" if amount.is_integer() or amount >= 100 else f"{amount:,.1f} {name}"
    return f"{size:,} bytes"


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b)?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """`512`, `512M`, `2G`, `64k`, `100b`: bytes; a bare number means MiB. ValueError if not a size."""
    match = _SIZE.fullmatch(text)
    if not match or float(match[1]) <= 0:
        raise ValueError(f"not a size: {text!r}; write it as 512M, 2G or 64k")
    unit = {"k": 1024, "m": MiB, "g": 1024 ** 3}.get(match[2].lower(), 1 if match[3] else MiB)
    return int(float(match[1]) * unit)
