"""The free-text search line (`/`): filters as you type, after a short pause.

It is opened on the active filter; a free-text clause at its end is taken
back into the line to be edited, and every message carries the whole
filter wanted: the filter it opened on plus what is typed. The line echoes
each key at once. A key that comes alone (none in the last `DEBOUNCE`
seconds: a person typing) is searched at once; a key that comes close after
another (a paste, keys written at once) starts a short timer that the next
restarts, so a burst costs at most two searches, not one per key. A key
typed while a search runs starts the next one, which interrupts the older;
a key that leaves the filter as it was (a space at the end) searches
nothing. Enter keeps the search, Escape puts the filter back as it was.
A click elsewhere (or Tab) that takes the focus from the line keeps the
search as Enter does, and leaves the focus where it went: the line no longer
takes the keys, so the footer must show those of what has the focus, not the
line's (`Closed.refocus`). The terminal losing focus is no such move: Textual
gives the focus back to the line when it returns.

The browser's line is made `later`: hidden until `/`, its label and input
are mounted once the launch's rows and counts are drawn (`make`), not before
(#17: three widgets of seventeen, some 1 % of the launch's instructions).
"""

from __future__ import annotations

from dataclasses import dataclass
from time import monotonic

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widget import AwaitMount
from textual.widgets import Input, Label

from store.query import Clause, Filter

from .ordered_input import OrderedInput

DEBOUNCE = 0.03
"""Seconds between keys below which they are a burst (shorter than the gap between a person's keys, longer
than between the keys of a paste): the burst is searched once it pauses this long. A key alone is searched at
once: waiting for the pause was 30-40 ms of every key's 80-110 ms at 100,000 records (#17)."""


class SearchBar(Horizontal):
    BINDINGS = [Binding("escape", "cancel", show=False)]

    @dataclass
    class Typed(Message):
        """A pause after typing: search `query`."""

        query: Filter

    @dataclass
    class Closed(Message):
        """Enter (`query` with the text) or Escape (`query` without it: the filter the line opened on, less the
        free-text clause it took to edit)."""

        query: Filter
        refocus: bool = True
        """Whether the screen gives the focus back to its list: not when a click or Tab already put it elsewhere."""

    def __init__(self, label: str, placeholder: str, *, id: str | None = None, later: bool = False) -> None:
        """`later`: the label and input wait for `make` (or the first `open`)."""
        super().__init__(id=id)
        self.label = label
        self.placeholder = placeholder
        self._later = later
        self._timer: Timer | None = None
        self._last_key = float("-inf")
        """When the line last changed (`monotonic`): a change within `DEBOUNCE` of it is part of a burst."""
        self._asked = Filter()
        """The filter last asked for (or opened on): a change that leaves it as it was asks nothing."""
        self.base = Filter()
        """The filter the line was opened on, less the free-text clause it took back to edit: what Escape leaves."""

    def compose(self) -> ComposeResult:
        if not self._later:
            yield from self._parts()

    def _parts(self) -> tuple[Label, Input]:
        return (Label(Content(self.label), id="search-label"),
                OrderedInput(placeholder=self.placeholder, id="search-input", compact=True))

    @property
    def made(self) -> bool:
        return not self._later

    def make(self) -> AwaitMount | None:
        """Mount the label and input now if they wait (`later`); what to await for them to be mounted."""
        if not self._later:
            return None
        self._later = False
        return self.mount(*self._parts())

    def relabel(self, label: str, placeholder: str) -> None:
        """The label and placeholder in another language (`tui.language`); what is typed stays."""
        self.label, self.placeholder = label, placeholder
        if self._later:
            return  # made in these words
        self.query_one("#search-label", Label).update(Content(label))
        self.input.placeholder = placeholder

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def pending(self) -> bool:
        """A typed change is waiting for the pause before it is searched."""
        return self._timer is not None

    def supersedes(self, query: Filter) -> bool:
        """Keys typed since ask for another filter than `query`, and are waiting for their burst to pause: their
        search comes next."""
        return self.pending and self.wanted() != query

    def open(self, query: Filter) -> None:
        """Open on `query`, its free-text clause (if it is the last one) in the line to be edited."""
        mounting = self.make()
        if mounting is not None:  # `/` before the launch's first frame was out: opened once its input is mounted
            self.call_later(self._open_mounted, mounting, query)
            return
        texts = [c for c in query.clauses if c.field == "text"]
        last = texts[-1] if texts and query.clauses[-1] == texts[-1] else None
        self.base = query.toggled(last) if last else query
        text = last.value if last else ""
        self._asked = query
        self.add_class("-open")
        self.input.value = text
        self.input.cursor_position = len(text)
        self.screen.set_focus(self.input)  # now: keys typed right after "/" must land here

    async def _open_mounted(self, mounting: AwaitMount, query: Filter) -> None:
        await mounting
        self.call_after_refresh(self.open, query)  # the input settled (mounted, sized) as when opened later

    def close(self) -> None:
        self._stop_timer()
        self.remove_class("-open")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.has_class("-open"):
            return
        now, burst = monotonic(), self._timer is not None
        burst, self._last_key = burst or now - self._last_key < DEBOUNCE, now
        self._stop_timer()
        if burst:
            self._timer = self.set_timer(DEBOUNCE, self._fire)
        else:
            self._fire()

    def wanted(self) -> Filter:
        """The filter the line asks for now: the one it opened on, with the typed text as its last clause."""
        text = self.input.value.strip()
        return self.base.with_clause(Clause("text", text)) if text else self.base

    def _fire(self) -> None:
        self._timer = None
        wanted = self.wanted()
        if wanted != self._asked:
            self._asked = wanted
            self.post_message(self.Typed(wanted))

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """The input lost the focus: to another widget of this screen (a click, Tab), the line closes and keeps the
        search; to nothing because the terminal lost focus, it stays open (the app refocuses it on return)."""
        if not self.has_class("-open") or not self.app.app_focus:
            return
        focused = self.screen.focused
        if focused is None or focused in self.query("*"):
            return
        self.close()
        self.post_message(self.Closed(self.wanted(), refocus=False))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close()
        self.post_message(self.Closed(self.wanted()))

    def action_cancel(self) -> None:
        self.close()
        self.post_message(self.Closed(self.base))
