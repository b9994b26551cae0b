"""Three things a newcomer's review of their own articles tripped over (session 32, docs/tryout-s32-newcomer.md).

- A locality row retyped without accents ("phuong tan an", province Tây Ninh) said "no such unit in the list",
  though the add field takes "xa tan phu" and the pickers "lai thieu": the row now reads the name as the add field
  does, places it and saves it accented.
- Typing another year over a guessed one (Sáng 21/10 guessed 2026, typed 21/10/2025) left the extractor's note
  "Năm 2026 suy ra … cần kiểm tra" in the record's notes, saved and exported under a 2025 date: the note leaves
  the field while the year is the reviewer's and comes back with the draft's year; the reviewer's own words stay.
- A plan read as no visit opened on "Fix before saving: Date …; Leader …", the reason it is no visit under it and
  nothing saying what to do: the reason comes first now, with a line saying Esc leaves it out (or fill in, Ctrl+S).
- The leader corrected (Thạnh → Thành) or the locality renamed (Kiến Tường → Tân An) left the directions "by"
  Lê Văn Thạnh and the recommendation "by" UBND phường Kiến Tường, fields the screen does not show; they follow now.

Pilot at 80×24 in Vietnamese and 120×40 in English, on drafts of articles written for this test.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.widgets import Input, Static

from store.extract import Draft, extract_article
from tests.test_review_screen import reviewing
from tests.tui.waiting import until
from tui.screens.review import ReviewScreen
from tui.screens.review_carry import carry_names

pytestmark = pytest.mark.slow  # Pilot flows
CASES = [("vi", (80, 24)), ("en", (120, 40))]
TODAY = date(2026, 12, 6)

SURVEY = """Đoàn ĐBQH tỉnh Tây Ninh khảo sát Đề án 06 tại phường Kiến Tường

Sáng 21/10, Đoàn đại biểu Quốc hội tỉnh Tây Ninh do bà Trần Thị Mỹ Hạnh, Phó Trưởng đoàn chuyên trách làm trưởng
đoàn đã khảo sát việc triển khai Đề án 06 của Chính phủ tại phường Kiến Tường.

Lãnh đạo phường cho biết, đến nay phường đã thu nhận hồ sơ cấp căn cước cho 41.520 người.

Phường kiến nghị Bộ Công an hỗ trợ thiết bị đọc thẻ căn cước cho bộ phận một cửa.
"""

OVERSIGHT = """Tổ giám sát HĐND xã Hòa Vang kiểm tra bộ phận một cửa

Ngày 14/11/2025, Tổ giám sát của HĐND xã Hòa Vang, thành phố Đà Nẵng do ông Lê Văn Thạnh, Phó Chủ tịch HĐND xã làm
Tổ trưởng, đã giám sát việc giải quyết thủ tục hành chính tại Bộ phận một cửa của xã.

UBND xã kiến nghị UBND thành phố sớm bổ sung 2 công chức có chuyên môn về đất đai cho Bộ phận một cửa.

Kết luận buổi giám sát, ông Lê Văn Thạnh đề nghị UBND xã rà soát toàn bộ hồ sơ trễ hạn.
"""


PLAN = """UBND tỉnh Quảng Trị ban hành kế hoạch chuyển đổi số năm 2026

