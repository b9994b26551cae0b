"""Rough edges found trying the program in tmux at 80×24 (Vietnamese) and 120×40 (English), session 27.

See docs/tryout-s27.md for what was tried and how.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.notifications import Notify
from textual.widgets import Input

from tests.factories import make_record
from tests.import_dialog_helpers import enter_path, until, write_jsonl
from tests.tui.browser_helpers import browsing, notes, open_screen, settle
from tui.app import SurveysApp
from tui.i18n import Translator
from tui.screens.export_dialog import ExportScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.help import HelpScreen
from tui.screens.import_dialog import ImportScreen
from tui.screens.items import ItemsScreen
from tui.toasts import Toasts
from tui.widgets.key_footer import KeyFooter


class Board:
    """What the toasts drive: Textual's toasts (those handed over and not wiped) and the screens stacked."""

    def __init__(self) -> None:
        self.posted: list[Notify] = []
        self.depth = 1

    def wipe(self) -> None:
        self.posted.clear()

    def push(self, toasts: Toasts) -> None:
        """A screen pushed over the top one (`SurveysApp.push_screen`)."""
        self.depth += 1
        toasts.covered()

    def pop(self, toasts: Toasts, t: Translator) -> None:
        """The top screen closed (`SurveysApp.pop_screen`)."""
        self.depth -= 1
        toasts.uncovered(t)

    def toasts(self, toasts: Toasts) -> list[str]:
        """The messages Textual would draw: handed over and let through (`SurveysApp.on_notify`)."""
        return [notify.notification.message for notify in self.posted if toasts.drawn(notify.notification)]


def _toasts(board: Board) -> Toasts:
    return Toasts(board.posted.append, board.wipe, lambda: board.depth)


def test_a_note_said_before_a_screen_is_pushed_waits_under_it_and_comes_back_when_it_closes() -> None:
    board, t = Board(), Translator("vi")
    toasts = _toasts(board)
    toasts.said(t, "Đã nhập: thêm 1", "", "information", 3600, False)
    board.push(toasts)
    assert board.toasts(toasts) == []
    toasts.said(t, "Đã lưu", "", "information", 3600, False)  # said on the dialog: drawn over it
    assert board.toasts(toasts) == ["Đã lưu"]
    board.pop(toasts, t)
    assert sorted(board.toasts(toasts)) == ["Đã lưu", "Đã nhập: thêm 1"]


def test_a_note_said_just_before_a_push_in_the_same_handler_is_not_drawn_over_the_screen() -> None:
    """Textual handles the toast after the handler that said it: by then the dialog is on top."""
    board, t = Board(), Translator("vi")
    toasts = _toasts(board)
    toasts.said(t, "Đã nhập: thêm 1", "", "information", 3600, False)
    pending = board.posted[-1]
    board.push(toasts)
    assert not toasts.drawn(pending.notification)


def test_a_screen_over_a_dialog_closing_brings_back_only_the_dialogs_notes() -> None:
    board, t = Board(), Translator("en")
    toasts = _toasts(board)
    toasts.said(t, "on the list", "", "information", 3600, False)
    board.push(toasts)
    toasts.said(t, "on the dialog", "", "information", 3600, False)
    board.push(toasts)
    assert board.toasts(toasts) == []
    board.pop(toasts, t)
    assert board.toasts(toasts) == ["on the dialog"]


def test_a_note_held_comes_back_in_the_language_of_the_moment() -> None:
    board, t = Board(), Translator("vi")
    toasts = _toasts(board)
    toasts.said(t, t("quit.hint"), "", "information", 3600, False)
    board.push(toasts)
    t.lang = "en"
    toasts.again(t)  # nothing on screen to say again: the held note waits
    assert board.toasts(toasts) == []
    board.pop(toasts, t)
    assert board.toasts(toasts) == [t("quit.hint")]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_import_note_stays_off_the_import_dialog_opened_again(
        bundled_store: Path, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`i`, a file, Ctrl+Y: "Đã nhập: thêm 1" stood 8 s at the bottom right; `i` again within them drew the dialog
    with the note over its buttons (80×24). The note waits under the dialog and is back once it closes."""
    records = write_jsonl(tmp_path / "one.jsonl", [make_record(id="2024-03-12-quoc-oai")])
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 3600)  # the note stays, however slow the machine
        await open_screen(pilot, "i", ImportScreen)
        await enter_path(app, pilot, str(records))  # type: ignore[arg-type]  # any app with the dialog on top
        await until(pilot, lambda: not app.screen._busy)  # type: ignore[attr-defined]
        await pilot.press("ctrl+y")
        await until(pilot, lambda: not isinstance(app.screen, ImportScreen))
        await settle(pilot)
        said = notes(app)[-1]
        assert said in _on_screen(app)
        await open_screen(pilot, "i", ImportScreen)
        await pilot.pause()
        assert said not in _on_screen(app)
        await open_screen(pilot, "f1", HelpScreen)  # a screen over the dialog, then closed: still held
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ImportScreen))
        assert said not in _on_screen(app)
        await pilot.press("escape")
        await settle(pilot)
        assert said in _on_screen(app)


@pytest.mark.slow  # a Pilot flow
async def test_a_note_said_on_a_dialog_stays_when_it_closes(bundled_store: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    async with browsing(bundled_store, "en", (80, 24)) as (app, pilot):
        monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 3600)
        await open_screen(pilot, "e", ExportScreen)
        app.notify("said on the dialog", markup=False)
        await pilot.pause()
        assert "said on the dialog" in _on_screen(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "said on the dialog" in _on_screen(app)


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size, keys", [("en", (120, 40), ()), ("vi", (120, 40), ()), ("vi", (80, 24), ("/",)),
                                              ("en", (80, 24), ())])
async def test_a_note_stands_above_the_footer_and_the_search_line(bundled_store: Path, lang: str,
                                                                  size: tuple[int, int], keys: tuple[str, ...],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """At 120×40 the footer has two lines and a note covered the first one's end ("⏎ Open q Quit L VI"); at 80×24 the
    search line (`/`) stood under it."""
    app = SurveysApp(bundled_store, lang=lang)
    monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 3600)
    async with app.run_test(size=size, notifications=True) as pilot:  # the toasts drawn, as `surveys` draws them
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.press("ctrl+c")  # how to quit: a note
        rack = app.screen.query_one("#textual-toastrack")  # Textual's toasts, docked at the bottom
        await until(pilot, lambda: any(toast.region for holder in rack.children for toast in holder.children))
        note = rack.children[0].children[0].region  # the toast in its holder
        under = [app.screen.query_one(KeyFooter).region, app.browser.search_bar.region]
        assert all(note.bottom <= widget.y for widget in under if widget.height)


def _on_screen(app: object) -> list[str]:
    return [note.message for note in app._notifications]  # type: ignore[attr-defined]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, hint", [("vi", "cơ quan nhận"), ("en", "who it goes to")])
async def test_the_follow_up_addressee_field_says_what_goes_in_it(bundled_store: Path, lang: str, hint: str) -> None:
    """"Gửi đến" was an empty field with nothing in it: on a monochrome terminal (and in capture-pane) no field
    showed, and Tab seemed to skip a step."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpScreen)
        assert hint in app.screen.query_one("#followup-to", Input).placeholder
