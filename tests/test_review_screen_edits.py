"""Every value of a draft edited in the review screen and saved into a store: edit → save → the store has it.

Each test drives the screen with Pilot, saves, imports the record the screen
returned through `store.importing` (as the import dialog does), and reads it
back from the store. The drafts come from the project's own test articles.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, Static

from store.extract import extract_file
from store.importing import prepare_documents, run_import
from store.store import SurveyStore
from tests.test_review_screen import Host, opened
from tui.screens.help import HelpScreen
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows

ARTICLES = Path(__file__).parent / "articles"
LONG_DIEN = ARTICLES / "tuned" / "t01_long_dien_ba_ria.txt"
"""Two places (xã Long Điền, phường Bà Rịa), six figures, a bound ("trên 80%"), an inferred year."""


def text(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def type_into(screen: Any, widget_id: str, value: str) -> None:
    screen.query_one(f"#{widget_id}", Input).value = value


async def save(pilot: Pilot, app: Host) -> None:
    """Ctrl+S, and once more if the screen showed what `check` would flag (the second press keeps it)."""
    for _ in range(2):
        await pilot.press("ctrl+s")
        await pilot.pause()
        if app.results:
            return


def stored(record: dict[str, Any] | None, tmp_path: Path) -> dict[str, Any]:
    """`record` imported into a new store the way the import dialog imports reviewed records, read back."""
    assert record is not None
    store = SurveyStore.open(tmp_path / "store.json")
    with prepare_documents([("bai-bao.txt", orjson.dumps(record))]) as prepared:
        result = run_import(store, prepared, "skip", False)
    assert result.report.added == [record["id"]], result.problems
    found = SurveyStore(tmp_path / "store.json").get(record["id"])
    assert found is not None
    return found


async def test_a_locality_is_edited_in_place_with_its_resolution_and_a_warning_when_ambiguous(tmp_path: Path) -> None:
    app = Host(extract_file(LONG_DIEN), "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        screen = app.screen
        assert "Xã Long Điền, Thành phố Hồ Chí Minh" in text(screen, "#review-localities-0-place")
        # renamed to a ward two provinces have, no province given: the record's own province is taken, UNSURE
        type_into(screen, "review-localities-1-name", "phường Phú Lợi")
        type_into(screen, "review-localities-1-province", "")
        await pilot.pause()
        place = text(screen, "#review-localities-1-place")
        assert "Phường Phú Lợi, Thành phố Hồ Chí Minh" in place and "UNSURE" in place and "Cần Thơ" in place
        assert "✎ edited by you" in text(screen, "#review-localities-1-source")
        # a commune of many provinces, none the record's: not placed until the province is given
        type_into(screen, "review-localities-1-name", "xã Tân Phú")
        await pilot.pause()
        place = text(screen, "#review-localities-1-place")
        assert "several provinces" in place and "Phú Thọ" in place and "Cà Mau" in place
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [] and 'locality "xã Tân Phú" is not placed' in text(screen, "#review-error")
        type_into(screen, "review-localities-1-province", "Đồng Nai")
        await pilot.pause()
        place = text(screen, "#review-localities-1-place")
        assert "xã Tân Phú → Xã Tân Phú, Đồng Nai · 26116" in place and "also in: An Giang" in place
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    assert [loc["name"] for loc in record["localities"]] == ["xã Long Điền", "xã Tân Phú"]
    assert record["localities"][1]["ward"] == {"name": "Xã Tân Phú", "code": 26116}
    assert record["localities"][1]["province"]["name"] == "Đồng Nai"
    # the figures read at the renamed place follow it
    assert {f["locality"] for f in record["figures"][4:]} == {"xã Tân Phú"}


async def test_an_old_ward_with_its_district_resolves_to_todays_unit(tmp_path: Path) -> None:
    app = Host(extract_file(LONG_DIEN), "vi")
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        screen = app.screen
        screen.query_one("#review-localities-1-keep", Checkbox).value = False
        type_into(screen, "review-localities-0-name", "phường Bến Nghé")
        type_into(screen, "review-localities-0-district", "quận 1")
        type_into(screen, "review-localities-0-province", "Hồ Chí Minh")
        await pilot.pause()
        assert "phường Bến Nghé → Phường Sài Gòn, Thành phố Hồ Chí Minh" in text(screen, "#review-localities-0-place")
        type_into(screen, "review-localities-0-name", "phường Không Có Ở Đâu")
        await pilot.pause()
        assert "không tìm thấy" in text(screen, "#review-localities-0-place")
        type_into(screen, "review-localities-0-name", "phường Bến Nghé")
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    assert [(loc["name"], loc["ward"]["name"]) for loc in record["localities"]] == [("phường Bến Nghé",
                                                                                     "Phường Sài Gòn")]
    assert all(f.get("locality") in (None, "phường Bến Nghé") for f in record["figures"])


async def test_a_figures_label_bound_number_unit_whole_period_and_place_are_saved(tmp_path: Path) -> None:
    app = Host(extract_file(LONG_DIEN), "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        screen = app.screen
        assert screen.query_one("#review-figures-2-label", Input).value == "Tỷ lệ hồ sơ nộp trực tuyến"
        assert screen.query_one("#review-figures-2-qualifier", Select).value == "trên"
        row = "review-figures-0"
        type_into(screen, f"{row}-label", "Thủ tục niêm yết")
        screen.query_one(f"#{row}-qualifier", Select).value = "gần"
        type_into(screen, f"{row}-value", "1.358")
        type_into(screen, f"{row}-unit", "thủ tục hành chính")
        type_into(screen, f"{row}-of", "2.000")
        type_into(screen, f"{row}-from", "1/7/2025")
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = text(screen, "#review-error")
        assert app.results == [] and "Figure 1 (Thủ tục niêm yết): a period needs both" in said
        type_into(screen, f"{row}-to", "31/8/2025")
        type_into(screen, f"{row}-locality", "phường Nào Đó")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [] and '"phường Nào Đó" is not one of the record\'s localities' in text(
            screen, "#review-error")
        type_into(screen, f"{row}-locality", "phường Bà Rịa")
        screen.query_one("#review-figures-2-qualifier", Select).clear()
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    figure = record["figures"][0]
    assert figure == {"label": "Thủ tục niêm yết (gần)", "value": 1358, "unit": "thủ tục hành chính", "of": 2000,
                      "period": {"from": "2025-07-01", "to": "2025-08-31"}, "locality": "phường Bà Rịa"}
    assert record["figures"][2]["label"] == "Tỷ lệ hồ sơ nộp trực tuyến"


async def test_date_kind_body_leader_topics_summary_source_and_notes_are_saved(tmp_path: Path) -> None:
    draft = extract_file(LONG_DIEN)
    app = Host(draft, "vi")
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        screen = app.screen
        notes = [str(w.render()) for w in screen.query(".review-note").results(Static)]
        assert any(note.startswith("Độ chắc chắn: suy ra") for note in notes)  # the date's basis and why
        assert screen.query_one("#review-notes", Input).value == draft.record["notes"]
        type_into(screen, "review-date", "10/9/2025")
        screen.query_one("#review-date-certainty", Select).value = "stated"
        screen.query_one("#review-kind", Select).value = "giám sát"
        type_into(screen, "review-body", "Đoàn giám sát số 2, Đoàn ĐBQH TPHCM")
        type_into(screen, "review-leader-name", "Trần Văn Thử")
        type_into(screen, "review-topics", "cchc, de-an-06")
        type_into(screen, "review-summary", "Đoàn xem xét dịch vụ công tại hai nơi.")
        type_into(screen, "review-source-outlet", "Báo Thử Nghiệm")
        type_into(screen, "review-source-url", "https://example.org/bai-thu")
        type_into(screen, "review-source-published", "11/9/2025")
        type_into(screen, "review-notes", "Ngày do người xem lại sửa theo công văn.")
        await pilot.pause()
        assert "✎ bạn đã sửa" in text(screen, "#review-date-source")
        assert "✎ bạn đã sửa" in text(screen, "#review-source-url-source")
        type_into(screen, "review-source-published", "31/2/2025")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [] and "source.published" in text(screen, "#review-error")
        type_into(screen, "review-source-published", "11/9/2025")
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    assert (record["date"], record["date_certainty"], record["kind"]) == ("2025-09-10", "stated", "giám sát")
    assert record["body"] == "Đoàn giám sát số 2, Đoàn ĐBQH TPHCM" and record["leader"]["name"] == "Trần Văn Thử"
    assert record["topics"] == ["cchc", "de-an-06"]
    assert record["summary"] == "Đoàn xem xét dịch vụ công tại hai nơi."
    assert record["source"] == {"author": "Khánh An", "outlet": "Báo Thử Nghiệm", "url": "https://example.org/bai-thu",
                                "published": "2025-09-11"}
    assert record["notes"] == "Ngày do người xem lại sửa theo công văn."


async def test_recommendations_and_directions_are_edited_added_and_dropped_from_the_keyboard(tmp_path: Path) -> None:
    draft = extract_file(ARTICLES / "a06_cu_chi_nha_be.txt")
    assert draft.record["recommendations"] and draft.record["directions"]
    app = Host(draft, "vi")
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        type_into(screen, "review-recommendations-0-text", "Bổ sung biên chế cho bộ phận một cửa.")
        type_into(screen, "review-recommendations-0-to", "UBND Thành phố")
        screen.query_one("#review-directions-0-text", Input).focus()
        await pilot.press("ctrl+t")  # drop the direction the cursor is in
        await pilot.pause()
        assert screen.query_one("#review-directions-0-keep", Checkbox).value is False
        await pilot.press("ctrl+n")  # a new direction, focused
        await pilot.pause()
        new = screen.rows["directions"][-1]["id"]
        assert app.focused is screen.query_one(f"#{new}-text", Input)
        await pilot.press(*"Rà soát quy trình")
        type_into(screen, f"{new}-to", "xã Nhà Bè")
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    assert record["recommendations"][0]["text"] == "Bổ sung biên chế cho bộ phận một cửa."
    assert record["recommendations"][0]["to"] == "UBND Thành phố"
    assert record["directions"][-1] == {"text": "Rà soát quy trình", "to": "xã Nhà Bè"}
    assert len(record["directions"]) == len(draft.record["directions"])  # one dropped, one added


async def until(pilot: Pilot[Any], done: Callable[[], bool]) -> None:
    """Let the app run until `done()` (the check waits for a pause in typing); fail, saying so, after 30 s: on a
    busy machine the pause's timer fires late (this gave up silently after 5 s and the assertion after it failed)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    while not done():
        assert loop.time() < deadline, "waited 30 s for the check"
        await pilot.pause()
        await asyncio.sleep(0.01)


