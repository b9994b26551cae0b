"""The export dialog's "For Excel set to Vietnamese" box: `;` and `92,7` with a BOM, reached by Tab and Space.

A choice, not a default (README: `e` writes what `surveys export` writes): unticked, the dialog writes the comma file
as before; ticked, the bytes of `surveys export --decimal-comma`. The box ticks the BOM box (Excel reads UTF-8 only
with it) and gives it back as it was when unticked; it is CSV's only, hidden for the other formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Select

from store.export import export
from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.screens.export_dialog import ExportScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
SAID = {"vi": "Excel tiếng Việt: dấu chấm phẩy, thập phân 92,7",
        "en": "For Vietnamese Excel: semicolons, decimal 92,7"}


def box(dialog: ExportScreen, name: str) -> Checkbox:
    return dialog.query_one(f"#export-{name}", Checkbox)


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_tab_and_space_write_the_decimal_comma_file(bundled_store: Path, export_home: Path, bundled: list[dict],
                                                          lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert SAID[lang] in screen_text(app)  # on screen, whole, at 80 columns too
        assert not box(dialog, "decimal").value and not box(dialog, "bom").value
        await pilot.press("tab", "tab", "tab")
        assert app.focused is box(dialog, "decimal")
        await pilot.press("space")
        assert box(dialog, "decimal").value and box(dialog, "bom").value and box(dialog, "bom").disabled
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, ExportScreen)
        records = sorted(bundled, key=lambda r: r["date"], reverse=True)  # the five the store was made with
        written = (export_home / "surveys-export.csv").read_bytes()
        assert written == export(records, "csv", lang=lang, decimal_comma=True)
        assert written.startswith(b"\xef\xbb\xbfid;date;kind;")
        again = await open_screen(pilot, "e", ExportScreen)  # the choice is kept for the next export, as the others
        assert box(again, "decimal").value


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_unticked_it_gives_the_bom_back_and_the_comma_file_is_written(bundled_store: Path, export_home: Path,
                                                                            lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        await pilot.press("tab", "tab", "tab", "space", "space")
        assert not box(dialog, "decimal").value
        assert not box(dialog, "bom").value and not box(dialog, "bom").disabled
        await pilot.press("shift+tab", "space", "tab", "space", "space")  # BOM ticked by hand stays ticked
        assert box(dialog, "bom").value and not box(dialog, "bom").disabled
        await pilot.press("shift+tab", "space")
        await pilot.press("ctrl+s")
        await finish(pilot)
        written = (export_home / "surveys-export.csv").read_bytes()
        assert written.startswith(b"id,date,kind,")


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_other_formats_hide_it(bundled_store: Path, export_home: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        await pilot.press("tab", "tab", "tab", "space")
        dialog.query_one("#export-format", Select).value = "md"
        await pilot.pause()
        assert not box(dialog, "decimal").display and not box(dialog, "decimal").value
        assert SAID[lang] not in screen_text(app)
        dialog.query_one("#export-format", Select).value = "csv"
        await pilot.pause()
        assert box(dialog, "decimal").display and not box(dialog, "bom").disabled
