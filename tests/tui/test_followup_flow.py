"""`u` in the browser: pick a recommendation or direction, edit its follow-up, save it to the store.

After a save the list of items comes back, the next item selected, so six
updates are six Enter … Ctrl+S in a row; Esc there (or in the dialog) goes
back to the browser, which has reloaded the store, keeping the selection, so
the details, the list and the counts of a `status:` or `overdue` filter show it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console, Group, RenderableType
from rich.text import Text
from textual.widgets import Input, OptionList, Static

from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.factories import make_record
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
from tests.tui.followup_helpers import back_to_the_browser, open_item, saved_to_the_list, stored
from tui.hanging import Hanging
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.widgets.details import describe

TAN_DINH = "2025-10-02-hdnd-test-tan-dinh"


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
