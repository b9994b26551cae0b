"""The review screen's "the year is a guess" warning follows the year the reviewer types.

A draft dated from a day with no year ("Sáng 21/10") opens with the warning at the top, "năm chỉ là phỏng đoán …:
hãy kiểm tra ngày". A reviewer who typed another year saw the certainty under the date cleared (`HonestYear`) and
the extractor's note leave the notes (`YearNotes`), but the warning stayed, asking to check a year that was no
longer the draft's guess but the reviewer's word (a tryout of session 32). The warning now leaves the notices while
the typed year is another, and comes back with the draft's year; every other notice stays as it was. The same year
typed again is no answer to the warning (it may be the guess left as it was), so the warning stays then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from .review_dates import ISO_DAY, DayInput
from .review_notes import notices

if TYPE_CHECKING:
    from .review import ReviewScreen

GUESS = "warn.year_guess"


class GuessWarning:
    """Leaves the year-guess warning out of the notices while the typed year is not the draft's guess."""

    def __init__(self, screen: ReviewScreen, date: str) -> None:
        guessed = any(getattr(warning, "code", None) == GUESS for warning in screen.draft.warnings)
        self.screen = screen
        self.year = date[:4] if guessed and ISO_DAY.fullmatch(date or "") else None
        self.settled = False
        """True while the warning is left out (the reviewer gave another year)."""

    def date_changed(self, typed: DayInput) -> None:
        day = typed.comparable
        if self.year is None or not ISO_DAY.fullmatch(day) or (day[:4] != self.year) == self.settled:
            return  # no guess, the day half typed, or nothing to change
        self.settled = not self.settled
        screen = self.screen
        said = notices(screen.draft, screen.t, screen.already, frozenset({GUESS}) if self.settled else frozenset())
        line = screen.query_one("#review-notices", Static)
        line.update(said)
        line.display = bool(said.plain)
