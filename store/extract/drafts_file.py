"""A drafts file, as `surveys extract --with-provenance` writes it, read back.

Drafts are extracted in one sitting and reviewed or imported in another:
the browser's import dialog reopens each draft in the review screen, and
`surveys import` imports them as `--from-articles` would have. Both read the
file here, so they agree on what a drafts file is: JSON (an array, or one
draft) or JSON Lines whose objects carry a `record`, which no record can
have (the schema forbids the field).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from .draft import Draft

DRAFT_SUFFIXES = (".json", ".jsonl")
DRAFT_MARK = re.compile(rb'"record"\s*:')
"""Found in the first `PEEK` bytes of a drafts file; the same words inside a string have escaped quotes."""
PEEK = 1 << 16


@dataclass
class DraftsRead:
    """The drafts of one file with their item numbers (from 1), and why the others could not be read (item number,
    or None for the whole file)."""

    drafts: list[tuple[int, Draft]] = field(default_factory=list)
    problems: list[tuple[int | None, str]] = field(default_factory=list)


def is_drafts_file(path: Path) -> bool:
    """Whether `path` is a drafts file (an unreadable one is not: the records import says why)."""
    if path.suffix.lower() not in DRAFT_SUFFIXES or not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            return DRAFT_MARK.search(stream.read(PEEK)) is not None
    except OSError:
        return False


def read_drafts(path: Path) -> DraftsRead:
    """Every draft in the file at `path`, in order; an item that is no draft is a problem, not a crash."""
    read = DraftsRead()
    data = path.read_bytes()
    try:
        items = orjson.loads(data) if path.suffix.lower() == ".json" else [
            orjson.loads(line) for line in data.splitlines() if line.strip()]
    except orjson.JSONDecodeError as error:
        read.problems.append((None, f"is not valid JSON ({error})"))
        return read
    for number, item in enumerate(items if isinstance(items, list) else [items], start=1):
        try:
            draft = Draft.from_dict(item)
            if not isinstance(draft.record, dict):
                raise TypeError("its record is not an object")
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            read.problems.append((number, f"is not a draft ({error})"))
            continue
        read.drafts.append((number, draft))
    return read
