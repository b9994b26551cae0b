"""Driving the import dialog in tests: a tiny host app, a store to import into, and the waits it needs.

The JSON dialog tests (`test_import_dialog.py`) and the article tests (`test_import_dialog_articles.py`)
drive the same dialog; the host, the path entry and the waits are written once here.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Static

from store.store import SurveyStore
from tui.screens.import_dialog import ImportScreen
from tui.screens.review import ReviewScreen

BUNDLED = 5
"""Records in a new store (the bundled sample)."""


class Host(App[None]):
    """Pushes one ImportScreen on mount and keeps what it dismissed with."""

    lang: str
    """The interface language (SurveysApp has one). Declared, not set: a host without it gets the ImportScreen's
    defaults (its dialog English, its review Vietnamese), which these tests read; a test may set it."""

    def __init__(self, store_path: Path, root: Path) -> None:
        super().__init__()
        self.store_path, self.root = store_path, root
        self.results: list[bool | None] = []

    def on_mount(self) -> None:
        self.push_screen(ImportScreen(self.store_path, root=self.root), self.results.append)


def make_store(tmp_path: Path) -> Path:
    """A new store (the bundled sample) inside a folder of its own, apart from the files to import."""
    path = tmp_path / "store" / "surveys.json"
    SurveyStore.open(path)
    return path


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@asynccontextmanager
async def import_dialog(db: Path, root: Path, size: tuple[int, int] | None = None,
                        path: str | None = None) -> AsyncIterator[tuple[Host, Pilot[None]]]:
    """The dialog over the store `db`, browsing from `root`; with `path`, that path entered and its check
    reported, or its first draft up for review."""
    app = Host(db, root)
    async with app.run_test(size=size or (80, 24)) as pilot:  # (80, 24): Textual's own default
        if path is not None:
            await enter_path(app, pilot, path)
            await until(pilot, lambda: dialog_idle(app)() or isinstance(app.screen, ReviewScreen))
        yield app, pilot


async def enter_path(app: Host, pilot: Pilot[None], path: str) -> None:
    """Put `path` in the path field and press Enter (the check or the extraction starts in a worker)."""
    field = app.screen.query_one("#path", Input)
    field.value = path
    field.focus()
    await pilot.press("enter")


async def until(pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Pause until `condition()` holds, then once more so that what it announced is drawn."""
    for _ in range(int(timeout / 0.02)):
        await pilot.pause()
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


def reviewing(app: App[Any]) -> Callable[[], bool]:
    """A review screen is on top, its rows mounted."""
    return lambda: isinstance(app.screen, ReviewScreen) and app.screen.rows_mounted


async def save_reviews(app: App[Any], pilot: Pilot[Any], count: int = 1) -> None:
    """Save each of the next `count` drafts in review as a user would: Ctrl+S, and a second Ctrl+S where the first
    only warned (a figure `check` would flag is kept on the second)."""
    for _ in range(count):
        await until(pilot, reviewing(app))
        review = app.screen
        for _ in range(2):
            if app.screen is review:
                await pilot.press("ctrl+s")
                await pilot.pause()
        assert app.screen is not review


def dialog_idle(app: Host) -> Callable[[], bool]:
    """The import dialog is on top and its worker has reported back (or the dialog is gone)."""
    def idle() -> bool:
        screen = app.screen
        if isinstance(screen, ReviewScreen):
            return False
        return not isinstance(screen, ImportScreen) or not screen._busy and not screen._reviewing
    return idle


def shown(app: App[Any], selector: str) -> str:
    """The text of the Static `selector` on the top screen."""
    return str(app.screen.query_one(selector, Static).render())
