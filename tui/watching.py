"""Seeing another office's writes: the browser asks a shared archive every few seconds whether it changed.

A PostgreSQL archive is written by other offices while this browser shows
it. Its `change_token()` is one indexed row (README: "Many writers"), so
asking it every `INTERVAL` seconds costs nothing measurable. When the token
is no longer the one the catalog on screen was counted under, a new catalog
is counted in the worker (its total, the facets' whole-archive counts) and
the screen shows it as after its own write, keeping the selected survey and
the filter, and says that the archive changed elsewhere and how many visits
it holds now. A file store has one office and its own index (`tui.loading`
reads it at each open): it is not watched.

When the server cannot be reached (stopped, restarted, the network gone), the
status line says so once, in the screen's language, and the watcher keeps
asking; when it answers again, the browser says so and reads the archive
again, so what was written meanwhile shows. An archive whose server does not
answer when the browser opens it (`StoreOutOfReach`) is opened again every
`INTERVAL` seconds until it does; a wrong password or a missing database is
said once and not tried again.

The watcher asks only while the browser is on top, idle and not loading
(a dialog's edit is never read under the person's eyes; the store is read
again when they come back); its worker never raises (a failure is a message).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from store.errors import StoreError, StoreOutOfReach

from .messages import StoreLoaded
from .model import Catalog
from .safe import visible
from .widgets.status_line import StatusLine

if TYPE_CHECKING:
    from textual.timer import Timer

    from .screens.browser import BrowserScreen
    from .state import BrowserState

INTERVAL = 2.0
"""Seconds between two questions to the archive: another office's write shows within this."""


@dataclass
class StoreChanged(Message):
    """The archive changed since `base` was counted (or answers again after being out of reach): `catalog` is
    it counted now."""

    base: Catalog
    catalog: Catalog
    back: bool


@dataclass
class StoreUnreachable(Message):
    """The archive did not answer the watcher's question: `error` says why (the store's words, in English)."""

    error: str


class ChangeWatcher:
    """Asks the catalog's repository for its change token on a timer; posts `StoreChanged` or `StoreUnreachable`
    to `host` (the browser screen), which shows the new catalog or says the archive is out of reach."""

    def __init__(self, host: BrowserScreen, state: BrowserState) -> None:
        self.host = host
        self.state = state
        self.unreachable = False
        """The last question went unanswered (the status line says so); the next answer reloads."""
        self._timer: Timer | None = None

    def follow(self, catalog: Catalog) -> None:
        """A catalog landed: watch it if its store is shared (it has a token), from the first one on."""
        if catalog.token is not None and self._timer is None:
            self._timer = self.host.set_interval(INTERVAL, self.check, name="watch-archive")

    def check(self) -> None:
        """On the timer: ask the archive in a worker, unless the browser is busy or covered."""
        host = self.host
        if self.state.catalog is None or host.app.screen is not host or not host.is_idle:
            return
        host.run_worker(self._ask, thread=True, group="watch", exclusive=True, exit_on_error=False)

    def _ask(self) -> None:
        """In a worker: the archive's token; a new catalog when it moved (or when the archive is back)."""
        base = self.state.catalog
        if base is None:
            return
        try:
            token = base.searcher.token()
            if token == base.token and not self.unreachable:
                return
            self.host.post_message(StoreChanged(base, Catalog(base.searcher), back=self.unreachable))
        except StoreError as error:
            self.host.post_message(StoreUnreachable(str(error)))

    # -- on the screen's thread (its handlers of the two messages call these) --------------------------------------
    def changed(self, message: StoreChanged) -> None:
        """Show the archive as counted now, as after a write of the browser's own, and say why the list moved.
        Moot when the catalog it was counted against is no longer on screen (the browser's own write reloaded)."""
        host, t = self.host, self.state.t
        if message.base is not self.state.catalog or host.loader.loading:
            return
        self.unreachable = False
        host.post_message(StoreLoaded(message.catalog))
        if message.back:
            host.notify(t("note.archive_back"), markup=False)
        elif message.catalog.token != message.base.token:
            before, after = len(message.base), len(message.catalog)
            host.notify(t("note.changed_elsewhere", before=t.number(before), after=t.number(after)) if before != after
                        else t("note.edited_elsewhere"), markup=False)

    def out_of_reach(self, message: StoreUnreachable) -> None:
        """Say once that the archive does not answer (the status line, and why in a note); keep asking."""
        if self.unreachable:
            return
        from .i18n_errors import explain  # noqa: PLC0415 - only when it failed

        self.unreachable = True
        t = self.state.t
        self.host.query_one(StatusLine).say(t("status.unreachable", seconds=t.number(int(INTERVAL))), True)
        self.host.notify(visible(explain(message.error, t)), title=t("note.unreachable"), severity="warning",
                         markup=False, timeout=10)

    def failed_to_open(self, error: BaseException | None) -> None:
        """The archive could not be opened because its server did not answer: open it again in `INTERVAL`
        seconds, and again, until it answers (a wrong password or a missing database is not tried again)."""
        if isinstance(error, StoreOutOfReach):
            t = self.state.t
            self.host.query_one(StatusLine).say(t("status.unreachable_open", seconds=t.number(int(INTERVAL))), True)
            self.host.set_timer(INTERVAL, self.reopen, name="reopen-archive")

    def reopen(self) -> None:
        """Open the archive again, unless it opened meanwhile (the list keeps saying why it is not there)."""
        if self.state.catalog is None and not self.host.loader.loading:
            self.host.loader.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
