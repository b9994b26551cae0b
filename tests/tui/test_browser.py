"""The browser on the five bundled surveys: every key, the issue's acceptance path (dialogs: test_browser_pickers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.query import Filter
from tests.bundled import DI_AN, LAI_THIEU, NEWEST_FIRST, RACH_DUA, TDM, THACH_THAT
from tests.goldens import assert_matches_golden
from tests.tui.browser_helpers import (
    active_filter,
    answer,
    browsing,
    details_text,
    facet_lines,
    filter_text,
    footer_text,
    listed_ids,
    run_from_palette,
    screen_text,
    search,
    selected_id,
    settle,
    type_text,
)
from tui.app import SurveysApp
from tui.screens.help import HelpScreen
from tui.screens.picker import PickerScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


def _shown(english: str, lang: str) -> str:
    """The filter bar's text for a filter written in English: its field names are the interface language's."""
    return Filter.parse(english).render(lang)


@pytest.mark.parametrize("lang, received", [("vi", "2.446"), ("en", "2,446")])
async def test_acceptance_path(bundled_store: Path, lang: str, received: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        assert listed_ids(app) == NEWEST_FIRST

        await answer(pilot, "w", "lai")
        assert listed_ids(app) == [LAI_THIEU]
        assert selected_id(app) == LAI_THIEU
        assert "Nguyễn Văn Lợi" in details_text(app)
        assert filter_text(app) == _shown('ward="Lái Thiêu"', lang)
        assert "Lái Thiêu" in screen_text(app)

        await pilot.press("X", "t")
        await settle(pilot)
        await type_text(pilot, "de an 06")
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == [RACH_DUA, LAI_THIEU]
        assert filter_text(app) == _shown("topic:de-an-06", lang)

        await pilot.press("X", "slash")
        await type_text(pilot, "rach dua")
        await settle(pilot)
        assert listed_ids(app) == [RACH_DUA]
        details = details_text(app)
        row = next(line for line in details.splitlines() if "phục vụ hành chính công phường tiếp nhận" in line)
        assert received in row and "hồ sơ" in row
        assert filter_text(app) == '"rach dua"'


async def test_navigation_keys_move_the_cursor_and_the_details_follow(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        assert selected_id(app) == RACH_DUA
        steps: list[tuple[tuple[str, ...], str, str | None]] = [  # keys, then the survey selected, a name shown
            (("j",), LAI_THIEU, "Nguyễn Văn Lợi"), (("down", "down"), THACH_THAT, None), (("k",), TDM, None),
            (("up",), LAI_THIEU, None), (("G",), DI_AN, "Phạm Văn Bảy"), (("g",), RACH_DUA, None),
            (("pagedown",), DI_AN, None), (("pageup",), RACH_DUA, None), (("end",), DI_AN, None),
            (("home",), RACH_DUA, None),
        ]
        for keys, expected, shown in steps:
            await pilot.press(*keys)
            assert selected_id(app) == expected, keys
            if shown:
                await settle(pilot)  # the details are drawn once the selection settles
                assert shown in details_text(app), keys


async def test_enter_focuses_details_tab_moves_between_panes_escape_returns(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", (120, 40)) as (app, pilot):
        assert app.focused is app.survey_list
        await pilot.press("enter")
        assert app.focused is app.details
        await pilot.press("escape")
        assert app.focused is app.survey_list
        await pilot.press("tab")
        assert app.focused is app.details
        await pilot.press("tab")
        assert app.focused is app.filter_bar.input
        await pilot.press("tab")
        assert app.focused is app.facets
        await pilot.press("tab")
        assert app.focused is app.survey_list


async def test_details_show_every_part_of_a_survey(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("G")
        await settle(pilot)  # the details are drawn once the selection settles
        assert selected_id(app) == DI_AN
        # every part: date, kind, body, leader, localities then and now, topics, summary, figures, items,
        # difficulties, people, source
        assert_matches_golden("details_di_an_vi.txt", details_text(app))
        await pilot.press("g", "j", "j")
        await settle(pilot)
        text = details_text(app)
        assert "99,83%" in text
        assert "25.925" in text and "/ 25.969 = 99,83%" in text


async def test_drop_last_and_clear(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("x")  # nothing to drop: a note, no crash
        await settle(pilot)
        app.apply_filter(active_filter(app).parse("province:binh-duong-is-not-here"))
        await settle(pilot)
        assert listed_ids(app) == []
        await pilot.press("x")
        await settle(pilot)
        await answer(pilot, "t", "so hoa")
        await answer(pilot, "d", "2023")
        assert filter_text(app) == "topic:so-hoa-ho-so year:2023"
        assert listed_ids(app) == [TDM]
        await pilot.press("x")
        await settle(pilot)
        assert filter_text(app) == "topic:so-hoa-ho-so"
        assert listed_ids(app) == [RACH_DUA, LAI_THIEU, TDM, DI_AN]
        await pilot.press("X")
        await settle(pilot)
        assert filter_text(app) == ""
        assert listed_ids(app) == NEWEST_FIRST


async def test_sort_cycles_date_locality_body(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("s")
        await settle(pilot)
        # Dĩ An, Lái Thiêu, Thạch Thất, Thủ Dầu Một, Vũng Tàu (folded)
        assert listed_ids(app) == [DI_AN, LAI_THIEU, THACH_THAT, TDM, RACH_DUA]
        assert "sorted by locality" in screen_text(app)
        await pilot.press("s")
        await settle(pilot)
        # folded: "doan cong tac…", "doan dbqh tphcm", "doan giam sat so 1…", "doan giam sat, …", "hdnd…"
        assert listed_ids(app) == [RACH_DUA, LAI_THIEU, THACH_THAT, DI_AN, TDM]
        await pilot.press("s")
        await settle(pilot)
        assert listed_ids(app) == NEWEST_FIRST


async def test_facets_toggle_counts_follow_the_filter(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        assert not app.facets.display  # narrow terminal: hidden until asked for
        await pilot.press("f")
        assert app.facets.display
        lines = facet_lines(app)
        assert any("Thành phố Hồ Chí Minh" in line and line.endswith("4") for line in lines)
        assert any("Lái Thiêu" in line and line.endswith("1") for line in lines)
        assert any("Project 06" in line and line.endswith("2") for line in lines)
        assert any(line.strip().startswith("2025") and line.endswith("2") for line in lines)

        app.facets.focus()
        target = next(i for i, line in enumerate(lines) if "Thành phố Hà Nội" in line)
        app.facets.highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == 'province:"Thành phố Hà Nội"'
        assert listed_ids(app) == [THACH_THAT]
        lines = facet_lines(app)
        # the province facet still counts every province (its own clause is left out) ...
        assert any("Thành phố Hồ Chí Minh" in line and line.endswith("4") for line in lines)
        assert any(line.lstrip().startswith("● Thành phố Hà Nội") for line in lines)
        # ... while the others follow the filter
        assert not any("Project 06" in line for line in lines)
        assert any("Administrative reform" in line and line.endswith("1") for line in lines)

        target = next(i for i, line in enumerate(lines) if "Thành phố Hồ Chí Minh" in line)
        app.facets.highlighted = target
        await pilot.press("enter")  # OR within the province facet
        await settle(pilot)
        assert len(listed_ids(app)) == 5
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == [THACH_THAT]
        await pilot.press("f")
        assert not app.facets.display
        assert app.focused is app.survey_list


async def test_filter_bar_edits_and_reports_bad_filters(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("colon")
        assert app.focused is app.filter_bar.input
        await type_text(pilot, 'topic:de-an-06 since:2025-09-05')
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == [RACH_DUA]
        assert app.focused is app.survey_list

        await answer(pilot, "colon", " colour:red")
        assert "Bad filter: unknown filter field 'colour'" in screen_text(app)
        assert listed_ids(app) == [RACH_DUA]
        await pilot.press("escape")
        assert filter_text(app) == "topic:de-an-06 since:2025-09-05"
        assert app.focused is app.survey_list

        await answer(pilot, "colon", " until:31/2/2024")
        assert "Bad filter" in screen_text(app)
        assert app.is_running


async def test_no_match_says_which_filters_and_how_to_clear(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await search(pilot, "no such words")
        text = screen_text(app)
        assert 'No visit matches the filter:' in text
        assert '"no such words"' in text
        assert "Press x to drop the last filter, X to clear them all." in text
        await pilot.press("x")
        await settle(pilot)
        assert listed_ids(app) == NEWEST_FIRST


async def test_search_escape_restores_the_filter(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await answer(pilot, "d", "2025")
        await pilot.press("slash")
        await type_text(pilot, "lai thieu")
        await settle(pilot)
        assert listed_ids(app) == [LAI_THIEU]
        assert filter_text(app) == 'year:2025 "lai thieu"'
        await pilot.press("escape")
        await settle(pilot)
        assert filter_text(app) == "year:2025"
        assert listed_ids(app) == [RACH_DUA, LAI_THIEU]
        assert app.focused is app.survey_list


async def test_help_lists_every_key(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", (120, 40)) as (app, pilot):
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            text = screen_text(app)
            for shown in ("? F1", "/", "w", "p", "t", "b", "d", "W", "T", "x", "X", "s", "f", ":", "e", "c", "u",
                          "i", "q", "Ctrl+P", "Tab", "j k ↓ ↑", "g G Home End", "PgUp PgDn", "Esc", "Enter"):
                assert f" {shown} " in text, shown
            assert "Only this visit's ward" in text
            for said in ("Filter — edit the filter as text", "Export — write the filtered visits",
                         "Figures — compare them across", "Follow up — recommendations and directions"):
                assert said in text, said
            await pilot.press(*["down"] * 12)  # the filter syntax, below the keys
            await pilot.pause()
            text = screen_text(app)
            assert "status:open" in text and "overdue" in text
            await pilot.press("escape")
            assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("lang, essentials, more, rest", [
    ("en", "? Help / Find : Filter w Ward p Province t Topic b Body ⏎ Open q Quit L VI",
     "d Dates x Drop e Export c Figures", "u Follow up i Import X Clear f Facets r Edit o Sources a Addressee"),
    ("vi", "? Giúp / Tìm : Lọc w Phường p Tỉnh t Chủ đề b Cơ quan ⏎ Mở q Thoát L EN",
     "d Ngày x Bỏ lọc e Xuất c Số liệu u Theo dõi", "i Nhập X Xóa lọc f Nhóm r Sửa o Câu gốc a Nơi nhận"),
])  # the daily keys at 80 (session 15); the later ones as they fit, on a second line from 30 rows (every key)
async def test_footer_keeps_the_essentials_first_and_shows_more_when_wide(bundled_store: Path, lang: str,
                                                                        essentials: str, more: str,
                                                                        rest: str) -> None:
    for size, shown in (((80, 24), [essentials]), ((120, 40), [f"{essentials} {more}", rest])):
        app = SurveysApp(bundled_store, lang=lang)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            lines = footer_text(app)
            assert len(lines) == len(shown), lines
            assert lines[0].strip().startswith(shown[0]), lines
            assert [line.rstrip() for line in lines[1:]] == shown[1:], lines


async def test_command_palette_runs_actions(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", (100, 30)) as (app, pilot):
        await run_from_palette(pilot, "phuong")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("escape")
        await run_from_palette(pilot, "sap xep")  # waits for the palette's search, not a fixed 0.3 s
        await settle(pilot)
        assert app.sort_order == "locality"
