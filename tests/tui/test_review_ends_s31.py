"""Home and End on the review screen go to the form's first and last field (session 31).

They were the form scroll's: pressed on a choice, a "keep" box or a button they scrolled the form to its top or
bottom and left the cursor where it was, out of sight; Tab then went on from there (a tryout of session 30). A
form user expects the cursor to go. In a text field Home and End stay the line's start and end; Ctrl+Home and
Ctrl+End go to the first and last field from anywhere. The help (F1) says so in both languages. Pilot at 80×24
in Vietnamese and 120×40 in English, on a draft (import) and on a stored visit (`r`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Input, Select

from store.extract import extract_article
from tests.test_review_screen import reviewing
from tests.tui.browser_helpers import browsing, open_screen
from tests.tui.test_ux_pass3_keys import _help_lines
from tests.tui.waiting import until
from tui.screens.help import HelpScreen
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows
CASES = [("vi", (80, 24)), ("en", (120, 40))]
ARTICLE = """HĐND phường Rạch Dừa giám sát dịch vụ công trực tuyến

Sáng 3/11/2025, Thường trực HĐND phường Rạch Dừa do ông Trần Văn Minh, Phó Chủ tịch HĐND phường, làm trưởng
đoàn đã giám sát việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công phường. Từ đầu năm,
trung tâm tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 98%. Đoàn đề nghị phường đẩy mạnh thanh toán trực tuyến.
"""


def _in_sight(screen: object, widget: object) -> bool:
    form = screen.query_one("#review-scroll", VerticalScroll)  # type: ignore[attr-defined]
    return form.region.contains_region(widget.region)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_end_and_home_on_a_choice_move_the_cursor_to_the_last_and_first_field(
        bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        await pilot.pause()
        screen.query_one("#review-kind", Select).focus()
        await pilot.pause()
        await pilot.press("end")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "review-notes", "End: the notes")
        form = screen.query_one("#review-scroll", VerticalScroll)
        await until(pilot, lambda: form.scroll_y == form.max_scroll_y, "the form at its end")
        assert _in_sight(screen, app.focused)
        await pilot.press("shift+tab")  # Tab goes on from where the cursor is shown
        await pilot.pause()
        assert app.focused is not None and app.focused.id != "review-kind"
        box = screen.query(Checkbox).last()
        box.focus()
        await pilot.pause()
        assert app.focused is box, (app.focused, box)
        await pilot.press("home")
        # the stored visit's id is not edited here (`review_correct`): its first field is the date
        await until(pilot, lambda: app.focused is not None and app.focused.id == "review-date", "Home: the date")
        await until(pilot, lambda: form.scroll_y == 0, "the form at its top")
        assert _in_sight(screen, app.focused)


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_in_a_text_field_home_and_end_keep_to_the_line_and_ctrl_goes_to_the_ends(
        lang: str, size: tuple[int, int]) -> None:
    async with reviewing(extract_article(ARTICLE, source_name="rach-dua.txt"), lang, size=size) as (app, pilot):
        screen = app.screen
        await screen.rows_ready()  # type: ignore[attr-defined]
        field = screen.query_one("#review-body", Input)
        field.focus()
        field.cursor_position = 0
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        assert app.focused is field and field.cursor_position == len(field.value)
        await pilot.press("home")
        await pilot.pause()
        assert app.focused is field and field.cursor_position == 0
        await pilot.press("ctrl+end")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "review-notes", "Ctrl+End")
        assert _in_sight(screen, app.focused)
        await pilot.press("ctrl+home")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "review-id", "Ctrl+Home")
        assert _in_sight(screen, app.focused)


@pytest.mark.parametrize(("lang", "size", "said"), [
    ("vi", (80, 24), "Home End Đến ô đầu / ô cuối của biểu mẫu"),
    ("en", (120, 40), "Home End Go to the form's first / last field")])
async def test_the_help_names_home_and_end(bundled_store: Path, lang: str, size: tuple[int, int], said: str) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await open_screen(pilot, "r", CorrectScreen)
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        lines = _help_lines(app)
        assert any(line.startswith(said) and "Ctrl+Home" in line for line in lines), lines
