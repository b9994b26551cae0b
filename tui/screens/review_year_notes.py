"""The draft's notes on how it found the visit's year leave the notes field when the reviewer types another year.

The extractor writes into the record's notes how it dated the visit ("Năm 2026 suy ra từ ngày hôm nay …; cần kiểm
tra"). A reviewer who corrected the year (a tryout of session 32: "Sáng 21/10" guessed as 2026, typed 21/10/2025)
saved a record whose notes still said the year was 2026 and a guess to check, under a date of 2025 no longer
marked inferred (`review_dates.HonestYear` had cleared that). The notes are the record's own, kept and exported, so
the words the extractor wrote about a year that is no longer the record's are taken out of the field as that year
is typed over, and put back when the draft's year is typed again; the rest of the notes (old units, …) stays, and
a notes field the reviewer has edited meanwhile is not touched.
"""

from __future__ import annotations

from textual.widgets import Input

from store.extract import Draft
from store.reasons import Reason, say

from .review_dates import DayInput


class YearNotes:
    """Takes the draft's date notes out of the notes field while the typed year is not the draft's."""

    def __init__(self, draft: Draft, date: str) -> None:
        said = draft.certainty.get("date")
        why = said.params.get("why") if isinstance(said, Reason) else None
        # as `store.extract` wrote them into the record's notes: in the records' language, Vietnamese
        self.notes = [say(note, "vi") for note in why or [] if say(note, "vi")]
        self.year = date[:4] if date[:4].isdecimal() else None
        self.before: str | None = None
        """The field's text before the notes were taken out (None: they are in it, or were never there)."""
        self.made: str | None = None
        """The field's text as this class left it: another text is the reviewer's, not to be overwritten."""

    def date_changed(self, typed: DayInput, field: Input) -> None:
        year = typed.comparable[:4]
        if self.year is None or not self.notes or not year.isdecimal():
            return  # no year of the draft's to speak of, no such notes, or the day half typed
        if year != self.year and self.before is None:
            kept = field.value
            for note in self.notes:
                kept = kept.replace(note, "", 1)
            kept = " ".join(kept.split())
            if kept != " ".join(field.value.split()):
                self.before, self.made = field.value, kept
                field.value = kept
        elif year == self.year and self.before is not None:
            if field.value == self.made:
                field.value = self.before
            self.before = self.made = None
