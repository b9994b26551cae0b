"""The note a former ward's name brings stays off a dialog opened after it.

The note ("Phường Bến Nghé (Quận 1, Hồ Chí Minh) became Phường Sài Gòn on 1 July 2025") stood 8 s at the bottom
right, and a dialog opened meanwhile had its bottom lines, its buttons and hint, under it (session 22's tryout).
The note is about the list, which the dialog hides: it waits under a dialog opened after it and comes back, for the
rest of its time (which waits while it is held), once the dialog closes (`tui.toasts`, for every note); one that
is ready only once a dialog is open is not shown at all.
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


async def test_a_dialog_opened_after_the_note_is_not_covered_by_it(ben_nghe_store: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.searching.FORMER_NOTE", 3600.0)  # the note's time is not out, however slow the machine
    async with browsing(ben_nghe_store, "en") as (app, pilot):
        await set_filter(pilot, 'ward:"bến nghé"')
        await until(pilot, lambda: NOTE in _on_screen(app), "the former ward's note")
        await open_screen(pilot, "e", ExportScreen)
        assert NOTE not in _on_screen(app)
        await pilot.press("escape")
        await settle(pilot)
        assert NOTE in _on_screen(app) and notes(app).count(NOTE) == 1  # back for its time, said once


async def test_a_note_ready_once_a_dialog_is_open_is_not_shown_over_it(ben_nghe_store: Path) -> None:
    async with browsing(ben_nghe_store, "en") as (app, pilot):
        await open_screen(pilot, "e", ExportScreen)
        app.browser.searches._show_note(NOTE)  # as the worker's note lands after the frame
        await pilot.pause()
        assert NOTE not in _on_screen(app) and NOTE not in notes(app)


async def test_a_note_whose_time_is_up_before_the_dialog_does_not_come_back(ben_nghe_store: Path) -> None:
    async with browsing(ben_nghe_store, "en") as (app, pilot):
        app.notify("Copied the survey's id", markup=False, timeout=0.2)
        await pilot.pause(0.3)
        await open_screen(pilot, "e", ExportScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert "Copied the survey's id" not in _on_screen(app)


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_note_covered_longer_than_its_time_is_back_after_the_dialog(ben_nghe_store: Path, lang: str) -> None:
    """Its time waits while it is held: the user never saw it."""
    async with browsing(ben_nghe_store, lang) as (app, pilot):
        app.notify("Copied the survey's id", markup=False, timeout=1.0)
        await pilot.pause()
        await open_screen(pilot, "e", ExportScreen)
        await pilot.pause(1.3)  # longer than the note's whole time
        await pilot.press("escape")
        await settle(pilot)
        assert "Copied the survey's id" in _on_screen(app)
