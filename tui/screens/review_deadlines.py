"""A recommendation's or direction's deadline before the visit's day, said under its row on the review screen.

An extractor's deadline read with the wrong year, or a year typed one short ("31/3/2024" for a 2025 visit), was
saved without a word; the follow-up dialog asks once before it saves such a day (`followup.deadline_before`). The
review screen warns, as its figure checks do (`review_checks`), and does not block: a report may record a deadline
already past when the delegation came. The line is redrawn when the row's deadline or the visit's day changes; a
day that is no day is left to the save, which says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.css.query import NoMatches
from textual.widgets import Input, Static

from store.days import day_text

from ..i18n import Translator
from .review_marks import show_in_place
from .review_rows import FOLLOWED
from .review_values import read_day, read_deadline

if TYPE_CHECKING:
    from .review import ReviewScreen


def deadline_warning(typed: str, visit: str | None, t: Translator) -> Text:
    """What the row says of the deadline `typed` beside the visit's ISO day `visit`: empty unless it is before it."""
    try:
        due = read_deadline(typed, visit)
    except ValueError:  # no day: the save says why
        return Text()
    if not due or not visit or due >= visit:
        return Text()
    return Text("⚠ " + t("review.deadline_before", day=day_text(due, t.lang), visit=day_text(visit, t.lang)),
                style="bold yellow")


class DeadlineChecks:
    """The review screen's deadline lines; the screen owns one."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen

    def after(self, then: Callable[[], None]) -> Callable[[], None]:
        """`then` (the figure checks), then every row's line: what the screen runs once its rows are mounted."""

        def both() -> None:
            then()
            self.refresh()

        return both

    def visit_day(self) -> str | None:
        try:
            return read_day(self.screen.query_one("#review-date", Input).value)
        except ValueError:  # no day yet: nothing to compare with
            return None

    def refresh(self, row_id: str | None = None) -> None:
        """The line of the row `row_id` (a deadline typed), or of every row (the visit's day changed, rows mounted);
        a row not mounted yet is drawn with the others once they are (`after`)."""
        screen, visit = self.screen, self.visit_day()
        for field in FOLLOWED:
            for row in screen.rows[field]:
                if row_id is None or row["id"] == row_id:
                    self._show(row["id"], visit)

    def _show(self, row_id: str, visit: str | None) -> None:
        try:
            typed = self.screen.query_one(f"#{row_id}-deadline", Input).value
            line = self.screen.query_one(f"#{row_id}-deadline-warn", Static)
        except NoMatches:  # a row held for later (`review_later`): drawn when it is mounted
            return
        show_in_place(line, deadline_warning(typed, visit, self.screen.t))
