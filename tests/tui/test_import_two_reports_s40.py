"""Two articles about one visit in one folder, through the import dialog at 80×24 in Vietnamese (tryout s40-tryout12).

A journalist's own report of a council's visit and another outlet's report of it, reviewed one after the other:
the second is offered to merge into the first ("Chuyến này đã có trong lần nhập này"), not to import anyway
(under one id the import could not take both), and `m` imports one visit holding what both articles gave. The
dry run had refused both with "id: duplicate id", and Ctrl+Y wrote nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Static

from store.store import SurveyStore
from tests.import_dialog_helpers import Host, dialog_idle, enter_path, save_reviews, until
from tui.screens.merge_offer import MergeScreen

pytestmark = pytest.mark.slow  # a Pilot flow

OWN = """Ban Pháp chế HĐND tỉnh Đồng Nai giám sát tại phường Tân Hạnh

Ngày 3/12/2026, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Đồng Nai do ông Nguyễn Văn Thử, Trưởng Ban Pháp chế \
HĐND tỉnh làm trưởng đoàn, đã giám sát việc giải quyết thủ tục hành chính tại phường Tân Hạnh.

Từ ngày 1/7 đến 30/11/2026, phường đã tiếp nhận 4.382 hồ sơ, trong đó giải quyết đúng hạn 4.297 hồ sơ.
"""
OTHER = """Phường Tân Hạnh còn thiếu người làm thủ tục

Sáng 3/12/2026, đoàn giám sát Ban Pháp chế HĐND tỉnh Đồng Nai, do ông Nguyễn Văn Thử - Trưởng Ban Pháp chế HĐND \
tỉnh dẫn đầu, đã làm việc với UBND phường Tân Hạnh về cải cách hành chính.

Phường đã thanh toán trực tuyến được 1.215 giao dịch phí, lệ phí.
"""


async def test_the_second_report_of_a_visit_merges_into_the_first(tmp_path: Path) -> None:
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "bao-a.txt").write_text(OWN, encoding="utf-8")
    (folder / "bao-b.txt").write_text(OTHER, encoding="utf-8")
    db = tmp_path / "bao.json"
    SurveyStore.open(db)
    before = len(SurveyStore(db))
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = "vi"
        await enter_path(app, pilot, "bai")
        await save_reviews(app, pilot, count=2)
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))
        screen = app.screen
        assert str(screen.query_one("#merge-title", Static).render()) == "Chuyến này đã có trong lần nhập này"
        offer = str(screen.query_one("#merge-text", Static).render())
        assert "bai/bao-b.txt" in offer and "bai/bao-a.txt" in offer and "1.215" in offer
        assert "Số liệu bản của bài trước chưa có (1):" in offer and "bản đã lưu" not in offer
        assert str(screen.query_one("#merge-merge", Button).label) == "Gộp vào bài trước"
        assert not screen.query("#merge-import")  # under one id the import could take only one of them
        await pilot.press("i")  # not bound here: nothing happens
        assert isinstance(app.screen, MergeScreen)
        await pilot.press("m")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    store = SurveyStore(db)
    assert len(store) == before + 1
    [visit] = [record for record in store.records() if record["date"] == "2026-12-03"]
    assert {figure["value"] for figure in visit["figures"]} >= {4382, 4297, 1215}
