"""The row under the `u` list says an undo was an undo (tryout s42-tryout14).

After `z` put Rạch Dừa's recommendation 1 back to open, the row under the list read "Đổi trạng thái 08/12/2026 01:04
(root): đang giải quy… → chưa giải quyết", the words of a change made by hand; the dialog's rows, `surveys show` and
the exports mark an undo's entry "(hoàn tác)" / "(undo)" (session 41), and this row now does too, the old value
still the part that gives way at 80 columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Static

from tests.tui.browser_helpers import browsing, finish, open_screen
from tests.tui.test_item_history_s39 import _save_status
from tui.i18n import Translator
from tui.screens.item_changes import status_changed
from tui.screens.items import ItemsScreen

MADE = {"at": "2026-12-07T14:52:00Z", "who": "thu_ky_hdnd", "field": "status", "from": "open", "to": "in progress",
        "save": "aaaaaaaaaaaa"}
UNDONE = {"at": "2026-12-07T14:53:00Z", "who": "thu_ky_hdnd", "field": "status", "from": "in progress", "to": "open",
          "save": "bbbbbbbbbbbb", "undoes": "aaaaaaaaaaaa"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_undo_is_marked_and_a_change_by_hand_is_not(lang: str) -> None:
    t = Translator(lang)
    mark = f" ({t('history.undo_mark')})"
    undone = status_changed({"text": "x", "status": "open", "history": [MADE, UNDONE]}, t)
    assert undone is not None and undone.endswith(f" → {t('items.status.open')}{mark}")
    made = status_changed({"text": "x", "status": "in progress", "history": [MADE]}, t)  # the look-alike
    assert made is not None and made.endswith(f" → {t('items.status.in-progress')}")
    assert t("history.undo_mark") not in made


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_old_value_still_gives_way_before_the_mark(lang: str) -> None:
    t = Translator(lang)
    item = {"text": "x", "status": "open", "history": [MADE, UNDONE]}
    whole = status_changed(item, t)
    assert whole is not None
    cut = status_changed(item, t, cell_len(whole) - 4)
    assert cut is not None and cell_len(cut) == cell_len(whole) - 4
    assert cut.endswith(f"… → {t('items.status.open')} ({t('history.undo_mark')})")


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_row_after_z_says_undo(bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await _save_status(pilot, "in progress")
        items = app.screen
        assert isinstance(items, ItemsScreen)
        await pilot.press("k")  # the list came back on the next item
        await pilot.press("z")
        await finish(pilot)
        row = str(items.query_one("#items-whole", Static).render()).splitlines()[-1]
        assert row.startswith(t("history.status_changed").split("{")[0]), row
        assert row.endswith(f" → {t('items.status.open')} ({t('history.undo_mark')})"), row
        assert cell_len(row) <= size[0] - 6  # one row inside the box
