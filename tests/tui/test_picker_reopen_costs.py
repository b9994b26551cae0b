"""What a picker opened again does not do again (#17): the province picker's units merged away are counted once per
search, and a picker lists what its rows show, not a multiple of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tui.choices
from tests.tui.browser_helpers import browsing, settle, type_text
from tui.screens.picker import NEAR, SHOWN, WARM_AFTER, PickerScreen


def _former(picker: PickerScreen) -> list[str]:
    return [choice.label for choice in picker.choices if choice.value.startswith("province:")]


@pytest.mark.slow
async def test_the_province_picker_opened_again_offers_the_units_merged_away_at_once(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[object] = []
    real = tui.choices.with_former

    def counting(*args: Any) -> Any:
        counted.append(args)
        return real(*args)

    monkeypatch.setattr(tui.choices, "with_former", counting)
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("p")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        first = _former(picker)
        assert "Bình Dương" in first and len(counted) == 1
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("p")  # the same search: its units are offered with the picker, nothing is counted again
        shown_again = app.screen is picker  # (a plain `is` in the assert would narrow `picker` to a bare Screen)
        assert shown_again and _former(picker) == first and picker.waiting is None
        await settle(pilot)
        assert len(counted) == 1
        await type_text(pilot, "binh duong")
        await settle(pilot)
        assert picker.visible_choices[0].label == "Bình Dương"
        await pilot.press("enter")  # another search: the next opening counts them under it
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert len(counted) == 2 and "Bình Dương" in _former(picker)


@pytest.mark.slow
async def test_the_picker_lists_a_screen_of_rows_and_more_as_the_highlight_nears_their_end(
        tmp_path: Path, generated: list[dict]) -> None:
    from tui.app import SurveysApp  # noqa: PLC0415

    app = SurveysApp(tmp_path / "gen.json", lang="en", records=generated)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert len(picker.choices) > SHOWN + NEAR
        assert len(picker.visible_choices) == SHOWN
        for _ in range(SHOWN - NEAR):
            await pilot.press("down")
        await pilot.pause()
        assert len(picker.visible_choices) > SHOWN
        assert picker.visible_choices == [picker.choices[place] for place in range(len(picker.visible_choices))]


@pytest.mark.slow
async def test_the_picker_warms_its_choices_a_moment_after_the_frame_that_shows_it(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Warming at once held the interpreter from Textual's writer thread, so the frame showing the picker reached the
    terminal late (#17); it now starts `WARM_AFTER` after that frame, and still makes every choice."""
    delays: list[float] = []
    real = PickerScreen.set_timer

    def timer(self: PickerScreen, delay: float, callback: Any = None, **options: Any) -> Any:
        if getattr(callback, "__name__", "") == "_warm":
            delays.append(delay)
        return real(self, delay, callback, **options)

    monkeypatch.setattr(PickerScreen, "set_timer", timer)
    async with browsing(bundled_store, "en") as (app, pilot):
        for _ in range(2):  # the first opening (mounted), then one reopened (resumed)
            delays.clear()
            await pilot.press("w")
            await settle(pilot)
            picker = app.screen
            assert isinstance(picker, PickerScreen)
            assert delays[:1] == [WARM_AFTER] and picker._warmed == len(picker.choices)
            await pilot.press("escape")
            await settle(pilot)
