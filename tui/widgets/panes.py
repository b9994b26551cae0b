"""The list-over-details column, which shares its height between the two.

A short result list gives its spare lines to the details pane: `fit_list`
sizes the list from the room this column has, after a search and whenever
the column is resized. The app's own Resize arrives before the screen has
laid the column out again, so the height read then is the old one (the list
stayed a few rows tall after shrinking and growing the window); the
column's own Resize comes after layout.
"""

from __future__ import annotations

from textual import events
from textual.containers import Vertical

from .survey_list import SurveyList

LIST_SHARE, LIST_MIN = 0.45, 3
"""The list takes up to this share of the height, and at least this many lines."""


class Panes(Vertical):
    def on_resize(self, event: events.Resize) -> None:
        self.fit_list()

    def fit_list(self) -> None:
        """As many lines for the list as it has rows (or lines of its message), up to its share."""
        survey_list = self.query_one(SurveyList)
        rows = len(survey_list.rows) or len(survey_list.message.splitlines())
        cap = max(LIST_MIN, int(self.size.height * LIST_SHARE))
        survey_list.styles.height = max(LIST_MIN, min(cap, rows + 1))
