"""A typed search and the launch bring only the first rows of their first page (`tui.model.FIRST_ROWS`, #17);
the rest of that page comes when the list reaches it, and every row is the record a whole page would show.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.query import Filter
from store.tinydb_repository import TinyDBRepository
from tests.present import present
from tests.synthetic import write_store
from tests.tui.browser_helpers import browsing, catalog, listed_ids, result, selected_id, settle, type_text
from tests.tui.widget_helpers import newest_ids, until
from tui.model import FIRST_ROWS, PAGE

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen




async def test_the_launch_brings_the_first_rows_and_the_rest_of_the_page_when_reached(
        tmp_path: Path, generated: list[dict]) -> None:
    store = tmp_path / "s.json"
    write_store(store, generated)
    async with browsing(store, "en", (100, 30)) as (app, pilot):
        assert len(catalog(app)._pages[0]) == FIRST_ROWS < PAGE
        while (app.survey_list.selected or 0) <= FIRST_ROWS + 5:  # past the rows brought: its page is fetched
            await pilot.press("pagedown")
        await until(pilot, lambda: catalog(app).record(app.survey_list.selected) is not None)
        assert selected_id(app) == newest_ids(generated)[present(app.survey_list.selected)]
        assert len(catalog(app)._pages[0]) == PAGE
        assert listed_ids(app) == newest_ids(generated)


async def test_a_typed_search_lists_what_the_index_finds_past_its_first_rows(
        tmp_path: Path, generated: list[dict]) -> None:
    store = tmp_path / "s.json"
    write_store(store, generated)
    word = generated[7]["localities"][0]["province"]["name"].split()[-1].lower()
    expected = [r["id"] for r in TinyDBRepository(store).search(Filter.parse(word), facets=False).records]
    assert len(expected) > FIRST_ROWS, "the test needs a search of more than the first rows"
    async with browsing(store, "en", (100, 30)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, word)
        await until(pilot, lambda: result(app) is not None and result(app).query == Filter.parse(word))
        assert len(catalog(app)._pages[0]) == min(FIRST_ROWS, len(expected))
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == expected
