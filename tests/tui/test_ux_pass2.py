"""The daily user's items of the second ux pass (session 12).

- Follow-up days in the Vietnamese interface read day first (31/12/2025), in the details, the item list and the
  follow-up dialog, which also reads them back; the store keeps ISO.
- A wrapped bullet line (a locality, a recommendation and its route/status line, a difficulty) continues under
  its text, not under the bullet, at 80 columns.
- The status line counts the visits shown by kind (giám sát, khảo sát), never every visit as "khảo sát".
- `L` (footer, help, palette) switches the interface language without a restart, remembered in the store's
  settings file; `--lang` still wins for one run.
- Importing a path that does not exist says so, naming it, in the user's language, from the command line
  and in the dialog.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input, OptionList, Static

from cli.main import main
from store.periods import day_label
from store.query import Filter
from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import (
    browsing,
    details_text,
    notes,
    open_screen,
    run_from_palette,
    screen_text,
    settle,
    type_text,
)
from tui.app import SurveysApp
from tui.i18n import Translator
from tui.model import Found
from tui.screens.followup import FollowUpScreen
from tui.screens.help import HelpScreen
from tui.screens.import_dialog import ImportScreen
from tui.screens.items import ItemsScreen
from tui.settings import load_settings, settings_path
from tui.state import kinds_said
from tui.widgets.details import describe

VI, EN = Translator("vi"), Translator("en")
LONG = ("Đề nghị thành phố sớm bố trí kinh phí mua sắm máy quét, máy tính và đường truyền riêng cho bộ phận "
        "một cửa của phường trong quý tới để người dân không phải chờ lâu")


def rendered(record: dict, t: Translator, width: int) -> list[str]:
    console = Console(file=StringIO(), width=width, color_system=None, legacy_windows=False, record=True)
    console.print(describe(record, t))
    return console.export_text().splitlines()


def followed_record() -> dict:
    return make_record(
        recommendations=[{"text": LONG, "by": "UBND phường Tân Định", "to": "Sở Tài chính thành phố Hồ Chí Minh",
                          "deadline": "2026-03-31",
                          "responses": [{"date": "2026-01-05", "text": "Đã đưa vào dự toán bổ sung."}]}],
        difficulties=[{"text": LONG, "locality": "phường Tân Định"}],
    )


# -- days -----------------------------------------------------------------------
@pytest.mark.parametrize("day, lang, shown", [
    ("2025-12-31", "vi", "31/12/2025"), ("2025-01-05", "vi", "05/01/2025"), ("????-09-02", "vi", "02/09"),
    ("2025-12-31", "en", "2025-12-31"), ("hôm qua", "vi", "hôm qua"), ("", "vi", ""),
])
def test_a_day_reads_day_first_in_vietnamese_only(day: str, lang: str, shown: str) -> None:
    assert day_label(day, lang) == shown


def test_the_details_write_follow_up_days_as_the_language_does() -> None:
    vi, en = "\n".join(rendered(followed_record(), VI, 200)), "\n".join(rendered(followed_record(), EN, 200))
    assert "hạn 31/03/2026" in vi and "↳ 05/01/2026: Đã đưa vào dự toán" in vi and "2026-03-31" not in vi
    assert "due 2026-03-31" in en and "↳ 2026-01-05:" in en


# -- hanging indent ---------------------------------------------------------------
def test_wrapped_bullets_continue_under_their_text_at_80_columns() -> None:
    lines = rendered(followed_record(), VI, 78)  # the details pane's width in an 80-column terminal
    start = next(i for i, line in enumerate(lines) if line.startswith(" • Đề nghị thành phố"))
    text_column = 3
    item = []
    for line in lines[start + 1:]:
        if not line.startswith(" " * text_column) or line.startswith(" • "):
            break
        item.append(line)
    assert len(item) >= 3, lines[start:start + 6]  # the text wraps, then the route/status line, then a response
    assert all(len(line) - len(line.lstrip()) >= text_column for line in item), item
    assert any(line.lstrip().startswith("UBND phường Tân Định →") for line in item)
    assert any(line.lstrip().startswith("↳ 05/01/2026") for line in item)
    difficulty = next(i for i, line in enumerate(lines) if line.startswith(" • ") and i > start + len(item))
    assert lines[difficulty + 1].startswith("   ") and lines[difficulty + 1][3] != " "


def test_a_long_locality_wraps_under_its_name() -> None:
    place = {"name": "phường " + "Rất Dài " * 8, "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh"},
             "ward": {"name": "Phường Rất Dài", "code": 1}}
    lines = rendered(make_record(localities=[place]), EN, 60)
    at = next(i for i, line in enumerate(lines) if line.startswith("  • phường Rất Dài"))
    assert lines[at + 1].startswith("    ") and lines[at + 1][4] != " "


# -- kinds in the status line -------------------------------------------------------
def found(total: int, kinds: list[tuple[str, int]], query: str = "") -> Found:
    return Found(Filter.parse(query), "date", total, [], facets={"kind": kinds})


def test_the_status_line_counts_each_kind() -> None:
    assert kinds_said(found(5, [("khảo sát", 3), ("giám sát", 2)]), VI) == ["3 khảo sát", "2 giám sát"]
    # English mirrors the Vietnamese: the count first, the noun in its number ("survey 3, oversight 2" was read as
    # an ordinal and a name)
    assert kinds_said(found(5, [("khảo sát", 3), ("giám sát", 2)]), EN) == ["3 surveys", "2 oversight visits"]
    assert kinds_said(found(5, [("khảo sát", 4), ("giám sát", 1)]), EN) == ["4 surveys", "1 oversight visit"]
    assert kinds_said(found(3, [("kiểm tra", 1), ("làm việc", 2)]), EN) == ["1 inspection", "2 working visits"]
    assert kinds_said(found(2, [("kiểm tra", 1), ("làm việc", 1)]), VI) == ["1 kiểm tra", "1 làm việc"]
    assert kinds_said(found(1_200, [("khảo sát", 1_200)]), VI) == ["1.200 khảo sát"]
    # under kind: the facet counts the other kinds too (its own clause left out): only the asked kind is shown
    assert kinds_said(found(2, [("khảo sát", 3), ("giám sát", 2)], 'kind:"giám sát"'), VI) == ["2 giám sát"]
    assert kinds_said(found(6, [("khảo sát", 3), ("giám sát", 2)]), VI) == []  # counts that do not add up: nothing
    assert kinds_said(found(1, [("đối thoại", 1)]), EN) == ["1 đối thoại"]  # a kind the catalog lacks: as written


@pytest.mark.slow  # a Pilot flow
async def test_the_bundled_store_is_two_oversight_and_three_survey_visits(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, _):
        assert "5 / 5 chuyến · xếp theo ngày · 3 khảo sát, 2 giám sát" in screen_text(app)


# -- the language switch ------------------------------------------------------------
@pytest.mark.slow  # a Pilot flow
async def test_l_switches_every_word_on_screen_and_is_remembered(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        before = screen_text(app)
        assert "L EN" in before and "Chi tiết" in before and "xếp theo ngày" in before
        await pilot.press("L")
        await settle(pilot)
        after = screen_text(app)
        assert app.lang == "en" and app.title == "Oversight and survey visits"
        for word in ("Filter", "Date", "Details", "visits · sorted by date · 3 surveys, 2 oversight visits", "L VI",
                     "? Help"):
            assert word in after, word
        assert notes(app)[-1].startswith("Interface: English")
        assert "Chi tiết" not in after and "xếp theo" not in after
        assert "Leader:" in details_text(app) and "Trưởng đoàn:" not in details_text(app)
        assert load_settings(settings_path(bundled_store)).lang == "en"
        await pilot.press("question_mark")  # help made afterwards is in the new language, and lists L
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(file=StringIO(), width=100, color_system=None, record=True)
        console.print(app.screen.query_one("#help-keys", Static).content)
        assert "VI — switch the interface to Vietnamese (Tiếng Việt)" in console.export_text()
        await pilot.press("escape")
        await run_from_palette(pilot, "language")  # the palette offers it too
        await settle(pilot)
        assert app.lang == "vi" and "Chi tiết" in screen_text(app)
        assert load_settings(settings_path(bundled_store)).lang == "vi"


@pytest.mark.slow  # a Pilot flow
async def test_the_remembered_language_opens_the_next_browser_unless_lang_is_given(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (_, pilot):
        await pilot.press("L")
        await settle(pilot)
    assert SurveysApp(bundled_store, lang=None).lang == "en"  # `surveys` without --lang
    assert SurveysApp(bundled_store, lang="vi").lang == "vi"  # --lang vi wins for this run
    saved = json.loads(settings_path(bundled_store).read_text(encoding="utf-8"))
    assert saved["lang"] == "en"


@pytest.mark.slow  # a Pilot flow
async def test_follow_up_dialog_shows_and_reads_days_first_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    record = followed_record()
    SurveyStore.open(path).upsert_many([record])
    async with browsing(path, "vi", (100, 30)) as (app, pilot):
        picker = await open_screen(pilot, "u", ItemsScreen)
        assert "31/03/2026" in str(picker.query_one("#items-options", OptionList).get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        assert dialog.query_one("#followup-deadline", Input).value == "31/03/2026"
        assert "05/01/2026" in str(dialog.query_one("#followup-responses", Static).render())
        assert dialog._changes() == {}  # shown day first, unchanged: nothing to save
        dialog.query_one("#followup-deadline", Input).value = "30/04/2026"
        assert dialog._changes() == {"deadline": "30/04/2026"}


# -- a missing import path ----------------------------------------------------------
@pytest.mark.parametrize("argv, said", [
    (("--lang", "vi"), "nowhere.json: không có tệp hoặc thư mục này; chưa ghi gì vào kho"),
    (("--lang", "en"), "nowhere.json: no such file or directory; nothing was written"),
])
def test_import_of_a_missing_path_names_it_in_the_users_language(tmp_path: Path, capsys, argv, said) -> None:
    store = tmp_path / "s.json"
    SurveyStore.open(store)
    before = store.read_bytes()
    assert main(["--db", str(store), *argv, "import", str(tmp_path / "nowhere.json")]) == 1
    captured = capsys.readouterr()
    assert said in captured.err and "Traceback" not in captured.err and captured.out == ""
    assert store.read_bytes() == before


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, said", [
    ("vi", "Không có tệp hoặc thư mục {path}."), ("en", "No such file or directory: {path}."),
])
async def test_the_import_dialog_names_a_missing_path(bundled_store: Path, tmp_path: Path, lang: str,
                                                      said: str) -> None:
    missing = str(tmp_path / "nowhere.json")
    async with browsing(bundled_store, lang, (100, 30)) as (app, pilot):
        dialog = await open_screen(pilot, "i", ImportScreen)
        await type_text(pilot, missing)
        await pilot.press("enter")
        await pilot.pause()
        status = str(dialog.query_one("#status", Static).render())
        assert said.format(path=missing) in status.replace("\n", " ")
        assert dialog.query_one("#confirm").disabled
