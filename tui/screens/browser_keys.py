"""What the browser's one-key actions do, and the filter its widgets ask for (ticked, typed, searched).

`BrowserKeys` is the browsing screen's base (`tui.screens.browser`): the
keys change the filter (drop, clear, sort, sidebar, focus) or hand over to
the controllers that open dialogs (`tui.pickers`, `tui.survey_actions`);
the facet sidebar, the filter bar and the search line each post the filter
they want, and it is applied here. The screen itself lays the widgets out
and keeps them in step with the searches that land.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.screen import Screen
from textual.widgets import Input

from store.query import Filter

from ..keys import APP_KEYS, WRITING, filter_line_keys, search_line_keys
from ..messages import Exported, JobDone
from ..settings import SORTS
from ..widgets.facets import FacetPanel
from ..widgets.filter_bar import FilterBar
from ..widgets.key_footer import KeyFooter
from ..widgets.panes import Panes
from ..widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from ..i18n import Translator
    from ..pickers import Pickers
    from ..searching import Searches
    from ..selection import Selection
    from ..state import BrowserState
    from ..survey_actions import SurveyActions
    from ..widgets.details import DetailsPane
    from ..widgets.survey_list import SurveyList


class BrowserKeys(Screen[None]):
    """The browsing screen's keys and filter messages; `BrowserScreen` gives the widgets and the searching."""

    state: BrowserState
    t: Translator
    searches: Searches
    pickers: Pickers
    actions: SurveyActions
    facets: FacetPanel
    filter_bar: FilterBar
    survey_list: SurveyList
    details: DetailsPane
    search_bar: SearchBar
    selection: Selection

    if TYPE_CHECKING:
        def apply_filter(self, query: Filter, typing: bool = False) -> None: ...

        def request_search(self, typing: bool = False) -> None: ...

        def reload(self) -> None: ...

        def set_status(self, text: str, error: bool = False) -> None: ...

        def _show_count(self) -> None: ...

        def _remember(self) -> None: ...

        def relabel(self) -> None: ...

    # -- a store that refuses writes ----------------------------------------------
    @property
    def refused_actions(self) -> frozenset[str]:
        """The actions the store refuses (`tui.keys.WRITING` on a read-only one: a reader's database role, a
        read-only file): `check_action` leaves them out of the footer, the palette does not offer them and the
        help lists them apart. The footer had offered u, i and r to a reader, each then answering "read-only"."""
        catalog = self.state.catalog
        return WRITING if catalog is not None and catalog.read_only else frozenset()

    def on_key(self, event: events.Key) -> None:
        """One of those keys pressed anyway (its binding is off, so the key comes here): say why nothing opens,
        as the key itself did before it was hidden."""
        refused = self.refused_actions
        if not refused or self.app.screen is not self or isinstance(self.focused, Input):
            return
        if any(spec.action in refused and event.key in spec.keys.split(",") for spec in APP_KEYS):
            event.stop()
            self.actions.refused()

    # -- the filter -------------------------------------------------------------
    def action_help(self) -> None:
        from .help import HelpScreen  # noqa: PLC0415 - built on demand

        self.app.push_screen(HelpScreen(self.t, whole=True, off=self.refused_actions))

    def action_switch_language(self) -> None:
        from ..language import switch_language  # noqa: PLC0415 - loaded when first used

        switch_language(self)

    def action_quit(self) -> None:
        self.app.exit()

    def action_drop_last(self) -> None:
        if not self.state.filter:
            self.notify(self.t("note.nothing_to_drop"), markup=False)
            return
        self.apply_filter(self.state.filter.without_last())

    def action_clear_filters(self) -> None:
        self.apply_filter(Filter())

    def action_cycle_sort(self) -> None:
        self.state.sort = SORTS[(SORTS.index(self.state.sort) + 1) % len(SORTS)]
        self.request_search()

    def action_toggle_facets(self) -> None:
        """Show or hide the sidebar, and keep that for terminals of this width (narrow or wide: `tui.layout`)."""
        self.show_facets(not self.facets.display)
        if not self.facets.display and self.focused is self.facets:
            self.survey_list.focus()
        self.state.choose_facets(self.app.size.width, bool(self.facets.display))

    def show_facets(self, shown: bool) -> None:
        """The sidebar shown or hidden, and the list told (its topics column waits for room beside it)."""
        self.facets.display = shown
        self.survey_list.beside_facets(shown)

    def action_focus_details(self) -> None:
        """Open the selected visit's details; with no row, say so as u and r do (it had moved to an empty pane)."""
        if self.survey_list.selected is None:
            self.notify(self.t("note.no_selection"), markup=False)
            return
        self.details.focus()

    def action_focus_list(self) -> None:
        self.survey_list.focus()

    def action_edit_filter(self) -> None:
        self.set_focus(self.filter_bar.input)

    def leave_inputs(self) -> None:
        """Before a command of the palette: an input with the focus gives it to the list, as a click there would (the
        search line closes keeping the search), so the command acts (`check_action` holds the browser's keys while an
        input has the focus, and a command chosen with the filter bar focused did nothing)."""
        if isinstance(self.focused, Input):
            self.set_focus(self.survey_list)  # at once: `focus()` waits a turn, after the command has run

    def action_search(self) -> None:
        self.search_bar.open(self.state.filter)
        self.footer_follows_focus()

    def footer_follows_focus(self) -> None:
        """The footer shows the keys of what has the focus: the search line's while it is open and focused, the
        filter bar's while its input is, else the screen's (`KeyFooter.show_line_keys`)."""
        focused, footer = self.focused, self.query_one(KeyFooter)
        if self.search_bar.has_class("-open") and focused is not None and focused in self.search_bar.query("*"):
            footer.show_line_keys(search_line_keys(self.t))
        elif self.search_bar.has_class("-open") and focused is None:
            footer.show_line_keys(search_line_keys(self.t))  # opened before its input was mounted: focused soon
        elif focused is not None and focused is self.filter_bar.query_one("#filter-input"):
            footer.show_line_keys(filter_line_keys(self.t), one_line=False)
        else:
            footer.show_line_keys(None)
        self.lift_notes()

    def lift_notes(self) -> None:
        """The notes (toasts) stand above the footer and the search line: Textual leaves one row under them, for a
        one-line footer, and a tall terminal's second footer line ("⏎ Open q Quit L VI" at 120×40) or the search
        line stood under a note (`-notes-up` in app.tcss)."""
        self.set_class(self.query_one(KeyFooter).rows_taken > 1, "-notes-up")

    def on_descendant_focus(self) -> None:
        self.footer_follows_focus()

    def on_descendant_blur(self) -> None:
        self.footer_follows_focus()

    def on_facet_panel_toggled(self, message: FacetPanel.Toggled) -> None:
        self.apply_filter(self.state.filter.toggled(message.clause))

    def on_facet_panel_group_toggled(self, message: FacetPanel.GroupToggled) -> None:
        from ..choices import group_toggled  # noqa: PLC0415 - the pickers' code loads when first used (#17)

        self.apply_filter(group_toggled(self.state.filter, message.clauses))

    def on_filter_bar_applied(self, message: FilterBar.Applied) -> None:
        self._typed_invalid(False)
        self.apply_filter(message.query)
        self.survey_list.focus()

    def on_filter_bar_invalid(self, message: FilterBar.Invalid) -> None:
        """The reason, whole, on the status line right under the input being typed in (it takes the rows it needs:
        `StatusLine`); a note in the corner had said it again, over the details, while the line cut it at 80
        columns."""
        self.set_status(self.t("filter.error", error=message.error), error=True)
        self._typed_invalid(True)

    def _typed_invalid(self, invalid: bool) -> None:
        """An empty list says which filter it follows: after a bad one it had named the filter before as if it
        were the one in the bar."""
        self.state.typed_invalid = invalid
        if not self.survey_list.rows and self.state.found is not None:
            self.survey_list.message = self.state.empty_message()
            self.query_one(Panes).fit_list()
            self.survey_list.refresh()
            self.selection.show(None)

    def on_filter_bar_left(self, message: FilterBar.Left) -> None:
        self._typed_invalid(False)
        self._show_count()
        self.survey_list.focus()

    def on_search_bar_typed(self, message: SearchBar.Typed) -> None:
        self.apply_filter(message.query, typing=True)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        if message.query != self.state.filter:
            self.apply_filter(message.query)
        else:  # the typed search stands: its facets need not wait for a pause
            self.searches.hurry()
        if message.refocus:  # Enter, Escape; a click elsewhere has put the focus where the user wanted it
            self.survey_list.focus()
        self.footer_follows_focus()

    # -- one-key actions: dialogs (`tui.pickers`, `tui.survey_actions`) -------
    def action_pick(self, facet: str) -> None:
        self.pickers.pick(facet)

    def action_only(self, facet: str) -> None:
        self.pickers.only(facet)

    def action_pick_addressee(self) -> None:
        from ..addressee_picker import pick_addressee  # noqa: PLC0415 - with the picker, not at launch

        pick_addressee(self)  # type: ignore[arg-type]  # the browser screen's mixin

    def action_dates(self) -> None:
        self.pickers.dates()

    def action_export(self) -> None:
        self.actions.export()

    def action_figures(self) -> None:
        self.actions.figures()

    def action_follow_up(self) -> None:
        self.actions.follow_up()

    def action_correct(self) -> None:
        self.actions.correct()

    def action_sources(self) -> None:
        self.actions.sources()

    def action_delete_survey(self) -> None:
        self.actions.delete()

    def action_import_records(self) -> None:
        self.actions.import_records()

    @on(JobDone)
    def _job_done(self, message: JobDone) -> None:
        """Say what an export, a save or a delete did; after a write, read the store again."""
        self.notify(message.note(self.t), markup=False, timeout=8 if isinstance(message, Exported) else None)
        if message.wrote:
            self.reload()
