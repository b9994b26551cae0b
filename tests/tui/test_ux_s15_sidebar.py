"""The facet sidebar follows the terminal's width, unless the user chose at that width (`tui.layout`).

At 80 columns a sidebar turned on at 120 stayed on and left the list 48 cells: two columns, the leader and the
topics gone. Now the sidebar hides below `WIDE` columns and comes back above, on launch and on every resize; `f`
at a width is kept for that width (narrow or wide) and for the next session at such a width.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, screen_text, settle
from tui.app import SurveysApp
from tui.layout import WIDE, chosen, facets_shown

NARROW, BROAD = (80, 24), (120, 40)


def _settings(store: Path) -> dict[str, object]:
    path = Path(f"{store}.settings.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _heading(app: SurveysApp) -> str:
    """The list's heading line (the line under the filter bar and status line)."""
    return next(line for line in screen_text(app).splitlines() if "Ngày" in line or "Date" in line)


@pytest.mark.parametrize("width", [60, 80, WIDE - 1, WIDE, 120, 200])
@pytest.mark.parametrize("when_wide", [None, True, False])
@pytest.mark.parametrize("when_narrow", [None, True, False])
def test_the_rule(width: int, when_wide: bool | None, when_narrow: bool | None) -> None:
    """The choice made at a width of the same kind, else the width's own; `f` back to the width's own forgets it."""
    choice = when_wide if width >= WIDE else when_narrow
    assert facets_shown(width, when_wide, when_narrow) == (width >= WIDE if choice is None else choice)
    assert chosen(width, width >= WIDE) is None
    assert chosen(width, width < WIDE) is (width < WIDE)


@pytest.mark.slow
async def test_the_sidebar_hides_when_the_terminal_narrows_and_comes_back_when_it_widens(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", size=BROAD) as (app, pilot):
        assert app.facets.display
        app.facets.focus()
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        assert not app.facets.display
        assert app.focused is app.survey_list  # focus is not left on a hidden pane
        assert "Trưởng đoàn" in _heading(app) and "Chủ đề" in _heading(app)  # the list's four columns
        await pilot.resize_terminal(*BROAD)
        await settle(pilot)
        assert app.facets.display
    assert "facets" not in _settings(bundled_store) or _settings(bundled_store)["facets"] is None


@pytest.mark.slow
async def test_f_at_80_columns_is_kept_for_80_columns_only(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", size=NARROW) as (app, pilot):
        assert not app.facets.display
        await pilot.press("f")
        assert app.facets.display
        await pilot.resize_terminal(*BROAD)
        await settle(pilot)
        assert app.facets.display
        await pilot.press("f")  # hidden at 120: said for wide terminals only
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        assert app.facets.display  # what 80 columns were told
        await pilot.resize_terminal(*BROAD)
        await settle(pilot)
        assert not app.facets.display  # what 120 columns were told
    assert _settings(bundled_store)["facets_narrow"] is True and _settings(bundled_store)["facets"] is False
    for size, shown in ((NARROW, True), (BROAD, False)):  # the next session, at either width
        async with browsing(bundled_store, "en", size=size) as (app, _pilot):
            assert bool(app.facets.display) is shown, size


@pytest.mark.slow
async def test_f_back_to_what_the_width_does_forgets_the_choice(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", size=BROAD) as (app, pilot):
        await pilot.press("f", "f")
        assert app.facets.display
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        assert not app.facets.display
    assert _settings(bundled_store).get("facets") is None


@pytest.mark.slow
async def test_a_sidebar_kept_by_an_earlier_version_does_not_squeeze_80_columns(bundled_store: Path) -> None:
    """`"facets": true` was written by `f` at any width and applied at every width: it is now the wide one's."""
    Path(f"{bundled_store}.settings.json").write_text(json.dumps({"facets": True}), encoding="utf-8")
    async with browsing(bundled_store, "vi", size=NARROW) as (app, _pilot):
        assert not app.facets.display
        assert "Trưởng đoàn" in _heading(app)
