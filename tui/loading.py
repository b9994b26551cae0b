"""Opening the store through its repository, and reading it again after an import or an edit.

A TinyDB store is browsed through its persistent index (`store.sqlindex`):
when the index describes the store as it is, the list, the facets and any
search come from it at once, without parsing the store. When the store has
changed since (another program wrote it), the old index is shown meanwhile
and a new one is built in a process of its own (`python -m store.sqlindex`),
so the build neither slows the screen nor adds to the browser's memory;
when there is no index yet, the list says it is being built. Either way
the browser switches to the new index when it is ready.

`StoreLoader` holds no widget: it runs its worker on the screen given to
it, which handles the messages and draws; it keeps the state's catalog and
load error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

import store
from store.backends import is_postgres_url, open_repository
from store.repository import Repository

from .messages import IndexBuilding, StoreLoaded
from .model import Catalog
from .searcher import Searcher, preloaded

if TYPE_CHECKING:
    from textual.screen import Screen

    from .state import BrowserState


class StoreLoader:
    """Opens the state's store in a worker on `host`, which handles `StoreLoaded` and `IndexBuilding`."""

    def __init__(self, host: Screen[None], state: BrowserState) -> None:
        self.host = host
        self.state = state
        self.loading = False
        """A load is under way (or a stale index is shown while a new one is built)."""
        self.error: BaseException | None = None
        """Why the store last failed to open (`failed`), said again in a language switched to (`relabel`)."""

    def must_ask(self) -> bool:
        """`--db` named a file store that does not exist: the user chooses what to make (`NewStoreScreen`)."""
        location = self.state.store.location
        return (self.state.ask_before_creating and self.state.preloaded is None
                and not is_postgres_url(location) and not Path(location).exists())

    def missing_folder(self) -> str | None:
        """The new store's folder when it does not exist (nothing can be made there: folders are never made)."""
        folder = Path(self.state.store.location).expanduser().parent
        return None if folder.is_dir() else str(folder)

    def create(self, sample: bool) -> bool:
        """Make the store chosen for a new `--db` path; False (the reason in `load_error`) if it cannot be."""
        from store.backends import init_repository  # noqa: PLC0415 - only for a new path
        from store.errors import StoreError  # noqa: PLC0415

        self.state.ask_before_creating = False
        try:
            init_repository(self.state.store.location, sample=sample)[0].close()
        except (StoreError, OSError) as error:  # e.g. its folder does not exist: shown like any open failure
            from .i18n_errors import explain  # noqa: PLC0415 - only when it failed

            self.error = error
            self.state.load_error = self.state.t("empty.failed", error=explain(str(error), self.state.t))
            return False
        return True

    def start(self) -> None:
        self.loading = True
        self.host.run_worker(self._load, thread=True, group="load", exclusive=True, exit_on_error=False)

    def reload(self) -> None:
        """Read the store again (after an import or a saved edit), not records given in memory."""
        self.state.preloaded = None

    def _load(self) -> None:
        """In a worker: the catalog at once from a fresh index, else the stale one meanwhile, then the new one."""
        post = self.host.post_message
        if self.state.preloaded is not None:
            post(StoreLoaded(Catalog(preloaded(self.state.preloaded))))
            return
        location = self.state.store.location
        searcher = Searcher(open_for_browsing(location))
        index = searcher.index
        if index is None or index.fresh():
            post(StoreLoaded(Catalog(searcher)))
            return
        if index.indexed_token() is not None:  # stale: browse it while the new one is made
            post(StoreLoaded(Catalog(searcher), stale=True))
        else:
            post(IndexBuilding())
        if build_index(Path(location)):
            post(StoreLoaded(Catalog(searcher)))

    def relabel(self) -> None:
        """The reason the store failed to open in the language just switched to (it had stayed in the first)."""
        if self.state.load_error is not None and self.error is not None and self.state.catalog is None:
            self.failed(self.error)

    def landed(self, message: StoreLoaded) -> None:
        """The catalog is open: the state shows it from now on."""
        state = self.state
        state.catalog = message.catalog
        state.listed = True
        state.load_error = None
        state.index_stale = self.loading = message.stale

    def failed(self, error: BaseException | None) -> None:
        """Why the store could not be opened, in the UI language; a damaged store with a backup says how to recover.

        Only a damaged file is called damaged: a server that cannot be reached or a missing folder says
        just what the store said (in the UI language), not "restore the backup". Said once: a damaged store's
        message is not put under "The store could not be opened" too, and its details give the reason alone, not
        the store's own "run `surveys recover`" again.
        """
        from store.journal import JournalCorrupt  # noqa: PLC0415 - loaded with the store anyway
        from store.storage import StoreCorruptError  # noqa: PLC0415

        from .i18n_errors import explain  # noqa: PLC0415 - only when it failed

        self.loading, self.error = False, error
        state = self.state
        if isinstance(error, JournalCorrupt):
            why = state.t("empty.journal_line", path=str(error.path), line=error.line)
        elif isinstance(error, StoreCorruptError) and error.backup.exists():
            why = explain(error.reason, state.t)
        else:
            state.load_error = state.t("empty.failed", error=explain(str(error), state.t) if error else "?")
            return
        state.load_error = state.t("empty.broken", path=state.store.label, error=why,
                                   command=recover_command(state.store.location))


def recover_command(location: str) -> str:
    """`surveys recover` for the default store, else with the store named: the short command shown for a store
    opened with `--db` would have gone to the default store (which it refuses, being readable)."""
    import shlex  # noqa: PLC0415 - only when a store failed to open

    from store.paths import default_store_path  # noqa: PLC0415

    if Path(location).expanduser().resolve() == default_store_path().resolve():
        return "surveys recover"
    return f"surveys --db {shlex.quote(location)} recover"


def open_for_browsing(location: str) -> Repository:
    """The repository the browser shows; a TinyDB file that is absent starts from the bundled sample."""
    if is_postgres_url(location):
        return open_repository(location)
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415 - in the worker

    path = Path(location)
    if not path.exists():  # made from the sample (or refused: its backup is there); a store that exists is read
        from store.store import SurveyStore  # noqa: PLC0415 - from its index without the store's code (#17)

        SurveyStore.open(path)
    return TinyDBRepository(path)


IN_PROCESS_BELOW = 4_000_000
"""Stores smaller than this (bytes, about 1,700 surveys) are indexed in the load worker itself: a second
interpreter would cost more than the build."""


def build_index(path: Path) -> bool:
    """Build the store's index in a process of its own; False if the worker was cancelled (the app closed)."""
    if path.stat().st_size < IN_PROCESS_BELOW:
        from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

        TinyDBRepository(path).index.ensure()
        return True
    root = str(Path(store.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-m", "store.sqlindex", str(path)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    worker = get_current_worker()
    while True:
        try:
            _, error = process.communicate(timeout=0.1)
            break
        except subprocess.TimeoutExpired:
            if worker.is_cancelled:
                process.terminate()
                process.wait()
                return False
    if process.returncode != 0:
        raise RuntimeError(error.decode(errors="replace").strip().splitlines()[-1] if error else "index build failed")
    return True
