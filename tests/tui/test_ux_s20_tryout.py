"""Defects found open after session 19 and in session 20's tryout (tmux, 80×24 in Vietnamese and 120×40 in
English), each fixed in the widget or screen that owns it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_record
from tests.tui.browser_helpers import browsing, details_text, notes, screen_text, set_filter, settle
from tui.i18n import Translator
from tui.screens.confirm_delete import ConfirmDeleteScreen
from tui.screens.review_correct import stored_draft
from tui.screens.review_notes import certainty_text
from tui.widgets.survey_list import message_lines

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

LONG = 'tinh:"Cà Mau" chude:cchc tu:2024-01 den:2025-06 "dịch vụ công trực tuyến toàn trình"'


@pytest.mark.parametrize("lang, size, words", [("vi", (80, 24), "Không có chuyến nào khớp"),
                                               ("en", (120, 40), "No visit matches")])
async def test_an_empty_result_is_said_once_in_the_list_with_its_whole_filter(bundled_store: Path, lang: str,
                                                                              size: tuple[int, int],
                                                                              words: str) -> None:
    """The list and the details pane had both said it, one above the other; at 80 columns the list cut the filter
    at its right edge."""
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await set_filter(pilot, LONG)
        await settle(pilot)
        text = screen_text(app)
        assert text.count(words) == 1
        assert words not in details_text(app)
        for piece in ('"Cà Mau"', "2024-01", '"dịch vụ công trực tuyến toàn trình"'):
            assert piece in text, piece


def test_the_list_message_is_wrapped_to_its_width_its_indent_kept() -> None:
    lines = message_lines("No visit matches the filter:\n  " + LONG + "\nPress x.", 40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[0] == "No visit matches the filter:" and lines[-1] == "Press x."
    assert all(line.startswith("  ") for line in lines[1:-1])
    assert " ".join(line.strip() for line in lines[1:-1]) == LONG


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_short_ward_name_brings_no_note_of_far_away_places(bundled_store: Path, lang: str) -> None:
    """`xa:dong` finds Tân Đông Hiệp by its own name; the browser had noted that Xã Đông of KBang (Gia Lai) became
    Kông Bơ La, where the store has no visit (`store.former_notes`)."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await set_filter(pilot, "xa:dong")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert "Tân Đông Hiệp" in screen_text(app)
        assert not [note for note in notes(app) if "KBang" in note]


@pytest.mark.parametrize("lang, said", [("vi", "cùng 1 chỉ đạo, 4 số liệu"),
                                        ("en", "and with it: directions 1, figures 4")])
def test_the_delete_dialog_says_what_the_visit_holds_and_no_zeros(lang: str, said: str) -> None:
    """A visit with no recommendation had been said to go "cùng 0 kiến nghị, 1 chỉ đạo, 4 số liệu"."""
    record = make_record(recommendations=[], directions=[{"text": "Rà soát quy trình."}],
                         figures=[{"label": f"Số {n}", "value": n, "unit": "hồ sơ"} for n in range(4)])
    lines = ConfirmDeleteScreen(record, Translator(lang)).described().plain.splitlines()
    assert said in lines and not any(" 0 " in f" {line} " for line in lines)
    bare = make_record(recommendations=[], directions=[], figures=[])
    lines = ConfirmDeleteScreen(bare, Translator(lang)).described().plain.splitlines()
    assert len(lines) == 4 and lines[-1] == bare["id"]  # day and kind, body, places, id: nothing held, nothing said


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_stated_dates_certainty_is_said_once_in_the_correction_screen(lang: str) -> None:
    """`r` on a visit read from an article: "Độ chắc chắn: ghi trong bài" stood over the choice "ghi trong bài"."""
    t = Translator(lang)
    stated = {"path": "date", "by": "extractor", "certainty": {"code": "date_certainty.stated.bare", "params": {}}}
    draft = stored_draft(make_record(date_certainty="stated", provenance=[stated]))
    assert certainty_text(draft, "date", t) is not None  # said where no choice shows it
    assert certainty_text(draft, "date", t, "stated") is None
    inferred = {**stated, "certainty": "inferred: the page is dated 25/05/2023"}
    draft = stored_draft(make_record(date_certainty="inferred", provenance=[inferred]))
    note = certainty_text(draft, "date", t, "inferred")
    assert note is not None and "25/05/2023" in note.plain  # a reason says more than the choice: kept
