"""Where the review screen puts the cursor first: on the date when the notice above asks to check it (a year
guessed with no clue in the article), else on the leader's name. At 80×24 the cursor had started on the name,
with the date it was asked to check scrolled out of sight."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from tests.test_review_screen import reviewing

GUESSED = """Đoàn ĐBQH tỉnh Quảng Trị khảo sát Đề án 06 tại xã Bố Trạch

Chiều 22/10, Đoàn Đại biểu Quốc hội tỉnh Quảng Trị do bà Lê Thị Thanh Hương, Phó Trưởng đoàn chuyên trách, dẫn đầu
đã khảo sát tình hình triển khai Đề án 06 và dịch vụ công trực tuyến tại xã Bố Trạch.
"""


async def test_a_guessed_year_puts_the_cursor_on_the_date_in_sight() -> None:
    draft = extract_article(GUESSED, source_name="bo-trach.txt", today=date(2026, 12, 5))
    assert any(getattr(w, "code", None) == "warn.year_guess" for w in draft.warnings)
    async with reviewing(draft, "vi", size=(80, 24)) as (app, _):
        focused = app.focused
        assert focused is not None and focused.id == "review-date"
        scroll = app.screen.query_one("#review-scroll")
        assert scroll.region.contains_region(focused.region)  # drawn, not scrolled away


async def test_a_stated_year_starts_on_the_leader() -> None:
    draft = extract_article(GUESSED.replace("Chiều 22/10,", "Chiều 22/10/2025,"), source_name="bo-trach.txt")
    assert not any(getattr(w, "code", None) == "warn.year_guess" for w in draft.warnings)
    async with reviewing(draft, "vi", size=(80, 24)) as (app, _):
        assert app.focused is not None and app.focused.id == "review-leader-name"
