"""A save that changed only the deadline says so on its row under the `u` list (tryout s42-tryout14, Found 7).

The row under the list said when the item's *status* last changed and, when this session saved it, "· z hoàn tác".
A save of the deadline alone left "z hoàn tác" alone on its row (or after an older status change), not saying what
`z` would undo; the row now words that save's change ("Đổi hạn …: — → 31/03/2026 · z hoàn tác"), as it does a status
save's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Input, Static

from tests.tui.browser_helpers import browsing, finish, open_screen
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.item_changes import save_changed, value_said
from tui.screens.items import ItemsScreen

DEADLINE = {"at": "2026-12-07T14:52:00Z", "who": "thu_ky_hdnd", "field": "deadline", "from": None,
            "to": "2026-03-31", "save": "aaaaaaaaaaaa"}
STATUS = {"at": "2026-12-07T14:52:00Z", "who": "thu_ky_hdnd", "field": "status", "from": "open",
          "to": "in progress", "save": "aaaaaaaaaaaa"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_deadline_save_is_worded_and_a_status_save_is_left_to_the_status_row(lang: str) -> None:
    t = Translator(lang)
    said = save_changed((DEADLINE,), t)
    assert said is not None
    assert said.startswith(t("history.deadline_changed").split("{")[0]), said
    assert said.endswith(f" → {value_said('deadline', '2026-03-31', t)}"), said
    assert save_changed((STATUS, DEADLINE), t) is None  # the look-alike: the status row says it
    assert save_changed((), t) is None  # nothing tracked (a response alone)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_old_deadline_gives_way_first(lang: str) -> None:
    t = Translator(lang)
    moved = {**DEADLINE, "from": "2025-12-31"}
    whole = save_changed((moved,), t)
    assert whole is not None
    cut = save_changed((moved,), t, cell_len(whole) - 4)
    assert cut is not None and cell_len(cut) == cell_len(whole) - 4
    assert cut.endswith(f"… → {value_said('deadline', '2026-03-31', t)}"), cut


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_row_after_a_deadline_save_says_what_z_would_undo(bundled_store: Path, lang: str,
                                                                    size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        dialog = await open_screen(pilot, "enter", FollowUpScreen)
        dialog.query_one("#followup-deadline", Input).value = "31/03/2026"
        await pilot.press("ctrl+s")
        await finish(pilot)
        items = app.screen
        assert isinstance(items, ItemsScreen)
        await pilot.press("k")  # the list came back on the next item
        await finish(pilot)
        row = str(items.query_one("#items-whole", Static).render()).splitlines()[-1]
        assert row.startswith(t("history.deadline_changed").split("{")[0]), row
        assert row.endswith(f" → {value_said('deadline', '2026-03-31', t)} · {t('history.undo_hint')}"), row
        assert cell_len(row) <= size[0] - 6  # one row inside the box
