"""`L` twice leaves one note saying the language, not two alike (tryout s41-tryout13).

At 80×24 an officer pressed `L` (English) and `L` again (Vietnamese) within the notes' time: two toasts "Giao diện:
tiếng Việt (L để chuyển sang tiếng Anh)" stood one above the other. The first switch's note, "Interface: English",
was said again in the new language when the second switch came (as every note on screen is), and the second
switch's own note was not taken as the same words, since the text said before was English. Words looked up under
one key and values are now the same note whichever language they were said in; a text made otherwise is compared
as written, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing
from tui.i18n import Translator
from tui.toasts import Toasts


def _toasts(shown: list[str]) -> Toasts:
    return Toasts(lambda notify: shown.append(notify.notification.message), shown.clear, lambda: 1)


def test_a_note_said_again_in_the_other_language_replaces_the_one_before() -> None:
    t = Translator("en")
    shown: list[str] = []
    toasts = _toasts(shown)
    toasts.said(t, t("note.language"), "", "information", 3600, False)
    t.lang = "vi"
    toasts.again(t)
    toasts.said(t, t("note.language"), "", "information", 3600, False)
    assert shown == [t("note.language")]


def test_texts_made_otherwise_and_other_keys_stay_apart() -> None:
    t = Translator("vi")
    shown: list[str] = []
    toasts = _toasts(shown)
    toasts.said(t, "lỗi: không đọc được tệp a.json", "", "error", 3600, False)
    toasts.said(t, "lỗi: không đọc được tệp b.json", "", "error", 3600, False)
    toasts.said(t, t("quit.hint"), t("quit.title"), "information", 3600, False)
    toasts.said(t, t("note.language"), "", "information", 3600, False)
    assert shown == ["lỗi: không đọc được tệp a.json", "lỗi: không đọc được tệp b.json", t("quit.hint"),
                     t("note.language")]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_l_twice_leaves_one_language_note(bundled_store: Path, lang: str, size: tuple[int, int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 3600)  # both notes in their time, however slow
        await pilot.press("L")
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert app.lang == lang
        on_screen = [note.message for note in app._notifications]
        assert on_screen == [Translator(lang)("note.language")], on_screen
