"""The browser's details pane says "raised before" under an item an earlier visit asked (session 34, product14).

The links need the whole store, so they come from a thread (`tui.details_links`) and the pane is drawn again when
they land; the browser's idle (`settle`) is not held by them: the test waits for the workers (`finish`). Pilot at
80×24 in Vietnamese and 120×40 in English, on a store holding the March and September visits of one commune.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_item_links import SAID, two_visits
from tests.tui.browser_helpers import browsing, details_text, finish, selected_id, settle

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return two_visits(tmp_path)


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_details_pane_says_raised_before_under_the_item(store: Path, lang: str,
                                                                   size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        for _ in range(2):
            if selected_id(app) == "september":
                break
            await pilot.press("j")
            await finish(pilot)
        assert selected_id(app) == "september"
        await finish(pilot)  # the links' worker, then the pane drawn again
        text = " ".join(details_text(app).split())
        assert SAID[lang] in text and "r2" in text, text
        assert text.count("↺") == 1, text  # under r2 only: r1 (the line) was asked nowhere before
        staff = text.index("biên chế")
        assert staff < text.index(SAID[lang]), text  # under its item
        await pilot.press("k" if app.survey_list.selected else "j")
        await finish(pilot)
        assert selected_id(app) == "march"
        assert "↺" not in details_text(app)  # never a later visit's


async def test_a_row_left_before_its_links_were_found_works_none_out(store: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 35: the pane's link workers are one group, exclusive: while the index is being built (its lock held
    here), the worker of a row already left is cancelled and works no links out once the index is in; only the row
    shown gets its links (a fast scroll had queued a worker per row, each working its links out in turn)."""
    from store.item_links import LinkIndex  # noqa: PLC0415

    worked: list[str] = []
    real = LinkIndex.links

    def links(self: LinkIndex, record: dict[str, Any], **options: Any) -> Any:
        worked.append(record["id"])
        return real(self, record, **options)

    monkeypatch.setattr(LinkIndex, "links", links)
    async with browsing(store, "en", (120, 40)) as (app, pilot):
        await finish(pilot)
        cache = app.browser.actions.link_cache
        assert cache is not None
        first = selected_id(app)
        worked.clear()
        with cache._lock:  # the index being built: the workers of the rows drawn now wait for it
            await pilot.press("j")
            await settle(pilot)  # drawn: its worker waits
            await pilot.press("k")
            await settle(pilot)
        await finish(pilot)
        assert selected_id(app) == first
        assert worked == [first]  # the row left in between: none worked out
