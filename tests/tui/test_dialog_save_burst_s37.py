"""Text typed in a dialog's field and Ctrl+S in one burst: the text is saved (session 37).

Ctrl+S was bound with priority in the follow-up, export and import dialogs (`tui.dialog_keys.bind_table`), so it
saved when the app read it, before the text sent just before it was in the field: `Ctrl+U B o Ctrl+S` saved the
item unchanged, closed the dialog, and the "B" then reached the browser (the kind-of-body picker opened). The save
keys now run at their turn (`IN_TURN`), as the review's do (`test_review_burst_s37`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, finish
from tests.tui.followup_helpers import open_item, stored
from tests.tui.test_ux_bursts import burst
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_text_typed_with_ctrl_s_in_the_follow_up_is_saved(bundled_store: Path, lang: str,
                                                                 size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_item(pilot, 0)
        dialog.query_one("#followup-to", Input).focus()
        await pilot.pause()
        burst(app, "ctrl+u", "B", "o", "ctrl+s")
        await finish(pilot)
        assert isinstance(app.screen, ItemsScreen)  # back to the list, no picker opened by a stray "B"
    assert stored(bundled_store, RACH_DUA)["recommendations"][0]["to"] == "Bo"
