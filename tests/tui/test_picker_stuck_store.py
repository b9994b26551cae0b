"""A picker over a store whose counts fail or never come: an Enter typed ahead of them never hangs it.

An Enter typed while the counts of a search in flight are awaited waits for them (`PickerScreen.hold_picks`): a
store that raises, or answers late or never (a PostgreSQL server gone quiet), had left that Enter waiting for
ever. Now a failed count settles the picker on the list it shows, and a count that does not come within
`ENTER_WAIT` lets the Enter pick from that list (the hint line says meanwhile that it waits); Esc leaves at any
time, and nothing is picked after it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tui.screens.picker
from tests.tui.browser_helpers import browsing, filter_text, notes, picker, set_filter, settle, type_text
from tests.tui.waiting import until
from tui.model import Catalog
from tui.screens.picker import PickerScreen
from tui.widgets.key_hint import KeyHint

Events = tuple[threading.Event, threading.Event]

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.fixture
def stuck(monkeypatch: pytest.MonkeyPatch) -> Iterator[Events]:
    """Facet counts that block once the first event is set, until the second is (set at the end, so that no worker
    is left waiting)."""
    let_go = threading.Event()
    blocking = threading.Event()
    real = Catalog.facets

    def facets(catalog: Catalog, *args: Any, **kwargs: Any) -> Any:
        if blocking.is_set():
            let_go.wait(30)
        return real(catalog, *args, **kwargs)

    monkeypatch.setattr(Catalog, "facets", facets)
    monkeypatch.setattr(tui.screens.picker, "ENTER_WAIT", 0.2)
    yield blocking, let_go
    let_go.set()


async def test_an_enter_ahead_of_counts_that_never_come_picks_from_the_list_shown(bundled_store: Path,
                                                                                 stuck: Events) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await set_filter(pilot, '"rach dua"')
        stuck[0].set()
        await pilot.press("x", "t")  # the search without the filter never gets its counts
        await type_text(pilot, "de an 06")
        await pilot.press("enter")
        await until(pilot, lambda: filter_text(app) == "topic:de-an-06", "the Enter typed ahead to pick")


async def test_esc_leaves_a_picker_waiting_for_counts_and_nothing_is_picked_after(bundled_store: Path,
                                                                                 stuck: Events,
                                                                                 monkeypatch: pytest.MonkeyPatch
                                                                                 ) -> None:
    monkeypatch.setattr(tui.screens.picker, "ENTER_WAIT", 30.0)
    async with browsing(bundled_store, "en") as (app, pilot):
        await set_filter(pilot, '"rach dua"')
        stuck[0].set()
        await pilot.press("x", "t")
        await type_text(pilot, "de an 06")
        await pilot.press("enter")
        await pilot.pause()
        assert picker(app).pending
        hint = picker(app).query_one(KeyHint)
        await until(pilot, lambda: "Waiting for the counts" in str(hint.render()), "the hint to say the Enter waits")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is app.browser, "Esc to leave the picker")
        stuck[1].set()  # the counts come at last: the Enter typed before Esc picks nothing
        await settle(pilot)
        assert (app.screen is app.browser, filter_text(app)) == (True, "")


def failing_facets(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Facet counts that raise once the event is set, as a server that went away (the picker's counts fail)."""
    failing = threading.Event()
    real = Catalog.facets

    def facets(catalog: Catalog, *args: Any, **kwargs: Any) -> Any:
        if failing.is_set():
            raise OSError("the server went away")
        return real(catalog, *args, **kwargs)

    monkeypatch.setattr(Catalog, "facets", facets)
    return failing

async def test_an_enter_ahead_of_counts_that_failed_picks_from_the_list_shown(bundled_store: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    failing = failing_facets(monkeypatch)
    async with browsing(bundled_store, "en") as (app, pilot):
        await set_filter(pilot, '"rach dua"')
        failing.set()
        await pilot.press("x", "t")
        await type_text(pilot, "de an 06")
        await pilot.press("enter")
        await until(pilot, lambda: filter_text(app) == "topic:de-an-06", "the Enter typed ahead to pick")
        assert any("went away" in note for note in notes(app)), notes(app)


@pytest.mark.parametrize(("lang", "said"), [("en", "Counts of the previous filter"),
                                            ("vi", "Số đếm của bộ lọc trước")])
async def test_counts_kept_from_the_filter_before_are_said_to_be_its(bundled_store: Path,
                                                                    monkeypatch: pytest.MonkeyPatch, lang: str,
                                                                    said: str) -> None:
    """Counts that failed leave the picker the counts shown before, the previous filter's, which need not be this
    one's: the hint line says whose they are, until the picker is opened again with counts of its own."""
    failing = failing_facets(monkeypatch)
    async with browsing(bundled_store, lang) as (app, pilot):
        await set_filter(pilot, '"rach dua"')
        failing.set()
        await pilot.press("x", "t")  # the search without the filter fails its counts
        await until(pilot, lambda: isinstance(app.screen, PickerScreen) and not picker(app).pending, "the picker")
        assert said in str(picker(app).query_one(KeyHint).render())
        await pilot.press("escape")
        failing.clear()
        await set_filter(pilot, "year:2023")  # a search counted
        await settle(pilot)
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, PickerScreen) and not picker(app).pending, "the picker")
        assert said not in str(picker(app).query_one(KeyHint).render())


@pytest.mark.parametrize("lang, said", [("vi", "chậm quá 12,5 giây thì chọn ngay"), ("en", "or after 12.5 s")])
async def test_the_hint_says_the_wait_the_picker_keeps(bundled_store: Path, stuck: Events,
                                                     monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    """The hint had "2 s" written into it: a wait changed in the code would have been said wrong."""
    monkeypatch.setattr(tui.screens.picker, "ENTER_WAIT", 12.5)
    async with browsing(bundled_store, lang) as (app, pilot):
        await set_filter(pilot, '"rach dua"')
        stuck[0].set()
        await pilot.press("x", "t")
        await type_text(pilot, "de an 06")
        await pilot.press("enter")
        hint = picker(app).query_one(KeyHint)
        await until(pilot, lambda: said in str(hint.render()), "the hint to say how long the Enter waits")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is app.browser, "Esc to leave the picker")
