"""The review screen's days as the rest of the app writes them, and the date's certainty kept true.

The review screen showed its days (the visit's date, a figure's period, the published day) in ISO while the list,
the details and the dialogs write `04/09/2025` in Vietnamese. They are now shown as the reader writes them and
read back in either form; typing the same day in the other form is no edit. A year the extractor inferred (the
list marks it "?") stops being "inferred" once the reviewer types another year: the certainty is cleared, and
comes back with the draft's year.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from store.extract import extract_file
from tests.test_review_screen import reviewing
from tui.screens.review import ReviewScreen
from tui.screens.review_values import read_day

pytestmark = pytest.mark.slow  # Pilot flows

ARTICLES = Path(__file__).parent / "articles"
INFERRED = ARTICLES / "tuned" / "t01_long_dien_ba_ria.txt"  # "9/9" with no year: 2025 inferred
PERIODS = ARTICLES / "a06_cu_chi_nha_be.txt"  # a stated day, figures over 1/7–12/9/2025


def test_a_day_is_read_in_either_form_and_with_the_lists_mark() -> None:
    for typed in ("4/9/2025", "04/09/2025", "2025-09-04", "04/09/2025?", " 04/09/2025 ? "):
        assert read_day(typed) == "2025-09-04", typed


@pytest.mark.parametrize("lang, date, start, end", [("vi", "16/09/2025", "01/07/2025", "12/09/2025"),
                                                     ("en", "2025-09-16", "2025-07-01", "2025-09-12")])
async def test_days_are_shown_as_the_reader_writes_them_and_saved_iso(lang: str, date: str, start: str,
                                                                       end: str) -> None:
    draft = extract_file(PERIODS)
    draft.record.setdefault("source", {})["published"] = "2025-09-17"
    async with reviewing(draft, lang) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        value = lambda widget_id: screen.query_one(f"#{widget_id}", Input).value  # noqa: E731
        assert value("review-date") == date
        assert (value("review-figures-1-from"), value("review-figures-1-to")) == (start, end)
        assert value("review-source-published") == ("17/09/2025" if lang == "vi" else "2025-09-17")
        screen.query_one("#review-date", Input).value = "2025-09-16" if lang == "vi" else "16/9/2025"
        await pilot.pause()
        assert "review-date" not in screen.marks.edited_now(screen)  # the same day in the other form: no edit
        await pilot.press("ctrl+s")
        await pilot.pause()
        if not app.results:
            await pilot.press("ctrl+s")  # what `check` flags is shown once; the second press keeps it
            await pilot.pause()
    [record] = app.results
    assert record is not None
    assert record["date"] == "2025-09-16" and record["date_certainty"] == "stated"
    assert record["figures"][1]["period"] == {"from": "2025-07-01", "to": "2025-09-12"}
    assert record["source"]["published"] == "2025-09-17"


async def test_another_year_typed_clears_the_inferred_mark_and_the_drafts_year_brings_it_back() -> None:
    draft = extract_file(INFERRED)
    assert draft.record["date"] == "2025-09-09" and draft.record["date_certainty"] == "inferred"
    async with reviewing(draft, "vi") as (app, pilot):
        screen = app.screen
        date = screen.query_one("#review-date", Input)
        certainty = screen.query_one("#review-date-certainty", Select)
        assert date.value == "09/09/2025" and certainty.value == "inferred"
        date.value = "10/09/2025"  # another day of the same year: the year is still the inferred one
        await pilot.pause()
        assert certainty.value == "inferred"
        date.value = "10/09/2024"  # the reviewer gives the year: no longer inferred
        await pilot.pause()
        assert certainty.is_blank()
        date.value = "2025-09-10"  # the draft's year again: its certainty again
        await pilot.pause()
        assert certainty.value == "inferred"
        date.value = "10/09/2024"
        await pilot.pause()
        certainty.value = "stated"  # the reviewer's own choice stands
        await pilot.pause()
        date.value = "11/09/2024"
        await pilot.pause()
        assert certainty.value == "stated"
        certainty.clear()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        if not app.results:
            await pilot.press("ctrl+s")
            await pilot.pause()
    [record] = app.results
    assert record is not None and record["date"] == "2024-09-11" and "date_certainty" not in record
