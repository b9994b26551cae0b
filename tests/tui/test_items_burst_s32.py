"""Two Enters in one burst on the list of items (`u`) open the first item once; the second had crashed the app.

The app hands every key of a burst to the widget focused when it reads them: both Enters went to the list, the
first closed it and opened the follow-up dialog, the second chose again from the list no longer shown, whose
`dismiss` popped a screen that was not there ("Can't pop screen; there must be at least one screen on the
stack") and the program ended. Seen in tmux with `u`, then `Enter Enter Down Enter` in one `send-keys`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, burst, open_screen
from tests.tui.waiting import drained, until
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.mark.parametrize("lang, size", [pytest.param("vi", (80, 24), id="vi-80x24"),
                                        pytest.param("en", (120, 40), id="en-120x40")])
@pytest.mark.parametrize("keys", [pytest.param("\r\r", id="enter-enter"), pytest.param("\r\r\r", id="enter-x3"),
                                  pytest.param("j\r\r", id="j-enter-enter")])
async def test_enters_in_one_burst_open_one_item_and_the_app_stays(bundled_store: Path, lang: str,
                                                                   size: tuple[int, int], keys: str) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        burst(app, keys)
        await until(pilot, lambda: isinstance(app.screen, FollowUpScreen), "the follow-up dialog")
        await drained(pilot, idle=False)
        assert app.is_running and [type(screen) for screen in app.screen_stack][1:] == [FollowUpScreen]
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        assert dialog.ref == ("recommendations", 1 if keys.startswith("j") else 0)
