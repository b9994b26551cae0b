"""The browsing screen: filter bar, status line, facet sidebar, survey list over details, search line, footer.

It is given the browser's state (`tui.state.BrowserState`) and keeps it in
step with the messages that come up: from its widgets (a facet ticked, a
filter typed, the list's cursor moved) and from the workers of the
controllers that act for it, which run on this screen and post here:
`StoreLoader` (opening the store, `tui.loading`), `Searches` (searching and
paging, `tui.searching`), `Pickers` (w p t b B W T d, `tui.pickers`) and
`SurveyActions` (e c u r D i, `tui.survey_actions`). The widgets are then
given what they show. The survey under the cursor is `Selection`'s
(`tui.selection`); a worker that fails is reported in one place,
`WorkerFailures` (`tui.worker_failures`), and the browser stays up. How its
frames are drawn is `BrowserFrames`'s (`tui.screens.browser_frames`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.geometry import Size
from textual.widgets import Input
from textual.worker import Worker

from store.query import Filter

from ..after_frame import AfterFrame
from ..details_links import LinksFound
from ..first_frame import FirstFrame
from ..heap import HeapKeeper
from ..i18n import Translator
from ..keys import APP_KEYS, bind_keys, fit_footer, footer_lines, relabel_keys
from ..loading import StoreLoader
from ..messages import (
    FacetsCounted,
    IndexBuilding,
    PageFetched,
    PlacesCounted,
    PlacesUnknown,
    SearchDone,
    StoreLoaded,
)
from ..model import PAGE, Row, list_row
from ..pickers import Pickers
from ..searching import Searches
from ..selection import Selection, kept_row, listed_row
from ..state import BrowserState
from ..survey_actions import SurveyActions
from ..watching import ChangeWatcher, StoreChanged, StoreUnreachable
from ..widgets.details import DetailsPane
from ..widgets.facets import FacetPanel
from ..widgets.filter_bar import FilterBar
from ..widgets.key_footer import KeyFooter
from ..widgets.panes import Panes
from ..widgets.search_bar import SearchBar
from ..widgets.status_line import StatusLine
from ..widgets.survey_list import SurveyList
from ..worker_failures import WorkerFailures
from .browser_frames import BrowserFrames

_OWN_ACTIONS = {spec.action.split("(")[0] for spec in APP_KEYS if spec.action}


class BrowserScreen(BrowserFrames):
    def __init__(self, state: BrowserState) -> None:
        super().__init__()
        self.state = state
        self.t = state.t
        self.loader = StoreLoader(self, state)
        self.after_frame = AfterFrame(self)
        self.searches = Searches(self, state, self.after_frame)
        self.pickers = Pickers(self)
        self.actions = SurveyActions(self)
        self.watcher = ChangeWatcher(self, state)
        self.selection = Selection(self)
        self.failures = WorkerFailures(self)
        self.heap = HeapKeeper(self)
        self._footer_off: frozenset[str] = frozenset()
        """The actions the footer was last fitted without (`refused_actions`)."""
        self.first_frame = FirstFrame()
        t = self.t  # the widgets the screen gives what they show, made once and kept (no DOM query per message)
        self.filter_bar = FilterBar(t("filter.label"), t("filter.placeholder"), id="filter-bar")
        self.facets = FacetPanel(t, id="facets")
        self.survey_list = SurveyList(_headers(t), id="list")
        self.details = DetailsPane(id="details")
        self.search_bar = SearchBar(t("search.label"), t("search.placeholder"), id="search-bar", later=True)
        bind_keys(self._bindings, self.t)
        self.details.label_back(t("key.back_short"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The browser's own keys act, and show in the footer, only while no dialog is over this screen and
        no input has focus (Textual leaves most typed keys to a focused Input by itself, but not "/"); those that
        write, on a store that refuses writes, are hidden (`refused_actions`)."""
        if action in self.refused_actions:
            return False
        return not (action in _OWN_ACTIONS and (self.app.screen is not self or isinstance(self.focused, Input)))

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield self.filter_bar
        yield StatusLine(id="status")
        with Horizontal(id="main"):
            yield self.facets
            with Panes(id="panes"):
                yield self.survey_list
                yield self.details
        yield self.search_bar
        yield KeyFooter()

    def on_mount(self) -> None:
        self.show_facets(self.state.facets_shown(self.app.size.width))
        self.details.border_title = self.t("details.title")
        self.filter_bar.show(self.state.filter, self.t.lang)
        self.survey_list.focus()
        self._fit_footer(self.app.size)
        self.first_frame.hold(self.app)
        self.searches.rows_first = self.first_frame.drawn
        self.load()

    def relabel(self) -> None:
        """Every word on screen again, in the language `state.t` has just switched to (`tui.language`)."""
        t = self.t
        self.filter_bar.relabel(t("filter.label"), t("filter.placeholder"))
        self.filter_bar.show(self.state.filter, t.lang)  # `nam:2025` ↔ `year:2025`: the field names in the new words
        self.search_bar.relabel(t("search.label"), t("search.placeholder"))
        self.details.border_title = t("details.title")
        self.survey_list.headers = _headers(t)
        self.survey_list.set_source(self._row)  # the rows kept are in the old language
        self.facets.redraw()
        relabel_keys(self._bindings, t)
        self.details.label_back(t("key.back_short"))
        self._fit_footer(self.app.size)
        self.details.forget()  # the same survey is drawn again, in the new words
        if self.state.catalog is None:  # loading, or failed: the list's and pane's message in the new words
            self.loader.relabel()
            self.show_load_error()
            return
        self.request_search()  # rows, facets, count and the selected survey, as a search lands

    # -- loading -------------------------------------------------------------
    def load(self) -> None:
        """(Re)open the store in a worker, keeping the selected survey; the list says so meanwhile."""
        if self.loader.must_ask():
            self.first_frame.release()
            from .new_store import NewStoreScreen  # noqa: PLC0415 - only for a new path

            screen = NewStoreScreen(self.state.store.label, self.t, self.loader.missing_folder())
            self.app.push_screen(screen, self._new_store_chosen)
            return
        self.selection.keep()
        self.set_status(self.t("status.opening", path=self.state.store.label))
        if self.state.catalog is None:
            self.survey_list.set_rows([], message=self.t("empty.loading"))
        self.loader.start()

    def reload(self) -> None:
        """Read the store again (after an import or a saved edit), keeping the selected survey."""
        self.loader.reload()
        self.load()

    def show_load_error(self) -> None:
        """Why the store is not shown (or that it is loading), whole, in the list sized to it as to rows (`fit_list`;
        the details pane says what does not fit): the list had kept its three loading rows, "could not be opened:"
        alone, the reason below in the details pane."""
        self.survey_list.set_rows([], message=self.state.empty_message())
        self.query_one(Panes).fit_list()
        self.selection.show(None)

    def _new_store_chosen(self, choice: str | None) -> None:
        """Make the store the user chose for a new `--db` path, or leave with nothing made."""
        if choice not in ("empty", "sample"):
            self.app.exit()
        elif self.loader.create(sample=choice == "sample"):
            self.load()
        else:
            self.show_load_error()

    def on_index_building(self, message: IndexBuilding) -> None:
        self.first_frame.release()
        self.survey_list.set_rows([], message=self.t("empty.indexing"))
        self.set_status(self.t("status.building_index"))
        self.facets.wait(self.t("facet.indexing"))

    def on_store_loaded(self, message: StoreLoaded) -> None:
        if self.state.catalog is not None:  # the survey selected in the old catalog stays selected
            self.selection.keep()
        self.loader.landed(message)
        if self.refused_actions != self._footer_off:  # a read-only store's footer has no edit keys: fitted again
            self._fit_footer(self.app.size)
        self.watcher.follow(message.catalog)
        self.heap.catalog_landed()
        self.survey_list.set_source(self._row)
        self.request_search()

    def on_store_changed(self, message: StoreChanged) -> None:
        self.watcher.changed(message)  # another office wrote: shown as after a write here (`tui.watching`)

    def on_store_unreachable(self, message: StoreUnreachable) -> None:
        self.watcher.out_of_reach(message)

    @property
    def is_idle(self) -> bool:
        """Nothing loading, no search in flight, no typed search waiting, no survey waiting to be drawn, no picker
        choices being counted (tests wait for this)."""
        loaded = self.state.catalog is not None or self.state.load_error is not None
        return (loaded and not self.loader.loading and self.searches.settled and not self.search_bar.pending
                and not self.details.pending and not self.pickers.counting and not self.after_frame.holding
                and self.searches.split)

    # -- searching -----------------------------------------------------------
    def apply_filter(self, query: Filter, typing: bool = False) -> None:
        self.state.filter = query
        self.filter_bar.show(query, self.t.lang)
        self.request_search(typing)
        if query.values("ward"):  # a ward merged away is found under what it became: say so, once the rows
            self.searches.when_current(partial(self.searches.say_former_wards, query))  # are up (a note is a frame)

    def request_search(self, typing: bool = False) -> None:
        if self.searches.start(typing, keep=self.selection.to_keep()):
            self.set_status(self.t("status.searching"))

    def on_search_done(self, message: SearchDone) -> None:
        """The first page: the list shows it at once, on the survey selected before; the facets follow. Not while
        the search line holds keys typed since (a burst: a paste, keys written at once), whose search comes next:
        a frame of rows no longer asked for would only delay it."""
        if not self.searches.is_current(message.generation) or self.search_bar.supersedes(message.found.query):
            return
        found = message.found
        written = self.selection.wanted_now()
        keep_ids = self.selection.take_kept()
        assert self.state.catalog is not None
        self.state.catalog.show(found)
        self.state.found = found
        keep = kept_row(found, keep_ids)  # past the first page too, if not moved from since
        self.survey_list.set_rows(found.positions, keep=keep, message=self.state.empty_message())
        self.query_one(Panes).fit_list()
        self._show_count()
        self.after_frame.expect()
        self.first_frame.release()  # the launch's first frame: the rows and count; the facets follow
        if not found.total and len(self.state.catalog):
            self.searches.say_unknown_places(message.generation, found.query)  # "Có phải ý bạn là: Hà Nội?"
        if written is not None and listed_row(found, written) is None:  # imported, then nowhere to be seen
            self.notify(self.t("note.written_hidden"), markup=False, timeout=8)

    def on_places_unknown(self, message: PlacesUnknown) -> None:
        """The place names of the search on screen that name no unit, under its filter in the empty list."""
        found = self.state.found
        if not self.searches.is_current(message.generation) or found is None or found.query != message.query \
                or found.total or self.survey_list.rows:
            return
        self.state.unknown = (message.query, message.places)
        self.survey_list.message = self.state.empty_message()
        self.query_one(Panes).fit_list()
        self.survey_list.refresh()
        self.selection.show(None)

    def on_facets_counted(self, message: FacetsCounted) -> None:
        if not self.searches.is_current(message.generation) or self.search_bar.supersedes(message.found.query):
            return
        if message.with_rows:  # the first page came with its counts (`Searches`): shown first, as it would be
            self.on_search_done(SearchDone(message.generation, message.found))
        self.searches.landed(message.generation)
        self.state.found = self.state.counted = found = replace(message.found, facets=message.facets)
        assert self.state.catalog is not None
        self.facets.show(found.facets, found.query, self.state.catalog.ward_provinces, self.state.catalog.body_kinds)
        self._show_count()
        self.after_frame.expect()
        self.after_frame.call(self._remember)  # written once the counts are drawn
        self.after_frame.call(self.searches.counts_drawn.set)  # the launch's shared ward names split then
        self.searches.run_waiting()
        self.first_frame.release()
        self.call_after_refresh(self.heap.facets_shown, self.state.catalog)  # read ahead once it is drawn
        if not self.search_bar.made:  # hidden until `/`: made once the launch's rows and counts are drawn
            self.call_after_refresh(self.search_bar.make)

    def on_places_counted(self, message: PlacesCounted) -> None:
        """The launch's shared ward names split into their places, under the counts shown (the same search's, or
        nothing: a newer search counts its own)."""
        found, self.searches.splitting = self.state.found, 0
        if (not message.places or not self.searches.is_current(message.generation) or found is None
                or found.facets is not message.counts):
            return
        assert self.state.catalog is not None
        found.facets["ward_places"] = message.places  # the search on screen's counts, completed (not a new one)
        self.facets.show(found.facets, found.query, self.state.catalog.ward_provinces, self.state.catalog.body_kinds)

    def on_prepared(self) -> None:
        self.heap.settle()

    def on_unmount(self) -> None:
        self.after_frame.flush()
        self.heap.release()

    def on_page_fetched(self, message: PageFetched) -> None:
        if self.searches.page_came(message):
            self.survey_list.refresh()
            selected = self.survey_list.selected
            if selected is not None and selected // PAGE == message.page:
                self.selection.show(selected)

    def _row(self, position: int) -> Row | None:
        """A list row, or None (drawn as a blank row) while its page is fetched."""
        record = self.state.catalog.record(position) if self.state.catalog else None
        if record is None:
            self.searches.want_page(position // PAGE)
            return None
        found = self.state.text_test()
        if found is None:
            return list_row(record, self.state.lang)
        from ..found_text import hidden_match  # noqa: PLC0415 - under a search only, never on the first frame

        return list_row(record, self.state.lang, hidden_match(record, found, self.t))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.failures.landed(event)

    # -- the selected survey -------------------------------------------------
    def on_links_found(self, message: LinksFound) -> None:
        self.selection.links.landed(message)

    def on_survey_list_highlighted(self, message: SurveyList.Highlighted) -> None:
        self.selection.moved(message.position)

    def on_survey_list_chosen(self, message: SurveyList.Chosen) -> None:
        self.details.focus()

    def on_panes_fitted(self, message: Panes.Fitted) -> None:
        """The list's message has lines it has no room for (or had): the details pane says them."""
        if not self.survey_list.rows:
            self.selection.show(None)

    # -- sizes and the status line -------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self._fit_footer(event.size)
        self._fit_facets(event.size.width)

    def _fit_facets(self, width: int) -> None:
        """The sidebar as `width` allows or as the user chose at such a width (`tui.layout`); focus leaves it
        when it goes."""
        shown = self.state.facets_shown(width)
        if shown != self.facets.display:
            self.show_facets(shown)
            if not shown and self.focused is self.facets:
                self.survey_list.focus()

    def _fit_footer(self, size: Size) -> None:
        """The footer's keys and height for a terminal of `size`: a second line on a tall one whose keys do not fit
        on one (`tui.keys.footer_lines`)."""
        self._footer_off = self.refused_actions
        lines = fit_footer(self._bindings, size.width, self.t, footer_lines(size.height), self._footer_off)
        self.query_one(KeyFooter).fit(size.width, lines)
        self.lift_notes()
        self.refresh_bindings()

    def _show_count(self) -> None:
        if self.state.catalog is not None:
            text, kinds = self.state.count_text(counting=not self.searches.settled)
            self.query_one(StatusLine).say(text, optional=kinds)

    def set_status(self, text: str, error: bool = False) -> None:
        self.query_one(StatusLine).say(text, error)

    def _remember(self) -> None:
        self.state.remember()


def _headers(t: Translator) -> Row:
    return Row(t("col.date"), t("col.locality"), t("col.body"), t("col.leader"), t("col.topics"))

