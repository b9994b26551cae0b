"""The injection table over every screen: no raw control reaches the terminal, markup is never obeyed.

One stored record holds every payload of `tests/payloads.py` in every free-text
field; each screen that shows record text is opened on it (list, details,
facets, pickers, the item picker and the follow-up dialog, the figures view,
the export dialog, the import report, the date dialog) and what it draws is
checked character by character.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from textual.widgets import Input

from tests.factories import make_record
from tests.payloads import ALL, MARKUP_LITERALS, PAYLOADS, raw_controls, write_hostile_store
from tests.tui.browser_helpers import browsing, details_text, screen_text, settle, type_text, until
from tui.app import SurveysApp
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

HOSTILE_ID = "2025-10-03-hostile"


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    return write_hostile_store(tmp_path / "s.json", HOSTILE_ID)


def assert_clean(app: SurveysApp, where: str) -> str:
    shown = screen_text(app)
    assert raw_controls(shown) == [], (where, shown[:600])
    assert app.is_running, where
    return shown


async def shown_clean(pilot, key: str, where: str) -> str:
    """Press `key`, let it settle, and check the screen it leads to holds no raw control."""
    await pilot.press(key)
    await settle(pilot)
    return assert_clean(pilot.app, where)


async def test_list_details_and_facets_show_every_payload_escaped(hostile_store: Path) -> None:
    async with browsing(hostile_store, "en", (160, 50)) as (app, pilot):
        assert_clean(app, "list")
        details = details_text(app, width=2000)
        assert raw_controls(details) == []
        for literal in (*MARKUP_LITERALS, "\\x1b]52;c;", "\\x9b31m", "\\u202e", "\\u2066", "\\u200b", "\\x7f",
                        "\\x07"):
            assert literal in details, literal
        await shown_clean(pilot, "f", "facets toggled")
        for x, y in ((40, 3), (100, 10), (60, 30)):  # a click on text must never follow a @click
            await pilot.click(offset=(x, y))
        await settle(pilot)
        assert_clean(app, "after clicks")


@pytest.mark.parametrize("key", ["w", "p", "t", "b"])
async def test_pickers_show_payloads_escaped(hostile_store: Path, key: str) -> None:
    async with browsing(hostile_store, "vi", (120, 40)) as (app, pilot):
        await pilot.press(key)
        await settle(pilot)
        assert_clean(app, f"picker {key}")
        await pilot.press("escape")
        await settle(pilot)


async def test_item_picker_and_follow_up_dialog_show_the_addressee_escaped(hostile_store: Path) -> None:
    async with browsing(hostile_store, "en", (120, 40)) as (app, pilot):
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, ItemsScreen)
        assert_clean(app, "item picker")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FollowUpScreen)
        assert_clean(app, "follow-up dialog")
        addressee = app.screen.query_one("#followup-to", Input).value
        assert raw_controls(addressee) == [] and "\\x1b]52;c;" in addressee
        # saving without touching the field must not write the escaped spelling back over the data
        assert app.screen._changes() == {}


async def test_figures_view_and_export_dialog_show_payloads_escaped(hostile_store: Path) -> None:
    async with browsing(hostile_store, "en", (120, 40)) as (app, pilot):
        await shown_clean(pilot, "c", "figures view")
        await pilot.press("escape")
        await settle(pilot)
        await shown_clean(pilot, "e", "export dialog")


async def test_import_report_quotes_unknown_values_escaped(hostile_store: Path, tmp_path: Path) -> None:
    record = make_record(id="2025-10-07-bad", topics=[f"chủ đề {ALL}"])
    record["figures"][0].update(metric=f"chỉ số {ALL}", locality=f"nơi {ALL}")
    record["localities"][0]["ward"] = {"name": f"Phường {PAYLOADS['osc52-clipboard']}", "code": 26737}
    source = tmp_path / "bad.json"
    source.write_bytes(orjson.dumps(record))
    async with browsing(hostile_store, "en", (120, 40)) as (app, pilot):
        await pilot.press("i")
        await settle(pilot)
        field = app.screen.query_one("#path", Input)
        field.value = str(source)
        field.focus()
        await pilot.press("enter")
        await until(pilot, lambda: not getattr(app.screen, "_busy", False), "the dialog's check (in a worker)")
        await pilot.pause()
        shown = assert_clean(app, "import report")
        assert "topics[0]" in shown


@pytest.mark.parametrize("typed", ["0000", "0000-01", "1/0000"])
async def test_a_year_zero_in_the_filter_bar_and_the_date_dialog_is_a_message(hostile_store: Path,
                                                                               typed: str) -> None:
    async with browsing(hostile_store, "en", (120, 40)) as (app, pilot):
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, f"since:{typed}")
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        await pilot.press("escape")
        await pilot.press("d")
        await settle(pilot)
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert "year 0" in screen_text(app) or "there is no year" in screen_text(app)
