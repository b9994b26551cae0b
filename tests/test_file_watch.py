"""What watching a file store costs and what it sees: two stats a question, and another handle's write in place.

The browser asks `TinyDBRepository.change_token()` every 2 s (`tui.watching`):
it must not read the store's records (a 225 MB file at 100,000 surveys), and
a shared drive gone must be said in words. The browser searches the index
file itself (`SqlIndex`), which another handle (a second browser, `surveys
import`) updates in place: what this reader kept of it is dropped then. A
write that leaves the index stale is indexed again once, however many
browsers see it.
"""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest

import store.tinydb_repository
from store.backends import open_repository
from store.errors import StoreError
from store.importing import import_paths
from store.query import Filter
from store.sqlindex import build as building
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record

OTHER = make_record(id="2024-03-05-doan-dbqh-rach-dua", date="2024-03-05", body="Đoàn ĐBQH TP Hồ Chí Minh")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    where = tmp_path / "s.json"
    TinyDBRepository(where).upsert_many([make_record()])
    return where


def test_asking_the_token_reads_no_record_and_any_handle_gets_the_same(path: Path) -> None:
    watching, writing = TinyDBRepository(path), TinyDBRepository(path)
    before = watching.change_token()
    assert watching._opened is None  # the store's code and records were not touched: two stats
    writing.update(make_record()["id"], lambda current: {**current, "summary": "Sửa."})
    assert watching.change_token() != before and watching.change_token() == writing.change_token()
    assert watching._opened is None


def test_a_shared_drive_gone_is_a_store_error_in_words(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def lost(where: Path) -> Any:
        raise OSError(errno.EIO, "Input/output error", str(where))

    monkeypatch.setattr(store.tinydb_repository, "stamp", lost)
    with pytest.raises(StoreError) as raised:
        TinyDBRepository(path).change_token()
    assert str(raised.value) == (f"cannot reach store {path}: an input/output error (a failing disk or a lost "
                                 "network mount?)")


def test_the_index_a_browser_reads_follows_another_handles_write_in_place(path: Path) -> None:
    browser, other = TinyDBRepository(path), TinyDBRepository(path)
    browser.index.ensure()
    assert browser.index.search(Filter()).total == 1 and browser.index.count() == 1  # read, and kept
    other.upsert_many([OTHER])
    assert browser.index.fresh()  # the writer kept the index: nothing to build
    assert browser.index.count() == 2
    assert [r["id"] for r in browser.index.search(Filter.parse("year:2024")).records] == [OTHER["id"]]
    other.delete([OTHER["id"]])
    assert browser.index.search(Filter()).total == 1 and browser.index.count() == 1


def test_a_writer_of_the_file_alone_leaves_the_index_stale_and_a_build_brings_it(path: Path) -> None:
    browser = TinyDBRepository(path)
    browser.index.ensure()
    token = browser.index.indexed_token()
    SurveyStore.open(path).upsert_many([OTHER])  # an older program, a file copied over: the index is not kept
    assert browser.change_token() != token and not browser.index.fresh()
    TinyDBRepository(path).index.ensure()  # what the watcher has built (`tui.loading.build_index`)
    assert browser.index.fresh() and browser.index.count() == 2


def test_an_import_through_the_repository_keeps_the_index_a_browser_reads(path: Path, tmp_path: Path) -> None:
    """`surveys import` (and the browser's `i`) beside an open browser: the browser's watcher only counts again."""
    browser = TinyDBRepository(path)
    browser.index.ensure()
    incoming = tmp_path / "in.json"
    incoming.write_bytes(orjson.dumps([OTHER]))
    report = import_paths(open_repository(str(path)), [incoming]).report
    assert report.added == [OTHER["id"]] and browser.index.fresh() and browser.index.count() == 2
    incoming.write_bytes(orjson.dumps([{**OTHER, "summary": "Nhập lại, đã sửa."}]))
    import_paths(open_repository(str(path)), [incoming], on_duplicate="update")
    assert browser.index.fresh()
    assert [r["summary"] for r in browser.index.search(Filter.parse("year:2024")).records] == ["Nhập lại, đã sửa."]


def test_browsers_that_see_the_same_stale_index_build_it_once(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SurveyStore.open(path).upsert_many([OTHER])  # the file alone: every index reader sees it stale
    builds: list[int] = []
    real_build = building.build
    entered = threading.Barrier(3)

    def counted(*args: Any, **options: Any) -> None:
        builds.append(1)
        real_build(*args, **options)

    monkeypatch.setattr(building, "build", counted)
    browsers = [TinyDBRepository(path) for _ in range(3)]

    def ensure(browser: TinyDBRepository) -> None:
        entered.wait(20)
        browser.index.ensure()

    threads = [threading.Thread(target=ensure, args=(browser,)) for browser in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert builds == [1] and all(browser.index.fresh() for browser in browsers)
