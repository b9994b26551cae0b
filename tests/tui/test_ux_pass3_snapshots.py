"""Pictures of the third ux pass, at 80×24 and 120×40 in both languages: a visit's day as the language writes it
(04/09/2025 in Vietnamese, "?" after an inferred year) and its kind named in the interface language, in the
delete dialog; the kinds at the foot of the sidebar ("oversight", "survey" in English).

Each picture is taken once loading and searching have settled, with no toast and no blinking cursor. Update with
`pytest --snapshot-update` and read the SVGs' text before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.tui.browser_helpers import settle
from tests.tui.waiting import until
from tui.app import SurveysApp
from tui.screens.confirm_delete import ConfirmDeleteScreen

pytestmark = pytest.mark.slow  # SVG snapshots of the whole app

SIZES = [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))]


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=lambda value: "x".join(map(str, value))
                         if isinstance(value, tuple) else value)
def test_delete_dialog_names_the_day_and_kind(snap_compare, bundled_store: Path, lang: str,
                                              size: tuple[int, int]) -> None:
    """The second visit (4 September 2025, its year inferred from the article, a khảo sát)."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "D")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConfirmDeleteScreen), "the dialog")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=run)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_kinds_at_the_foot_of_the_sidebar_120x40(snap_compare, bundled_store: Path, lang: str) -> None:
    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        assert isinstance(pilot.app, SurveysApp)
        pilot.app.facets.focus()
        await pilot.press("G")
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=(120, 40), run_before=run)
