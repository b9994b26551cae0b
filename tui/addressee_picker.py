"""The `to:` picker (a): the offices the visits found address items to, one choice per office, with counts.

Staff chasing an office do not know how each report spelt it ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"); the picker
offers the addressees the archive holds, grouped and counted by `store.addressee_choices`, under the rest of the
filter (its other `to:` clauses left out, its `status:` and `overdue` kept: they hold of the same item). The
items are read in a worker, as the province picker counts the provinces merged away; the picker opens at once and
says it is counting meanwhile. A pick adds `to:"…"` as typed in the filter bar.

The offices counted are kept with the catalog they were counted from (`Counted`), for the filter they were counted
under: the next `a` on the same state of the store offers them at once (they took 2 s at 20,000 visits on
PostgreSQL, `scripts/bench_pg_addressees.py`, on every `a`). Every write the browser sees, its own save or import
or another office's (`tui.watching`), lands as a new catalog (`tui.loading`), and the offices kept with the old
one go with it: counted again on the next `a`.
"""

from __future__ import annotations

from threading import Lock
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from store.query import Clause
from store.today import current_day

from .fuzzy import Choice

if TYPE_CHECKING:
    from store.addressee_choices import Offered

    from .model import Catalog
    from .screens.browser import BrowserScreen
    from .state import BrowserState

KEPT = 8
"""Filters whose offices are kept per catalog (the last ones asked: a reader goes back and forth between a few)."""


class Counted:
    """The offices counted under each filter, kept with the catalog they were counted from (see the module)."""

    def __init__(self) -> None:
        self._kept: WeakKeyDictionary[Catalog, dict[tuple[str, str], list[Offered]]] = WeakKeyDictionary()
        self._lock = Lock()  # kept from a worker, read by the screen

    def get(self, catalog: Catalog, key: tuple[str, str]) -> list[Offered] | None:
        with self._lock:
            return self._kept.get(catalog, {}).get(key)

    def keep(self, catalog: Catalog, key: tuple[str, str], offices: list[Offered]) -> None:
        with self._lock:
            kept = self._kept.setdefault(catalog, {})
            kept.pop(key, None)
            kept[key] = offices
            while len(kept) > KEPT:
                del kept[next(iter(kept))]


COUNTED = Counted()


def counted_key(state: BrowserState) -> tuple[str, str]:
    """What the offices are counted under: the filter less its `to:` clauses, and today (`overdue` reads it)."""
    return state.filter.without_field("to").render(), current_day().isoformat()


def addressee_choices(state: BrowserState) -> list[Choice]:
    """The picker's choices under the filter on screen (runs in a worker: it reads the visits found), or those
    counted already on this state of the store (`COUNTED`)."""
    from store.addressee_choices import offered  # noqa: PLC0415 - with the picker, not at launch
    from store.export import items_asked  # noqa: PLC0415

    catalog = state.catalog
    if catalog is None:
        return []
    key = counted_key(state)
    offices = COUNTED.get(catalog, key)
    if offices is None:
        rest = state.filter.without_field("to")
        records = [{"recommendations": items} for items in catalog.searcher.addressed_items(rest)]
        offices = offered(records, items_asked(rest))
        COUNTED.keep(catalog, key, offices)
    return said(offices, state)


def said(offices: list[Offered], state: BrowserState) -> list[Choice]:
    """The offices as the picker's choices, in the language on screen."""
    return [Choice(one.label, one.label, one.visits,
                   state.t("picker.to_spellings", count=one.spellings) if one.spellings > 1 else "",
                   keys=" ".join(one.others))
            for one in offices]


def pick_addressee(screen: BrowserScreen) -> None:
    """Open the picker at once, its choices counted in a worker; the office picked is added as a `to:` clause."""
    from .screens.picker import PickerScreen  # noqa: PLC0415 - loaded when first used: a fast start

    state = screen.state
    if state.catalog is None:
        if state.listed and state.load_error is None:  # the visits are read through the index
            screen.notify(state.t("note.indexing"), markup=False)
        return
    kept = COUNTED.get(state.catalog, counted_key(state))
    if kept is not None:  # counted on this state of the store: offered at once, no worker
        screen.app.push_screen(PickerScreen(state.t("picker.to"), said(kept, state), state.t, classes="over-browser"),
                               lambda value: picked(screen, value))
        return
    picker = PickerScreen(state.t("picker.to"), [], state.t, classes="over-browser")
    picker.wait_for(state.t("picker.counting_to"))
    picker.hold_picks()  # an Enter typed ahead picks from the offices counted, not from the empty list

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

    screen.app.push_screen(picker, lambda value: picked(screen, value))
    screen.pickers.counting += 1  # the screen is not idle while the offices are counted
    screen.run_worker(work, thread=True, group="addressees", exit_on_error=False)


def picked(screen: BrowserScreen, value: str | None) -> None:
    """The office picked added as a `to:` clause (Escape: nothing)."""
    if value is not None:
        screen.apply_filter(screen.state.filter.with_clause(Clause("to", value)))
