"""The details pane's "raised before" lines: an item's earlier items, found in a thread, drawn when they land.

The pane draws a survey synchronously from its record (`tui.selection`, `DetailsPane.show_settled`); the links
need the visits at the survey's places (`store.link_reads`: read from a file store's persistent index; else
`store.item_links`, an index of every visit per store version). So the first drawing goes without them,
the selected survey's links are asked for in a thread worker over the same `LinkCache` the `u` list uses
(`SurveyActions.links_of`), and `LinksFound` comes back to the browser screen, which has the pane drawn again
if it still shows that survey. The browser's "idle" (the tests' `settle`) is not held by the worker: a test
that wants the lines waits for the workers (`finish`). Nothing is drawn again when a survey repeats nothing.

One worker at a time: the group is exclusive, so moving on to another survey cancels the worker of the one
left, and a cancelled worker stops where it can (a thread is not interrupted): after waiting for the index
(the first one is built under a lock, and a fast scroll had queued a worker per row behind it), before the
links are worked out, and before its message (tests/tui/test_details_links_s34.py; what a row costs:
`scripts/bench_details_links.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from .screens.browser import BrowserScreen


@dataclass
class LinksFound(Message):
    """The earlier items each item of `record` repeats (`store.item_links.links`), for the details pane."""

    record: dict[str, Any]
    links: dict[Any, Any]


class DetailsLinks:
    """The links of the survey the details pane shows, asked once per record object (a reload brings new ones)."""

    def __init__(self, screen: BrowserScreen) -> None:
        self.screen = screen
        self.asked: dict[str, Any] | None = None
        self.found: dict[Any, Any] = {}

    def of(self, record: dict[str, Any]) -> dict[Any, Any] | None:
        """The links of `record` if known (drawn with it), else None, and asked for in a thread."""
        if record is self.asked:
            return self.found
        if not (record.get("recommendations") or record.get("directions")):
            return None  # nothing to link: no worker
        self.asked, self.found = record, {}
        screen, actions = self.screen, self.screen.actions

        def work() -> None:
            worker = get_current_worker()
            stored, found = actions.links_of(record, lambda: worker.is_cancelled)
            if worker.is_cancelled:
                return  # another survey is shown by now: its own worker says its links
            same = [len(stored.get(f) or []) for f in ("recommendations", "directions")] == \
                [len(record.get(f) or []) for f in ("recommendations", "directions")]
            shown = {ref: kept for ref, links in found.items()
                     if (kept := [link for link in links if not link.dropped])}  # the `u` list lists dropped ones
            screen.post_message(LinksFound(record, shown if same else {}))

        screen.run_worker(work, thread=True, group="details-links", exclusive=True, exit_on_error=False)
        return None

    def landed(self, message: LinksFound) -> None:
        """The links of a survey: kept, and the pane drawn again if it shows that survey and there is a line to add."""
        if message.record is not self.asked:
            return  # another survey was selected meanwhile
        self.found = message.links
        if message.links:
            self.screen.selection.redraw(message.record)
