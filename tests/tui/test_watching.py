"""The browser on a shared archive sees other offices' writes, and says when the archive is out of reach.

The archive here is a file store dressed as a shared one: it answers its own
searches (no index the browser reads), as PostgreSQL does, so the browser
watches its change token (`tui.watching`). The watcher's timer is not waited
for: the test asks it (`check`) and waits for the workers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tui.loading
from store.errors import StoreError, StoreOutOfReach
from store.repository import Repository
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.bundled import RACH_DUA
from tests.factories import make_record
from tests.tui.browser_helpers import (
    browsing,
    finish,
    listed_ids,
    notes,
    screen_text,
    selected_id,
    set_filter,
    settle,
)

TAN_DINH = "2025-10-02-hdnd-test-tan-dinh"


class Shared:
    """A file store that answers its own searches, as a PostgreSQL archive does (the browser reads no index)."""

    reachable = True

    def __init__(self, path: Path) -> None:
        self._inner = TinyDBRepository(path)

    def __getattr__(self, name: str) -> Any:
        if name == "index":
            raise AttributeError(name)
        return getattr(self._inner, name)

    def change_token(self) -> str:
        if not Shared.reachable:
            raise StoreError("cannot connect to postgresql://office@dbhost/surveys: no server answers")
        return self._inner.change_token()


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> None:
    def opened(location: str) -> Repository:
        return Shared(Path(location))  # a stand-in, duck-typed

    monkeypatch.setattr(tui.loading, "open_for_browsing", opened)
    monkeypatch.setattr(Shared, "reachable", True)


@pytest.mark.slow  # a Pilot flow
@pytest.mark.usefixtures("shared")
async def test_another_offices_write_shows_with_a_note_and_the_selection_kept(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        assert selected_id(app) == RACH_DUA and len(listed_ids(app)) == 5
        app.browser.watcher.check()  # nothing written: nothing happens
        await finish(pilot)
        assert not any("changed elsewhere" in note for note in notes(app))

        SurveyStore.open(bundled_store).upsert_many([make_record()])  # another office
        app.browser.watcher.check()
        await finish(pilot)
        assert TAN_DINH in listed_ids(app) and len(listed_ids(app)) == 6
        assert selected_id(app) == RACH_DUA
        assert "6 of 6 visits" in screen_text(app)
        assert "The archive was changed elsewhere; the list is up to date (5 → 6 visits)" in notes(app)

        await set_filter(pilot, "ward:\"tân định\"")  # the whole archive's count follows too, not only the list
        assert listed_ids(app) == [TAN_DINH]
        SurveyStore.open(bundled_store).delete([TAN_DINH])
        app.browser.watcher.check()
        await finish(pilot)
        assert listed_ids(app) == [] and "0 of 5 visits" in screen_text(app)

        await set_filter(pilot, "")
        edited = SurveyStore.open(bundled_store).get(RACH_DUA)
        assert edited is not None
        SurveyStore.open(bundled_store).replace({**edited, "notes": "sửa ở văn phòng khác"})  # the count stays
        app.browser.watcher.check()
        await finish(pilot)
        assert notes(app)[-1] == "The archive was changed elsewhere; the list is up to date"


@pytest.mark.slow  # a Pilot flow
@pytest.mark.usefixtures("shared")
async def test_an_archive_out_of_reach_is_said_once_and_its_return_reloads(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        Shared.reachable = False
        app.browser.watcher.check()
        await finish(pilot)
        app.browser.watcher.check()  # asked again: said once
        await finish(pilot)
        assert "Mất kết nối tới kho: danh sách có thể đã cũ" in screen_text(app)
        assert sum("không kết nối được tới postgresql://office@dbhost/surveys" in note for note in notes(app)) == 1

        SurveyStore.open(bundled_store).upsert_many([make_record()])  # written while this office was cut off
        Shared.reachable = True
        app.browser.watcher.check()
        await finish(pilot)
        assert "Đã kết nối lại với kho; danh sách đã cập nhật" in notes(app)
        assert TAN_DINH in listed_ids(app) and "6 / 6 chuyến" in screen_text(app)


@pytest.mark.slow  # a Pilot flow
async def test_records_given_in_memory_are_not_watched(tmp_path: Path) -> None:
    """Nobody else writes them (a file store is watched: `test_watching_files`)."""
    async with browsing(tmp_path / "none.json", "en", records=[make_record()]) as (app, pilot):
        assert app.catalog is not None and app.catalog.token is None
        assert app.browser.watcher._timer is None


@pytest.mark.slow  # a Pilot flow
@pytest.mark.usefixtures("shared")
async def test_a_filter_the_archive_cannot_answer_says_the_list_is_the_previous_one(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        def down(*args: object, **kwargs: object) -> None:
            raise StoreError("cannot connect to postgresql://office@dbhost/surveys: no server answers")

        monkeypatch.setattr(Shared, "search", down, raising=False)
        await set_filter(pilot, "dien tu")
        assert "The filter could not be run: the list still shows the previous results" in screen_text(app)
        assert any("no server answers" in note for note in notes(app))
        assert len(listed_ids(app)) == 5  # what was there stays, said for what it is


@pytest.mark.slow  # a Pilot flow
async def test_an_archive_whose_server_does_not_answer_at_launch_is_opened_when_it_does(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {"now": False}

    def opened(location: str) -> Repository:
        if not answers["now"]:
            raise StoreOutOfReach("cannot connect to postgresql://office@dbhost/surveys: no PostgreSQL server "
                                  "answers there (is it running, at that host and port?)")
        return Shared(Path(location))  # a stand-in, duck-typed

    monkeypatch.setattr(tui.loading, "open_for_browsing", opened)
    async with browsing(bundled_store, "vi") as (app, pilot):
        assert app.catalog is None
        assert "Chưa mở được kho: máy chủ không trả lời; cứ 2 giây thử lại một lần" in screen_text(app)
        assert "không có máy chủ PostgreSQL nào trả lời ở đó" in str(app.load_error)  # the list says why
        app.browser.watcher.reopen()  # the timer's call, not waited for: still down
        await pilot.pause()
        await settle(pilot)
        assert app.catalog is None
        answers["now"] = True
        app.browser.watcher.reopen()
        await finish(pilot)
        assert len(listed_ids(app)) == 5 and "5 / 5 chuyến" in screen_text(app)


@pytest.mark.slow  # a Pilot flow
async def test_a_wrong_password_at_launch_is_not_tried_again(bundled_store: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(location: str) -> Repository:
        raise StoreError("cannot connect to postgresql://office@dbhost/surveys: the server refused the password "
                         "of the role 'office'")

    monkeypatch.setattr(tui.loading, "open_for_browsing", refused)
    async with browsing(bundled_store, "en") as (app, pilot):
        assert "the server refused the password of the role 'office'" in str(app.load_error)
        assert "trying again" not in screen_text(app) and "The store could not be opened" in screen_text(app)
