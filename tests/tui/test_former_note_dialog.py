"""The note a former ward's name brings stays off a dialog opened after it.

The note ("Phường Bến Nghé (Quận 1, Hồ Chí Minh) became Phường Sài Gòn on 1 July 2025") stood 8 s at the bottom
right, and a dialog opened meanwhile had its bottom lines, its buttons and hint, under it (session 22's tryout).
The note is about the list, which the dialog hides: it comes off when a dialog opens, and one that is ready only
once a dialog is open is not shown over it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract.test_former_notes import SAI_GON, _in_ward
from tests.factories import make_record
from tests.synthetic import write_store
from tests.tui.browser_helpers import browsing, notes, open_screen, set_filter, settle
from tests.tui.waiting import until
from tui.app import SurveysApp
from tui.screens.export_dialog import ExportScreen

pytestmark = pytest.mark.slow  # Pilot flows

NOTE = "Phường Bến Nghé (Quận 1, Hồ Chí Minh) became Phường Sài Gòn on 1 July 2025"


@pytest.fixture
def ben_nghe_store(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    write_store(path, [_in_ward(SAI_GON, 1), make_record()])
    return path


def _on_screen(app: SurveysApp) -> list[str]:
    return [note.message for note in app._notifications]


async def test_a_dialog_opened_after_the_note_is_not_covered_by_it(ben_nghe_store: Path) -> None:
    async with browsing(ben_nghe_store, "en") as (app, pilot):
        await set_filter(pilot, 'ward:"bến nghé"')
        await until(pilot, lambda: NOTE in _on_screen(app), "the former ward's note")
        await open_screen(pilot, "e", ExportScreen)
        assert NOTE not in _on_screen(app)
        await pilot.press("escape")
        await settle(pilot)
        assert NOTE not in _on_screen(app) and notes(app).count(NOTE) == 1  # said once, not again


async def test_a_note_ready_once_a_dialog_is_open_is_not_shown_over_it(ben_nghe_store: Path) -> None:
    async with browsing(ben_nghe_store, "en") as (app, pilot):
        await open_screen(pilot, "e", ExportScreen)
        app.browser.searches._show_note(NOTE)  # as the worker's note lands after the frame
        await pilot.pause()
        assert NOTE not in _on_screen(app) and NOTE not in notes(app)


async def test_a_note_whose_time_is_up_takes_no_other_toast_off_with_it(ben_nghe_store: Path) -> None:
    """Textual gives no way to take one toast off, so the note comes off with the toasts standing beside it; once
    its time is up (its timer run at once here) a dialog leaves a later toast alone."""
    async with browsing(ben_nghe_store, "en") as (app, pilot):
        searches = app.browser.searches
        searches._show_note(NOTE)
        searches._note_gone(searches._notes_shown)  # as the note's timer does once its 8 s are up
        app.notify("Copied the survey's id", markup=False)
        await pilot.pause()
        await open_screen(pilot, "e", ExportScreen)
        assert "Copied the survey's id" in _on_screen(app)
