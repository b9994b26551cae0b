"""Rough edges of the first-user trial (session 18): what the empty list says after a bad filter, q and Esc on
every screen, hints that fit 80 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, details_text, filter_text, screen_text, set_filter, settle, type_text

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_an_empty_list_after_a_bad_filter_says_it_follows_the_filter_before(bundled_store: Path,
                                                                                  lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        await set_filter(pilot, "year:2019")
        before = app.survey_list.message
        assert "2019" in before
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, "Nguyễn:Văn")
        await pilot.press("enter")
        await settle(pilot)
        said = app.survey_list.message
        assert said != before and "2019" in said and ("Esc" in said), said  # what is shown, and how to get it back
        assert ("not applied" if lang == "en" else "chưa dùng") in said
        assert said.splitlines()[0] in details_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert app.survey_list.message == before
        assert "2019" in filter_text(app) and "Nguyễn" not in screen_text(app)
