"""A day corrected in review renames the draft's id with it (`2025-11-12-…` → `2025-11-13-…`) while the reviewer
has not edited the id: it had been saved named after the day the visit was not. An id typed by hand stays."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from store.extract import Draft, extract_article
from tests.test_review_screen import reviewing

ARTICLE = """Đoàn giám sát HĐND tỉnh Quảng Trị làm việc tại xã Hoàn Lão

Ngày 12/11/2025, Đoàn giám sát của Thường trực HĐND tỉnh Quảng Trị do ông Trần Văn Hòa, Phó Chủ tịch HĐND tỉnh,
làm trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Hoàn Lão.
"""


def draft() -> Draft:
    return extract_article(ARTICLE, source_name="hoan-lao.txt", today=date(2026, 12, 5))


@pytest.mark.parametrize("lang, typed", [("vi", "13/11/2025"), ("en", "2025-11-13")])
async def test_the_id_follows_a_corrected_day(lang: str, typed: str) -> None:
    made = draft()
    assert made.record["id"].startswith("2025-11-12-")
    async with reviewing(made, lang, size=(80, 24)) as (app, pilot):
        screen = app.screen
        screen.query_one("#review-date", Input).value = typed
        await pilot.pause()
        assert screen.query_one("#review-id", Input).value == "2025-11-13-" + made.record["id"][len("2025-11-12-"):]
        await pilot.press("ctrl+s")
        await pilot.pause()
    [saved] = app.results
    assert saved is not None and saved["date"] == "2025-11-13" and saved["id"].startswith("2025-11-13-")


async def test_an_id_typed_by_the_reviewer_stays() -> None:
    async with reviewing(draft(), "vi", size=(80, 24)) as (app, pilot):
        screen = app.screen
        screen.query_one("#review-id", Input).value = "hoan-lao-lan-2"
        await pilot.pause()
        screen.query_one("#review-date", Input).value = "13/11/2025"
        await pilot.pause()
        assert screen.query_one("#review-id", Input).value == "hoan-lao-lan-2"
