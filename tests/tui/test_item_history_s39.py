"""The follow-up list and dialog over an item's history: "changed since", `c`, `z` (tryout s38-tryout10, Found 4, 5).

A status set by mistake had been set back by hand with no trace, nothing said when an item was closed or by whom, and
the next month's list showed nothing of what another office had answered meanwhile. Now each save leaves history
entries (`store.item_history`), the dialog shows the latest, the text under the list says when the status last
changed, the list marks and counts the items changed since it was last opened (`c` lists only those), and `z` puts
this session's last save of an item back, refused when someone changed the item since.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label, OptionList, Select, Static

from store.followup import get_item, save_followup
from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, notes, open_screen
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.item_changes import changed_count, when_label
from tui.screens.items import ItemsScreen
from tui.settings import last_looked, save_looked

SIZES = [("vi", (80, 24)), ("en", (120, 40))]
R1 = ("recommendations", 0)


def _newest(path: Path) -> dict[str, Any]:
    """The visit the browser selects first (the newest), read past the browser."""
    repository = TinyDBRepository(path)
    try:
        return max(repository.records(), key=lambda record: (record["date"], record["id"]))
    finally:
        repository.close()


def _stored(path: Path, record_id: str) -> dict[str, Any]:
    repository = TinyDBRepository(path)
    try:
        stored = repository.get(record_id)
        assert stored is not None
        return stored
    finally:
        repository.close()


def _lines(items: ItemsScreen) -> list[str]:
    options = items.query_one("#items-options", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def _save_status(pilot: Any, status: str) -> None:
    """Enter on the item under the cursor, its status chosen, Ctrl+S; the list comes back."""
    dialog = await open_screen(pilot, "enter", FollowUpScreen)
    dialog.query_one("#followup-status", Select).value = status
    await pilot.press("ctrl+s")
    await finish(pilot)


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_save_is_shown_in_the_history_and_z_puts_it_back(bundled_store: Path, lang: str,
                                                                 size: tuple[int, int]) -> None:
    t = Translator(lang)
    visit = _newest(bundled_store)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await _save_status(pilot, "not accepted")
        items = app.screen
        assert isinstance(items, ItemsScreen)
        await pilot.press("k")  # the list came back on the next item
        await pilot.pause()
        row = str(items.query_one("#items-whole", Static).render()).splitlines()[-1]  # one row, the keys' kept
        assert row.startswith(t("history.status_changed").split("{")[0])
        assert row.endswith(" · " + t("history.undo_hint"))
        assert len(row) <= size[0] - 8
        await pilot.press("z")
        await finish(pilot)
        assert notes(app)[-1].startswith(t("history.undone", item=f"{t('items.recommendations')} 1", what="").rstrip())
        item = get_item(_stored(bundled_store, visit["id"]), R1)
        assert item.get("status", "open") == get_item(visit, R1).get("status", "open")
        assert [entry["field"] for entry in item["history"]] == ["status", "status"]
        dialog = await open_screen(pilot, "enter", FollowUpScreen)
        rows = str(dialog.query_one("#followup-history", Static).render()).splitlines()
        assert len(rows) == 2 and rows[0].endswith(t("items.status.not-accepted") + " → "
                                                   + t(f"items.status.{item.get('status', 'open').replace(' ', '-')}")
                                                   + f" ({t('history.undo_mark')})")  # an undo says so (s41)
        await pilot.press("escape")  # the dialog, unchanged, goes back to the browser
        await finish(pilot)
        await open_screen(pilot, "u", ItemsScreen)
        await pilot.press("z")  # the undo was the item's last change: nothing of this session is left to undo
        await finish(pilot)
        assert notes(app)[-1] == t("history.undo_none")


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_z_is_refused_when_another_office_changed_the_item_since(bundled_store: Path, lang: str,
                                                                       size: tuple[int, int]) -> None:
    t = Translator(lang)
    visit = _newest(bundled_store)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await _save_status(pilot, "done")
        other = TinyDBRepository(bundled_store)  # another office sets a deadline on the same item
        try:
            save_followup(other, visit["id"], R1, deadline="2027-01-31")
        finally:
            other.close()
        await pilot.press("k")
        await pilot.press("z")
        await finish(pilot)
        assert notes(app)[-1].startswith(t("history.undo_later", change="").split("(")[0])
        assert get_item(_stored(bundled_store, visit["id"]), R1)["status"] == "done"  # nothing put back


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_items_changed_since_the_last_look_are_marked_counted_and_c_shows_only_them(
        bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    visit = _newest(bundled_store)
    location = str(bundled_store)
    save_looked(location, visit["id"], "2020-01-02T03:04:05Z")  # the last look, years ago
    other = TinyDBRepository(bundled_store)  # since then another office answered the first item
    try:
        save_followup(other, visit["id"], R1, status="in progress", named="Phòng Tư pháp")
    finally:
        other.close()
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        items = await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        said = str(items.query_one("#items-changed", Label).render())
        assert said == changed_count(1, "2020-01-02T03:04:05Z", t, only=False)
        assert when_label("2020-01-02T03:04:05Z", lang, day=False) in said
        lines = _lines(items)
        assert "● " in lines[0] and not any("● " in line for line in lines[1:])
        await pilot.press("c")
        await pilot.pause()
        assert len(_lines(items)) == 1 and "● " in _lines(items)[0]
        await pilot.press("c")
        await pilot.pause()
        assert len(_lines(items)) == len(lines)
    assert (last_looked(location, visit["id"]) or "") > "2020-01-02T03:04:05Z"  # this look remembered for the next


@pytest.mark.slow  # a Pilot flow
async def test_nothing_is_marked_the_first_time_nor_after_ones_own_save(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", size=(80, 24)) as (app, pilot):
        items = await open_screen(pilot, "u", ItemsScreen)
        assert not items.query_one("#items-changed", Label).display
        await _save_status(pilot, "done")
        again = app.screen
        assert isinstance(again, ItemsScreen) and not any("● " in line for line in _lines(again))
        await pilot.press("c")
        await pilot.pause()
        assert notes(app)[-1] == Translator("vi")("history.none_changed")


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_my_save_of_an_earlier_run_is_not_news_another_office_s_is(
        bundled_store: Path, lang: str, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    visit = _newest(bundled_store)
    save_looked(str(bundled_store), visit["id"], "2020-01-02T03:04:05Z")  # the last look, years ago
    other = TinyDBRepository(bundled_store)
    try:
        monkeypatch.setenv("SURVEYS_USER", "Lan")  # yesterday, from the command line: my own save of the first item
        save_followup(other, visit["id"], R1, status="in progress", response=("2026-12-07", "Đã giao phòng."))
        monkeypatch.setenv("SURVEYS_USER", "Hùng")  # and another office's of the second
        save_followup(other, visit["id"], ("recommendations", 1), deadline="2027-03-31")
    finally:
        other.close()
    monkeypatch.setenv("SURVEYS_USER", "Lan")  # today's run, under my name (tryout s41-tryout13, Found 5)
    async with browsing(bundled_store, lang, size=size) as (_app, pilot):
        items = await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        lines = _lines(items)
        assert "● " not in lines[0] and "● " in lines[1]
        said = str(items.query_one("#items-changed", Label).render())
        assert said == changed_count(1, "2020-01-02T03:04:05Z", Translator(lang), only=False)
