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
from textual.message import Message

from .survey_list import SurveyList, message_lines

LIST_SHARE, LIST_MIN = 0.45, 3
"""The list takes up to this share of the height, and at least this many lines."""


class Panes(Vertical):
    class Fitted(Message):
        """The list's message has lines it has no room for, or had: the details pane is to say them."""

    def on_resize(self, event: events.Resize) -> None:
        self.fit_list()

    def fit_list(self) -> None:
        """As many lines for the list as it has rows (or lines of its message, wrapped: counted unwrapped, a long
        store path or filter had pushed the message's last lines out of the list at 80×24), up to its share; the
        lines of the message past it are the details pane's (`Fitted`)."""
        survey_list = self.query_one(SurveyList)
        width = survey_list.scrollable_content_region.width or self.size.width
        rest = survey_list.message_rest()
        rows = len(survey_list.rows) or len(message_lines(survey_list.message, width - 1))
        cap = max(LIST_MIN, int(self.size.height * LIST_SHARE))
        height = max(LIST_MIN, min(cap, rows + 1))
        survey_list.styles.height = height
        survey_list.fitted = (height - 1, width)
        if not survey_list.rows and (rest or survey_list.message_rest()):
            self.post_message(self.Fitted())
