"""Keys that move the cursor between fields, typed in one burst with text (over ssh a link delivers several keys
at once), act at their turn: the text after a Tab goes into the next field, never into the one Tab left.

Found in tmux on the review screen: the value of a figure, Tab, Tab and the next number sent in one write put
both numbers into the first field ("1.3001.400"), and the Tabs moved on afterwards. Textual runs the screen's
Tab (focus the next field) only once the key has bubbled up to the app, and the keys queued behind it have been
typed into the input meanwhile (`tui.widgets.ordered_input`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import App
from textual.widgets import Input

from store.extract import extract_file
from tests.test_review_screen import reviewing
from tests.tui.browser_helpers import browsing, filter_text
from tests.tui.browser_helpers import burst as browser_burst
from tests.tui.waiting import drained
from tui.screens.dates import DatesScreen

pytestmark = pytest.mark.slow  # Pilot flows

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def burst(app: App, *keys: str) -> None:
    """Queue every key at once; a key of one character is typed, a longer one is a named key."""
    for key in keys:
        for ch in key if len(key) == 1 or key.isdigit() else [key]:
            app.post_message(events.Key(ch, ch if len(ch) == 1 else None))


def value(app: App, field: str) -> str:
    return app.screen.query_one(f"#review-figures-0-{field}", Input).value


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_text_after_tab_in_one_burst_goes_to_the_next_field(lang: str) -> None:
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, lang, size=(80, 24)) as (app, pilot):
        app.screen.query_one("#review-figures-0-value", Input).focus()
        await pilot.pause()
        burst(app, "ctrl+u", "1300", "tab", "ctrl+u", "h", "s", "tab", "ctrl+u", "9", "shift+tab", "end", "x")
        await drained(pilot)
        assert (value(app, "value"), value(app, "unit"), value(app, "of")) == ("1300", "hsx", "9")
        assert app.focused is app.screen.query_one("#review-figures-0-unit", Input)


async def test_keys_queued_for_a_field_that_lost_the_cursor_follow_it() -> None:
    """Keys a field received after an earlier key of the burst moved the cursor away go where it now is."""
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, "vi", size=(80, 24)) as (app, pilot):
        label = app.screen.query_one("#review-figures-0-label", Input)
        label.focus()
        await pilot.pause()
        before = label.value
        burst(app, "end", "tab", "ctrl+u", "7", "7")
        await drained(pilot)
        assert label.value == before and value(app, "value") == "77"


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_date_dialog_takes_a_burst_in_order(bundled_store: Path, lang: str) -> None:
    """The date dialog's input was Textual's own: "2024", Backspace ×2, "25", Enter in one burst ran the Backspaces
    after the "25" and filtered on another year than the one typed."""
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DatesScreen)
        browser_burst(app, "2024\x7f\x7f25\r")
        await drained(pilot)
        assert filter_text(app) == ("nam:2025" if lang == "vi" else "year:2025")  # the interface language's name
