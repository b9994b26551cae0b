"""A field a dialog opens on with a value in it has the cursor after the value and nothing selected.

Focus selects a field's value all, so that typing replaces it: right for Tab into a field, wrong as a dialog opens,
where the first key typed had replaced the leader's name in the correction screen (`r`: "§" for "Phùng Thị Hồng Hà",
tryout s38-tryout10, item 10). The same rule for the dates dialog (its clause) and the import dialog (its folder).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from store.extract import extract_article
from tests.test_review_screen import reviewing
from tests.tui.hosts import Host
from tui.i18n import Translator
from tui.screens.dates import DatesScreen
from tui.screens.import_dialog import ImportScreen

ARTICLE = """Đoàn giám sát HĐND tỉnh Sơn La làm việc tại xã Chiềng An

Ngày 12/09/2025, Đoàn giám sát HĐND tỉnh do bà Phùng Thị Hồng Hà, Phó Chủ tịch HĐND tỉnh, làm trưởng đoàn đã làm
việc tại xã Chiềng An về công tác giải phóng mặt bằng.
"""


def at_end(field: Input) -> bool:
    return field.selection.is_empty and field.cursor_position == len(field.value) > 0


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_correction_screen_opens_after_the_leaders_name(lang: str) -> None:
    draft = extract_article(ARTICLE, source_name="chieng-an.txt")
    async with reviewing(draft, lang, (80, 24)) as (app, pilot):
        name = app.screen.query_one("#review-leader-name", Input)
        assert app.focused is name and name.value == "Phùng Thị Hồng Hà"
        assert at_end(name)
        await pilot.press("x")
        await pilot.pause()
        assert name.value == "Phùng Thị Hồng Hàx"  # added to, not replaced
        await pilot.press("tab", "shift+tab")  # Tab into a field still selects it, as before
        await pilot.pause()
        assert app.focused is name and name.selection.start == 0 and name.selection.end == len(name.value)


@pytest.mark.slow  # a Pilot flow
async def test_the_dates_dialog_opens_after_its_clause() -> None:
    app = Host(lambda: DatesScreen(Translator("vi"), "từ:2025-07"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#dates-input", Input)
        assert app.focused is field and at_end(field)


@pytest.mark.slow  # a Pilot flow
async def test_the_import_dialog_opens_after_its_folder(tmp_path: Path) -> None:
    folder = f"{tmp_path}/"
    app = Host(lambda: ImportScreen(tmp_path / "store.json", start=folder, root=tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#path", Input)
        assert app.focused is field and field.value == folder and at_end(field)
