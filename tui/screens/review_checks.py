"""What `surveys check` would say of each figure, shown under it on the review screen while typing.

The check reads the whole record, so it waits until typing pauses (`PAUSE`)
and each figure's line is redrawn only when its words changed: an update of
a `Static` lays the whole review screen out again, some hundreds of widgets.
A metric picked for a figure changes what the check compares, so picking one
runs the check at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import Input, Static

from store.extract import Draft

from .picker import PickerScreen
from .review_marks import show_in_place
from .review_metric import MetricButton, metric_choices, metric_label
from .review_notes import flag_line

if TYPE_CHECKING:
    from .review import ReviewScreen

PAUSE = 0.3
"""Seconds without a keystroke in a figure or a locality before the check runs again."""


class FigureChecks:
    """The review screen's figure check lines and metric picks; the screen owns one."""

    def __init__(self, screen: ReviewScreen) -> None:
        self.screen = screen
        self._timer: Timer | None = None
        self._lines: dict[str, str] = {}  # each figure's check line as shown (none: empty)

    def soon(self) -> None:
        """Check again once typing pauses."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.screen.set_timer(PAUSE, self.refresh)

    def refresh(self) -> None:
        """Show under each figure what `check` would say of the record as it now stands."""
        screen, self._timer = self.screen, None
        try:
            self._show(screen)
        except NoMatches:  # a row added this moment is not mounted yet (seen under load): check after its mount
            self.soon()

    def _show(self, screen: ReviewScreen) -> None:
        reading = screen.read()
        flags = Draft(reading.record).refresh_flags(screen.lang)
        flagged = {reading.figure_rows[index]: messages for index, messages in flags.items()
                   if index < len(reading.figure_rows)}
        for row in screen.rows["figures"]:
            line = flag_line(flagged.get(row["id"], []), screen.t)
            if self._lines.get(row["id"], "") != line.plain:
                self._lines[row["id"]] = line.plain
                show_in_place(screen.query_one(f"#{row['id']}-flag", Static), line)

    def pick_metric(self, row_id: str) -> None:
        """Enter on a figure's metric: the known ones in a picker; the pick is shown, marked, and checked."""
        screen = self.screen
        figures = screen.read().record.get("figures", [])
        picker = PickerScreen(screen.words["metric_pick"], metric_choices(figures, screen.t), screen.t)
        screen.app.push_screen(picker, lambda metric: self._picked(row_id, metric))

    def _picked(self, row_id: str, metric: str | None) -> None:
        if metric is None:
            return  # Escape: as it was
        screen = self.screen
        button = screen.query_one(f"#{row_id}-metric", MetricButton)
        figure = {"label": screen.query_one(f"#{row_id}-label", Input).value,
                  "unit": screen.query_one(f"#{row_id}-unit", Input).value}
        button.show(metric, metric_label(metric, figure, screen.t))
        screen.marks.changed(screen, button.id)
        self.refresh()
