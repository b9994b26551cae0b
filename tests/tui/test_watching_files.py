"""A file store watched as a shared archive is: another writer's change shows, with a note, the selection kept.

Two browsers on one file (a shared drive, two terminals) or a browser beside
`surveys import`: the other writer is a second handle on the file here. The
watcher's timer is not waited for: the test is its clock, firing the
timer's callback (`tick`), then waits for its workers. A writer through the repository keeps
the index and the new catalog is counted from it; one that writes the file
alone (`SurveyStore`) leaves the index stale, and the watcher builds it again,
the status line saying so meanwhile.
"""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

import store.tinydb_repository
import tui.loading
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.bundled import RACH_DUA
from tests.factories import make_record
from tests.present import present
from tests.tui.browser_helpers import (
    browsing,
    details_text,
    finish,
    index_stale,
    listed_ids,
    notes,
    open_screen,
    screen_text,
    selected_id,
    set_filter,
)
from tests.tui.waiting import until
from tui.app import SurveysApp
from tui.screens.review_correct import CorrectScreen
from tui.watching import INTERVAL

pytestmark = pytest.mark.slow  # Pilot flows

TAN_DINH = make_record()["id"]


def tan_dinh_visits(count: int) -> list[dict[str, Any]]:
    """`count` visits to phường Tân Định, on days of October 2025 (newer than every bundled one)."""
    return [make_record(id=f"2025-10-{day:02d}-hdnd-tan-dinh-{day}", date=f"2025-10-{day:02d}")
            for day in range(1, count + 1)]


def driven(app: SurveysApp) -> None:
    """The watcher's timer, every INTERVAL seconds, paused: from now on it fires only when the test says (`tick`),
    so that no question of the wall clock's lands between a write and what the test looks at."""
    timer = app.browser.watcher._timer
    assert timer is not None and timer._interval == INTERVAL == 2.0  # a file store is watched
    timer.pause()


def tick(app: SurveysApp) -> None:
    """The watcher's timer fires: its callback, at once."""
    timer = app.browser.watcher._timer
    assert timer is not None and timer._callback is not None
    timer._callback()


def write_elsewhere(path: Path, records: list[dict[str, Any]]) -> None:
    """Another browser or `surveys import`: its own handle on the file, which keeps the index."""
    other = TinyDBRepository(path)
    try:
        other.upsert_many(records)
    finally:
        other.close()


