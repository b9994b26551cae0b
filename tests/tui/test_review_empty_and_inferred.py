"""The review screen, tryout8 (session 36): an empty field says nothing under it (five "Nguồn: (không có câu
nguồn)" lines under Mã, Báo / trang, Tác giả, URL, Ngày đăng said nothing), and a draft whose year was read from
its place rather than the article opens on the date, its note in sight (it opened on the leader, the date above
the view)."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Static

from store.extract import extract_article
from tests.test_review_screen import reviewing, text_of

MERGED = """Đoàn ĐBQH tỉnh Quảng Ngãi khảo sát tại xã Tịnh Hòa

Sáng 20/10, Đoàn Đại biểu Quốc hội tỉnh Quảng Ngãi do ông Nguyễn Văn An, Phó Trưởng đoàn, dẫn đầu đã khảo sát
việc giải quyết thủ tục hành chính tại xã Tịnh Hòa. Xã đã tiếp nhận 1.200 hồ sơ.
"""


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_an_empty_field_has_no_source_line_until_it_is_typed_in(lang: str) -> None:
    draft = extract_article(MERGED, source_name="tinh-hoa.txt", today=date(2026, 12, 7))
    assert not (draft.record.get("source") or {}).get("author")
    async with reviewing(draft, lang, size=(80, 24)) as (app, pilot):
        line = app.screen.query_one("#review-source-author-source", Static)
        assert not line.display and text_of(line) == ""
        shown = {w.id: text_of(w) for w in app.screen.query(".review-source").results(Static) if w.display}
        said_nothing = [key for key, s in shown.items() if "(không có câu nguồn)" in s or "(no source sentence)" in s]
        assert said_nothing == [], said_nothing
        field = app.screen.query_one("#review-source-author", Input)
        field.focus()
        await pilot.press("A")
        await pilot.pause()
        assert line.display and text_of(line).startswith("✎")  # the edit mark still shows
        await pilot.press("backspace")
        await pilot.pause()
        assert not line.display


@pytest.mark.slow  # a Pilot flow
async def test_a_year_read_from_the_place_opens_on_the_date_and_its_note() -> None:
    draft = extract_article(MERGED, source_name="tinh-hoa.txt", today=date(2026, 12, 7))
    assert draft.record.get("date_certainty") == "inferred"
    async with reviewing(draft, "vi", size=(80, 24)) as (app, _):
        focused = app.focused
        assert focused is not None and focused.id == "review-date"
        scroll = app.screen.query_one("#review-scroll")
        assert scroll.region.contains_region(focused.region)
        note = app.screen.query_one("#review-date-note")
        assert scroll.region.contains_region(note.region)  # the why, in sight
