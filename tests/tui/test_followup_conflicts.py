"""`u` when another office wrote meanwhile: the edit is kept beside what is stored, a second save or Esc decides,
and a visit deleted meanwhile is put back only by a second save (split from test_followup_flow.py)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, details_text, finish, listed_ids, notes, selected_id
from tests.tui.followup_helpers import back_to_the_browser, open_item, stored


@pytest.mark.slow  # a Pilot flow
async def test_an_item_changed_elsewhere_meanwhile_is_shown_beside_the_edit_which_is_kept(bundled_store: Path) -> None:
    """Another office's change is never overwritten unseen, and the person's edit is never thrown away: the dialog
    stays open with the item as stored now and the edit in its fields; a second Ctrl+S puts the edit over it."""
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_item(pilot, 0)
        other = copy.deepcopy(stored(bundled_store, RACH_DUA))
        other["recommendations"][0]["status"] = "not accepted"
        other["recommendations"][0]["responses"] = [{"date": "2025-11-02", "text": "Bộ trả lời bằng văn bản"}]
        SurveyStore.open(bundled_store).replace(other)  # someone else, another process
        dialog.query_one("#followup-response-text", Input).value = "Đã gọi điện"
        dialog.query_one("#followup-status", Select).value = "done"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert stored(bundled_store, RACH_DUA)["recommendations"][0]["status"] == "not accepted"
        assert app.screen is dialog  # still open, the edit in its fields
        said = str(dialog.query_one("#followup-error", Static).render())
        assert "changed elsewhere" in said and "Stored now: Status: not accepted" in said
        assert "Bộ trả lời bằng văn bản" in said
        assert dialog.query_one("#followup-response-text", Input).value == "Đã gọi điện"
        assert dialog.query_one("#followup-status", Select).value == "done"

        await pilot.press("ctrl+s")  # mine over theirs, knowingly: their response stays, mine is added
        await back_to_the_browser(pilot)  # from the list of items the save returned to
        item = stored(bundled_store, RACH_DUA)["recommendations"][0]
        assert item["status"] == "done"
        assert [r["text"] for r in item["responses"]] == ["Bộ trả lời bằng văn bản", "Đã gọi điện"]
        assert app.screen is not dialog and "status: done" in details_text(app)


@pytest.mark.slow  # a Pilot flow
async def test_leaving_a_conflict_as_stored_shows_what_is_stored(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        dialog = await open_item(pilot, 0)
        other = copy.deepcopy(stored(bundled_store, RACH_DUA))
        other["recommendations"][0]["status"] = "not accepted"
        SurveyStore.open(bundled_store).replace(other)
        dialog.query_one("#followup-status", Select).value = "done"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert "vừa được sửa ở nơi khác" in str(dialog.query_one("#followup-error", Static).render())
        await pilot.press("escape")  # at once, as the refusal's words say: the edit is not asked about again (s36)
        await finish(pilot)
        assert app.screen is not dialog
        assert stored(bundled_store, RACH_DUA)["recommendations"][0]["status"] == "not accepted"
        assert "trạng thái: không tiếp thu" in details_text(app)  # reloaded


@pytest.mark.slow  # a Pilot flow
async def test_after_a_conflict_the_fields_not_edited_show_what_is_stored(bundled_store: Path) -> None:
    """The status left "open" here stayed "open" on screen while another office's "not accepted" was stored, and was
    what a second Ctrl+S kept: the fields showed what would not be saved. (Since s35 only a field both changed is a
    conflict: the deadline here.)"""
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_item(pilot, 0)
        other = copy.deepcopy(stored(bundled_store, RACH_DUA))
        other["recommendations"][0].update(status="not accepted", deadline="2026-03-31", to="Bộ Nội vụ")
        SurveyStore.open(bundled_store).replace(other)
        dialog.query_one("#followup-deadline", Input).value = "2026-06-30"
        dialog.query_one("#followup-response-text", Input).value = "Đã gọi điện"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is dialog
        assert dialog.query_one("#followup-status", Select).value == "not accepted"
        assert dialog.query_one("#followup-deadline", Input).value == "2026-06-30"  # the edit kept
        assert dialog.query_one("#followup-to", Input).value == "Bộ Nội vụ"
        assert dialog.query_one("#followup-response-text", Input).value == "Đã gọi điện"  # the edit kept
        await pilot.press("ctrl+s")
        await back_to_the_browser(pilot)  # from the list of items the save returned to
        assert app.screen is not dialog
    item = stored(bundled_store, RACH_DUA)["recommendations"][0]
    assert (item["status"], item["deadline"], item["to"]) == ("not accepted", "2026-06-30", "Bộ Nội vụ")
    assert [r["text"] for r in item["responses"]] == ["Đã gọi điện"]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, said, keys, back", [
    ("en", "someone else deleted", "Ctrl+S puts the visit back in the store (as you opened it) with this follow-up",
     "Saved: Recommendation 1 of the visit of 2025-09-09 in Hồ Chí Minh, the visit put back in the store"),
    ("vi", "nơi khác đã xóa chuyến", "Ctrl+S đưa chuyến trở lại kho (như lúc bạn mở) cùng phần theo dõi này",
     "Đã lưu: Kiến nghị 1 của chuyến 09/09/2025 ở Hồ Chí Minh, chuyến được đưa trở lại kho")])
async def test_a_visit_deleted_meanwhile_is_put_back_with_the_edit_by_a_second_save(
        bundled_store: Path, lang: str, said: str, keys: str, back: str) -> None:
    """The dialog had only said the visit was gone, the edit lost at Esc; now Ctrl+S puts it back, as `r` does."""
    async with browsing(bundled_store, lang) as (app, pilot):
        dialog = await open_item(pilot, 0)
        before = stored(bundled_store, RACH_DUA)
        SurveyStore.open(bundled_store).delete([RACH_DUA])
        dialog.query_one("#followup-response-text", Input).value = "Đã gọi điện"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is dialog
        text = " ".join(str(dialog.query_one("#followup-error", Static).render()).split())
        assert said in text and RACH_DUA in text and keys in text
        assert SurveyStore.open(bundled_store).get(RACH_DUA) is None  # nothing written unasked
        await pilot.press("ctrl+s")
        await back_to_the_browser(pilot)  # from the list of items the save returned to
        assert app.screen is not dialog
        assert selected_id(app) == RACH_DUA
        assert any(note.startswith(back) for note in notes(app)), notes(app)
    record = stored(bundled_store, RACH_DUA)
    assert [r["text"] for r in record["recommendations"][0]["responses"]] == ["Đã gọi điện"]
    rest = {key: value for key, value in record.items() if key not in ("recommendations", "updated")}
    assert rest == {key: value for key, value in before.items() if key not in ("recommendations", "updated")}


@pytest.mark.slow  # a Pilot flow
async def test_a_visit_deleted_meanwhile_stays_deleted_at_esc(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_item(pilot, 0)
        SurveyStore.open(bundled_store).delete([RACH_DUA])
        dialog.query_one("#followup-response-text", Input).value = "Đã gọi điện"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is dialog
        await pilot.press("escape")
        await finish(pilot)
        assert app.screen is not dialog and RACH_DUA not in listed_ids(app)  # read again: gone from the list
    assert SurveyStore.open(bundled_store).get(RACH_DUA) is None