UBND tỉnh Quảng Trị vừa ban hành Kế hoạch số 215/KH-UBND về thực hiện chuyển đổi số, phát triển chính quyền số năm
2026 trên địa bàn tỉnh. Theo kế hoạch, tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng
dịch vụ công trực tuyến toàn trình.
"""


def _draft(text: str, name: str) -> Draft:
    return extract_article(text, source_name=name, today=TODAY)


async def _set(pilot: Any, widget_id: str, text: str) -> None:
    pilot.app.screen.query_one(f"#{widget_id}", Input).value = text
    await pilot.pause()


async def _save(app: Any, pilot: Any) -> dict[str, Any]:
    await pilot.press("ctrl+s")
    await until(pilot, lambda: app.results, "saved")
    [saved] = app.results
    assert saved is not None
    return saved


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_a_locality_row_typed_without_accents_is_placed_and_saved_accented(lang: str, size: tuple[int, int]
                                                                                 ) -> None:
    async with reviewing(_draft(SURVEY, "kien-tuong.txt"), lang, size=size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await _set(pilot, "review-localities-0-name", "phuong tan an")
        place = str(screen.query_one("#review-localities-0-place", Static).render())
        assert "Phường Tân An, Tây Ninh" in place, place
        assert screen.t("review.place_unknown") not in place
        saved = await _save(app, pilot)
    [locality] = saved["localities"]
    assert locality["name"] == "phường Tân An"
    assert locality["ward"]["code"] == 27712


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_a_name_that_is_no_unit_accented_or_not_is_still_said_unknown(lang: str, size: tuple[int, int]) -> None:
    async with reviewing(_draft(SURVEY, "kien-tuong.txt"), lang, size=size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        for typed in ("phuong khong ten", "phường Không Tên"):
            await _set(pilot, "review-localities-0-name", typed)
            place = str(screen.query_one("#review-localities-0-place", Static).render())
            assert screen.t("review.place_unknown") in place, (typed, place)


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_another_year_takes_the_extractors_year_note_out_of_the_notes(lang: str, size: tuple[int, int]) -> None:
    draft = _draft(SURVEY, "kien-tuong.txt")
    assert draft.record["date"] == "2026-10-21" and "Năm 2026 suy ra" in draft.record["notes"]
    async with reviewing(draft, lang, size=size) as (app, pilot):
        screen = app.screen
        notes = screen.query_one("#review-notes", Input)
        day = "21/10/2025" if lang == "vi" else "2025-10-21"
        await _set(pilot, "review-date", "20/10/2026" if lang == "vi" else "2026-10-20")
        assert "Năm 2026 suy ra" in notes.value  # the same year: the note still holds
        await _set(pilot, "review-date", day)
        assert notes.value == ""
        await _set(pilot, "review-date", "21/10/2026" if lang == "vi" else "2026-10-21")
        assert "Năm 2026 suy ra" in notes.value  # the draft's year again: its note again
        await _set(pilot, "review-notes", "Đã gọi phường xác nhận. " + notes.value)
        await _set(pilot, "review-date", day)
        assert notes.value == "Đã gọi phường xác nhận."  # the reviewer's words stay
        saved = await _save(app, pilot)
    assert saved["date"] == "2025-10-21" and "date_certainty" not in saved
    assert saved["notes"] == "Đã gọi phường xác nhận."


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_directions_and_recommendations_follow_the_corrected_leader_and_place(lang: str, size: tuple[int, int]
                                                                                     ) -> None:
    draft = _draft(OVERSIGHT, "hoa-vang.txt")
    assert {item["by"] for item in draft.record["directions"]} == {"Lê Văn Thạnh"}
    async with reviewing(draft, lang, size=size) as (app, pilot):
        await _set(pilot, "review-leader-name", "Lê Văn Thành")
        saved = await _save(app, pilot)
    assert {item["by"] for item in saved["directions"]} == {"Lê Văn Thành"}
    assert [item["by"] for item in saved["recommendations"]] == ["UBND xã Hòa Vang"]  # not the leader's: kept
    draft = _draft(SURVEY, "kien-tuong.txt")
    assert [item["by"] for item in draft.record["recommendations"]] == ["UBND phường Kiến Tường"]
    async with reviewing(draft, lang, size=size) as (app, pilot):
        await _set(pilot, "review-localities-0-name", "phường Tân An")
        saved = await _save(app, pilot)
    assert [item["by"] for item in saved["recommendations"]] == ["UBND phường Tân An"]


@pytest.mark.parametrize(("by", "expected"), [
    ("Lê Văn Thạnh", "Lê Văn Thành"),
    ("UBND phường Kiến Tường", "UBND phường Tân An"),
    ("phường Kiến Tường", "phường Tân An"),
    ("Lê Văn Thạnh, Phó Chủ tịch", "Lê Văn Thạnh, Phó Chủ tịch"),  # not the leader's name alone
    ("UBND phường Kiến Tường 2", "UBND phường Kiến Tường 2"),  # another unit
    ("Nguyễn Văn An", "Nguyễn Văn An"),
    ("UBND tỉnh Tây Ninh", "UBND tỉnh Tây Ninh"),
])
def test_carry_names_rewrites_only_the_leader_or_a_renamed_place(by: str, expected: str) -> None:
    draft: dict[str, Any] = {"leader": {"name": "Lê Văn Thạnh"}}
    record: dict[str, Any] = {"leader": {"name": "Lê Văn Thành"}, "directions": [{"text": "x", "by": by}],
              "recommendations": [{"text": "y", "by": by}]}
    carry_names(record, draft, {"phường Kiến Tường": "phường Tân An"})
    assert record["directions"][0]["by"] == expected
    assert record["recommendations"][0]["by"] == expected


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_a_non_visit_says_so_first_and_what_esc_does(lang: str, size: tuple[int, int]) -> None:
    draft = _draft(PLAN, "ke-hoach.txt")
    assert draft.non_visit and draft.problems()
    async with reviewing(draft, lang, size=size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        lines = str(screen.query_one("#review-notices", Static).render()).split("\n")
        reason = screen.t("review.not_a_visit", reason="").strip()
        assert lines[0].startswith(reason[:20]), lines
        assert lines[1] == screen.t("review.not_a_visit_keys"), lines
        assert any(line.startswith(screen.t("review.problems")) for line in lines[1:]), lines
        await pilot.press("escape")
        await until(pilot, lambda: app.results, "left out")
    assert app.results == [None]


@pytest.mark.parametrize(("lang", "size"), CASES)
async def test_a_visit_missing_a_value_has_no_esc_line(lang: str, size: tuple[int, int]) -> None:
    draft = _draft(SURVEY.replace("do bà Trần Thị Mỹ Hạnh, Phó Trưởng đoàn chuyên trách làm trưởng\nđoàn ", ""),
                   "kien-tuong.txt")
    assert not draft.non_visit and draft.problems()
    async with reviewing(draft, lang, size=size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        shown = str(screen.query_one("#review-notices", Static).render())
        assert screen.t("review.not_a_visit_keys").split(";")[0] not in shown, shown
