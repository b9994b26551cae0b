"""The import dialog's path field: completion from the filesystem, Tab to accept it, as in a shell.

Directories complete with a trailing "/", files only when their suffix is one
the dialog imports: records (.json, .jsonl) by default, and news articles
(.txt, .md, .html) where the dialog asks for them.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester

from store.importing import SUFFIXES

from ..widgets.ordered_input import OrderedInput


class PathSuggester(Suggester):
    """Completes a path from the filesystem: directories (with a trailing /) and files with one of `suffixes`."""

    def __init__(self, root: Path | None = None, suffixes: Collection[str] = tuple(SUFFIXES)) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.root = root
        self.suffixes = suffixes

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value, self.root or Path.cwd(), self.suffixes)


def complete_path(value: str, root: Path, suffixes: Collection[str] = tuple(SUFFIXES)) -> str | None:
    """`value` completed to the first matching entry of its directory, or None."""
    if not value:
        return None
    folder_text, separator, stem = value.rpartition("/")
    if separator:
        folder = Path(os.path.expanduser(folder_text or "/"))
    else:
        folder = Path(".")
    if not folder.is_absolute():
        folder = root / folder
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return None
    for entry in entries:
        name = entry.name
        if not name.startswith(stem) or name == stem and not _is_dir(entry):
            continue
        if name.startswith(".") and not stem.startswith("."):
            continue
        if _is_dir(entry):
            return value + name[len(stem):] + "/"
        if Path(name).suffix.lower() in suffixes:
            return value + name[len(stem):]
    return None


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class PathInput(OrderedInput):
    """An Input where Tab accepts the completion, as in a shell (and moves on when there is none)."""

    BINDINGS = [Binding("tab", "complete", "Complete", show=False)]

    def action_complete(self) -> None:
        suggestion = getattr(self, "_suggestion", "")
        if suggestion and len(suggestion) > len(self.value):
            self.value = suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
