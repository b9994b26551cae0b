"""Rough edges of the first-user trial (session 18): what the empty list says after a bad filter, q and Esc on
every screen, hints that fit 80 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import (
    browsing,
    details_text,
    filter_text,
    footer_text,
    open_screen,
    screen_text,
    set_filter,
    settle,
    type_text,
)
from tui.screens.figures import FiguresScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_an_empty_list_after_a_bad_filter_says_it_follows_the_filter_before(bundled_store: Path,
                                                                                  lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        await set_filter(pilot, "year:2019")
        before = app.survey_list.message
        assert "2019" in before
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, "Nguyễn:Văn")
        await pilot.press("enter")
        await settle(pilot)
        said = app.survey_list.message
        assert said != before and "2019" in said and ("Esc" in said), said  # what is shown, and how to get it back
        assert ("not applied" if lang == "en" else "chưa dùng") in said
        assert said.splitlines()[0] not in details_text(app)  # said once, in the list (s20/polish)
        await pilot.press("escape")
        await settle(pilot)
        assert app.survey_list.message == before
        assert "2019" in filter_text(app) and "Nguyễn" not in screen_text(app)


@pytest.mark.parametrize(("lang", "size", "back"), [("vi", (80, 24), "esc Về"), ("en", (120, 40), "esc Back")])
async def test_the_details_pane_focused_shows_its_way_back_in_the_footer(bundled_store: Path, lang: str,
                                                                        size: tuple[int, int], back: str) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        assert back not in " ".join(footer_text(app))
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.details
        shown = footer_text(app)
        assert back in shown[0], shown
        assert all(len(line.rstrip()) <= size[0] for line in shown)
        assert ("q Thoát" if lang == "vi" else "q Quit") in " ".join(shown)
        await pilot.press("L")  # named again in the other language, not twice
        await settle(pilot)
        other = "esc Back" if lang == "vi" else "esc Về"
        assert " ".join(footer_text(app)).count(other) == 1
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is app.survey_list and other not in " ".join(footer_text(app))


@pytest.mark.parametrize("key", ["q", "escape"])
async def test_q_and_esc_both_leave_the_figures_screen(bundled_store: Path, key: str) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await open_screen(pilot, "c", FiguresScreen)
        await pilot.press(key)
        await settle(pilot)
        assert not isinstance(app.screen, FiguresScreen)
        assert app.is_running  # q leaves the figures, not the browser


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_figures_label_gets_the_room_its_number_unit_and_whole_do_not_need(lang: str,
                                                                                    size: tuple[int, int]) -> None:
    from textual.widgets import Input  # noqa: PLC0415

    from tests.tui.review_host import review_open  # noqa: PLC0415

    async with review_open(lang, size) as (_, _, screen):
        width = {name: screen.query_one(f"#review-figures-0-{name}", Input).size.width
                 for name in ("label", "value", "unit", "of")}
        assert width["label"] >= 28, width  # "Tỷ lệ hồ sơ trực tuyến toàn trình" had been cut at 19
        assert width["label"] > width["value"] + width["unit"], width
        assert width["value"] >= 8 and width["unit"] >= 10, width  # 86540, 95,1, "tỷ đồng" and the placeholders


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (80, 24)), ("en", (120, 40))])
async def test_the_export_dialogs_hint_breaks_between_key_groups(bundled_store: Path, lang: str,
                                                                 size: tuple[int, int]) -> None:
    from tui.screens.export_dialog import ExportScreen  # noqa: PLC0415
    from tui.widgets.key_hint import SEPARATOR, KeyHint  # noqa: PLC0415

    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "e", ExportScreen)
        await pilot.pause()
        hint = screen.query_one(KeyHint)
        lines = str(hint.render()).splitlines()
        assert [group for line in lines for group in line.split(SEPARATOR)] == hint.hint.split(SEPARATOR)
        assert all(len(line) <= hint.content_size.width for line in lines), lines
        assert hint.size.height == len(lines)
