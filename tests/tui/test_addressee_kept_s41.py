"""The `a` picker's offices are counted once per state of the store and filter (session 41).

They were counted again on every `a` (2 s at 20,000 visits on PostgreSQL: scripts/bench_pg_addressees.py). Now the
second `a` under the same filter offers them at once, without reading the items again; a write the browser sees
(its own import, a save, another office's) lands as a new catalog, and the next `a` counts again and shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.store import SurveyStore
from tests.tui.browser_helpers import browsing, picker, set_filter, settle
from tests.tui.test_addressee_picker import MAY, VISITS, _offered, _visit
from tests.tui.waiting import until
from tui.app import SurveysApp

pytestmark = pytest.mark.slow  # Pilot flows


def counting(app: SurveysApp) -> list[int]:
    """How many times the items were read for the picker (the catalog's searcher, counted)."""
    reads: list[int] = []
    catalog = app.state.catalog
    assert catalog is not None
    searcher, read = catalog.searcher, catalog.searcher.addressed_items

    def counted(*args: Any) -> Any:
        reads.append(1)
        return read(*args)

    searcher.addressed_items = counted  # type: ignore[method-assign,assignment]
    return reads


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_second_a_offers_the_offices_at_once_and_a_write_counts_them_again(
        tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many(VISITS)
    async with browsing(path, lang, size) as (app, pilot):
        await set_filter(pilot, MAY)
        reads = counting(app)
        await pilot.press("a")
        first = await _offered(pilot)
        assert first == [("Sở GD&ĐT", 2), ("UBND tỉnh", 2), ("Sở Y tế", 1)] and len(reads) == 1
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("a")
        await pilot.pause()
        assert not picker(app).pending  # offered as it opens: no counting line, no worker
        assert [(choice.label, choice.count) for choice in picker(app).choices] == first and len(reads) == 1
        await pilot.press("escape")
        await settle(pilot)

        SurveyStore.open(path).upsert_many([_visit("2025-05-04-d", "2025-05-04", "Sở Y tế tỉnh Đồng Nai")])
        catalog = app.state.catalog
        app.browser.reload()  # as after the browser's own import or save (another office's: `tui.watching`)
        await until(pilot, lambda: app.state.catalog is not catalog, "the store read again")
        await settle(pilot)
        await pilot.press("a")
        assert await _offered(pilot) == [("Sở GD&ĐT", 2), ("Sở Y tế", 2), ("UBND tỉnh", 2)]  # grouped with its
        # province's (session 41), counted from the store as it is now
