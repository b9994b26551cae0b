"""`L` in the follow-up list (`u`) switches the language of the list and of the browser under it (session 41).

The list had no `L`: its words, and the line that says the store is out of reach (`#items-reach`, s40), stayed in
the language it was opened in, and a reader who wanted the other one had to leave the list. Now `L` redraws every
word of the list from the one translator (title, lines, keys, the out-of-reach line, said again from the state the
list keeps, not the words it first showed) and the browser under it, as `L` there does. The server is the fake of
`test_items_out_of_reach_s40`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, finish, screen_text
from tests.tui.test_items_other_office_s35 import open_list
from tests.tui.test_items_other_office_s35 import store as store  # noqa: F401 - the fixture: a visit, two items
from tests.tui.test_items_out_of_reach_s40 import LOST, keys_in_the_box, reach_line, server
from tui.dialog_keys import ITEMS_KEYS
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows

OTHER = {"vi": "en", "en": "vi"}
TITLE = {"vi": "Kiến nghị và chỉ đạo", "en": "Recommendations and directions"}
LINE = {"vi": "Kiến nghị 1", "en": "Recommendation 1"}
HINT = {"vi": "Enter sửa trạng thái", "en": "Enter edits status"}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("lang", "size"), [pytest.param("vi", (80, 24), id="vi-80x24"),
                                            pytest.param("en", (120, 40), id="en-120x40")])
async def test_l_says_the_list_and_its_out_of_reach_line_in_the_other_language(
        store: Path, lang: str, size: tuple[int, int]) -> None:  # noqa: F811
    other = OTHER[lang]
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        down = server(screen)
        down.set()
        screen.following.check()
        await finish(pilot)
        assert reach_line(screen).startswith(LOST[lang])

        await pilot.press("L")
        await finish(pilot)
        assert app.screen is screen and app.state.t.lang == other
        said = reach_line(screen)
        assert said.startswith(LOST[other]), said
        assert said[-5:] == reach_line_time(screen)  # the time it was read, kept
        shown = flat(screen_text(app))
        for words in (TITLE, LINE, HINT):
            assert words[other] in shown and words[lang] not in shown, (words, shown)
        assert keys_in_the_box(screen)

        down.clear()  # answered again: the line goes, and does not come back with the next switch
        screen.following.check()
        await finish(pilot)
        await pilot.press("L")
        await finish(pilot)
        assert app.state.t.lang == lang and not reach_line(screen)
        assert TITLE[lang] in flat(screen_text(app))

        await pilot.press("escape")
        await finish(pilot)
        assert LOST[lang] not in flat(screen_text(app)) and app.screen is app.browser  # the browser, in it too


def reach_line_time(screen: ItemsScreen) -> str:
    """The time the list was last known to be as stored, as the line ends with it: "19:32"."""
    return screen.following.known


async def test_l_is_in_the_lists_help_and_palette(store: Path) -> None:  # noqa: F811
    """As every key of the list: F1 lists it, and the reader's table keeps it (it writes nothing)."""
    assert any(spec.action == "switch_language" for spec in ITEMS_KEYS)
    async with browsing(store, "en", (120, 40)) as (app, pilot):
        await open_list(app, pilot)
        await pilot.press("f1")
        await finish(pilot)
        assert "switch the interface to Vietnamese" in flat(screen_text(app))
