"""The browser over the persistent index: pages fetched as the list reaches them, a stale index shown while
a new one is built, a missing one built before the first rows.

The stores are small (a few hundred records, a page is 100), so every path
runs in a second or two; the figures at scale are scripts/bench_terminal.py's.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import tui.loading
from store.sqlindex import index_path_for
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store
from tests.tui.browser_helpers import (
    browsing,
    catalog,
    index_stale,
    listed_ids,
    result,
    screen_text,
    search,
    selected_id,
    settle,
)
from tests.tui.widget_helpers import newest_ids, until
from tui.app import SurveysApp
from tui.model import KEPT_PAGES, PAGE

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen




async def test_the_list_fetches_pages_as_it_reaches_them(tmp_path: Path, generated: list[dict]) -> None:
    store = tmp_path / "s.json"
    write_store(store, generated)
    async with browsing(store, "en", (100, 30)) as (app, pilot):
        assert catalog(app) is not None and len(catalog(app)._pages) == 1  # only the first page is held
        await pilot.press("G")  # the last row: its page comes from a worker, the row then shows
        await until(pilot, lambda: catalog(app).record(len(generated) - 1) is not None)
        assert selected_id(app) == newest_ids(generated)[-1]
        assert "…" not in screen_text(app).splitlines()[-3]
        assert listed_ids(app) == newest_ids(generated)
        assert len(catalog(app)._pages) <= KEPT_PAGES and len(generated) > PAGE


async def test_a_search_shows_its_first_page_then_its_facets(tmp_path: Path, generated: list[dict]) -> None:
    store = tmp_path / "s.json"
    write_store(store, generated)
    async with browsing(store, "en", (120, 30)) as (app, pilot):
        word = generated[7]["localities"][0]["province"]["name"].split()[-1]
        await search(pilot, word)
        assert result(app) is not None and result(app).facets and result(app).total <= len(generated)
        assert generated[7]["id"] in listed_ids(app)


def held_build(monkeypatch) -> tuple[threading.Event, list[bool]]:
    """The index build held until the test sets the event; each result is appended to the list."""
    release = threading.Event()
    built: list[bool] = []
    real_build = tui.loading.build_index

    def slow_build(path: Path) -> bool:
        assert release.wait(20), "the test never released the build"
        built.append(real_build(path))
        return built[-1]

    monkeypatch.setattr(tui.loading, "build_index", slow_build)
    return release, built


async def test_a_stale_index_is_shown_while_a_new_one_is_built(tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "s.json"
    old = generate(120, seed=3)
    write_store(store, old)
    TinyDBRepository(store).index.ensure()  # made once, as a first browse would
    newer = old + generate(5, seed=4, start=9000)
    write_store(store, newer)  # another program wrote the store

    release, built = held_build(monkeypatch)
    app = SurveysApp(store, lang="en")
    async with app.run_test(size=(120, 30)) as pilot:
        await until(pilot, lambda: result(app) is not None)
        assert result(app).total == 120 and index_stale(app)  # the old index, at once
        assert "updating the index" in screen_text(app)
        release.set()
        await until(pilot, lambda: built and result(app) is not None and result(app).total == 125)
        await settle(pilot)
        assert not index_stale(app) and "updating" not in screen_text(app)


async def test_a_missing_index_is_built_first_and_says_so(tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "s.json"
    write_store(store, generate(50, seed=5))
    assert not index_path_for(store).exists()
    seen: list[str] = []
    real_build = tui.loading.build_index

    app = SurveysApp(store, lang="en")

    def watching_build(path: Path) -> bool:
        seen.append(app.survey_list.message)
        return real_build(path)

    monkeypatch.setattr(tui.loading, "build_index", watching_build)
    monkeypatch.setattr(tui.loading, "IN_PROCESS_BELOW", 0)  # this one in a process of its own
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert result(app) is not None and result(app).total == 50
        assert index_path_for(store).exists()
    assert seen  # the build ran in its own process, from the load worker


@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_preloaded_records_are_searched_through_a_scratch_index(tmp_path: Path, lang: str) -> None:
    records = generate(30, seed=6)
    async with browsing(tmp_path / "none.json", lang, (100, 30), records=records) as (app, pilot):
        assert listed_ids(app) == newest_ids(records)
        assert not (tmp_path / "none.json").exists()


async def test_the_cursor_keeps_its_record_when_the_new_index_lands(tmp_path: Path, monkeypatch) -> None:
    """The browser open while another program imports: the stale index is browsed, the cursor moved to a record;
    when the new index lands (new visits above it), the cursor is still on that record, not on its old row."""
    store = tmp_path / "s.json"
    old = generate(120, seed=3)
    write_store(store, old)
    TinyDBRepository(store).index.ensure()
    added = generate(5, seed=4, start=9000)
    newer = old + [{**record, "date": f"2099-01-0{n + 1}"} for n, record in enumerate(added)]
    write_store(store, newer)  # newer visits, listed above every old one

    release, built = held_build(monkeypatch)
    app = SurveysApp(store, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: result(app) is not None)  # the stale index: no `settle` while the build waits
        await pilot.press("j", "j", "j")
        await until(pilot, lambda: app.browser.survey_list.selected == 3)
        chosen = selected_id(app)
        assert chosen == newest_ids(old)[3] and index_stale(app)
        release.set()
        await until(pilot, lambda: built and result(app) is not None and result(app).total == 125)
        await settle(pilot)
        assert selected_id(app) == chosen and app.browser.survey_list.selected == 8


async def test_a_move_while_the_store_is_read_again_is_the_record_kept(tmp_path: Path, monkeypatch) -> None:
    """The store read again (after an import) while the cursor moves: when the rows land, the cursor is on the
    record it was moved to, not on the one it was on when the reading began (the pending keep won over the move)."""
    store = tmp_path / "s.json"
    records = generate(120, seed=3)
    write_store(store, records)
    gate = threading.Event()
    gate.set()
    real_open = tui.loading.open_for_browsing

    def slow_open(location: str) -> Any:
        assert gate.wait(20), "the test never let the store be read"
        return real_open(location)

    monkeypatch.setattr(tui.loading, "open_for_browsing", slow_open)
    async with browsing(store, "en", (80, 24)) as (app, pilot):
        await pilot.press("j", "j", "j")
        await until(pilot, lambda: app.browser.survey_list.selected == 3)
        gate.clear()
        app.browser.reload()  # as after an import: the store read again, in a worker held at the gate
        await pilot.press("j", "j")
        await until(pilot, lambda: app.browser.survey_list.selected == 5)
        gate.set()
        await settle(pilot)
        assert selected_id(app) == newest_ids(records)[5] and app.browser.survey_list.selected == 5


async def test_a_record_past_the_first_page_is_kept_through_a_reload(tmp_path: Path) -> None:
    """The cursor on row 230, past the first page (100 rows), when the store is read again with five newer visits:
    the cursor is on the same record, now row 235 (its place asked of the store), not back on the first row."""
    store = tmp_path / "s.json"
    old = generate(240, seed=3)
    write_store(store, old)
    async with browsing(store, "en", (80, 24)) as (app, pilot):
        await pilot.press("G", *["k"] * 9)
        await until(pilot, lambda: app.browser.survey_list.selected == 230)
        await settle(pilot)
        chosen = selected_id(app)
        assert chosen == newest_ids(old)[230]
        added = generate(5, seed=4, start=9000)
        write_store(store, old + [{**record, "date": f"2099-01-0{n + 1}"} for n, record in enumerate(added)])
        app.browser.reload()  # as after an import
        await until(pilot, lambda: result(app) is not None and result(app).total == 245)
        await settle(pilot)
        assert app.browser.survey_list.selected == 235 and selected_id(app) == chosen
