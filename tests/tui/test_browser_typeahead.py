"""Keys typed ahead of the browser: into a picker that a search has not yet filled, in bursts that land where the
first key sent them, and after a pick (to the list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bundled import LAI_THIEU, RACH_DUA, TDM, THACH_THAT
from tests.tui.browser_helpers import (
    browsing,
    burst,
    filter_text,
    listed_ids,
    selected_id,
    settle,
    type_text,
)
from tests.tui.waiting import drained
from tui.screens.picker import PickerScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


async def test_keys_typed_ahead_of_a_search_land_in_the_picker_with_fresh_counts(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "lai")
        await pilot.press("enter", "X", "t")  # no pause: the search after X is still in flight
        await type_text(pilot, "de an 06")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [(c.value, c.count) for c in picker.visible_choices] == [("de-an-06", 2)]
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == [RACH_DUA, LAI_THIEU]


@pytest.mark.parametrize("keys, shown, expected", [
    ("/rach dua", '"rach dua"', [RACH_DUA]),
    ("wlai\r", 'ward="Lái Thiêu"', [LAI_THIEU]),
    ("d2023\r", "year:2023", [TDM, THACH_THAT]),
    ("tde an 06\r", "topic:de-an-06", [RACH_DUA, LAI_THIEU]),
    ("/rach dxx\x7f\x7fua", '"rach dua"', [RACH_DUA]),  # Backspace at its turn, not after the letters behind it
    ("wlaix\x7f\r", 'ward="Lái Thiêu"', [LAI_THIEU]),
])
async def test_a_burst_of_keys_lands_where_the_first_key_sent_it(bundled_store: Path, keys: str, shown: str,
                                                                   expected: list[str]) -> None:
    """Letters right after "/" or "w" belong to the search line or picker, not to the list's keys."""
    async with browsing(bundled_store, "en") as (app, pilot):
        burst(app, keys)
        await drained(pilot)
        assert filter_text(app) == shown
        assert listed_ids(app) == expected


@pytest.mark.parametrize("then", ["j", ""])
async def test_keys_after_a_pick_go_to_the_list(bundled_store: Path, then: str) -> None:
    """A picker waits for the search of its pick before it leaves; a key typed meanwhile, or in the same burst
    as the Enter, lets it go and moves the list, as it would once the picker had gone."""
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("t")
        await type_text(pilot, "de an 06")
        await settle(pilot)
        burst(app, "\r" + then)
        await drained(pilot)
        assert app.screen is app.browser
        assert filter_text(app) == "topic:de-an-06"
        assert listed_ids(app) == [RACH_DUA, LAI_THIEU]
        assert selected_id(app) == (LAI_THIEU if then else RACH_DUA)


async def test_a_burst_through_a_picker_opened_before(bundled_store: Path) -> None:
    """The picker is kept and opened again: a whole burst ("t", the words, Enter, "j") picks and moves."""
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("t", "escape")
        await settle(pilot)
        burst(app, "tde an 06\rj")
        await drained(pilot)
        assert app.screen is app.browser and filter_text(app) == "topic:de-an-06"
        assert selected_id(app) == LAI_THIEU
