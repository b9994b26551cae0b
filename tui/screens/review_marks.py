"""Which values the reviewer changed: each value's source line says "edited by you" once it differs.

The screen registers every input, choice, keep box and metric button of the
draft as it is mounted (the lists' rows a few at a time after the first
frame), under the value it belongs to (the date and its certainty are one
value, a figure row another). When one of them changes, the value's source
line (`#<value>-source`) is rewritten with the mark in front, and without it
again if the reviewer types the original back. Rows added in review are
marked as added when made and are not tracked here. On save the screen asks
`edited_now` (widgets compared afresh, so a change still queued counts) and
writes the answer into the record's provenance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.text import Text
from textual.screen import Screen
from textual.visual import visualize
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select, Static

from .review_dates import DayInput
from .review_metric import MetricButton

ROW = re.compile(r"^(review-(?:localities|figures|recommendations|directions|difficulties|people)-\d+)-")
JOINED = {"review-date-certainty": "review-date", "review-leader-title": "review-leader",
          "review-leader-name": "review-leader"}
"""Inputs shown as one value with another: the date and how sure it is; the leader's name and titles."""
TRACKED = "Input, Select, Checkbox, MetricButton"
"""The widgets that hold a value."""


def group_of(widget_id: str) -> str:
    """The value a widget belongs to: "review-figures-2-unit" → "review-figures-2"."""
    found = ROW.match(widget_id)
    return found[1] if found else JOINED.get(widget_id, widget_id)


class EditMarks:
    """The draft's values as first shown, and the mark on those the reviewer has changed since."""

    def __init__(self, mark: str) -> None:
        self.mark = mark
        self.initial: dict[str, Any] = {}
        self.groups: dict[str, list[str]] = {}
        self.sources: dict[str, Text] = {}
        self.edited: set[str] = set()

    def source(self, group: str, text: Text) -> None:
        """Remember `group`'s source line as composed, to put the mark in front of it later."""
        self.sources[group] = text

    def register(self, widgets: Iterable[Widget]) -> None:
        """Take the first value of `widgets` (the screen's `TRACKED`, queried once they are mounted)."""
        for widget in widgets:
            if not widget.id or not widget.id.startswith("review-") or widget.id == "review-new-locality":
                continue
            group = group_of(widget.id)
            if group not in self.sources:
                continue
            self.initial[widget.id] = _current(widget)
            self.groups.setdefault(group, []).append(widget.id)

    def changed(self, screen: Screen[Any], widget_id: str | None) -> bool:
        """Re-mark the value `widget_id` belongs to; True when its mark changed."""
        if not widget_id or widget_id not in self.initial:
            return False
        group = group_of(widget_id)
        edited = any(_current(screen.query_one(f"#{wid}")) != self.initial[wid] for wid in self.groups[group])
        if edited == (group in self.edited):
            return False
        if edited:
            self.edited.add(group)
            source = self.sources[group]  # none for a value the article did not give: no separator to nothing
            line = Text(f"✎ {self.mark}" + (" · " if source.plain else ""), style="bold magenta") + source
        else:
            self.edited.discard(group)
            line = self.sources[group]
        show_in_place(screen.query_one(f"#{group}-source", Static), line)
        return True

    def edited_now(self, screen: Screen[Any]) -> set[str]:
        """The values whose widgets differ from the draft now (read afresh: a change still queued counts too)."""
        return {group for group, ids in self.groups.items()
                if any(_current(screen.query_one(f"#{wid}")) != self.initial[wid] for wid in ids)}

    def paths(self) -> list[str]:
        """The edited values as field paths ("leader", "figures[2]"), for whoever wants to record them."""
        out = []
        for group in sorted(self.edited):
            name = group.removeprefix("review-")
            found = re.fullmatch(r"(.+)-(\d+)", name)
            out.append(f"{found[1]}[{found[2]}]" if found else name.replace("source-", "source."))
        return out


def show_in_place(static: Static, text: Text) -> None:
    """`static` shows `text`, laid out again only when it takes another number of lines.

    A layout is the whole screen's (every row of a large record); a mark put in front of a source line mostly
    leaves it as many lines as it was.
    """
    if not static.display or not text.plain:  # an empty field's line: shown once it says something
        static.display = bool(text.plain)
        static.update(text)
        return
    width = static.content_size.width
    visual = visualize(static, text, markup=False)
    height = visual.get_height(static.styles, width) if width else -1  # type: ignore[arg-type]  # as Textual measures
    static.update(text, layout=height != static.content_size.height)


def _current(widget: Any) -> Any:
    if isinstance(widget, DayInput):  # the day it reads: 04/09/2025 typed as 2025-09-04 is the same value
        return widget.comparable
    if isinstance(widget, Input | Select | Checkbox | MetricButton):
        return widget.value
    return None
