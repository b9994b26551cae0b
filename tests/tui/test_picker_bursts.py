"""Keys typed in one burst into a picker do what the same keys typed slowly do (`w th ↓ Enter` over ssh).

The picker's ↓ ↑ PgDn PgUp had been priority bindings: the app ran them as each key came, before the input had
typed the letters queued ahead of them, and the list then re-listed for those letters put the highlight back on
its first line: `w th ↓ Enter` typed at once picked the first ward, not the second. They now run at their turn
among the keys the input takes (`OrderedInput`), on the list as it stands after the letters typed before them
(`PickerScreen._caught_up`), and Enter picks what that highlight shows.

Keys typed before the picker's counts (a search in flight, the provinces merged away being counted) act on the
list once the counts have come: a list made again for the same text takes again the moves typed since
(`PickerScreen._relist`), and an Enter typed ahead of the provinces merged away waits for them (`hold_picks`):
`x p bi ↓↓↓↑ Enter` had picked nothing, the list was empty until they came.

A move typed before more letters is spent: the letters re-list, and the highlight is on the first of the new
list, as typing slowly shows it (`t ↓ h Enter` picks the first of "th").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from store.store import SurveyStore
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
    (["w", "t", "h", "pagedown", "enter"], 'ward="Phường Tân Đông Hiệp, Hồ Chí Minh"'),  # a split former ward (s40)
    (["p", "b", "i", "pagedown", "pageup", "down", "enter"], 'ward="thành phố Dĩ An, Bình Dương"'),
    # letters ↓ more letters Enter: the move is spent, the new list's first line is picked
    (["w", "t", "down", "h", "enter"], 'ward="Thạch Thất"'),
    (["p", "b", "down", "down", "i", "enter"], 'province:"Bình Dương"'),
    # letters ↓ more letters ↓ Enter: the second move moves in the new list
    (["w", "t", "down", "down", "h", "down", "enter"], 'ward="Thủ Dầu Một"'),
    (["p", "b", "down", "i", "down", "down", "enter"], 'ward="thành phố Tân Uyên, Bình Dương"'),
]


async def picked(folder: Path, keys: list[str], slowly: bool, before: list[str] | None = None) -> str:
    """The filter the keys leave, in a browser of its own: a fresh store and user folders (the browser keeps the
    last filter, which the next run under the same ones would start with)."""
    mode = "slow" if slowly else "burst"
    store = folder / mode / "s.json"
    store.parent.mkdir()
    SurveyStore.open(store)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder / mode / "config"))
        patch.setenv("XDG_DATA_HOME", str(folder / mode / "data"))
        return await run(store, keys, slowly, before)


async def run(store: Path, keys: list[str], slowly: bool, before: list[str] | None) -> str:
    async with browsing(store, "en") as (app, pilot):
        if before:  # a filter to clear with the burst's "x": its search is in flight as the picker opens
            await pilot.press(*before)
            await settle(pilot)
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
async def test_a_burst_picks_what_typing_slowly_picks(tmp_path: Path, keys: list[str], expected: str) -> None:
    assert await picked(tmp_path, keys, slowly=True) == expected  # what the keys mean, typed one by one
    assert await picked(tmp_path, keys, slowly=False) == expected


AFTER_X = [
    (["x", "p", "b", "i", "down", "down", "down", "up", "enter"], 'ward="thành phố Tân Uyên, Bình Dương"'),
    (["x", "p", "b", "i", "down", "enter"], 'ward="thành phố Dĩ An, Bình Dương"'),
    (["x", "w", "t", "h", "down", "enter"], 'ward="Thủ Dầu Một"'),
    (["x", "t", "d", "i", "g", "down", "enter"], "topic:chinh-quyen-so"),
]


@pytest.mark.parametrize("keys, expected", AFTER_X, ids=[" ".join(keys) for keys, _ in AFTER_X])
async def test_a_burst_ahead_of_the_counts_picks_what_typing_slowly_picks(tmp_path: Path, keys: list[str],
                                                                           expected: str) -> None:
    """After "x" the picker opens before the search it counts under has landed, and the province picker's
    provinces merged away are counted again (under a new search): keys typed meanwhile wait for them."""
    before = ["w", "l", "a", "i", "enter"]
    assert await picked(tmp_path, keys, slowly=True, before=before) == expected
    assert await picked(tmp_path, keys, slowly=False, before=before) == expected
