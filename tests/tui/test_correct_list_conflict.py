"""A correction's conflict on a list value, at 80×24 in Vietnamese: what the other writer stored is said short.

Two writers on one TinyDB store: the browser's correction screen (`r`) and another office that saves the same
survey's figures while it is open. The conflict names the figures and shows what they hold now, the changed
items by number and written as the browser writes numbers (`review_save.shown_items`); it had been tested by a
unit test only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows

TAN_DINH = make_record()["id"]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([make_record()])
    return path


def their_figures(current: dict[str, Any]) -> dict[str, Any]:
    """The other office's change: the count of files received, and the share on time, as a float."""
    figures = [dict(figure) for figure in current["figures"]]
    figures[0]["value"], figures[1]["value"] = 4421, 97.0
    return {**current, "figures": figures}


async def test_a_conflict_on_the_figures_shows_what_they_hold_now_at_80x24_in_vietnamese(store: Path) -> None:
    async with browsing(store, "vi", (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        await pilot.pause()
        SurveyStore.open(store).update(TAN_DINH, their_figures)  # the second writer, while the screen is open
        screen.query_one("#review-figures-1-value", Input).value = "99,5"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is screen  # nothing written, the edit kept
        said = " ".join(str(screen.query_one("#review-error", Static).render()).split())
        assert "nơi khác đã sửa Số liệu của chuyến này nên chưa lưu gì" in said, said
        assert ("Số liệu đã lưu bây giờ: 1. Hồ sơ tiếp nhận: 4.421 hồ sơ (quý 3/2025, phường Tân "
                "Định); 2. Tỷ lệ đúng hạn: 97%") in said, said
        lines = [line.strip("█ ") for line in screen_text(app).splitlines()]  # the dialog's lines, no frame
        start = next(at for at, line in enumerate(lines) if line.startswith("Trong lúc bạn sửa"))
        shown = " ".join(lines[start:]).split(" Lưu ")[0]
        assert " ".join(shown.split()) == said  # every word of it on screen, above the buttons, at 80×24
    record = SurveyStore.open(store).get(TAN_DINH)
    assert record is not None and [figure["value"] for figure in record["figures"]] == [4421, 97.0]
