"""A visit listed for words none of its row's fields show (an office's response) is marked in the list: ▾ before its
date, the mark of the details pane's "▾ found in" line, in the one cell the row had left blank (80 columns fit).

The details pane said "found in: the response to recommendation 1" (polish8) once the visit was selected; the list
itself marked nothing, so among many rows a user could not tell which were there for a response (product15, left).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, settle, type_text
from tests.tui.test_found_in_snapshots import answered  # noqa: F401 - the fixture: a response no other field holds
from tui.widgets.survey_list import SurveyList

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


def rows(app) -> list[str]:
    """The list's rows as drawn (its heading left out)."""
    listed = app.screen.query_one(SurveyList)
    return [listed.render_line(y).text for y in range(1, len(listed.rows) + 1)]


async def searched(pilot, words: str) -> None:
    await pilot.press("slash")
    await type_text(pilot, words)
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_visit_found_by_a_response_is_marked_before_its_date(answered: Path, lang: str,  # noqa: F811
                                                                    size: tuple[int, int]) -> None:
    async with browsing(answered, lang, size) as (app, pilot):
        assert not any(row.startswith("▾") for row in rows(app))  # no search: no mark
        await searched(pilot, "bo da co van ban")
        listed = rows(app)
        assert len(listed) == 1 and listed[0].startswith("▾09/09/2025" if lang == "vi" else "▾2025-09-09"), listed
        await pilot.press("x")  # the search taken off: the mark goes with it
        await settle(pilot)
        assert not any(row.startswith("▾") for row in rows(app))


@pytest.mark.parametrize("words", ["rach dua", "tphcm"])
async def test_a_visit_whose_row_or_heading_shows_the_words_is_not_marked(answered: Path, words: str) -> None:  # noqa: F811
    """Found by its ward or its body (what the row shows): nothing hidden, no mark."""
    async with browsing(answered, "vi", (80, 24)) as (app, pilot):
        await searched(pilot, words)
        listed = rows(app)
        assert listed and not any(row.startswith("▾") for row in listed), listed


async def test_the_mark_takes_the_blank_cell_so_the_row_keeps_its_width(answered: Path) -> None:  # noqa: F811
    async with browsing(answered, "vi", (80, 24)) as (app, pilot):
        width = len(rows(app)[0])
        await searched(pilot, "bo da co van ban")
        assert len(rows(app)[0]) == width and rows(app)[0][1:].startswith("09/09/2025")
