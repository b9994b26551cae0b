"""The row under the `u` list keeps the new status whole and cuts the old one (tryout13, session 41).

At 80 columns the row read "Đổi trạng thái 07/12/2026 21:52 (root): chưa giải quyết → … · z hoàn tác": the end
was cut, and the end is what the change did. Now the old value is what gives way ("chưa g… → đang giải quyết").
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

ENTRY = {"at": "2026-12-07T14:52:00Z", "who": "thu_ky_hdnd", "field": "status", "from": "open", "to": "in progress"}
ITEM = {"text": "Bổ sung máy quét.", "status": "in progress", "history": [ENTRY]}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_old_value_gives_way_first(lang: str) -> None:
    t = Translator(lang)
    was, now = t("items.status.open"), t("items.status.in-progress")
    whole = status_changed(ITEM, t)
    assert whole is not None and whole.endswith(f"{was} → {now}")
    cut = status_changed(ITEM, t, cell_len(whole) - 3)
    assert cut is not None and cell_len(cut) == cell_len(whole) - 3
    assert cut.endswith(f"{was[:len(was) - 4]}… → {now}")  # three cells less: the old value's end and "…"
    narrow = status_changed(ITEM, t, 20)  # less room than the rest needs: the old value down to "…" alone
    assert narrow is not None and narrow.endswith(f": … → {now}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_row_that_fits_is_said_whole(lang: str) -> None:
    """The look-alike: with room, nothing is cut (and without a width, as the dialog and `show` say it)."""
    t = Translator(lang)
    whole = status_changed(ITEM, t)
    assert whole is not None
    assert status_changed(ITEM, t, cell_len(whole)) == whole == status_changed(ITEM, t, 200)


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", [("vi", (80, 24)), ("en", (80, 24)), ("en", (120, 40))])
async def test_the_row_after_a_save_ends_with_the_new_status(bundled_store: Path, lang: str,
                                                             size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await _save_status(pilot, "in progress")
        items = app.screen
        assert isinstance(items, ItemsScreen)
        await pilot.press("k")  # back on the item saved (the list came back on the next one)
        await pilot.pause()
        row = str(items.query_one("#items-whole", Static).render()).splitlines()[-1]
        assert row.startswith(t("history.status_changed").split("{")[0])
        assert row.endswith(f" → {t('items.status.in-progress')} · {t('history.undo_hint')}"), row
        assert "→ …" not in row
        await finish(pilot)
