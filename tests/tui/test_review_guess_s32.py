"""The "the year is a guess" warning at the top of the review follows the year typed (session 32).

A draft dated from a day with no year opens with the warning "năm chỉ là phỏng đoán …". A reviewer who typed
another year saw the certainty under the date cleared and the extractor's note leave the notes, but the warning
stayed at the top, asking to check a year no longer guessed (docs/tryout-s32-newcomer.md, "Left"). It now leaves
with another year and comes back with the draft's; the same year typed again, a day half typed and the other
warnings leave it as it was. Pilot at 80×24 in Vietnamese and 120×40 in English, on an article written for it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.widgets import Input, Static

from store.extract import extract_article
from tests.test_review_screen import reviewing
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows
CASES = [("vi", (80, 24)), ("en", (120, 40))]

ARTICLE = """Đoàn ĐBQH tỉnh Tây Ninh khảo sát Đề án 06 ở phường Kiến Tường

Chiều 9/10, Đoàn đại biểu Quốc hội tỉnh Tây Ninh do ông Phan Minh Lộc, Phó Trưởng đoàn chuyên trách làm trưởng
đoàn đã đến phường Kiến Tường khảo sát kết quả thực hiện Đề án 06 của Chính phủ.

Báo cáo của phường cho thấy 2.310 người dân đã kích hoạt tài khoản định danh điện tử mức độ 2.

Phường kiến nghị Bộ Công an bố trí thêm thiết bị đọc thẻ căn cước cho bộ phận một cửa.
"""


async def _set(pilot: Any, widget_id: str, text: str) -> None:
    pilot.app.screen.query_one(f"#{widget_id}", Input).value = text
    await pilot.pause()


def _day(iso: str, lang: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}" if lang == "vi" else iso


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_the_guess_warning_leaves_with_another_year_and_comes_back_with_the_drafts(
        lang: str, size: tuple[int, int]) -> None:
    draft = extract_article(ARTICLE, source_name="kien-tuong-9-10.txt", today=date(2026, 12, 6))
    assert draft.record["date"] == "2026-10-09"
    assert any(getattr(warning, "code", None) == "warn.year_guess" for warning in draft.warnings)
    async with reviewing(draft, lang, size=size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        guess = screen.t("reason.warn.year_guess")
        line = screen.query_one("#review-notices", Static)

        def banner() -> str:
            return str(line.render()) if line.display else ""

        first = banner()
        assert guess in first
        await _set(pilot, "review-date", _day("2026-10-08", lang))  # another day, the same year: still a guess
        assert banner() == first
        await _set(pilot, "review-date", "9/10/20" if lang == "vi" else "2025-10")  # half typed: wait
        assert banner() == first
        await _set(pilot, "review-date", _day("2025-10-09", lang))
        assert banner() == ""  # the only notice: the line is hidden
        await _set(pilot, "review-date", _day("2024-10-09", lang))  # yet another year: still the reviewer's
        assert guess not in banner()
        await _set(pilot, "review-date", _day("2026-10-09", lang))  # the draft's year again: the warning again
        assert banner() == first


NO_LEADER = """Đoàn ĐBQH tỉnh Tây Ninh khảo sát Đề án 06 ở phường Kiến Tường

Chiều 9/10, Đoàn đại biểu Quốc hội tỉnh Tây Ninh đã đến phường Kiến Tường khảo sát kết quả thực hiện Đề án 06 của
Chính phủ.

Báo cáo của phường cho thấy 2.310 người dân đã kích hoạt tài khoản định danh điện tử mức độ 2.
"""


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_the_other_notices_stay_when_the_guess_leaves(lang: str, size: tuple[int, int]) -> None:
    draft = extract_article(NO_LEADER, source_name="kien-tuong-no-leader.txt", today=date(2026, 12, 6))
    codes = [getattr(warning, "code", None) for warning in draft.warnings]
    assert draft.record["date"] == "2026-10-09" and "warn.year_guess" in codes and "warn.no_leader" in codes
    async with reviewing(draft, lang, size=size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        guess = screen.t("reason.warn.year_guess")
        line = screen.query_one("#review-notices", Static)
        first = str(line.render())
        assert guess in first and screen.t("review.problems") in first
        await _set(pilot, "review-date", _day("2025-10-09", lang))
        now = str(line.render())
        assert line.display and guess not in now
        assert now.startswith(screen.t("review.problems")) and screen.t("review.warnings") not in now
        await _set(pilot, "review-date", _day("2026-10-09", lang))
        assert str(line.render()) == first
