"""Rough edges found trying the program as a new user at 80×24 (Vietnamese) and 120×40 (English), session 26's
second tryout (docs/tryout-s26.md): the notes on screen when the language switches, the follow-up dialog's day."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from store.extract import extract_article
from tests.bundled import RACH_DUA
from tests.test_review_screen import reviewing, text_of
from tests.tui.browser_helpers import browsing, open_screen, selected_id, set_filter
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.toasts import Toasts


def test_a_note_looked_up_is_said_again_in_the_other_language_and_one_made_otherwise_as_it_was() -> None:
    t = Translator("vi")
    shown: list[tuple[str, str]] = []
    toasts = Toasts(lambda notify: shown.append((notify.notification.message, notify.notification.title)),
                    shown.clear, lambda: 1)
    toasts.said(t, t("quit.hint"), t("quit.title"), "information", 3600, False)
    toasts.said(t, "lỗi: không đọc được tệp", "", "error", 3600, False)
    toasts.said(t, t("note.language"), "", "information", 0, False)  # its time is out: not shown again
    t.lang = "en"
    toasts.again(t)
    assert shown == [(t("quit.hint"), t("quit.title")), ("lỗi: không đọc được tệp", "")]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, other", [("vi", "en"), ("en", "vi")])
async def test_a_note_on_screen_when_l_switches_is_said_in_the_new_language(
        bundled_store: Path, lang: str, other: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C's note (how to quit), then L: the note had stayed in the old language until its time ran out."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 3600)  # the note stays, however slow the machine
        await pilot.press("ctrl+c")
        await pilot.pause()
        before = Translator(lang)("quit.hint")
        assert before in [note.message for note in app._notifications]
        await pilot.press("L")
        await pilot.pause()
        assert app.lang == other
        on_screen = [(note.message, note.title) for note in app._notifications]
        after = Translator(other)
        assert (after("quit.hint"), after("quit.title")) in on_screen
        assert before not in [message for message, _ in on_screen]
        assert after("note.language") in [message for message, _ in on_screen]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, hint", [("vi", "ngày/tháng/năm"), ("en", "YYYY-MM-DD")])
async def test_the_follow_up_deadline_hint_is_written_in_the_ui_language(bundled_store: Path, lang: str,
                                                                        hint: str) -> None:
    """The Vietnamese dialog said "dd/mm/yyyy"; the Vietnamese interface writes a day as ngày/tháng/năm (help)."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        assert selected_id(app) == RACH_DUA
        await open_screen(pilot, "u", ItemsScreen)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        assert dialog.query_one("#followup-deadline", Input).placeholder == hint


CHIENG_SINH = """Giám sát một cửa tại phường Chiềng Sinh

Sáng 12/11/2025, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Sơn La do ông Lò Văn Minh, Trưởng Ban Pháp chế, dẫn đầu
đã làm việc với UBND phường Chiềng Sinh. Từ 1/7 đến 31/10/2025, phường tiếp nhận 2.100 hồ sơ.
"""


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, said, not_said", [("vi", "'12/11' thiếu năm", "has no year"),
                                                   ("en", "'12/11' has no year", "thiếu năm")])
async def test_a_day_without_its_year_is_refused_in_the_ui_language(lang: str, said: str, not_said: str) -> None:
    """Typed "12/11" as the date on review: the Vietnamese screen said "ngày không hợp lệ: '12/11' has no year"."""
    async with reviewing(extract_article(CHIENG_SINH, source_name="chieng-sinh.txt"), lang, (80, 24)) as (app, pilot):
        screen = app.screen
        screen.query_one("#review-date", Input).value = "12/11"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = text_of(screen.query_one("#review-error", Static))
        assert app.results == [] and said in error and not_said not in error


FUNDS = """Khảo sát ứng dụng công nghệ thông tin tại phường Chiềng An

Sáng 5/11/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Sơn La khảo sát việc ứng dụng công nghệ thông tin tại phường
Chiềng An. Tiền mua sắm máy tính cho bộ phận một cửa năm 2025 là 800 triệu đồng.
"""


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_figure_typed_with_a_scale_word_is_read_as_the_amount(lang: str) -> None:
    """"1,2 tỷ" typed as a figure's number was "not a number", though the article and the filter write amounts so;
    the unit stays in its own field ("1,2 tỷ đồng" in the number is still refused, naming the figure)."""
    async with reviewing(extract_article(FUNDS, source_name="chieng-an.txt"), lang, (80, 24)) as (app, pilot):
        screen = app.screen
        assert screen.query_one("#review-figures-0-unit", Input).value == "đồng"
        screen.query_one("#review-figures-0-value", Input).value = "1,2 tỷ đồng"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [] and "1,2 tỷ đồng" in text_of(screen.query_one("#review-error", Static))
        screen.query_one("#review-figures-0-value", Input).value = "1,2 tỷ"
        screen.query_one("#review-leader-name", Input).value = "Cầm Thị Lan"  # the article names none
        for _ in range(2):  # a second Ctrl+S where the first only warned
            if not app.results:
                await pilot.press("ctrl+s")
                await pilot.pause()
        error = "" if app.results else text_of(screen.query_one("#review-error", Static))
    assert app.results, error
    [saved] = app.results
    assert saved is not None and saved["figures"][0]["value"] == 1_200_000_000


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_field_tabbed_past_shows_its_text_from_the_start(lang: str) -> None:
    """Focus selects a field's text, which scrolls one a cell wider than the field to its end; left so, a figure's
    place read "hường Chiềng Sinh" at 80×24 after Tab went through it."""
    async with reviewing(extract_article(CHIENG_SINH, source_name="chieng-sinh.txt"), lang, (80, 24)) as (app, pilot):
        place = app.screen.query_one("#review-figures-0-locality", Input)
        assert place.value == "phường Chiềng Sinh"
        place.focus()
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not place
        assert place.cursor_position == 0 and place.scroll_x == 0
        assert place.render_line(0).text.lstrip().startswith("phường")
        place.focus()
        await pilot.pause()
        assert place.selection.start == 0 and place.selection.end == len(place.value)  # all selected, as before


@pytest.mark.slow  # a Pilot flow
async def test_the_filter_line_left_keeps_its_cursor_at_the_end(bundled_store: Path) -> None:
    """The filter line does not select on focus (`:` then Ctrl+U clears it all): leaving it keeps the cursor at the
    end, as the start-of-text rule for other fields would have made Ctrl+U cut nothing."""
    async with browsing(bundled_store, "vi", (80, 24)) as (app, pilot):
        await set_filter(pilot, "nam:2023")
        line = app.screen.query_one("#filter-input", Input)
        assert app.focused is not line
        await pilot.press("colon")
        await pilot.pause()
        assert app.focused is line and line.cursor_position == len(line.value) > 0
