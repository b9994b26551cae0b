"""A recommendation's or direction's deadline before the visit's day is warned of in its review row (session 41).

The follow-up dialog asks once before it saves such a day (`followup.deadline_before`), but the review screen took
"31/3/2024" for a visit of 2/10/2025 without a word. Its row now says so in yellow, as a figure's check line does,
and the draft still saves (a report may record a deadline already past). The line follows the deadline typed and
the visit's day; a day on or after the visit, a day left empty, a day without its year (it takes the visit's, or the
next) and a text that is no day (the save says why) say nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Input, Static

from tests.tui.test_review_followup_s40 import ROW, deadline, reviewing, save
from tui.i18n import Translator
from tui.screens.review_deadlines import deadline_warning

VISIT = "2025-10-02"  # `make_record`'s day
SAID = {"vi": "hạn 31/03/2024 ở trước ngày của chuyến (02/10/2025)",
        "en": "the deadline 2024-03-31 is before the visit (2025-10-02)"}


@pytest.mark.parametrize(("typed", "warned"), [
    ("31/3/2024", True), ("2025-10-01", True), ("quý I/2025", True),  # a day, an ISO day, a quarter: each before
    ("2025-10-02", False), ("31/3/2027", False), ("quý IV/2025", False),  # on the day, after it
    ("", False), ("31-3", False),  # none; no year: the next 31/3 after the visit
    ("31/13/2025", False), ("sớm", False),  # no day: the save refuses it and says why
])
def test_only_a_day_before_the_visit_is_warned_of(typed: str, warned: bool) -> None:
    assert bool(deadline_warning(typed, VISIT, Translator("en")).plain) is warned


def test_without_a_visit_day_nothing_is_compared() -> None:
    assert not deadline_warning("31/3/2024", None, Translator("vi")).plain


@given(st.dates(), st.dates())
def test_a_warning_exactly_when_the_day_is_before_the_visit(due: object, visit: object) -> None:
    said = deadline_warning(str(due), str(visit), Translator("vi")).plain
    assert bool(said) is (str(due) < str(visit))


def warning(screen: object, row: str = ROW) -> str:
    line = screen.query_one(f"{row}-deadline-warn", Static)  # type: ignore[attr-defined]
    return str(line.render()) if line.display else ""


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_row_warns_as_the_deadline_and_the_visits_day_change_and_the_draft_still_saves(lang: str) -> None:
    async with reviewing(lang) as (pilot, screen, results):
        await screen.rows_ready()
        await pilot.pause()
        assert not warning(screen)  # 31/3/2027, after the visit
        deadline(screen).value = "31/3/2024"
        await pilot.pause()
        assert SAID[lang] in warning(screen), warning(screen)
        assert not warning(screen, "#review-directions-0")  # the other rows say nothing

        screen.query_one("#review-date", Input).value = "1/1/2024"  # the visit's day typed over: before it no more
        await pilot.pause()
        assert not warning(screen)
        screen.query_one("#review-date", Input).value = "2/10/2025"
        await pilot.pause()
        assert SAID[lang] in warning(screen)

        await save(pilot)  # a warning, not a refusal
        assert results and results[0]["recommendations"][0]["deadline"] == "2024-03-31"