async def test_another_writers_import_shows_with_a_note_and_the_selection_kept(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        driven(app)
        assert selected_id(app) == RACH_DUA
        tick(app)  # nothing written: nothing happens
        await finish(pilot)
        assert not any("elsewhere" in note for note in notes(app))

        write_elsewhere(bundled_store, [make_record()])
        tick(app)
        await finish(pilot)
        assert TAN_DINH in listed_ids(app) and len(listed_ids(app)) == 6
        assert selected_id(app) == RACH_DUA
        assert "6 of 6 visits" in screen_text(app)
        assert "The archive was changed elsewhere; the list is up to date (5 → 6 visits)" in notes(app)

        other = TinyDBRepository(bundled_store)  # an edit that keeps the count
        other.update(RACH_DUA, lambda current: {**current, "summary": "Sửa ở máy khác."})
        other.close()
        tick(app)
        await finish(pilot)
        assert notes(app)[-1] == "The archive was changed elsewhere; the list is up to date"
        assert "Sửa ở máy khác." in details_text(app) and selected_id(app) == RACH_DUA


async def test_a_write_that_leaves_the_index_stale_is_indexed_again_and_said_meanwhile(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release, built = threading.Event(), []
    real_build = tui.loading.build_index

    def held_build(path: Path) -> bool:
        assert release.wait(20), "the test never released the build"
        built.append(real_build(path))
        return built[-1]

    async with browsing(bundled_store, "vi") as (app, pilot):
        driven(app)
        monkeypatch.setattr(tui.loading, "build_index", held_build)  # the launch's own build is not held
        SurveyStore.open(bundled_store).upsert_many([make_record()])  # the file alone: the index is stale
        tick(app)
        await until(pilot, lambda: index_stale(app), "the index said to be updated")
        assert "kho đã thay đổi, đang cập nhật chỉ mục" in screen_text(app)
        assert len(listed_ids(app)) == 5  # the list as it was, meanwhile
        tick(app)  # the next tick while building: no second build
        release.set()
        await finish(pilot)
        assert built == [True] and not index_stale(app)
        assert TAN_DINH in listed_ids(app) and "6 / 6 chuyến" in screen_text(app)
        assert "Kho vừa được sửa ở nơi khác; danh sách đã cập nhật (5 → 6 chuyến)" in notes(app)


async def test_a_filter_run_before_the_watcher_asks_never_counts_more_than_the_store_holds(
        bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        driven(app)
        write_elsewhere(bundled_store, tan_dinh_visits(7))  # more than the five the browser counted
        await set_filter(pilot, 'ward:"tân định"')  # before the watcher's next question
        assert len(listed_ids(app)) == 7
        assert "7 of 7 visits" in screen_text(app)  # never "7 of 5"
        await set_filter(pilot, "")  # no filter: the store's own count, newer than the catalog's
        assert "12 of 12 visits" in screen_text(app)
        tick(app)
        await finish(pilot)
        assert "The archive was changed elsewhere; the list is up to date (5 → 12 visits)" in notes(app)
        assert "12 of 12 visits" in screen_text(app)


async def test_a_shared_drive_gone_is_said_once_and_its_return_reloads(bundled_store: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    real_stamp = store.tinydb_repository.stamp

    def lost(path: Path) -> Any:
        raise OSError(errno.EIO, "Input/output error", str(path))

    async with browsing(bundled_store, "vi") as (app, pilot):
        driven(app)
        monkeypatch.setattr(store.tinydb_repository, "stamp", lost)
        tick(app)
        await finish(pilot)
        tick(app)  # asked again: said once
        await finish(pilot)
        assert "Mất kết nối tới kho: danh sách có thể đã cũ" in screen_text(app)
        said = [note for note in notes(app) if "không tới được kho" in note]
        assert len(said) == 1 and "lỗi đọc/ghi (đĩa hỏng hoặc mất kết nối ổ mạng?)" in said[0]

        write_elsewhere_meanwhile = [make_record()]
        monkeypatch.setattr(store.tinydb_repository, "stamp", real_stamp)
        write_elsewhere(bundled_store, write_elsewhere_meanwhile)
        tick(app)
        await finish(pilot)
        assert "Đã kết nối lại với kho; danh sách đã cập nhật" in notes(app)
        assert TAN_DINH in listed_ids(app) and "6 / 6 chuyến" in screen_text(app)


async def test_a_correction_opened_on_a_list_older_than_the_file_is_a_conflict_not_an_overwrite(
        bundled_store: Path) -> None:
    """The other writer changed the survey before the watcher asked: the correction screen opens on what the list
    showed, and its save finds the stored value changed; the edit stays on screen, nothing is written over."""
    async with browsing(bundled_store, "en", (120, 40)) as (app, pilot):
        driven(app)
        other = TinyDBRepository(bundled_store)
        other.update(RACH_DUA, lambda current: {**current, "body": "Đoàn ĐBQH TPHCM (tên sửa ở máy khác)"})
        other.close()
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        await pilot.pause()
        screen.query_one("#review-body", Input).value = "Đoàn ĐBQH Thành phố Hồ Chí Minh"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is screen
        error = str(screen.query_one("#review-error", Static).render())
        assert "Đoàn ĐBQH TPHCM (tên sửa ở máy khác)" in error
        assert present(SurveyStore.open(bundled_store).get(RACH_DUA))["body"] == "Đoàn ĐBQH TPHCM (tên sửa ở máy khác)"
        await pilot.press("ctrl+s")  # knowingly: the person's body over the other writer's
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
    assert present(SurveyStore.open(bundled_store).get(RACH_DUA))["body"] == "Đoàn ĐBQH Thành phố Hồ Chí Minh"


async def test_a_store_that_cannot_be_indexed_is_said_once_and_not_built_again_until_it_changes(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[Path] = []

    def failing(path: Path) -> bool:
        builds.append(path)
        raise RuntimeError("the index builder stopped: disk full")

    async with browsing(bundled_store, "en") as (app, pilot):
        driven(app)
        monkeypatch.setattr(tui.loading, "build_index", failing)
        SurveyStore.open(bundled_store).upsert_many([make_record()])  # the file alone: the index is stale
        tick(app)
        await finish(pilot)
        tick(app)  # the same file: not built again, not said again
        await finish(pilot)
        assert len(builds) == 1 and "The archive is out of reach: the list may be out of date" in screen_text(app)
        assert sum("disk full" in note for note in notes(app)) == 1
        assert len(listed_ids(app)) == 5 and not index_stale(app)

        monkeypatch.undo()
        SurveyStore.open(bundled_store).delete([TAN_DINH])  # changed again: built again, and it answers
        tick(app)
        await finish(pilot)
        assert "The archive answers again; the list is up to date" in notes(app)
        assert len(listed_ids(app)) == 5 and "5 of 5 visits" in screen_text(app)
