"""Seeing other writers: the browser asks its store every few seconds whether it changed.

Several people may use one store: offices on one PostgreSQL archive, an
office's file on a shared drive, one person with two terminals or a
`surveys import` beside the browser. Each backend answers one question,
`Repository.change_token()`, cheaply: one indexed row of the archive
(README: "Many writers"), two stats of a file store's file and journal (its
records are not read). The browser asks it every `INTERVAL` seconds. When the
token is no longer the one the catalog on screen was counted under, a new
catalog is counted in the worker (its total, the facets' whole-archive counts)
and the screen shows it as after its own write, keeping the selected survey
and the filter, and says that the store changed elsewhere and how many visits
it holds now.

A file store is searched through its index (`store.sqlindex`). A writer
through the repository (`surveys import`, another browser's save) updates that
index in place, and the new catalog is counted from it at once; a writer that
does not (an older program, a file copied over) leaves it stale, and the
watcher builds it again first (`tui.loading.build_index`: in a process of its
own for a large store), the status line saying so meanwhile. A build that
fails is not tried again until the file changes again.

When the store cannot be reached (a server stopped or restarted, the network
or a shared drive gone), the status line says so once, in the screen's
language, and the watcher keeps asking; when it answers again, the browser
says so and reads it again, so what was written meanwhile shows. An archive
whose server does not answer when the browser opens it (`StoreOutOfReach`) is
opened again every `INTERVAL` seconds until it does; a wrong password or a
missing database is said once and not tried again.

The watcher asks only while the browser is on top, idle and not loading
(a dialog's edit is never read under the person's eyes; the store is read
again when they come back). One question at a time: asked while one is being
answered (a build), it is asked again once that answer is in, if that answer
saw nothing (the write may have landed after the token was read). Its worker
never raises (a failure is a message).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
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
"""Seconds between two questions to the store: another writer's change shows within this."""
WRITING = frozenset({"delete"})
"""Groups of the browser's own workers that write (`tui.survey_actions`; the dialogs that write are on top)."""


@dataclass
class StoreChanged(Message):
    """The store changed since `base` was counted (or answers again after being out of reach): `catalog` is it
    counted now; None while a file store's index is built again first (the status line says so)."""

    base: Catalog
    catalog: Catalog | None
    back: bool


@dataclass
class StoreUnreachable(Message):
    """The archive did not answer the watcher's question: `error` says why (the store's words, in English)."""

    error: str


class ChangeWatcher:
    """Asks the catalog's repository for its change token on a timer; posts `StoreChanged` or `StoreUnreachable`
    to `host` (the browser screen), which shows the new catalog or says the store is out of reach."""

    def __init__(self, host: BrowserScreen, state: BrowserState) -> None:
        self.host = host
        self.state = state
        self.unreachable = False
        """The last question went unanswered (the status line says so); the next answer reloads."""
        self._timer: Timer | None = None
        self._lock = threading.Lock()
        self._asking = False
        """A worker is answering (no other is started while it runs: a build takes long)."""
        self._again = False
        """Asked meanwhile: asked again once that answer is in, if it saw nothing (the write may have come after
        the token was read)."""
        self._failed: str | None = None
        """The store's token when building its index failed: not built again until the store changes again."""

    def follow(self, catalog: Catalog) -> None:
        """A catalog landed: watch its store (it has a token), from the first one on."""
        if catalog.token is not None and self._timer is None:
            self._timer = self.host.set_interval(INTERVAL, self.check, name="watch-archive")

    def check(self) -> None:
        """On the timer: ask the store in a worker, unless the browser is busy or covered, or still asking."""
        host = self.host
        if self.state.catalog is None or host.app.screen is not host or not host.is_idle:
            return
        if any(worker.group in WRITING and not worker.is_finished for worker in host.workers):
            return  # the browser's own write (`D`) would be said as another's: its reload comes first
        with self._lock:
            if self._asking:
                self._again = True
                return
            self._asking = True
        host.run_worker(self._answer, thread=True, group="watch", exit_on_error=False)

    def _answer(self) -> None:
        """In a worker: `_ask`, again while `check` came meanwhile and the answer saw nothing."""
        try:
            while True:
                said = self._ask()
                with self._lock:
                    if said or not self._again:
                        self._asking = self._again = False
                        return
                    self._again = False
        except BaseException:
            with self._lock:
                self._asking = self._again = False
            raise

    def _ask(self) -> bool:
        """The store's token; a new catalog when it moved (or when the store is back). True when it said something
        (a change, a build under way, the store out of reach)."""
        base = self.state.catalog
        if base is None:
            return False
        searcher, back = base.searcher, self.unreachable
        try:
            now = searcher.token_now()
            if (now == base.token and not back) or now == self._failed:
                return False
            if not searcher.fresh():  # a file written without its index kept: built again, said meanwhile
                self.host.post_message(StoreChanged(base, None, back))
                if not self._build(now):
                    return True
            self.host.post_message(StoreChanged(base, Catalog(searcher), back))
        except StoreError as error:
            self.host.post_message(StoreUnreachable(str(error)))
        return True

    def _build(self, now: str) -> bool:
        """A file store's index made again (`tui.loading.build_index`); False if cancelled (the app closing). A
        store that cannot be indexed (unreadable now) is said as out of reach, and not built again while its
        token stays `now`."""
        from .loading import build_index  # noqa: PLC0415 - loaded with the browser anyway

        try:
            return build_index(Path(self.state.store.location))
        except Exception as error:  # unreadable, the builder's process failed …: a message, never a crash
            self._failed = now
            raise StoreError(str(error)) from None

    # -- on the screen's thread (its handlers of the two messages call these) --------------------------------------
    def changed(self, message: StoreChanged) -> None:
        """Show the archive as counted now, as after a write of the browser's own, and say why the list moved.
        Moot when the catalog it was counted against is no longer on screen (the browser's own write reloaded)."""
        host, t = self.host, self.state.t
        if message.base is not self.state.catalog or host.loader.loading:
            return
        if message.catalog is None:  # a file store's index is built again: the list is the older one meanwhile
            self.state.index_stale = True
            text, kinds = self.state.count_text(counting=False)
            host.query_one(StatusLine).say(text, optional=kinds)
            return
        self.unreachable = False
        host.post_message(StoreLoaded(message.catalog))
        if message.back:
            host.notify(t("note.archive_back"), markup=False)
        elif message.catalog.token != message.base.token:
            before, after = message.base.counted, message.catalog.counted
            host.notify(t("note.changed_elsewhere", before=t.number(before), after=t.number(after)) if before != after
                        else t("note.edited_elsewhere"), markup=False)

    def out_of_reach(self, message: StoreUnreachable) -> None:
        """Say once that the archive does not answer (the status line, and why in a note); keep asking."""
        if self.unreachable:
            return
        from .i18n_errors import explain  # noqa: PLC0415 - only when it failed

        self.unreachable = True
        self.state.index_stale = False  # no index is being built: the status line says the list may be old
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
