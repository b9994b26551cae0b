"""Opening the store in two phases, and reading it again after an import or an edit.

The records are listed newest first as soon as they are read, so a large
store can be browsed at once; the index, which facets and filters need,
is built in the same worker only after that list has been drawn.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual import work
from textual.worker import get_current_worker

from store.index import newest_first
from store.store import SurveyStore

from .messages import RecordsListed, StoreLoaded
from .model import Catalog, Row, list_row

if TYPE_CHECKING:
    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class LoadMixin(_Base):
    # the state this mixin writes, declared here too: mypy cannot see SurveysApp through _Base (#15)
    catalog: Catalog | None
    listing: Sequence[dict[str, Any]] | None
    _preloaded: list[dict[str, Any]] | None
    load_error: str | None

    def load(self) -> None:
        """(Re)open the store in a worker; the list says so meanwhile."""
        self._loading = True
        if self.catalog is not None and self.survey_list.selected is not None:
            self._keep_id = self.catalog.record(self.survey_list.selected).get("id")
        self._set_status(self.t("status.opening", path=str(self.store_path)))
        if self.catalog is None:
            self.survey_list.set_rows([], message=self.t("empty.loading"))
        self._load_worker()

    @work(thread=True, group="load", exit_on_error=False)
    def _load_worker(self) -> None:
        records = self._preloaded if self._preloaded is not None else SurveyStore.open(self.store_path).records()
        newest = newest_first(records)
        shown = threading.Event()
        self.post_message(RecordsListed(newest, shown))
        while not shown.wait(0.05):  # the list first: the index build would slow its drawing down
            if get_current_worker().is_cancelled:
                return
        self.post_message(StoreLoaded(Catalog(newest)))

    def on_records_listed(self, message: RecordsListed) -> None:
        """The records newest first, before the index: browse them; facets and filters wait for the index.

        A reload keeps showing the current catalog until the new one is ready
        (the shown results are positions in the old records).
        """
        if self.catalog is not None or not self._loading:
            message.shown.set()
            return
        self.listing = records = message.records
        self.survey_list.set_source(self._row)
        self.survey_list.set_rows(range(len(records)), message=self._empty_message())
        self._fit_list()
        self.facets.wait(self.t("facet.indexing"))
        key = "status.indexing_filter" if self.active_filter else "status.indexing"
        self._set_status(self.t(key, total=self.t.number(len(records))))
        self.call_after_refresh(self._list_drawn, message.shown)

    def _list_drawn(self, shown: threading.Event) -> None:
        self._listed = True
        shown.set()

    def on_store_loaded(self, message: StoreLoaded) -> None:
        self.catalog = message.catalog
        self.listing = message.catalog.index.records
        self._listed = True
        self.load_error = None
        self._loading = False
        if any(position >= len(self.listing) for position in self.survey_list.rows):
            # the store shrank (a delete): old positions would point past the new records until the search lands
            self.survey_list.set_rows(range(len(self.listing)))
        self.survey_list.set_source(self._row)
        self.request_search()

    @property
    def is_listed(self) -> bool:
        """The records are drawn in the list and can be browsed (the index may still be building)."""
        return self._listed

    def record(self, position: int) -> dict[str, Any]:
        """The record at `position` of the list (the index's position once it is ready)."""
        assert self.listing is not None
        return self.listing[position]

    def _row(self, position: int) -> Row:
        return list_row(self.record(position), self.lang)

    # -- importing -----------------------------------------------------------
    def action_import_records(self) -> None:
        try:
            from .screens.import_dialog import ImportScreen  # noqa: PLC0415 - written separately, may be absent
        except ImportError:
            self.notify(self.t("note.no_import"), severity="warning", markup=False)
            return
        self.push_screen(ImportScreen(self.store_path), self._after_import)

    def _after_import(self, result: object) -> None:
        if result:
            self.reload()

    def reload(self) -> None:
        """Read the store again (after an import or a saved edit), keeping the selected survey."""
        self._preloaded = None
        self.load()
