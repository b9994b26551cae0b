"""The export dialog: a file name typed with another format's suffix chooses that format, as `surveys export -o`
does, at 80×24 and 120×40 in both languages.

Session 31's tryout typed `…/vinh-long.md` over the offered `surveys-export.csv` and pressed Ctrl+S: the dialog
wrote a CSV table into the .md file without a word (the format select still said CSV, out of sight above the path).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Select

from tests.tui.browser_helpers import browsing, finish, notes, open_screen, type_text
from tui.screens.export_dialog import ExportScreen

SIZES = [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
@pytest.mark.parametrize("name, fmt", [("brief.md", "md"), ("view.jsonl", "jsonl")])
async def test_the_typed_suffix_chooses_the_format(bundled_store: Path, tmp_path: Path, lang: str,
                                                  size: tuple[int, int], name: str, fmt: str) -> None:
    target = tmp_path / name
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        await pilot.press("tab", "tab", "tab", "tab")  # format, CSV rows, BOM, decimal comma, then the path
        await pilot.press("ctrl+u")
        await type_text(pilot, str(target))
        await pilot.pause()
        assert dialog.query_one("#export-format", Select).value == fmt
        assert not dialog.query_one("#export-rows-row").display  # the CSV row shape is gone with CSV
        await pilot.press("enter")
        await finish(pilot)
        assert not isinstance(app.screen, ExportScreen)
        text = target.read_text(encoding="utf-8")
        if fmt == "md":
            assert text.startswith("# ")
        else:
            assert len([json.loads(line) for line in text.splitlines()]) == 5
        assert any(str(target) in note for note in notes(app))


@pytest.mark.slow  # a Pilot flow
async def test_a_suffix_of_no_format_leaves_the_format(bundled_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "visits.txt"
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        await pilot.press("tab", "tab", "tab", "tab", "ctrl+u")
        await type_text(pilot, str(target))
        await pilot.pause()
        assert dialog.query_one("#export-format", Select).value == "csv"
        await pilot.press("enter")
        await finish(pilot)
        assert target.read_text(encoding="utf-8").startswith("id,date,")
