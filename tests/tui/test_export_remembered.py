"""The export dialog's choices are the user's, remembered across browsers and stores like the language (session 37).

A person who exports JSON, or CSV with a row per figure for Excel set to Vietnamese, had to choose it all again in
every new browser: only the browser's own last export was offered (`SurveyActions.last_export`). Now the choices
confirmed (format, row shape, BOM, decimal comma) go to the user's settings (`tui.settings.save_user_export`),
and a browser's first `e` starts from them; the file offered is the default one with the format's suffix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select

from store.store import SurveyStore
from tests.tui.browser_helpers import browsing, finish, open_screen
from tui.screens.export_dialog import ExportChoice, ExportScreen
from tui.settings import load_user_export, save_user_export, user_settings_path


@pytest.mark.slow  # Pilot flows
async def test_a_second_browser_on_another_store_offers_the_last_choices(bundled_store: Path, export_home: Path,
                                                                        tmp_path: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        dialog.query_one("#export-rows", Select).value = "figures"
        await pilot.pause()
        dialog.query_one("#export-decimal", Checkbox).value = True
        await pilot.pause()
        await pilot.press("ctrl+s")
        await finish(pilot)
    assert load_user_export() == {"fmt": "csv", "rows": "figures", "bom": True, "decimal_comma": True}
    other = tmp_path / "other.json"
    SurveyStore.open(other)
    async with browsing(other, "vi") as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert dialog.query_one("#export-rows", Select).value == "figures"
        assert dialog.query_one("#export-decimal", Checkbox).value
        assert dialog.query_one("#export-bom", Checkbox).value
        assert dialog.query_one("#export-path", Input).value == "~/surveys-export.csv"


def test_the_choices_kept_beside_the_language_and_checked_when_read(export_home: Path) -> None:
    user_settings_path().parent.mkdir(parents=True)
    user_settings_path().write_text('{"lang": "en"}', encoding="utf-8")
    assert save_user_export(ExportChoice(fmt="jsonl", rows="recommendations", bom=False).remembered())
    assert load_user_export()["fmt"] == "jsonl" and '"lang": "en"' in user_settings_path().read_text("utf-8")
    offered = ExportChoice.from_remembered(load_user_export())
    assert (offered.fmt, offered.rows, offered.path) == ("jsonl", "recommendations", Path("~/surveys-export.jsonl"))
    odd: list[dict[str, object]] = [{"fmt": "xlsx", "rows": "nothing", "bom": "yes"},
                                    {"fmt": "json", "bom": True, "decimal_comma": True}, {}]
    for saved in odd:
        offered = ExportChoice.from_remembered(saved)  # a value no longer offered, or not the format's: the default
        assert offered.fmt in ("csv", "json") and offered.rows == "surveys"
        assert not offered.bom and not offered.decimal_comma
