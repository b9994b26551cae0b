"""A `--db` path that does not exist: the browser offers empty, sample or nothing, and never makes it silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import result, until
from tests.tui.waiting import drained
from tui.app import SurveysApp
from tui.screens.new_store import NewStoreScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


def _app(path: Path, lang: str) -> SurveysApp:
    app = SurveysApp(path, lang=lang)
    app.ask_before_creating = True
    return app


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_quit_makes_nothing(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "new.json"
    app = _app(path, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NewStoreScreen)
        await pilot.press("q")
        await pilot.pause()
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("key", "count"), [("e", 0), ("s", 5)])
async def test_empty_or_sample(tmp_path: Path, key: str, count: int) -> None:
    path = tmp_path / "new.json"
    app = _app(path, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await until(pilot, lambda: result(app) is not None, "the new store's first search")
        assert not isinstance(app.screen, NewStoreScreen)
        assert result(app) is not None and len(result(app).positions) == count
    assert path.exists()


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_missing_folder_is_said_at_once_and_nothing_is_made(tmp_path: Path, lang: str) -> None:
    """The dialog says the folder is missing before anything is chosen; e and s make nothing; q leaves."""
    path = tmp_path / "no-such-folder" / "new.json"
    app = _app(path, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NewStoreScreen)
        shown = " ".join(str(widget.render()) for widget in app.screen.query("Static, Label"))
        assert str(path.parent) in " ".join(shown.split())
        await pilot.press("s", "e")
        await drained(pilot, idle=False)  # both keys handled (nothing loads meanwhile): still the dialog
        assert isinstance(app.screen, NewStoreScreen) and app.load_error is None
        await pilot.press("q")
        await pilot.pause()
    assert not path.parent.exists()
