"""`D` in the browser: a confirmation naming the survey, then one delete through the repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from store.store import SurveyStore
from tests.factories import make_record
from tests.present import present
from tests.tui.browser_helpers import browsing, listed_ids, notes, selected_id, settle
from tui.days import visit_day
from tui.screens.confirm_delete import ConfirmDeleteScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


async def _confirm(pilot) -> ConfirmDeleteScreen:
    await pilot.press("D")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ConfirmDeleteScreen)
    return screen


@pytest.mark.parametrize("lang, title", [("en", "Delete this visit?"), ("vi", "Xóa chuyến này?")])
async def test_y_deletes_the_named_survey_and_the_list_follows(bundled_store: Path, lang: str, title: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        doomed = present(selected_id(app))
        screen = await _confirm(pilot)
        shown = str(screen.query_one("#confirm-delete-what", Static).render())
        record = present(SurveyStore(bundled_store).get(doomed))
        assert doomed in shown and record["body"] in shown and visit_day(record, lang) in shown
        assert title in str(screen.query_one(".dialog-title").render())
        await pilot.press("enter")  # not an answer
        assert isinstance(app.screen, ConfirmDeleteScreen)
        await pilot.press("y")
        await pilot.app.workers.wait_for_complete()
        await settle(pilot)
        assert doomed not in listed_ids(app) and len(listed_ids(app)) == 4
        assert any(doomed in note for note in notes(app))
    assert SurveyStore(bundled_store).get(doomed) is None


async def test_n_and_escape_keep_it(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        kept = present(selected_id(app))
        for key in ("n", "escape"):
            await _confirm(pilot)
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, ConfirmDeleteScreen)
    assert SurveyStore(bundled_store).get(kept) is not None and len(SurveyStore(bundled_store)) == 5


async def test_record_text_is_shown_not_obeyed(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore(path).upsert_many([make_record(body="[bold red]Đoàn[/] \x1b]52;c;aGk=\x07 kiểm tra")])
    async with browsing(path, "en") as (app, pilot):
        screen = await _confirm(pilot)
        shown = str(screen.query_one("#confirm-delete-what", Static).render())
        assert "[bold red]Đoàn[/]" in shown and "\x1b" not in shown and "\\x1b" in shown


async def test_a_d_typed_in_the_filter_line_is_text(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("colon", "D")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDeleteScreen)
    assert len(SurveyStore(bundled_store)) == 5
