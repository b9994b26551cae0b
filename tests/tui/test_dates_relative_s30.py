"""A relative day typed in the dates dialog (`d`), as a user tries "tuần này" (session 30): the refusal had read
"Không hiểu ngày: 'tuan nay' is relative and there is no publication date to count from; hãy viết …", an English
reason in a Vietnamese line, the words quoted without their marks. Now the reason is in the reader's language and
quotes what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label

from store.dates import DateError, parse_range
from tests.tui.browser_helpers import browsing, open_screen
from tui.screens.dates import DatesScreen

REASON = {"vi": "'tuần này' là ngày tương đối, không có ngày đăng bài để tính từ đó",
          "en": "'tuần này' is relative and there is no publication date to count from"}


@pytest.mark.parametrize("typed", ["tuần này", "hôm qua", "năm ngoái"])
def test_a_refused_relative_day_is_quoted_as_typed(typed: str) -> None:
    with pytest.raises(DateError, match=f"^'{typed}' is relative"):
        parse_range(typed)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))])
async def test_the_dialog_says_why_in_the_readers_language(bundled_store: Path, lang: str,
                                                           size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_screen(pilot, "d", DatesScreen)
        dialog.query_one("#dates-input", Input).value = ""
        await pilot.press(*"tuần này", "enter")
        await pilot.pause()
        assert app.screen is dialog  # refused: the dialog stays for another try
        said = " ".join(str(dialog.query_one("#dates-error", Label).render()).split())
        assert REASON[lang] in said, said
        if lang == "vi":
            assert "is relative" not in said and "tuan nay" not in said, said
