"""Defects a first-user trial found (session 19, in tmux at 80×24 in Vietnamese and 120×40 in English), each fixed
in the widget or screen that owns it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.tui.browser_helpers import (
    browsing,
    finish,
    listed_ids,
    open_screen,
    screen_text,
    set_filter,
    settle,
    type_text,
)
from tui.screens.export_dialog import ExportScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


def said(screen: ExportScreen) -> str:
    return str(screen.query_one("#export-error", Static).render())


async def export_to(pilot: Pilot[Any], path: str) -> ExportScreen:
    dialog = await open_screen(pilot, "e", ExportScreen)
    dialog.query_one("#export-path", Input).focus()
    await pilot.press("ctrl+u")
    await type_text(pilot, path)
    await pilot.press("ctrl+s")
    await pilot.pause()
    return dialog


@pytest.mark.parametrize("lang, words", [("vi", "là kho đang mở"), ("en", "is the open store")])
@pytest.mark.parametrize("name", ["s.json", "s.json.journal", "s.json.bak"])
async def test_an_export_never_writes_over_the_open_store(bundled_store: Path, lang: str, words: str,
                                                          name: str) -> None:
    """`e`, the store's own file name typed (or a file the store keeps beside it): the export had replaced the
    store with CSV, which no command could then read."""
    before = bundled_store.read_bytes()
    async with browsing(bundled_store, lang, size=(80, 24)) as (app, pilot):
        dialog = await export_to(pilot, str(bundled_store.with_name(name)))
        assert app.screen is dialog and words in said(dialog)
        await pilot.press("ctrl+s")  # a second try is refused the same
        await pilot.pause()
        assert app.screen is dialog
    assert bundled_store.read_bytes() == before


@pytest.mark.parametrize("lang, words", [("vi", "bấm Xuất (Ctrl+S) lần nữa"), ("en", "press Export (Ctrl+S) again")])
async def test_a_file_that_exists_is_replaced_only_when_confirmed_again(bundled_store: Path, tmp_path: Path,
                                                                        lang: str, words: str) -> None:
    """An earlier export (or any file) had been replaced without a word."""
    target = tmp_path / "report.csv"
    target.write_text("kept", encoding="utf-8")
    async with browsing(bundled_store, lang, size=(80, 24)) as (app, pilot):
        dialog = await export_to(pilot, str(target))
        assert app.screen is dialog and words in said(dialog)
        assert target.read_text(encoding="utf-8") == "kept"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, ExportScreen)
        await settle(pilot)
    assert target.read_text(encoding="utf-8-sig").startswith("id,")


@pytest.mark.parametrize("lang, size, words", [
    ("vi", (80, 24), 'tinh: giá trị viết liền sau dấu hai chấm, không có dấu cách: tinh:"binh duong"'),
    ("en", (120, 40), 'tinh: the value goes right after the colon, with no space: tinh:"binh duong"')])
async def test_a_space_after_a_field_name_is_said_not_searched(bundled_store: Path, lang: str,
                                                               size: tuple[int, int], words: str) -> None:
    """`tinh: "binh duong"` had listed no visit ("tinh:" searched as text) and said nothing."""
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        shown = listed_ids(app)
        await set_filter(pilot, 'tinh: "binh duong"')
        assert " ".join(screen_text(app).split()).count(words) == 1
        assert listed_ids(app) == shown  # the list keeps the filter applied before


@pytest.mark.parametrize("lang, size, typed, words", [
    ("vi", (80, 24), "31/13/2025", "Hạn: '31/13/2025': không có tháng 13"),
    ("en", (120, 40), "31/13/2025", "Deadline: '31/13/2025': there is no month 13"),
    ("vi", (80, 24), "31/2/2026", "Hạn: '31/2/2026' không phải ngày có thật")])
async def test_a_wrong_deadline_is_said_in_the_dialogs_language(bundled_store: Path, lang: str,
                                                                size: tuple[int, int], typed: str, words: str) -> None:
    """The follow-up dialog had said "deadline: '31/13/2025': there is no month 13" to a Vietnamese reader."""
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        dialog.query_one("#followup-deadline", Input).value = typed
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert str(dialog.query_one("#followup-error", Static).render()).startswith(words)


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_damaged_store_named_with_db_shows_the_command_for_it(tmp_path: Path, lang: str) -> None:
    """`surveys recover` alone goes to the default store: a store opened with `--db` had been told to run it."""
    broken = tmp_path / "team.json"
    broken.write_text('{"surveys": {"1": ', encoding="utf-8")
    (tmp_path / "team.json.bak").write_text('{"surveys": {}}', encoding="utf-8")
    async with browsing(broken, lang, size=(200, 40)) as (app, _):
        text = screen_text(app)
        assert f"surveys --db {broken} recover" in text
        assert "surveys recover" not in text


def test_the_default_store_is_recovered_by_the_short_command() -> None:
    from store.paths import default_store_path  # noqa: PLC0415
    from tui.loading import recover_command  # noqa: PLC0415

    assert recover_command(str(default_store_path())) == "surveys recover"
    assert recover_command("/srv/hồ sơ/team.json") == "surveys --db '/srv/hồ sơ/team.json' recover"
