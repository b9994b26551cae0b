"""The review screen's days: shown as their reader writes them, and the date's certainty kept true.

Every other place the program shows a day writes it as its reader does (`store.days.day_text`: `04/09/2025` in
Vietnamese, ISO in English), but the review screen's fields showed ISO. A `DayInput` shows its day in the
screen's language and reads either form back (`read_day`: `4/9/2025`, `04/09/2025`, `2025-09-04`); the edit
marks compare the day it reads, so typing the same day in the other form is no edit.

How sure the draft is of the visit's year (`date_certainty`: stated, from the publication date, inferred) is the
extractor's word on the year it read. When the reviewer types another year, that word no longer holds: the
certainty beside the date is cleared (the year is the person's, and the record says so in its provenance),
and put back if the draft's year is typed again. A certainty the reviewer chose is left as chosen.

The extractor names a record after its day (`2025-11-12-thuong-truc-hdnd-…`, `undated-…` without one): a day
corrected in review had left the record named after the day it was not. While the reviewer has not edited the id,
it follows the day typed (`DatedId`); an id edited by hand, or fixed (a stored survey's, in correction), stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from textual.widgets import Input, Select

from store.days import day_text
from store.extract import Draft

from ..widgets.ordered_input import OrderedInput
from .review_values import read_day


class DayInput(OrderedInput):
    """One day, shown as a reader of `lang` writes it; `comparable` is the day it reads (or the text, unread)."""

    def __init__(self, day: str, lang: str, **options: Any) -> None:
        super().__init__(value=day_text(day, lang), **options)

    @property
    def comparable(self) -> str:
        """The ISO day the text reads as, so that `04/09/2025` and `2025-09-04` are the same value."""
        try:
            return read_day(self.value) or ""
        except ValueError:
            return self.value


class HonestYear:
    """Clears the date's certainty when the reviewer gives another year, and gives it back with the draft's."""

    def __init__(self, date: str, certainty: str | None) -> None:
        self.year = date[:4]
        self.certainty = certainty
        self.cleared = False
        """True while the certainty is blank because of a year typed here (not chosen blank by the reviewer)."""

    def date_changed(self, typed: DayInput, certainty: Select[Any]) -> None:
        if not self.certainty or not self.year.isdecimal():
            return
        year = typed.comparable[:4] if typed.comparable[:4].isdecimal() else None
        if year is None:
            return  # half typed: wait for a day
        if year != self.year and certainty.value == self.certainty:
            certainty.clear()
            self.cleared = True
        elif year == self.year and self.cleared and certainty.is_blank():
            certainty.value = self.certainty
            self.cleared = False

    def certainty_changed(self, certainty: Select[Any]) -> None:
        """A choice the reviewer made (or kept) stands: no longer ours to put back."""
        if not certainty.is_blank():
            self.cleared = False


ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


class DatedId:
    """Keeps the draft's id starting with the visit's day while the reviewer leaves the id as it was made."""

    def __init__(self, record_id: str, date: str) -> None:
        self.made = record_id
        """The id as this class last wrote it (the draft's at first): another value in the field is the reviewer's."""
        self.prefix = date if date and record_id.startswith(date + "-") else \
            "undated" if record_id.startswith("undated-") else None

    def date_changed(self, typed: DayInput, field: Input) -> None:
        day = typed.comparable
        if self.prefix is None or field.disabled or field.value != self.made or not ISO_DAY.fullmatch(day):
            return  # no day in the id, the id fixed or the reviewer's own, or the day half typed
        self.made = day + self.made[len(self.prefix):]
        self.prefix = day
        field.value = self.made


PERIOD_END = re.compile(r"review-figures-.+-(from|to)")


class GuessedPeriods:
    """A figure's period dated by the visit's guessed year follows the year the reviewer types for the visit.

    The extractor reads "từ đầu năm đến nay" as 1 January to the visit's day, in the visit's year; with no year in
    the article that year is a guess. A reviewer who corrected the visit to 14/11/2025 had kept the figures over
    01/01/2026–14/11/2026, a period ending a year after the visit, and `check` said nothing. Each period day still
    as it was made (by the draft or by this class) and in the guessed year moves with the visit's year; a day the
    reviewer typed stays.
    """

    def __init__(self, draft: Draft, date: str) -> None:
        guessed = any(getattr(warning, "code", None) == "warn.year_guess" for warning in draft.warnings)
        self.year = date[:4] if guessed and ISO_DAY.fullmatch(date or "") else None
        self.made: dict[str, str] = {}
        """Each period day as this class last wrote it: the reviewer has not touched a field that still reads so."""

    def date_changed(self, typed: DayInput, days: Iterable[DayInput], initial: dict[str, Any]) -> None:
        day = typed.comparable
        if self.year is None or not ISO_DAY.fullmatch(day) or day[:4] == self.year:
            return  # no guess, the day half typed, or the year as it was
        for field in days:
            wid, was = field.id or "", field.comparable
            untouched = was in (initial.get(wid), self.made.get(wid)) and field.value.count(self.year) == 1
            if not PERIOD_END.fullmatch(wid) or was[:4] != self.year or not untouched:
                continue
            moved = was.replace(self.year, day[:4], 1)
            try:
                read_day(moved)
            except ValueError:
                continue  # 29 February in a year without it: left for the reviewer
            field.value = field.value.replace(self.year, day[:4])
            self.made[wid] = moved
        self.year = day[:4]


def date_to_check(draft: Draft, record: dict[str, Any]) -> bool:
    """Whether the review's cursor starts on the date: when there is none, or when its year is a guess the notice
    above asks to check; on the leader's name, at 80×24 the date had been scrolled out of sight under that notice."""
    guessed = any(getattr(warning, "code", None) == "warn.year_guess" for warning in draft.warnings)
    # a year read from the place ("Tịnh Hòa" merged in 2025: 2024) has no warning but is as much to check
    return guessed or not record.get("date") or record.get("date_certainty") == "inferred"
