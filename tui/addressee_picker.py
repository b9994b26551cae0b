"""The `to:` picker (a): the offices the visits found address items to, one choice per office, with counts.

Staff chasing an office do not know how each report spelt it ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"); the picker
offers the addressees the archive holds, grouped and counted by `store.addressee_choices`, under the rest of the
filter (its other `to:` clauses left out, its `status:` and `overdue` kept: they hold of the same item). The
items are read in a worker, as the province picker counts the provinces merged away; the picker opens at once and
says it is counting meanwhile. A pick adds `to:"…"` as typed in the filter bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.query import Clause

from .fuzzy import Choice

if TYPE_CHECKING:
    from .screens.browser import BrowserScreen
    from .state import BrowserState


def addressee_choices(state: BrowserState) -> list[Choice]:
    """The picker's choices under the filter on screen (runs in a worker: it reads the visits found)."""
    from store.addressee_choices import offered  # noqa: PLC0415 - with the picker, not at launch
    from store.export import items_asked  # noqa: PLC0415

    if state.catalog is None:
        return []
    rest = state.filter.without_field("to")
    records = [{"recommendations": items} for items in state.catalog.searcher.addressed_items(rest)]
    return [Choice(one.label, one.label, one.visits,
                   state.t("picker.to_spellings", count=one.spellings) if one.spellings > 1 else "",
                   keys=" ".join(one.others))
            for one in offered(records, items_asked(rest))]


def pick_addressee(screen: BrowserScreen) -> None:
    """Open the picker at once, its choices counted in a worker; the office picked is added as a `to:` clause."""
    from .screens.picker import PickerScreen  # noqa: PLC0415 - loaded when first used: a fast start

    state = screen.state
    if state.catalog is None:
        if state.listed and state.load_error is None:  # the visits are read through the index
            screen.notify(state.t("note.indexing"), markup=False)
        return
    picker = PickerScreen(state.t("picker.to"), [], state.t, classes="over-browser")
    picker.wait_for(state.t("picker.counting_to"))
    picker.hold_picks()  # an Enter typed ahead picks from the offices counted, not from the empty list

    def picked(value: str | None) -> None:
        if value is not None:
            screen.apply_filter(state.filter.with_clause(Clause("to", value)))

    def work() -> None:
        found: list[Choice] | None = None
        try:
            found = addressee_choices(state)
        finally:  # a failure is reported by the screen (`on_worker_state_changed`); the picker stops waiting
            screen.app.call_from_thread(landed, found)

    def landed(found: list[Choice] | None) -> None:
        screen.pickers.counting -= 1
        picker.wait_for(None)
        if picker.is_attached:
            picker.settle(found)

    screen.app.push_screen(picker, picked)
    screen.pickers.counting += 1  # the screen is not idle while the offices are counted
    screen.run_worker(work, thread=True, group="addressees", exit_on_error=False)
