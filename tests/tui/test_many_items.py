"""A record with thousands of recommendations: the details pane and the item picker draw a bounded part.

Both used to lay out every item (the picker also scanned every item per
line), so 10,000 took 83 s to open; now each draws a fixed number and says
how many more there are, and paging reaches every item. Counts are asserted,
not times (scripts print timings).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, details_text, settle
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.widgets.details import SHOWN_ITEMS

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

COUNT = 1000


@pytest.fixture
def crowded_store(tmp_path: Path) -> Path:
    record = make_record(id="2025-10-09-many")
    record["recommendations"] = [{"text": f"Kiến nghị số {n}", "deadline": "2025-12-31"} for n in range(COUNT)]
    record["directions"] = []
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    return path


async def test_details_draw_a_bounded_number_of_items_and_say_how_many_more(crowded_store: Path) -> None:
    async with browsing(crowded_store, "en", (120, 40)) as (app, pilot):
        shown = details_text(app, width=300)
        assert "Kiến nghị số 99" in shown and "Kiến nghị số 100\n" not in shown
        assert f"{COUNT - SHOWN_ITEMS:,} more (press u" in shown


async def test_the_item_picker_lists_a_window_and_pages_to_the_last_item(crowded_store: Path) -> None:
    async with browsing(crowded_store, "en", (120, 40)) as (app, pilot):
        await pilot.press("u")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, ItemsScreen)
        options = picker.query_one("#items-options", OptionList)
        assert options.option_count == ItemsScreen.WINDOW + 1  # the window and "… more"
        pages = 0
        while options.get_option_at_index(options.option_count - 1).id == "more-after":
            options.highlighted = options.option_count - 1
            await pilot.press("enter")
            await pilot.pause()
            pages += 1
            assert options.option_count <= ItemsScreen.WINDOW + 2
        assert pages == COUNT // ItemsScreen.WINDOW - 1
        options.highlighted = options.option_count - 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FollowUpScreen)
        assert app.screen.ref == ("recommendations", COUNT - 1)
