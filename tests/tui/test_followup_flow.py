"""`u` in the browser: pick a recommendation or direction, edit its follow-up, save it to the store.

After a save the list of items comes back, the next item selected, so six
updates are six Enter … Ctrl+S in a row; Esc there (or in the dialog) goes
back to the browser, which has reloaded the store, keeping the selection, so
the details, the list and the counts of a `status:` or `overdue` filter show it.
"""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console, Group, RenderableType
from rich.text import Text
from textual.widgets import Input, OptionList, Select, Static

from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.factories import make_record
from tests.present import present
from tests.tui.browser_helpers import (
    browsing,
    details_text,
    filter_text,
    finish,
    listed_ids,
    notes,
    open_screen,
    screen_text,
    selected_id,
    set_filter,
    type_text,
)
from tui.hanging import Hanging
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.widgets.details import describe

TAN_DINH = "2025-10-02-hdnd-test-tan-dinh"


def stored(path: Path, record_id: str) -> dict[str, Any]:
    return present(SurveyStore.open(path).get(record_id))


async def saved_to_the_list(pilot) -> ItemsScreen:
    """Once a save has landed: the list of items it came back to."""
    await asyncio.gather(*(worker.wait() for worker in list(pilot.app.workers)), return_exceptions=True)
    for _ in range(200):
        await pilot.pause()
        if isinstance(pilot.app.screen, ItemsScreen):
            break
    assert isinstance(pilot.app.screen, ItemsScreen)
    return pilot.app.screen


async def back_to_the_browser(pilot) -> None:
    """Once a save has landed: Esc on the list of items it came back to, and the browser reloaded."""
    await saved_to_the_list(pilot)
    await pilot.press("escape")
    await finish(pilot)


async def open_item(pilot, downs: int) -> FollowUpScreen:
    await pilot.press("u")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ItemsScreen)
    await pilot.press(*["down"] * downs, "enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, FollowUpScreen)
    return screen


@pytest.mark.parametrize("lang, shown", [
    ("en", "status: done · due 2025-12-31"),
    ("vi", "trạng thái: đã giải quyết · hạn 31/12/2025"),
])
@pytest.mark.slow  # a Pilot flow
async def test_u_edits_a_recommendation_and_saves_it_to_the_store(bundled_store: Path, lang: str,
                                                                  shown: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        assert selected_id(app) == RACH_DUA
        picker = await open_screen(pilot, "u", ItemsScreen)
        options = picker.query_one("#items-options", OptionList)
        assert options.option_count == 9  # six recommendations, three directions
        third = str(options.get_option_at_index(2).prompt)
        assert "Bố trí thêm cán bộ" in third
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen) and dialog.ref == ("recommendations", 2)
        await pilot.press("enter", "down", "down", "enter")  # open → in progress → done
        await pilot.press("tab", *"31/12/2025")
        await pilot.click("#followup-response-text")
        await type_text(pilot, "Đã tuyển 2 người")
        await pilot.press("ctrl+s")
        await back_to_the_browser(pilot)  # from the list of items the save returned to

        item = stored(bundled_store, RACH_DUA)["recommendations"][2]
        assert item["status"] == "done" and item["deadline"] == "2025-12-31"
        assert item["responses"][0]["text"] == "Đã tuyển 2 người"
        assert selected_id(app) == RACH_DUA
        text = details_text(app)
        assert shown in text and "Đã tuyển 2 người" in text
        visit = "09/09/2025 ở Hồ Chí Minh" if lang == "vi" else "2025-09-09 in Hồ Chí Minh"
        assert any(visit in note for note in notes(app))  # the visit by its day and place, not its id

        await set_filter(pilot, "status:done")
        assert listed_ids(app) == [RACH_DUA]
        marked = [line for line in details_text(app).splitlines() if line.startswith(" ▶ ")]
        assert marked == [" ▶ Bố trí thêm cán bộ chuyên ngành công nghệ thông tin."]


@pytest.mark.slow  # a Pilot flow
async def test_status_open_count_changes_as_items_are_done(bundled_store: Path) -> None:
    SurveyStore.open(bundled_store).upsert_many([make_record()])  # one recommendation, one direction
    async with browsing(bundled_store, "en") as (app, pilot):
        await set_filter(pilot, "status:open")
        assert len(listed_ids(app)) == 6 and selected_id(app) == TAN_DINH

        dialog = await open_item(pilot, 0)
        assert dialog.ref == ("recommendations", 0)
        await pilot.press("enter", "down", "down", "enter", "ctrl+s")
        await back_to_the_browser(pilot)  # from the list of items the save returned to
        assert len(listed_ids(app)) == 6 and selected_id(app) == TAN_DINH  # its direction is still open

        await pilot.press("u")
        await pilot.pause()
        picker = app.screen
        assert picker.query_one("#items-options", OptionList).highlighted == 1  # the first open item
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpScreen) and app.screen.ref == ("directions", 0)
        await pilot.press("enter", "down", "down", "enter", "ctrl+s")
        await back_to_the_browser(pilot)  # from the list of items the save returned to
        assert len(listed_ids(app)) == 5 and TAN_DINH not in listed_ids(app)
        assert "5 of 6 visits" in screen_text(app)

        await set_filter(pilot, "status:done")
        assert listed_ids(app) == [TAN_DINH]


