"""The browser: what a council staffer sees when they type `surveys`.

The app owns the state (store path, active filter, sort, the loaded
`Catalog`) and the widgets only show it. Opening the store, indexing it and
every search with its facet counts run in thread workers that post messages
back (`tui.messages`), so the screen never freezes; a worker that fails is
reported in one place, `on_worker_state_changed`, and the app stays up.
Action groups live beside it as mixins, one concept each: `tui.pickers`
(w p t b d W T), `tui.actions_search` (: and /), `tui.actions_export` (e),
`tui.actions_figures` (c) and `tui.actions_followup` (u).

The store is read through its repository (`tui.model.Catalog`): a search
brings its first page of records (`SearchDone`), then its facet counts
(`FacetsCounted`); the list asks for further pages as it reaches them
(`PageFetched`), so the records are never all held. A TinyDB store is
searched through its persistent index (`tui.actions_load`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState

from store.paths import is_default, store_location
from store.query import Filter, QueryError
from store.sqlindex import Interrupted

from .actions_delete import DeleteMixin
from .actions_export import ExportMixin
from .actions_figures import FiguresMixin
from .actions_followup import FollowUpMixin
from .actions_load import LoadMixin
from .actions_search import SearchMixin
from .i18n import Translator, detect_lang
from .keys import APP_KEYS, BIND_ORDER, MORE, footer_width
from .messages import FacetsCounted, SearchDone
from .model import Catalog, Found, Row
from .palette import ActionsProvider
from .pickers import PickerMixin
from .safe import plain, visible
from .settings import SORTS, Settings, load_settings, save_settings, settings_path
from .widgets.details import DetailsPane, describe
from .widgets.facets import FacetPanel
from .widgets.filter_bar import FilterBar
from .widgets.panes import Panes
from .widgets.search_bar import SearchBar
from .widgets.survey_list import SurveyList

if TYPE_CHECKING:
    from store.export import ItemTest

WIDE = 100
"""Terminal width from which the facet sidebar is shown until the user says otherwise."""
LIST_SHARE, LIST_MIN = 0.45, 3
"""The list takes up to this share of the height, and at least this many lines."""


class SurveysApp(LoadMixin, PickerMixin, SearchMixin, ExportMixin, FiguresMixin, FollowUpMixin, DeleteMixin,
                 App[None]):
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ActionsProvider}

    def __init__(self, store_path: Path | str, lang: str = "en", records: list[dict[str, Any]] | None = None) -> None:
        """`store_path` is a file or a `postgresql://` URL; `records` skips reading the store (tests), the
        store path still locates settings and imports."""
        super().__init__()
        from store.backends import is_postgres_url, printable_location  # noqa: PLC0415

        self.store_location = str(store_path)
        """What opens the store (`open_repository`); a URL must not go through `Path`, which folds its `//`."""
        self.store_label = printable_location(store_path)
        """The location fit for the screen: a URL without its password."""
        self._settings_file = settings_path(self.store_location)
        self.store_path = self._settings_file if is_postgres_url(self.store_location) else Path(store_path)
        """The file store, or for a shared archive the local file its browser settings are kept in."""
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.title = self.t("title")
        self._preloaded = records
        self.ask_before_creating = False
        """True when `--db` named this store: a path that does not exist is offered, never made silently."""
        self.settings = load_settings(self._settings_file)
        self.active_filter = _parse_or_empty(self.settings.filter)
        self.sort_order = self.settings.sort
        self.catalog: Catalog | None = None
        self._listed = False
        self._index_stale = False
        self._fetching: set[tuple[Found, int]] = set()
        """Pages asked for and not yet come, so that drawing the list does not ask twice."""
        self.found: Found | None = None
        self.load_error: str | None = None
        self._loading = False
        self._generation = 0
        self._done_generation = 0
        self._keep_id: str | None = None
        self._after_search: list[Callable[[], None]] = []
        self._bind_keys()

    def _bind_keys(self) -> None:
        """Bind every key of `tui.keys` with its description in the UI language.

        The bindings have priority, so a key acts when the app reads it, not after it
        has travelled to the focused widget and back: in a burst such as "/rach dua"
        the letters after "/" then reach the search line, not the list's bindings.
        `check_action` keeps them off while a dialog is open or an input has focus.
        """
        for spec in BIND_ORDER:
            first, *others = spec.keys.split(",")
            description = self.t.short(spec.message)
            self._bindings.bind(first, spec.action or "", description, show=bool(spec.footer), priority=True)
            for key in others:
                self._bindings.bind(key, spec.action or "", description, show=False, priority=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The browser's own keys act on the main screen only: not under a dialog, not while typing.

        (Textual leaves most typed keys to a focused Input by itself, but not "/".)
        """
        if action in _OWN_ACTIONS and (len(self.screen_stack) > 1 or isinstance(self.focused, Input)):
            return False
        return True

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        t = self.t
        yield FilterBar(t("filter.label"), t("filter.placeholder"), id="filter-bar")
        yield Static(id="status")
        with Horizontal(id="main"):
            yield FacetPanel(t, id="facets")
            with Panes(id="panes"):
                headers = Row(t("col.date"), t("col.locality"), t("col.body"), t("col.leader"), t("col.topics"))
                yield SurveyList(headers, id="list")
                yield DetailsPane(id="details")
        yield SearchBar(t("search.label"), t("search.placeholder"), id="search-bar")
        yield Footer(compact=True, show_command_palette=False)

    @property
    def survey_list(self) -> SurveyList:
        return self.query_one("#list", SurveyList)

    @property
    def details(self) -> DetailsPane:
        return self.query_one("#details", DetailsPane)

    @property
    def facets(self) -> FacetPanel:
        return self.query_one("#facets", FacetPanel)

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one("#filter-bar", FilterBar)

    def on_mount(self) -> None:
        shown = self.settings.facets
        self.facets.display = shown if shown is not None else self.size.width >= WIDE
        self.details.border_title = self.t("details.title")
        self.filter_bar.show(self.active_filter)
        self.survey_list.focus()
        self._fit_footer()
        self.load()

    # -- searching ---------------------------------------------------------
    def request_search(self) -> None:
        if self.catalog is None:
            return
        self._generation += 1
        self.catalog.searcher.interrupt()  # the search in flight, if any, is moot now
        self._set_status(self.t("status.searching"))
        self._search_worker(self._generation, self.catalog, self.active_filter, self.sort_order)

    @work(thread=True, group="search", exit_on_error=False)
    def _search_worker(self, generation: int, catalog: Catalog, query: Filter, sort: str) -> None:
        try:
            found = catalog.search(query, sort)
            self.post_message(SearchDone(generation, found))
            if generation == self._generation:  # a newer search (a key typed meanwhile) makes these counts moot
                self.post_message(FacetsCounted(generation, found, catalog.facets(found)))
        except Interrupted:
            if generation == self._generation:  # stopped, yet still wanted: (a page fetch's interrupt) again
                self.call_from_thread(self.request_search)

    def on_search_done(self, message: SearchDone) -> None:
        """The first page: the list shows it at once; the facets follow."""
        if message.generation != self._generation or self.catalog is None:
            return
        found = message.found
        keep_id = self._keep_id or self._selected_id()
        self._keep_id = None
        self.catalog.show(found)
        self.found = found
        keep = next((i for i, record in enumerate(found.first) if record.get("id") == keep_id), 0)
        self.survey_list.set_rows(found.positions, keep=keep, message=self._empty_message())
        self._fit_list()
        self._show_count()

    def on_facets_counted(self, message: FacetsCounted) -> None:
        if message.generation != self._generation or self.catalog is None:
            return
        self._done_generation = message.generation
        self.found = found = replace(message.found, facets=message.facets)
        self.facets.show(found.facets, found.query, self.catalog.ward_provinces)
        self._show_count()
        self._remember()
        self._run_waiting()

    def _selected_id(self) -> str | None:
        selected = self.survey_list.selected
        record = self.catalog.record(selected) if self.catalog is not None and selected is not None else None
        return record.get("id") if record else None

    def when_current(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the search in flight has landed, so it sees current counts.

        "X t" typed quickly must offer the topics counted without the filter X dropped.
        """
        if self.catalog is not None and self._done_generation == self._generation:
            callback()
        else:
            self._after_search.append(callback)

    def _run_waiting(self) -> None:
        waiting, self._after_search = self._after_search, []
        for callback in waiting:
            callback()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures land: say what failed, keep the app running."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if event.worker.group == "load":
            self._loading = False
            self.load_error = self._load_problem(error)
            self._set_status(self.t("status.failed"))
            if self.catalog is None:
                self.survey_list.set_rows([], message=self._empty_message())
                self.details.show(plain(self._empty_message(), keep_newlines=True))
            self.facets.wait(None)
        elif event.worker.group == "page":
            self._fetching.clear()
        elif event.worker.group == "search":
            self._done_generation = self._generation
            self._show_count()
            self._run_waiting()
        if event.worker.group == "load":
            return  # the list and details say it in full; a toast would only repeat it
        title = self.t(_FAILED.get(event.worker.group, "note.error"))
        self.notify(visible(str(error)), title=title, severity="error", markup=False, timeout=10)

    def _load_problem(self, error: BaseException | None) -> str:
        """Why the store could not be opened, in the UI language; a damaged store says how to recover."""
        from store.storage import StoreError  # noqa: PLC0415 - loaded with the store anyway

        if isinstance(error, StoreError):
            return self.t("empty.broken", path=self.store_label, error=str(error))
        return str(error) if error else "?"

    @property
    def is_idle(self) -> bool:
        """Nothing loading, no search in flight, no typed search waiting (tests wait for this)."""
        search_bar = self.query_one("#search-bar", SearchBar)
        loaded = self.catalog is not None or self.load_error is not None
        return (loaded and not self._loading and self._done_generation == self._generation and not search_bar.pending
                and not self.details.pending)

    def view_records(self) -> list[dict[str, Any]]:
        """The surveys the filter picks, newest first (as `surveys export` writes them), whatever the sort."""
        if self.catalog is None or self.found is None:
            return []
        return self.catalog.all_records(self.found)

    def item_test(self) -> ItemTest | None:
        """Which recommendations and directions a `status:` or `overdue` clause of the shown filter asks for."""
        query = self.found.query if self.found else self.active_filter
        if not query.values("status") and "overdue" not in query.fields():
            return None  # every item: the export code (which says so too) need not load for the first screen
        from store.export import item_filter  # noqa: PLC0415 - the export code loads when first needed

        return item_filter(query.values("status"), "overdue" in query.fields())

    def apply_filter(self, query: Filter) -> None:
        self.active_filter = query
        self.filter_bar.show(query)
        self.request_search()
        if query.values("ward"):  # a ward merged away is found under what it became: say so
            self._say_former_wards(query)

    @work(thread=True, group="notes", exclusive=True, exit_on_error=False)
    def _say_former_wards(self, query: Filter) -> None:
        """In a worker: the first look-up of former wards by name loads their table (a few tenths of a second)."""
        from store.matching import former_ward_notes  # noqa: PLC0415

        for note in former_ward_notes(query, self.lang):
            self.call_from_thread(self.notify, visible(note), markup=False, timeout=8)

    # -- what the panes show -------------------------------------------------
    def on_survey_list_highlighted(self, message: SurveyList.Highlighted) -> None:
        record = self.catalog.record(message.position) if self.catalog and message.position is not None else None
        if message.position is None or self.catalog is None:
            self.details.show(plain(self._empty_message(), keep_newlines=True))
        elif record is None:  # its page is on its way (`on_page_fetched` shows it)
            self.details.show_settled(message.position, lambda: plain(self.t("empty.loading")))
        else:  # drawn when the selection settles: the cursor is painted first (#17)
            self.details.show_settled(record, lambda: describe(record, self.t, self.item_test()))

    def on_survey_list_chosen(self, message: SurveyList.Chosen) -> None:
        self.details.focus()

    def _fit_list(self) -> None:
        """A short result list gives its spare lines to the details pane."""
        survey_list = self.survey_list
        rows = len(survey_list.rows) or len(survey_list.message.splitlines())
        room = self.query_one("#panes", Panes).size.height
        cap = max(LIST_MIN, int(room * LIST_SHARE))
        survey_list.styles.height = max(LIST_MIN, min(cap, rows + 1))

    def on_resize(self, event: events.Resize) -> None:
        self._fit_footer(event.size.width)

    def on_panes_resized(self, message: Panes.Resized) -> None:
        """The panes' new height is known only once the screen has laid them out: fit the list then."""
        self._fit_list()

    def _fit_footer(self, width: int | None = None) -> None:
        """Show the footer's later keys (`MORE`) only while they fit whole: never a label cut in half."""
        room = self.size.width if width is None else width
        for spec in BIND_ORDER:
            if not spec.footer:
                continue
            key = spec.keys.split(",")[0]
            room -= footer_width(spec, self.t)
            if spec.footer != MORE:
                continue
            bindings = self._bindings.key_to_bindings.get(key, [])
            self._bindings.key_to_bindings[key] = [replace(b, show=room >= 0) for b in bindings]
        self.screen.refresh_bindings()

    def _empty_message(self) -> str:
        if self.load_error is not None:
            shown = "\n".join(visible(line) for line in self.load_error.splitlines())
            return shown if "surveys recover" in shown else self.t("empty.failed", error=shown)
        if self.catalog is None:
            return self.t("empty.loading")
        if len(self.catalog) == 0:
            return self.t("empty.store", path=visible(self.store_label))
        return self.t("empty.match", filter=visible(self.active_filter.render()))

    def _show_count(self) -> None:
        if self.catalog is None:
            return
        shown = self.found.total if self.found else 0
        text = self.t(
            "status.count", shown=self.t.number(shown), total=self.t.number(len(self.catalog)),
            sort=self.t(f"sort.{self.sort_order}"),
        )
        if self._done_generation != self._generation:
            text += self.t("status.counting")
        if self._index_stale:
            text += self.t("status.stale_index")
        self._set_status(text)

    def _set_status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#status", Static)
        status.update(Content(visible(text)))
        status.set_class(error, "-error")

    # -- Textual's own words, in the UI language ------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        t = self.t
        yield SystemCommand(t("sys.theme"), t("sys.theme.help"), self.action_change_theme)
        yield SystemCommand(t("sys.quit"), t("sys.quit.help"), self.action_quit)
        if screen.query("HelpPanel"):
            yield SystemCommand(t("sys.keys"), t("sys.keys.hide"), self.action_hide_help_panel)
        else:
            yield SystemCommand(t("sys.keys"), t("sys.keys.show"), self.action_show_help_panel)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette  # noqa: PLC0415 - only when asked for

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.t("palette.placeholder"), id="--command-palette"))

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit, in the UI language (Textual's own note is English)."""
        self.notify(self.t("quit.hint"), title=self.t("quit.title"), markup=False)

    # -- one-key actions ---------------------------------------------------
    def action_help(self) -> None:
        from .screens.help import HelpScreen  # noqa: PLC0415 - built on demand

        self.push_screen(HelpScreen(self.t))

    def action_drop_last(self) -> None:
        if not self.active_filter:
            self.notify(self.t("note.nothing_to_drop"), markup=False)
            return
        self.apply_filter(self.active_filter.without_last())

    def action_clear_filters(self) -> None:
        self.apply_filter(Filter())

    def action_cycle_sort(self) -> None:
        self.sort_order = SORTS[(SORTS.index(self.sort_order) + 1) % len(SORTS)]
        self.request_search()

    def action_toggle_facets(self) -> None:
        self.facets.display = not self.facets.display
        if not self.facets.display and self.focused is self.facets:
            self.survey_list.focus()
        self._remember()

    def action_focus_details(self) -> None:
        self.details.focus()

    def action_focus_list(self) -> None:
        self.survey_list.focus()

    def on_facet_panel_toggled(self, message: FacetPanel.Toggled) -> None:
        self.apply_filter(self.active_filter.toggled(message.clause))

    def on_facet_panel_group_toggled(self, message: FacetPanel.GroupToggled) -> None:
        query = self.active_filter
        if all(clause in query.clauses for clause in message.clauses):
            for clause in message.clauses:
                query = query.toggled(clause)
        else:
            for clause in message.clauses:
                query = query if clause in query.clauses else query.with_clause(clause)
        self.apply_filter(query)

    # -- settings ------------------------------------------------------------
    def _remember(self) -> None:
        """Keep filter, sort and sidebar for next time; failure to write is not worth a word."""
        wanted = Settings(self.active_filter.render(), self.sort_order, bool(self.facets.display))
        if self.settings.facets is None and wanted.facets == (self.size.width >= WIDE):
            wanted = Settings(wanted.filter, wanted.sort, None)
        if wanted != self.settings:
            save_settings(self._settings_file, wanted)
            self.settings = wanted


_OWN_ACTIONS = {spec.action.split("(")[0] for spec in APP_KEYS if spec.action}
_FAILED = {"export": "note.export_failed", "followup": "note.save_failed"}
"""Title of the note a failed worker of each group leaves."""


def _parse_or_empty(text: str) -> Filter:
    try:
        return Filter.parse(text)
    except QueryError:
        return Filter()


def run_browser(args: argparse.Namespace) -> int:
    """Entry point for `surveys` with no command."""
    lang = getattr(args, "lang", None) or detect_lang()
    app = SurveysApp(store_location(getattr(args, "db", None)), lang=lang)
    app.ask_before_creating = not is_default(getattr(args, "db", None))
    app.run()
    return app.return_code or 0
