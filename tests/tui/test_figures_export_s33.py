"""`e` in the figures view (`c`) writes the comparison to a file (a tryout of session 33).

A journalist comparing two visits of one commune had the bars on screen and no way from there to a file: the
view's keys were `t`, Esc and `?`, and the export (`e` in the list, its rows set to "figure" by hand) was said
nowhere in it. Now `e` opens the export dialog on the visits compared, a CSV of one row per figure offered; the
file is written, said, and the figures view is still there. Its footer, help and palette name the key
(`tests/tui/test_every_binding_listed.py` checks every key table). Pilot at 80×24 in Vietnamese, 120×40 in English.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Select

from tests.bundled import TDM
from tests.tui.browser_helpers import browsing, finish, notes, open_screen, screen_text, set_filter
from tui.screens.export_dialog import ExportScreen
from tui.screens.figures import FiguresScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen
SAID = {"vi": ("e Xuất chỉ số này", "Đã ghi"), "en": ("e Export this metric", "Wrote")}


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_e_in_the_figures_view_exports_the_compared_figures(bundled_store: Path, export_home: Path,
                                                                  lang: str, size: tuple[int, int]) -> None:
    footer, wrote = SAID[lang]
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await set_filter(pilot, 'ward:"thủ dầu một"')
        figures = await open_screen(pilot, "c", FiguresScreen)
        assert footer in screen_text(app)
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert dialog.query_one("#export-rows", Select).value == "figures"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is figures  # back where the user was
        rows = list(csv.DictReader(io.StringIO((export_home / "surveys-export.csv").read_text(encoding="utf-8"))))
        assert rows and {row["survey_id"] for row in rows} == {TDM}
        assert {"label", "value", "unit"} <= set(rows[0])
        assert any(wrote in note for note in notes(app))
        await pilot.press("escape")
        await pilot.pause()
        dialog = await open_screen(pilot, "e", ExportScreen)  # `e` in the list: the dialog as last filled in
        assert dialog.query_one("#export-rows", Select).value == "figures"


async def test_the_figures_export_keeps_the_vietnamese_excel_box_as_last_ticked(bundled_store: Path,
                                                                                export_home: Path) -> None:
    """Ticked in the list's export, the "For Vietnamese Excel" box was off again in the figures view's (its offer
    kept the last CSV's file and BOM, not the box: tryout s35-tryout7, left 7, seen in session 36)."""
    async with browsing(bundled_store, "vi", (80, 24)) as (app, pilot):
        await set_filter(pilot, 'ward:"thủ dầu một"')
        dialog = await open_screen(pilot, "e", ExportScreen)
        dialog.query_one("#export-decimal", Checkbox).value = True
        await pilot.press("ctrl+s")
        await finish(pilot)
        await open_screen(pilot, "c", FiguresScreen)
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert dialog.query_one("#export-rows", Select).value == "figures"
        assert dialog.query_one("#export-decimal", Checkbox).value  # as last ticked
        await pilot.press("ctrl+s")
        await finish(pilot)
    assert ";" in (export_home / "surveys-export.csv").read_text(encoding="utf-8-sig").splitlines()[0]
