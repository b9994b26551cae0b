"""The one-key filters that open a dialog: w p t b B (pickers), d (dates), W T (this survey's).

`Pickers` opens the dialog and hands the filter picked to the browser
screen (`apply_filter`); the choices and what a pick makes of the filter are
pure functions (`tui.choices`). A picker opens at once, so keys typed next
land in it, and its counts are refreshed when the search in flight lands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.query import Clause

    from .fuzzy import Choice
    from .screens.browser import BrowserScreen
    from .screens.picker import Early, PickerScreen


class Pickers:
    """The filter dialogs of one browser screen."""

    def __init__(self, screen: BrowserScreen) -> None:
        self.screen = screen
        self.state = screen.state
        self.counting = 0
        """Workers counting the units merged away for a picker (the screen is not idle while any run)."""
        self._picker: PickerScreen | None = None
        self.opened = 0
        """Times a picker was opened (what comes for an earlier opening is dropped)."""
        self._former: tuple[str, object, object, str, Sequence[Choice]] | None = None
        """The province picker's choices with the units merged away (or the ward picker's with the places of a
        shared name apart), its facet and the search they were counted under (its outcome, filter and language):
        opened again under it, the picker offers them at once. (#17: each `p`
        counted them again in a worker and, once they came, listed and drew the dialog a second time, some 20-40
        ms at 100,000 records that a letter typed just after `p` waited for.)"""

    def pick(self, facet: str) -> None:
        """A value of `facet` (w p t b B), counted under the rest of the filter."""
        from . import choices as offer  # noqa: PLC0415 - with its vocabularies, when a picker is first used

        state = self.state
        if state.catalog is None:
            if state.listed and state.load_error is None:  # the choices and their counts need the index
                self.screen.notify(state.t("note.indexing"), markup=False)
            return

        def early(value: str, let_go: Callable[[], None]) -> None:
            self.screen.apply_filter(offer.picked(state, facet, value))

            def landed() -> None:  # the picker leaves: the rows and counts under it are drawn in one frame,
                let_go()  # the survey under the cursor once that frame is out (its wrapping and layout were
                self.screen.after_frame.call(self.screen.selection.show_now)  # 10-25 ms of Enter's frame, #17)

            self.screen.searches.when_current(landed)

        self._open(facet, None, lambda _: None, early)

    def only(self, facet: str) -> None:
        """Only this survey's ward or topic (W, T): at once if it has one, else a picker of its own.

        Works while the index is being built: the filter is searched when it is ready.
        """
        from . import choices as offer  # noqa: PLC0415 - with its vocabularies, when a picker is first used

        record = self.screen.selection.record()
        if record is None:
            return
        values = offer.own_values(record, facet)
        if not values:
            self.screen.notify(self.state.t(f"note.no_{facet}"), markup=False)
            return

        def picked(value: str | None) -> None:
            if value is not None:
                self.screen.apply_filter(offer.only(self.state.filter, facet, value))

        if len(values) == 1:
            picked(values[0])
        else:
            self._open(facet, values, picked)

    def dates(self) -> None:
        """The date dialog (d), starting from the filter's last date clause; its clause replaces the others."""
        from . import choices as offer  # noqa: PLC0415
        from .screens.dates import DatesScreen  # noqa: PLC0415 - loaded when first used: a fast start

        state = self.state

        def chosen(clause: Clause | None) -> None:
            if clause is not None:
                self.screen.apply_filter(offer.with_dates(state.filter, clause))

        self.screen.app.push_screen(DatesScreen(state.t, offer.typed_dates(state.filter)), chosen)

    def _open(self, facet: str, only: list[str] | None, picked: Callable[[str | None], None],
              early: Early | None = None) -> None:
        """Open at once, so keys typed next land in it; the counts follow when the search in flight lands, and
        the provinces merged away when a worker has counted them."""
        from . import choices as offer  # noqa: PLC0415
        from .screens.picker import PickerScreen  # noqa: PLC0415 - loaded when first used: a fast start

        state = self.state
        shown = state.found
        title = state.t(f"picker.{facet}" if only is None else f"key.only_{facet}")  # W, T: this survey's own
        choices = offer.choices(state, facet, only)
        former = self._former_counted(facet) if offer.offers_former(facet, only) else None
        choices = former if former is not None else choices
        picker = self._picker
        if picker is None:  # one picker, kept (installed) and opened again: see `PickerScreen.reopen`
            picker = self._picker = PickerScreen(title, choices, state.t, early, classes="over-browser")
            self.screen.app.install_screen(picker, f"picker-{id(self)}")
        else:
            picker.reopen(title, choices, early)
        self.opened += 1
        opened = self.opened
        picker.hold_picks()  # the counts of a search in flight, the places of a shared name (w), the provinces
        self.screen.app.push_screen(picker, picked)  # merged away (p) replace these: an Enter typed ahead waits

        def counted() -> None:  # counts of a search in flight: offer them when it lands (not the same ones again)
            if self.opened != opened:  # the picker has been opened again since, for another pick
                return
            if self.screen.searches.failed == self.screen.searches.generation:  # no counts: an Enter typed
                if state.counted is not None and state.counted is not state.found:  # ahead picks from the list
                    picker.counts_stale()  # shown (the failure is said by the screen), said to be the filter before's
                picker.settle(None)
                return
            fresh = offer.choices(state, facet, only) if state.found is not shown else None
            if offer.offers_former(facet, only) and (former is None or state.found is not shown):
                if fresh is not None:
                    picker.set_choices(fresh)
                self._add_former(picker, facet)  # settles the picker once counted
            else:
                picker.settle(fresh)

        self.screen.searches.when_current(counted)

    def _add_former(self, picker: PickerScreen, facet: str) -> None:
        """Count the provinces and districts merged away in a worker (the first time, a pass over the store),
        then add them after today's, unless the picker has other choices by then; the ward picker's places of a
        shared name likewise (`tui.namesakes`), said by nothing while they are counted."""
        from . import choices as offer  # noqa: PLC0415

        today = picker.choices
        state = self.state
        under = (facet, state.found, state.filter, state.lang)
        self.counting += 1
        if facet == "province":
            picker.wait_for(self.state.t("picker.counting_former"))
        picker.hold_picks()  # an Enter typed ahead picks from the list counted (`p bi ↓ Enter` had picked nothing)

        def work() -> None:
            both: Sequence[Choice] | None = None
            try:
                both = offer.with_more(self.state, facet, today)
            finally:  # a failure is reported by the screen (`on_worker_state_changed`); the count must drop
                self.screen.app.call_from_thread(landed, both)

        def landed(both: Sequence[Choice] | None) -> None:
            self.counting -= 1
            if both is not None:
                self._former = (*under, both)
            if picker.choices is today and picker.is_current:
                picker.wait_for(None)
                picker.settle(both if both is not None and both is not today else None)
            elif picker.is_current:  # other choices came meanwhile: an Enter held picks from them
                picker.settle(None)

        self.screen.run_worker(work, thread=True, group="former", exit_on_error=False)

    def _former_counted(self, facet: str) -> Sequence[Choice] | None:
        """The picker's choices with what `_add_former` counted, if counted under the search on screen."""
        state = self.state
        if self._former is None or state.found is None:
            return None
        kept, found, query, lang, both = self._former
        same = kept == facet and found is state.found and query == state.filter and lang == state.lang
        return both if same else None