def overdue_record() -> dict:
    return make_record(recommendations=[
        {"text": "Bổ sung máy quét hồ sơ.", "by": "UBND phường Tân Định", "to": "thành phố", "deadline": "2020-01-31"},
        {"text": "Đã xong việc này.", "status": "done", "deadline": "2020-01-31"},
    ])


@pytest.mark.slow  # a Pilot flow
async def test_overdue_items_are_highlighted_and_filtered(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([overdue_record()])
    async with browsing(path, "vi", (100, 30)) as (app, pilot):
        lines = details_text(app).splitlines()
        late = [line for line in lines if "QUÁ HẠN" in line]
        assert late == ["   UBND phường Tân Định → thành phố  trạng thái: chưa giải quyết · hạn 31/01/2020 QUÁ HẠN"]

        await set_filter(pilot, "overdue")
        assert filter_text(app) == "quahan"  # shown back with the Vietnamese name (quá hạn)
        assert listed_ids(app) == [TAN_DINH]  # the bundled surveys have no deadlines
        await set_filter(pilot, "overdue status:open")
        assert listed_ids(app) == [TAN_DINH]
        marked = [line for line in details_text(app).splitlines() if line.startswith(" ▶ ")]
        assert marked == [" ▶ Bổ sung máy quét hồ sơ."]

        await pilot.press("u")
        await pilot.pause()
        first = str(app.screen.query_one("#items-options", OptionList).get_option_at_index(0).prompt)
        assert "31/01/2020 !" in first  # day first in Vietnamese
        await pilot.press("enter")
        await pilot.pause()
        assert "QUÁ HẠN (31/01/2020)" in str(app.screen.query_one("#followup-route", Static).render())
        app.screen.query_one("#followup-deadline", Input).value = "31/12/2099"
        await pilot.press("ctrl+s")
        await back_to_the_browser(pilot)  # from the list of items the save returned to
        assert stored(path, TAN_DINH)["recommendations"][0]["deadline"] == "2099-12-31"
        assert listed_ids(app) == []  # no longer overdue
        assert "Không có chuyến nào khớp bộ lọc" in screen_text(app)


def listed(group: RenderableType) -> list[Text]:
    """Each bulleted list of the details (`tui.hanging.Hanging`) as one Text, its lines as they start."""
    assert isinstance(group, Group)  # `describe` draws the details as one Group
    return [Text("\n").join(prefix + body for prefix, body in part.rows)
            for part in group.renderables if isinstance(part, Hanging)]


def test_overdue_is_drawn_in_red_and_matches_are_marked() -> None:
    t = Translator("en")
    group = describe(overdue_record(), t)
    items = next(part for part in listed(group) if "OVERDUE" in part.plain)
    start = items.plain.index("OVERDUE")
    assert any(span.start <= start < span.end and "red" in str(span.style) for span in items.spans)
    assert "due 2020-01-31" in items.plain and "▶" not in items.plain
    done_only = describe(overdue_record(), t, items=lambda item: item.get("status") == "done")
    marked = next(part for part in listed(done_only) if "OVERDUE" in part.plain)
    assert marked.plain.count("▶") == 1 and " ▶ Đã xong việc này." in marked.plain


@pytest.mark.slow  # a Pilot flow
async def test_escape_leaves_without_saving_and_surveys_without_items_say_so(bundled_store: Path) -> None:
    bare = make_record(id="2025-10-03-bare", date="2025-10-03", recommendations=[], directions=[])
    SurveyStore.open(bundled_store).upsert_many([bare])
    before = (bundled_store).read_bytes()
    async with browsing(bundled_store, "en") as (app, pilot):
        assert selected_id(app) == "2025-10-03-bare"
        await pilot.press("u")
        await pilot.pause()
        assert any("no recommendations or directions" in note for note in notes(app))
        assert not isinstance(app.screen, ItemsScreen)

        await pilot.press("j")
        await open_item(pilot, 1)
        await pilot.press("escape")  # the follow-up dialog
        await pilot.pause()
        assert not isinstance(app.screen, FollowUpScreen)
        await pilot.press("u", "escape")  # the picker
        await pilot.pause()
        assert not isinstance(app.screen, ItemsScreen)
        await open_item(pilot, 0)
        await pilot.press("ctrl+s")  # nothing changed: nothing is written
        await finish(pilot)
        assert bundled_store.read_bytes() == before
        assert app.is_running


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
        await pilot.press("escape")
        await finish(pilot)
        assert stored(bundled_store, RACH_DUA)["recommendations"][0]["status"] == "not accepted"
        assert "trạng thái: không tiếp thu" in details_text(app)  # reloaded


@pytest.mark.slow  # a Pilot flow
async def test_hostile_item_text_is_shown_literally_in_the_picker(tmp_path: Path) -> None:
    record = make_record(recommendations=[{"text": "[@click=app.quit]x[/] \x1b[31mred", "by": "[b]"}])
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    async with browsing(path, "en", (100, 30)) as (app, pilot):
        await pilot.press("u")
        await pilot.pause()
        line = str(app.screen.query_one("#items-options", OptionList).get_option_at_index(0).prompt)
        assert "[@click=app.quit]x[/] \\x1b[31mred" in line
        assert "\x1b" not in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "[@click=app.quit]x[/]" in str(app.screen.query_one("#followup-text", Static).render())
        assert app.is_running


@pytest.mark.parametrize(("lang", "first"), [
    ("en", "Recommendation 1  open             Sớm chỉ đạo"),
    ("vi", "Kiến nghị 1   chưa giải quyết  Sớm chỉ đạo"),
])
async def test_the_item_labels_keep_a_gap_before_their_status(bundled_store: Path, lang: str, first: str) -> None:
    """"Recommendation 1" is 16 cells: a fixed 14-cell column ran it into its status ("Recommendation 1open");
    the Vietnamese column stays as it was."""
    async with browsing(bundled_store, lang, (120, 40)) as (app, pilot):
        await pilot.press("u")
        await pilot.pause()
        options = app.screen.query_one("#items-options", OptionList)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert lines[0].startswith(first)
        starts = {line.index(line.split()[2] if lang == "en" else line.split()[3]) for line in lines[:6]}
        assert len(starts) == 1  # the status column is one column for every line


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


@pytest.mark.slow  # a Pilot flow
async def test_a_save_comes_back_to_the_list_on_the_next_item_and_esc_to_the_browser(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):  # 80×24
        assert selected_id(app) == RACH_DUA
        dialog = await open_item(pilot, 0)
        for index in (0, 1):  # two updates in a row: Enter, a status, Ctrl+S
            assert dialog.ref == ("recommendations", index)
            await pilot.press("enter", "down", "enter", "ctrl+s")  # open → in progress
            picker = await saved_to_the_list(pilot)
            options = picker.query_one("#items-options", OptionList)
            assert options.highlighted == index + 1  # the next item
            assert "đang" in str(options.get_option_at_index(index).prompt).lower()  # the list shows the save
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, FollowUpScreen)
            dialog = app.screen
        await pilot.press("escape")  # the dialog left without a save: the browser, not the list
        await finish(pilot)
        assert app.screen is app.browser and selected_id(app) == RACH_DUA
        statuses = [item.get("status") for item in stored(bundled_store, RACH_DUA)["recommendations"]]
        assert statuses[:3] == ["in progress", "in progress", None]


