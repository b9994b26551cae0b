"""Opening the store through its repository, and reading it again after an import or an edit.

A TinyDB store is browsed through its persistent index (`store.sqlindex`):
when the index describes the store as it is, the list, the facets and any
search come from it at once, without parsing the store. When the store has
changed since (another program wrote it), the old index is shown meanwhile
and a new one is built in a process of its own (`python -m store.sqlindex`),
so the build neither slows the screen nor adds to the browser's memory;
when there is no index yet, the list says it is being built. Either way
the browser switches to the new index when it is ready.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.worker import get_current_worker

import store
from store.backends import is_postgres_url, open_repository
from store.repository import Repository
from store.sqlindex import Interrupted
from store.store import SurveyStore

from .messages import IndexBuilding, PageFetched, StoreLoaded
from .model import PAGE, Catalog, Found, Row, Searcher, list_row, preloaded

if TYPE_CHECKING:
    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class LoadMixin(_Base):
    # the state this mixin writes, declared here too: mypy cannot see SurveysApp through _Base (#15)
    catalog: Catalog | None
    _preloaded: list[dict[str, Any]] | None
    load_error: str | None

    def load(self) -> None:
        """(Re)open the store in a worker; the list says so meanwhile."""
        if self.ask_before_creating and self._preloaded is None and not is_postgres_url(self.store_location) \
                and not Path(self.store_location).exists():
            from .screens.new_store import NewStoreScreen  # noqa: PLC0415 - only for a new path

            self.push_screen(NewStoreScreen(self.store_label, self.t), self._new_store_chosen)
            return
        self._loading = True
        if self.catalog is not None and self.survey_list.selected is not None:
            selected = self.catalog.record(self.survey_list.selected)
            self._keep_id = selected.get("id") if selected else None
        self._set_status(self.t("status.opening", path=self.store_label))
        if self.catalog is None:
            self.survey_list.set_rows([], message=self.t("empty.loading"))
        self._load_worker()

    def _new_store_chosen(self, choice: str | None) -> None:
        """Make the store the user chose for a new `--db` path, or leave with nothing made."""
        if choice not in ("empty", "sample"):
            self.exit()
            return
        from store.backends import init_repository  # noqa: PLC0415
        from store.errors import StoreError  # noqa: PLC0415

        self.ask_before_creating = False
        try:
            init_repository(self.store_location, sample=choice == "sample")[0].close()
        except (StoreError, OSError) as error:  # e.g. its folder does not exist: shown like any open failure
            self.load_error = str(error)
            self.survey_list.set_rows([], message=self._empty_message())
            return
        self.load()

    @work(thread=True, group="load", exclusive=True, exit_on_error=False)
    def _load_worker(self) -> None:
        if self._preloaded is not None:
            self.post_message(StoreLoaded(Catalog(preloaded(self._preloaded))))
            return
        searcher = Searcher(open_for_browsing(self.store_location))
        index = searcher.index
        if index is None or index.fresh():
            self.post_message(StoreLoaded(Catalog(searcher)))
            return
        if index.indexed_token() is not None:  # stale: browse it while the new one is made
            self.post_message(StoreLoaded(Catalog(searcher), stale=True))
        else:
            self.post_message(IndexBuilding())
        if build_index(Path(self.store_location)):
            self.post_message(StoreLoaded(Catalog(searcher)))

    def on_index_building(self, message: IndexBuilding) -> None:
        self.survey_list.set_rows([], message=self.t("empty.indexing"))
        self._set_status(self.t("status.building_index"))
        self.facets.wait(self.t("facet.indexing"))

    def on_store_loaded(self, message: StoreLoaded) -> None:
        if self.catalog is not None:  # the survey selected in the old catalog stays selected
            self._keep_id = self._keep_id or self._selected_id()
        self.catalog = message.catalog
        self._listed = True
        self.load_error = None
        self._loading = message.stale
        self._index_stale = message.stale
        self.survey_list.set_source(self._row)
        self.request_search()

    @property
    def is_listed(self) -> bool:
        """The list shows the store's records (from an index that may be stale while a new one is built)."""
        return self._listed

    def record(self, position: int) -> dict[str, Any]:
        """The record at `position` of the list, fetched now if its page has not come yet."""
        assert self.catalog is not None
        record = self.catalog.record_now(position)
        assert record is not None
        return record

    def _row(self, position: int) -> Row | None:
        """A list row, or None (drawn as a blank row) while its page is fetched."""
        if self.catalog is None:
            return None
        record = self.catalog.record(position)
        if record is None:
            self._want_page(position // PAGE)
            return None
        return list_row(record, self.lang)

    def _want_page(self, page: int) -> None:
        found = self.catalog.found if self.catalog else None
        if found is None or (found, page) in self._fetching:
            return
        self._fetching.add((found, page))
        self._page_worker(self.catalog, found, page)

    @work(thread=True, group="page", exit_on_error=False)
    def _page_worker(self, catalog: Catalog, found: Found, page: int) -> None:
        try:
            records = catalog.fetch(found, page)
        except Interrupted:  # a newer search began: this page is of the old one
            self.call_from_thread(self._fetching.discard, (found, page))
            return
        self.post_message(PageFetched(catalog, found, page, records))

    def on_page_fetched(self, message: PageFetched) -> None:
        self._fetching.discard((message.found, message.page))
        if message.catalog is self.catalog and message.catalog.keep(message.found, message.page, message.records):
            self.survey_list.refresh()
            selected = self.survey_list.selected
            if selected is not None and selected // PAGE == message.page:
                self.on_survey_list_highlighted(self.survey_list.Highlighted(selected))

    # -- importing -----------------------------------------------------------
    def action_import_records(self) -> None:
        try:
            from .screens.import_dialog import ImportScreen  # noqa: PLC0415 - written separately, may be absent
        except ImportError:
            self.notify(self.t("note.no_import"), markup=False, severity="warning")
            return
        self.push_screen(ImportScreen(self.store_location), self._after_import)

    def _after_import(self, result: object) -> None:
        if result:
            self.reload()

    def reload(self) -> None:
        """Read the store again (after an import or a saved edit), keeping the selected survey."""
        self._preloaded = None
        self.load()


def open_for_browsing(location: str) -> Repository:
    """The repository the browser shows; a TinyDB file that is absent starts from the bundled sample."""
    if is_postgres_url(location):
        return open_repository(location)
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    path = Path(location)
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
