"""The import dialog's path field: completion from the filesystem, Tab to accept it, as in a shell.

Directories complete with a trailing "/", files only when their suffix is one
the dialog imports: records (.json, .jsonl) by default, and news articles
(.txt, .md, .html) where the dialog asks for them. As in bash, Tab completes
as far as every match agrees (`t1` → `t100_` when t100_a.json and
t100_b.json are there; the first of them was a guess the user then had to
erase); a second Tab, with nothing more to complete, lists the matches; a
third moves on to the next field.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from textual.binding import Binding
from textual.message import Message
from textual.suggester import Suggester, SuggestionReady

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
    """`value` completed as far as every match agrees (the whole match when there is one), or None when there is
    none or they agree on nothing more than `value`."""
    found = path_matches(value, root, suffixes)
    if not found:
        return None
    common = os.path.commonprefix(found)
    return common if len(common) > len(value) else None


def path_matches(value: str, root: Path, suffixes: Collection[str] = tuple(SUFFIXES)) -> list[str]:
    """Every completion of `value` from its directory, by name: directories with a trailing /, importable files."""
    if not value:
        return []
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
        return []
    found: list[str] = []
    for entry in entries:
        name = entry.name
        if not name.startswith(stem) or name == stem and not _is_dir(entry):
            continue
        if name.startswith(".") and not stem.startswith("."):
            continue
        if _is_dir(entry):
            found.append(value + name[len(stem):] + "/")
        elif Path(name).suffix.lower() in suffixes:
            found.append(value + name[len(stem):])
    return found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class PathInput(OrderedInput):
    """An Input where Tab completes as a shell does: as far as the matches agree; then lists them (`Listed`, for
    the dialog to show); then moves on."""

    BINDINGS = [Binding("tab", "complete", "Complete", show=False)]

    class Listed(Message):
        """A second Tab: the names `value` could be completed to (more than one)."""

        def __init__(self, names: list[str]) -> None:
            super().__init__()
            self.names = names

    _listed: str | None = None
    """The value whose matches a Tab listed: a Tab on it again moves on."""
    _checked: str | None = None
    """The value Enter checked: no suggestion is drawn after it until the value changes."""

    def settle(self) -> None:
        """Enter was pressed: the field shows what is checked, not "surveys-export.jsonl" grey after the ".json"
        the report reads (a suggestion still on its way is dropped too, `_on_suggestion_ready`)."""
        self._checked = self.value
        self._suggestion = ""

    def _watch_value(self, value: str) -> None:
        super()._watch_value(value)
        self._checked = None  # typed on: suggestions again, even back at the checked text

    async def _on_suggestion_ready(self, event: SuggestionReady) -> None:  # before `Input._on_suggestion_ready`
        if self._checked is not None and event.value == self._checked == self.value:
            event.prevent_default()  # stops the Input's own handler, which would draw it

    def action_complete(self) -> None:
        suggester = self.suggester
        if isinstance(suggester, PathSuggester):  # the filesystem now, not the suggestion shown a moment ago
            found = path_matches(self.value, suggester.root or Path.cwd(), suggester.suffixes)
        else:
            found = [getattr(self, "_suggestion", "")] if getattr(self, "_suggestion", "") else []
        common = os.path.commonprefix(found) if found else ""
        if len(common) > len(self.value):
            self.value = common
            self.cursor_position = len(self.value)
        elif len(found) > 1 and self._listed != self.value:
            self._listed = self.value
            folder = self.value.rfind("/") + 1  # the names only, as a shell lists them
            self.post_message(self.Listed([name[folder:] for name in found]))
        else:
            self.screen.focus_next()
