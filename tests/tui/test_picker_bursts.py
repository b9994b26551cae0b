"""Keys typed in one burst into a picker do what the same keys typed slowly do (`w th ↓ Enter` over ssh).

The picker's ↓ ↑ PgDn PgUp had been priority bindings: the app ran them as each key came, before the input had
typed the letters queued ahead of them, and the list then re-listed for those letters put the highlight back on
its first line: `w th ↓ Enter` typed at once picked the first ward, not the second. They now run at their turn
among the keys the input takes (`OrderedInput`), on the list as it stands after the letters typed before them
(`PickerScreen._caught_up`), and Enter picks what that highlight shows.

A move typed before more letters is spent: the letters re-list, and the highlight is on the first of the new
list, as typing slowly shows it (`t ↓ h Enter` picks the first of "th").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from tests.tui.browser_helpers import active_filter, browsing, settle
from tests.tui.waiting import drained

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

BURSTS = [
    # letters ↓ Enter
    (["w", "t", "h", "down", "enter"], 'ward="Thủ Dầu Một"'),
    (["p", "b", "i", "down", "enter"], 'ward="thành phố Dĩ An, Bình Dương"'),
    # letters ↓ ↓ ↑ Enter
    (["w", "t", "h", "down", "down", "up", "enter"], 'ward="Thủ Dầu Một"'),
    (["p", "b", "i", "down", "down", "down", "up", "enter"], 'ward="thành phố Tân Uyên, Bình Dương"'),
    # letters PgDn PgUp ↓ Enter (a page past the end stops at the last line)
    (["w", "t", "h", "pagedown", "enter"], 'ward="Tân Đông Hiệp"'),
    (["p", "b", "i", "pagedown", "pageup", "down", "enter"], 'ward="thành phố Dĩ An, Bình Dương"'),
    # letters ↓ more letters Enter: the move is spent, the new list's first line is picked
    (["w", "t", "down", "h", "enter"], 'ward="Thạch Thất"'),
    (["p", "b", "down", "down", "i", "enter"], 'province:"Bình Dương"'),
    # letters ↓ more letters ↓ Enter: the second move moves in the new list
    (["w", "t", "down", "down", "h", "down", "enter"], 'ward="Thủ Dầu Một"'),
    (["p", "b", "down", "i", "down", "down", "enter"], 'ward="thành phố Tân Uyên, Bình Dương"'),
]


async def picked(store: Path, keys: list[str], slowly: bool) -> str:
    async with browsing(store, "en") as (app, pilot):
        if slowly:
            for key in keys:
                await pilot.press(key)
                await settle(pilot)
        else:  # all queued at once, as ssh delivers them (`pilot.press` lets the app idle after each key)
            for key in keys:
                app.post_message(events.Key(key, key if len(key) == 1 else None))
            await drained(pilot)
        return active_filter(app).render()


@pytest.mark.parametrize("keys, expected", BURSTS, ids=[" ".join(keys) for keys, _ in BURSTS])
async def test_a_burst_picks_what_typing_slowly_picks(bundled_store: Path, keys: list[str], expected: str) -> None:
    assert await picked(bundled_store, keys, slowly=True) == expected  # what the keys mean, typed one by one
    assert await picked(bundled_store, keys, slowly=False) == expected