LONG_ID = "2025-10-02-thuong-truc-hdnd-tinh-khanh-hoa-giam-sat-tan-dinh"
TOAST_AT_80 = 37
"""A note's line at 80 columns: Textual's toast is half the screen (`max-width: 50%`), less its padding (1 a side)
and its left border (a headless test draws no toast to measure: `notes`)."""


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "Đã lưu: Kiến nghị 1 của chuyến 02/10/2025 ở Hồ Chí Minh"),
    ("en", "Saved: Recommendation 1 of the visit of 2025-10-02 in Hồ Chí Minh")])
async def test_the_saved_note_names_the_visit_in_words_that_wrap_at_80_columns(bundled_store: Path, lang: str,
                                                                               said: str) -> None:
    """"Đã lưu: Chỉ đạo 1 của 2025-11-12-thuong-truc-hdnd-tinh-kha|nh-hoa-…": the id, one word wider than the note,
    broke mid-word at 80 columns. The visit is named by its day and provinces, words a note wraps between."""
    SurveyStore.open(bundled_store).upsert_many([make_record(id=LONG_ID)])
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        assert selected_id(app) == LONG_ID
        await open_item(pilot, 0)
        await pilot.press("enter", "down", "down", "enter", "ctrl+s")
        await back_to_the_browser(pilot)  # a note is held while a dialog is open
        [note] = [note for note in notes(app) if note.startswith(said)]
        assert LONG_ID not in note
        lines = [line.plain for line in Text(note).wrap(Console(width=TOAST_AT_80), TOAST_AT_80)]
        assert all(any(word in line for line in lines) for word in note.split()), (note, lines)  # no word cut
