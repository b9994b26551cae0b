"""`r` in the browser: a stored survey opened in the review screen, corrected, and written through `update()`.

The list, the details and the facet counts show the correction as soon as it
is saved; Esc leaves the survey as it was; a value someone else changed
meanwhile is a conflict said on screen, never overwritten. The stored
surveys are written here (`make_record`) or are the bundled ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, Static

from store.store import SurveyStore
from tests.factories import make_record
from tests.present import present
from tests.tui.browser_helpers import (
    browsing,
    details_text,
    facet_lines,
    finish,
    notes,
    open_screen,
    run_from_palette,
    screen_text,
    selected_id,
)
from tui.screens.help import HelpScreen
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows

TAN_DINH = make_record()["id"]
WIDE = (120, 40)
ORIGINS = [
    {"path": "leader", "by": "extractor", "rule": "do X, <title>, làm Trưởng đoàn"},
    {"path": "figures[0]", "by": "extractor",
     "certainty": {"code": "figure.bound", "params": {"word": "hơn"}}},
    {"path": "figures[1]", "by": "person"},
    {"path": "topics", "by": "extractor"},
]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """The five bundled surveys and the test survey of Tân Định (newest: selected first), with an origin for its
    leader and figures."""
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([make_record(provenance=ORIGINS)])
    return path


async def correcting(pilot: Pilot) -> CorrectScreen:
    """`r`, and the correction screen it opens, once the rows of its lists are mounted (after its first frame)."""
    screen = await open_screen(pilot, "r", CorrectScreen)
    await screen.rows_ready()
    await pilot.pause()
    return screen


def stored(path: Path, record_id: str = TAN_DINH) -> dict[str, Any]:
    return present(SurveyStore.open(path).get(record_id))


def sources(screen: CorrectScreen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query(".review-source").results(Static))


async def test_r_corrects_the_leader_kind_and_ward_and_the_browser_shows_it_at_once(store: Path) -> None:
    async with browsing(store, "en", WIDE) as (app, pilot):
        assert selected_id(app) == TAN_DINH
        kinds = facet_lines(app)[facet_lines(app).index("Kind"):]
        assert [line.split() for line in kinds] == [["Kind"], ["oversight", "3"], ["survey", "3"]]  # in English
        screen = await correcting(pilot)
        assert screen.query_one("#review-id", Input).disabled
        assert screen.query_one("#review-leader-name", Input).value == "Trần Thị Thử"
        screen.query_one("#review-leader-name", Input).value = "Lê Văn Đúng"
        screen.query_one("#review-kind", Select).value = "kiểm tra"
        screen.query_one("#review-localities-0-name", Input).value = "phường Bến Thành"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)

        record = stored(store)
        assert record["leader"]["name"] == "Lê Văn Đúng" and record["kind"] == "kiểm tra"
        assert record["localities"][0]["ward"]["name"] == "Phường Bến Thành"
        assert record["figures"][0]["locality"] == "phường Bến Thành"  # the figure read at the ward moves with it
        origins = {entry["path"]: entry for entry in record["provenance"]}
        assert {path for path, entry in origins.items() if entry["by"] == "person"} == {
            "leader", "kind", "localities[0]", "figures[1]"}
        assert origins["figures[0]"]["certainty"]["code"] == "figure.bound"  # untouched: its origin as it was
        assert "date" not in origins  # no origin before, none invented

        assert selected_id(app) == TAN_DINH
        details = details_text(app)
        assert "Lê Văn Đúng" in details and "Phường Bến Thành" in details
        assert "Bến Thành" in screen_text(app)  # the list's locality column
        kinds = facet_lines(app)[facet_lines(app).index("Kind"):]
        assert [line.split() for line in kinds] == [["Kind"], ["survey", "3"], ["oversight", "2"], ["inspection", "1"]]
        assert any(TAN_DINH in note and "Saved" in note for note in notes(app))


async def test_each_value_says_where_it_came_from(store: Path) -> None:
    async with browsing(store, "vi", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        leader = str(screen.query_one("#review-leader-source", Static).render())
        assert "máy đọc từ bài báo" in leader and "do X, <chức vụ>, làm Trưởng đoàn" in leader
        first = str(screen.query_one("#review-figures-0-source", Static).render())
        assert "máy đọc từ bài báo" in first
        assert "hơn: bài chỉ nêu một cận hoặc số gần đúng" in sources(screen)
        second = str(screen.query_one("#review-figures-1-source", Static).render())
        assert "người sửa hoặc thêm lần trước" in second and "do người nhập" in second
        assert "không ghi (nhập tay)" in str(screen.query_one("#review-body-source", Static).render())
        assert "máy đọc từ bài báo" in str(screen.query_one("#review-topics-source", Static).render())
        assert "Sửa chuyến đã lưu" in screen_text(app) and "^s Lưu ^n" in screen_text(app)


async def test_dropping_a_figure_keeps_the_others_origins_in_step(store: Path) -> None:
    async with browsing(store, "en", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        screen.query_one("#review-figures-0-keep", Checkbox).value = False
        await pilot.pause()
        await pilot.press("ctrl+s")
        await finish(pilot)
    record = stored(store)
    assert [figure["label"] for figure in record["figures"]] == ["Tỷ lệ đúng hạn"]
    assert sorted((entry["path"], entry["by"]) for entry in record["provenance"]) == [
        ("figures[0]", "person"), ("leader", "extractor"), ("topics", "extractor")]


async def test_escape_and_an_unchanged_save_leave_the_store_untouched(store: Path) -> None:
    before = store.read_bytes()
    async with browsing(store, "vi", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        screen.query_one("#review-leader-name", Input).value = "Ai Đó"
        await pilot.press("escape")  # asks once (tests/tui/test_correct_escape_asks.py), then leaves unsaved
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
        await correcting(pilot)
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
        assert any("Không có gì thay đổi" in note for note in notes(app))
    assert store.read_bytes() == before


async def test_a_value_changed_elsewhere_meanwhile_is_a_conflict_said_on_screen(store: Path) -> None:
    async with browsing(store, "vi", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        other = SurveyStore.open(store)  # another office saves the same survey while this one is open
        other.update(TAN_DINH, lambda current: {**current, "leader": {"name": "Người Khác", "title": "Phó Chủ tịch"}})
        screen.query_one("#review-leader-name", Input).value = "Lê Văn Đúng"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen  # the edits stay on screen
        error = str(screen.query_one("#review-error", Static).render())
        assert "nơi khác đã sửa Trưởng đoàn" in error and "chưa lưu gì" in error
        assert "Trưởng đoàn đã lưu bây giờ: Người Khác — Phó Chủ tịch" in error
        assert stored(store)["leader"]["name"] == "Người Khác"
        await pilot.press("escape")
        await finish(pilot)
        assert "Người Khác" in details_text(app)  # read again: `r` now opens what is stored


async def test_after_a_conflict_a_second_save_puts_the_edit_over_the_other_value_only(store: Path) -> None:
    async with browsing(store, "en", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        SurveyStore.open(store).update(TAN_DINH, lambda current: {
            **current, "leader": {"name": "Người Khác", "title": "Phó Chủ tịch"}, "summary": "Tóm tắt của nơi khác."})
        screen.query_one("#review-leader-name", Input).value = "Lê Văn Đúng"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is screen
        assert "Ctrl+S saves them over the stored values" in str(screen.query_one("#review-error", Static).render())
        await pilot.press("ctrl+s")  # knowingly: mine over theirs
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
    record = stored(store)
    assert record["leader"]["name"] == "Lê Văn Đúng"
    assert record["summary"] == "Tóm tắt của nơi khác."  # their change to a value not edited here stays


async def test_a_different_value_changed_elsewhere_meanwhile_is_kept(store: Path) -> None:
    async with browsing(store, "en", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        SurveyStore.open(store).update(TAN_DINH, lambda current: {**current, "summary": "Tóm tắt mới của nơi khác."})
        screen.query_one("#review-leader-name", Input).value = "Lê Văn Đúng"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
    record = stored(store)
    assert record["summary"] == "Tóm tắt mới của nơi khác." and record["leader"]["name"] == "Lê Văn Đúng"


async def test_r_is_in_the_help_the_palette_and_the_wide_footer_only(store: Path) -> None:
    async with browsing(store, "en", (160, 40)) as (app, pilot):  # after the daily keys and d x e c u i X f (s15)
        assert " r Edit " in " ".join(screen_text(app).splitlines()[-2:]) + " "  # the footer's two lines (o after r)
        await open_screen(pilot, "question_mark", HelpScreen)
        assert "Edit — every value of this visit" in screen_text(app)
        await pilot.press("escape")
        await run_from_palette(pilot, "edit every")
        assert isinstance(app.screen, CorrectScreen)
    async with browsing(store, "vi") as (app, pilot):  # 80 columns: the daily keys only
        assert " r Sửa" not in screen_text(app).splitlines()[-1]


async def test_the_palettes_keys_command_opens_our_help_not_textuals_english_panel(store: Path) -> None:
    async with browsing(store, "vi", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        [keys] = [command for command in app.get_system_commands(screen) if command.title == "Phím"]
        keys.callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Lưu — ghi những giá trị đã sửa" in text and "Thoát, không sửa" in text and "Scroll" not in text
        await pilot.press("escape", "escape")
        await pilot.pause()
        [keys] = [command for command in app.get_system_commands(app.screen) if command.title == "Phím"]
        keys.callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and "Sửa — chuyến đang chọn" in screen_text(app)


async def test_a_survey_deleted_meanwhile_is_said_and_f1_explains_the_correction(store: Path) -> None:
    async with browsing(store, "vi", WIDE) as (app, pilot):
        screen = await correcting(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and "Mã không sửa được" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        SurveyStore.open(store).delete([TAN_DINH])
        screen.query_one("#review-leader-name", Input).value = "Lê Văn Đúng"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        said = " ".join(str(screen.query_one("#review-error", Static).render()).split())
        assert f"nơi khác đã xóa chuyến {TAN_DINH} nên chưa lưu gì" in said  # what happened, and what to do:
        assert "Ctrl+S đưa chuyến trở lại kho cùng các sửa đổi đó, Esc để chuyến bị xóa" in said
        assert SurveyStore.open(store).get(TAN_DINH) is None
        await pilot.press("escape")
        await finish(pilot)
        assert selected_id(app) != TAN_DINH  # read again: it is gone from the list


@pytest.mark.parametrize("lang, gone, back", [
    ("en", "someone else deleted", f"Put {TAN_DINH} back in the store with your corrections"),
    ("vi", "nơi khác đã xóa chuyến", f"Đã đưa chuyến {TAN_DINH} trở lại kho cùng các sửa đổi của bạn")])
async def test_a_survey_deleted_meanwhile_is_put_back_with_the_edits_by_a_second_save(
        store: Path, lang: str, gone: str, back: str) -> None:
    """The loser of a delete had "the store no longer holds it" and no way to keep the correction; the notice
    after the put-back says so (it had said "Saved the correction of …", as for a survey corrected in place)."""
    async with browsing(store, lang, WIDE) as (app, pilot):
        screen = await correcting(pilot)
        SurveyStore.open(store).delete([TAN_DINH])
        screen.query_one("#review-leader-name", Input).value = "Lê Văn Đúng"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is screen
        said = " ".join(str(screen.query_one("#review-error", Static).render()).split())
        assert gone in said and TAN_DINH in said
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
        assert selected_id(app) == TAN_DINH and "Lê Văn Đúng" in details_text(app)
        assert any(back in note for note in notes(app)), notes(app)
        assert not any(note.startswith(("Saved the correction", "Đã lưu sửa đổi")) for note in notes(app))
    record = stored(store)
    assert record["leader"]["name"] == "Lê Văn Đúng" and record["summary"] == make_record()["summary"]