async def test_what_check_would_flag_shows_under_the_figure_while_typing() -> None:
    app = Host(extract_file(LONG_DIEN), "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        screen = app.screen
        assert text(screen, "#review-figures-1-flag") == ""
        type_into(screen, "review-figures-1-value", "400")  # more than its whole, 358
        await until(pilot, lambda: "check would flag" in text(screen, "#review-figures-1-flag"))
        assert "check would flag" in text(screen, "#review-figures-1-flag")
        type_into(screen, "review-figures-1-value", "102")
        await until(pilot, lambda: text(screen, "#review-figures-1-flag") == "")
        assert text(screen, "#review-figures-1-flag") == ""
        assert "✎" not in text(screen, "#review-figures-1-source")  # typed back as it was: not edited


async def test_the_footer_and_help_show_the_screens_keys_in_its_language() -> None:
    for lang, words, tab in (("vi", ("Lưu và nhập", "Thêm dòng", "Giữ/bỏ dòng", "Bỏ bài này", "Giúp", "Phần sau"),
                              "Ô tiếp"),
                             ("en", ("Save & import", "Add a row", "Keep/drop", "Leave out", "Help", "Next section"),
                              "Next / previous")):
        app = Host(extract_file(LONG_DIEN), lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await opened(pilot)
            review = app.screen
            shown = {binding.description for _, binding, enabled, _ in review.active_bindings.values()
                     if binding.show and enabled}
            assert set(words) <= shown
            first = app.focused  # the date: Long Điền's year is inferred (`date_to_check`)
            await pilot.press("tab")  # Tab still moves between fields
            await pilot.pause()
            assert first is review.query_one("#review-date", Input) and app.focused is review.query_one(
                "#review-date-certainty")
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            console = Console(width=100, record=True, file=io.StringIO())
            console.print(app.screen.query_one("#help-keys", Static).content)
            keys = console.export_text()
            assert all(word in keys for word in words) and tab in keys, keys
            assert "Ctrl+S" in keys and "^s" not in keys, keys  # spelled as the screen's sentences say it (s20)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is review


async def test_the_vietnamese_screen_says_nothing_in_english() -> None:
    """Labels, placeholders, notes and reasons in Vietnamese; only the article's own words are as written."""
    app = Host(extract_file(LONG_DIEN), "vi")
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        screen = app.screen
        type_into(screen, "review-localities-1-name", "xã Tân Phú")
        await pilot.pause()
        shown = "\n".join(str(w.render()) for w in screen.query(Static).results(Static))
        shown += "\n".join(str(w.placeholder) for w in screen.query(Input).results(Input))
        for english in ("Source", "keep", "edited", "Certainty", "approximation", "chosen by", "is also a unit",
                        "several provinces", "Save", "Cancel", "whole", "label", "period", "Outlet", "Notes"):
            assert english not in shown, english
        assert "Độ chắc chắn: trên: bài chỉ nêu một cận" in shown and "Nguồn bài" in shown
