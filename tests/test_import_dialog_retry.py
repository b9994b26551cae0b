"""An import that fails to write for a reason of the moment (the store locked by another writer) keeps what was
checked and reviewed (the review's save imports at once): Ctrl+Y tries the same import again. The dialog had said
"try again" and then left only the path, whose Enter extracted the article anew and opened a fresh review, the
reader's corrections lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from filelock import FileLock
from textual.widgets import Button, Input

import tui.screens.import_work as import_work
from store.store import SurveyStore
from tests.import_dialog_helpers import BUNDLED, dialog_idle, enter_path, import_dialog, make_store, shown, until
from tui.screens.import_dialog import ImportScreen
from tui.screens.review import ReviewScreen

ARTICLE = """\
Chiều 6/11/2025, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Quảng Trị do ông Hồ Văn Nam, Trưởng Ban Pháp chế \
HĐND tỉnh làm Trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Hoàn Lão.

Theo báo cáo, từ 1/7/2025 đến nay xã đã tiếp nhận 2.310 hồ sơ, giải quyết đúng hạn 2.281 hồ sơ.
"""


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, retry", [("en", "Press Import (Ctrl+S) to try again"),
                                         ("vi", "Bấm Nhập (Ctrl+S) để thử lại")])
async def test_a_locked_store_keeps_the_reviewed_draft_for_another_try(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       lang: str, retry: str) -> None:
    db = make_store(tmp_path)
    (tmp_path / "hoan_lao.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(import_work, "LOCK_TIMEOUT", 0.2)
    async with import_dialog(db, tmp_path, (120, 40)) as (app, pilot):
        app.lang = lang
        await enter_path(app, pilot, "hoan_lao.txt")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.rows_mounted)
        app.screen.query_one("#review-leader-title", Input).value = "Trưởng Ban Pháp chế HĐND tỉnh Quảng Trị"
        lock = FileLock(str(db) + ".lock")
        with lock:  # another writer holds the store when the review's save imports the draft
            await pilot.press("ctrl+s")
            await until(pilot, dialog_idle(app))
            assert isinstance(app.screen, ImportScreen) and app.results == []
            assert retry in shown(app, "#status")
            assert "2025-11-06-" in shown(app, "#report")  # what would be added is still listed
            assert not app.screen.query_one("#confirm", Button).disabled
        await pilot.press("ctrl+y")  # the lock is free: the same import, no second review
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    [record] = [r for r in SurveyStore(db).records() if r["id"].startswith("2025-11-06-")]
    assert record["leader"]["title"] == "Trưởng Ban Pháp chế HĐND tỉnh Quảng Trị"
    assert len(SurveyStore(db)) == BUNDLED + 1


@pytest.mark.slow  # a Pilot flow
async def test_the_wait_for_a_busy_store_is_said(tmp_path: Path) -> None:
    """While another writer holds the store the import waits (30 s at most) under a bare "Importing …": the line
    says it may be waiting for another program, and the import lands once the store is free."""
    db = make_store(tmp_path)
    (tmp_path / "hoan_lao.txt").write_text(ARTICLE, encoding="utf-8")
    async with import_dialog(db, tmp_path, (80, 24)) as (app, pilot):
        app.lang = "vi"
        await enter_path(app, pilot, "hoan_lao.txt")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.rows_mounted)
        lock = FileLock(str(db) + ".lock")
        lock.acquire()
        try:
            await pilot.press("ctrl+s")  # the review's save imports at once, and waits for the store
            await until(pilot, lambda: "chờ tối đa 30 giây" in shown(app, "#status"))
        finally:
            lock.release()
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    assert len(SurveyStore(db)) == BUNDLED + 1
