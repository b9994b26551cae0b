"""The new-store dialog's lines start in one column (tryout s40-tryout12).

At 80×24 in Vietnamese the line naming the path, " Không có kho nào tại …", began one column right of the title
and of the keys under it: it alone had a padding of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, Static

from tui.app import SurveysApp
from tui.screens.new_store import NewStoreScreen
from tui.widgets.key_hint import KeyHint

pytestmark = pytest.mark.slow  # Pilot: the whole app on a virtual screen


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_path_line_starts_where_the_title_and_the_keys_do(tmp_path: Path, lang: str) -> None:
    app = SurveysApp(tmp_path / "bao.json", lang=lang)
    app.ask_before_creating = True
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, NewStoreScreen)
        title = screen.query_one(".dialog-title", Label).content_region.x
        where = screen.query_one("#new-store-where", Static).content_region.x
        keys = screen.query_one(KeyHint).content_region.x
        assert where == title == keys
