"""The browser's filter dialogs on the five bundled surveys: pickers (p b t), this survey's own (W T), dates (d)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label

from tests.bundled import DI_AN, LAI_THIEU, NEWEST_FIRST, RACH_DUA, TDM, THACH_THAT
from tests.tui.browser_helpers import answer, browsing, filter_text, listed_ids, settle, type_text
from tui.screens.dates import DatesScreen
from tui.screens.picker import PickerScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


async def test_province_and_body_pickers(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("p")
        assert isinstance(app.screen, PickerScreen)
        await type_text(pilot, "ha noi")
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == [THACH_THAT]
        assert filter_text(app) == 'tinh:"Thành phố Hà Nội"'  # the Vietnamese names, as the user reads them

        await pilot.press("X", "b")
        await type_text(pilot, "thu dau")
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == [TDM]
        assert filter_text(app) == 'coquan="HĐND thành phố Thủ Dầu Một"'


async def test_picker_lists_counts_moves_and_escape_leaves(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("t")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        labels = {choice.label: choice.count for choice in picker.visible_choices}
        assert labels["Project 06 (population data)"] == 2
        assert labels["Administrative procedures"] == 5
        await type_text(pilot, "dgital")  # scattered letters still match
        assert [c.value for c in picker.visible_choices][:1] in (["chuyen-doi-so"], ["chinh-quyen-so"])
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, PickerScreen)
        assert listed_ids(app) == NEWEST_FIRST
        await pilot.press("t")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert filter_text(app).startswith("topic:")


@pytest.mark.parametrize("typed, filter_shown, expected", [
    ("2023", "year:2023", [TDM, THACH_THAT]),
    ("2025-07..2025-09", "date:2025-07..2025-09", [RACH_DUA, LAI_THIEU]),
    ("since 1/7/2025", "since:1/7/2025", [RACH_DUA, LAI_THIEU]),
    ("until 2023", "until:2023", [TDM, THACH_THAT, DI_AN]),
    ("từ 5/2023", "since:5/2023", [RACH_DUA, LAI_THIEU, TDM, THACH_THAT]),
    ("4.9", "date:4.9", [LAI_THIEU]),  # a day without its year: that day in any year (the first-user trial)
    ("since 5/9", "since:5/9", [RACH_DUA]),
])
async def test_date_range(bundled_store: Path, typed: str, filter_shown: str, expected: list[str]) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("d")
        assert isinstance(app.screen, DatesScreen)
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == filter_shown
        assert listed_ids(app) == expected


@pytest.mark.parametrize("lang, example", [("vi", "07/2025..09/2025"), ("en", "2025-07..2025-09")])
async def test_the_date_dialogs_example_is_in_the_readers_form_and_both_forms_are_read(
        bundled_store: Path, lang: str, example: str) -> None:
    """The Vietnamese UI writes days day first (04/09/2025): its example was ISO ("2025-07..2025-09"). The example
    typed as shown finds what the other form finds, in either language."""
    for typed in ("07/2025..09/2025", "2025-07..2025-09"):
        async with browsing(bundled_store, lang) as (app, pilot):
            await pilot.press("d")
            assert isinstance(app.screen, DatesScreen)
            assert app.screen.query_one("#dates-input", Input).placeholder == example
            await type_text(pilot, typed)
            await pilot.press("enter")
            await settle(pilot)
            assert listed_ids(app) == [RACH_DUA, LAI_THIEU]


async def test_date_range_replaces_the_previous_one_and_explains_bad_input(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await answer(pilot, "d", "2023")
        await pilot.press("d")
        dialog = app.screen
        assert isinstance(dialog, DatesScreen)
        assert dialog.query_one("#dates-input", Input).value == "2023"
        dialog.query_one("#dates-input", Input).value = ""
        await type_text(pilot, "31/2/2024")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "not a real date" in str(dialog.query_one("#dates-error", Label).content)
        dialog.query_one("#dates-input", Input).value = ""
        await type_text(pilot, "2022")
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == "year:2022"
        assert listed_ids(app) == [DI_AN]
        await pilot.press("d", "escape")
        await settle(pilot)
        assert filter_text(app) == "year:2022"


async def test_a_refused_date_names_the_forms_taken_in_the_readers_language(bundled_store: Path) -> None:
    """"'5/11' thiếu năm" did not say how to write a date: every refusal now ends with the forms, each an example,
    a day without its year among them."""
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("d")
        dialog = app.screen
        assert isinstance(dialog, DatesScreen)
        await type_text(pilot, "5/16")
        await pilot.press("enter")
        await pilot.pause()
        said = str(dialog.query_one("#dates-error", Label).content)
        assert "không có tháng 16" in said and "16/5?" in said
        assert "hãy viết 16/5/2023, 5/2023, 2023, 22/10 (mọi năm) hoặc 2025-07..2025-09" in said


async def test_only_this_surveys_ward_and_topic(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("j", "W")
        await settle(pilot)
        assert filter_text(app) == 'ward="Lái Thiêu"'
        assert listed_ids(app) == [LAI_THIEU]

        await pilot.press("X")
        await settle(pilot)
        await pilot.press("g", "W")  # Rạch Dừa's survey names two wards: a picker of those two
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [c.value for c in picker.visible_choices] == ["Vũng Tàu", "Rạch Dừa"]
        assert picker.title_text == "Only this visit's ward"  # not the picker of every ward (w)
        await type_text(pilot, "rach")
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == 'ward="Rạch Dừa"'

        await pilot.press("T")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert len(picker.visible_choices) == 11
        assert picker.title_text == "Only this visit's topic"
        await type_text(pilot, "06")
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == 'ward="Rạch Dừa" topic:de-an-06'
        assert listed_ids(app) == [RACH_DUA]
