"""An office's first run: another office's change after the first look at a visit's list is marked (tryout s40).

Office B had never opened a list of the shared archive. It opened a visit's list, office A then changed an item of
it, and B opened the list again in the same run: nothing was marked, because the run kept comparing with the look
before it, which there was none of (`tui/survey_actions.py` `_since`); only after a restart did "1 item changed
since you last looked" show. The first look of a first run now stands for the look before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, OptionList

from store.followup import save_followup
from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, open_screen
from tests.tui.test_item_history_s39 import R1, _newest
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # a Pilot flow


def marked(items: ItemsScreen) -> list[bool]:
    options = items.query_one("#items-options", OptionList)
    return ["● " in str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang, size", [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_change_after_the_first_look_of_a_first_run_is_marked(bundled_store: Path, lang: str,
                                                                       size: tuple[int, int], monkeypatch) -> None:
    visit = _newest(bundled_store)
    # the first look a while ago (stamps are to the second: a save in the same second is not "after" it)
    monkeypatch.setattr("store.item_history.now_stamp", lambda: "2020-01-02T03:04:05Z")
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        items = await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        assert not any(marked(items))  # the first look: nothing to compare with
        await pilot.press("escape")
        await finish(pilot)
        other = TinyDBRepository(bundled_store)  # another office answers the first item meanwhile
        try:
            # under its own name: the OS user's, which this browser writes too, is this person's (session 41)
            save_followup(other, visit["id"], R1, status="in progress", named="Văn phòng A")
        finally:
            other.close()
        items = await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        assert marked(items)[0] and not any(marked(items)[1:])
        assert items.query_one("#items-changed", Label).display
