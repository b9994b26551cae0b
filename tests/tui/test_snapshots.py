"""How the browser looks at 80×24 and 120×40, in Vietnamese and English.

The app runs on the five bundled surveys in a fresh store, and each picture
is taken only after loading and searching have settled, so the pictures do
not depend on timing. Update them with `pytest --snapshot-update` and look
at the SVGs before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.browser_helpers import settle, type_text
from tui.app import SurveysApp

pytestmark = pytest.mark.slow  # SVG snapshots of the whole app


def after(*keys: str, typed: str = "", then: tuple[str, ...] = ()):
    """A run_before that waits for the data, presses `keys`, types, presses `then`, and waits again."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await type_text(pilot, typed)
        await pilot.press(*then)
        await settle(pilot)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False

    return run


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_opening_screen_80x24(snap_compare, bundled_store: Path, lang: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after())


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_topic_filter_with_facets_120x40(snap_compare, bundled_store: Path, lang: str) -> None:
    """Đề án 06 picked with `t`; facets count under the filter; the Rạch Dừa figures table."""
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(120, 40), run_before=after("t", typed="de an 06", then=("enter",)))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ward_picker_80x24(snap_compare, bundled_store: Path, lang: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("w", typed="th"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_help_120x40(snap_compare, bundled_store: Path, lang: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(120, 40), run_before=after("question_mark"))


def test_no_match_80x24(snap_compare, bundled_store: Path) -> None:
    app = SurveysApp(bundled_store, lang="en")
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("slash", typed="nothing here", then=("enter",)))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_help_end_80x24(snap_compare, bundled_store: Path, lang: str) -> None:
    """The help box fits 80×24 and scrolls to its end: navigation keys and the filter syntax."""
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("question_mark", "G"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_figures_80x24(snap_compare, bundled_store: Path, lang: str) -> None:
    """Each bar with its period under it; look-alike metric labels keep their distinct ends."""
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("c"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_province_picker_former_80x24(snap_compare, bundled_store: Path, lang: str) -> None:
    """`p binh duong`: the province merged away and its former districts, marked, with counts."""
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("p", typed="binh duong"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_export_dialog_80x24(snap_compare, bundled_store: Path, export_home: Path, lang: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("e"))
