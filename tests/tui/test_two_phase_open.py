"""Opening in two phases: the list is browsable once the records are sorted, before the index is ready.

The index build is stubbed to wait for the test, so every step below runs
while the browser has its sorted records but no index yet.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from browser_helpers import details_text, facet_lines, listed_ids, screen_text, selected_id, settle, type_text
from rich.console import Console
from textual.pilot import Pilot

import tui.model
from store.index import SurveyIndex, newest_first
from store.query import Filter
from tui.app import SurveysApp
from tui.i18n import Translator
from tui.widgets.details import describe

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set it to let the browser's index build go ahead; until then the build waits (as a slow one would)."""
    event = threading.Event()

    class SlowIndex(SurveyIndex):
        def __init__(self, *args, **kwargs) -> None:
            assert event.wait(20), "the test never released the index build"
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(tui.model, "SurveyIndex", SlowIndex)
    yield event
    event.set()  # a failing test must not leave the worker thread waiting


async def until(pilot: Pilot, condition: Callable[[], bool], limit: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        assert loop.time() < deadline, "timed out"
        await pilot.pause(0.01)
    await pilot.pause()


def expected_ids(records: list[dict], query: str) -> list[str]:
    index = SurveyIndex(records)
    return [index.records[p]["id"] for p in index.search(Filter.parse(query)).positions]


def rendered(record: dict) -> str:
    console = Console(file=StringIO(), width=200, record=True, color_system=None, legacy_windows=False)
    console.print(describe(record, Translator("en")))
    return console.export_text()


def a_province(records: list[dict]) -> str:
    """A province some but not all records lie in."""
    return records[len(records) // 2]["localities"][0]["province"]["name"]


async def test_list_is_browsable_before_the_index_and_a_filter_typed_meanwhile_waits_for_it(
        tmp_path: Path, generated: list[dict], release: threading.Event) -> None:
    newest = newest_first(generated)
    query = f'province:"{a_province(generated)}"'
    wanted = expected_ids(generated, query)
    assert 0 < len(wanted) < len(generated)
    app = SurveysApp(tmp_path / "s.json", lang="en", records=generated)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_listed)
        assert app.catalog is None and not app.is_idle
        assert [app.record(p)["id"] for p in app.survey_list.rows] == [r["id"] for r in newest]
        assert facet_lines(app) == ["Indexing…"]
        assert "500 surveys · indexing…" in screen_text(app)

        await pilot.press("j", "j")
        assert selected_id(app) == newest[2]["id"]
        assert details_text(app) == rendered(newest[2])
        await pilot.press("k")
        assert selected_id(app) == newest[1]["id"]
        assert details_text(app) == rendered(newest[1])

        await pilot.press("w")  # pickers need the index: a note, no dialog
        await pilot.pause()
        assert len(app.screen_stack) == 1

        await pilot.press("colon")
        await type_text(pilot, query)
        await pilot.press("enter")
        await pilot.pause()
        assert app.filter_bar.input.value == query
        assert app.catalog is None and len(app.survey_list.rows) == len(generated)  # not searched yet
        await pilot.press("j")
        assert selected_id(app) == newest[2]["id"]  # still browsable

        release.set()
        await settle(pilot)
        assert app.catalog is not None
        assert listed_ids(app) == wanted
        lines = facet_lines(app)
        assert "Indexing…" not in lines and any(a_province(generated) in line for line in lines)
        assert f"{len(wanted)} of 500 surveys" in screen_text(app)


async def test_a_remembered_filter_is_applied_when_the_index_is_ready(
        tmp_path: Path, generated: list[dict], release: threading.Event) -> None:
    query = f'province:"{a_province(generated)}"'
    store = tmp_path / "s.json"
    (tmp_path / "s.json.settings.json").write_text(json.dumps({"filter": query}), encoding="utf-8")
    app = SurveysApp(store, lang="en", records=generated)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_listed)
        assert app.filter_bar.input.value == query
        assert "indexing, the filter applies when it is done" in screen_text(app)
        release.set()
        await settle(pilot)
        assert listed_ids(app) == expected_ids(generated, query)
