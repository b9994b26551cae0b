"""The browser finished for daily use (issue 14), each point at 80×24 in both languages.

Each test drives the real app on the five bundled surveys and reads the screen as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.bodies import label
from store.query import Filter
from tests.present import present
from tests.tui.browser_helpers import (
    active_filter,
    browsing,
    catalog,
    facet_lines,
    footer_text,
    note_titles,
    open_screen,
    record_at,
    result,
    screen_text,
    settle,
    type_text,
    view_records,
)
from tests.tui.hosts import Host
from tests.tui.waiting import drawn, until
from tui.days import visit_day
from tui.dialog_keys import HELP_KEYS, keys_said
from tui.figure_bars import bars_for
from tui.i18n import Translator
from tui.keys import BIND_ORDER
from tui.screens.figures import FiguresScreen
from tui.screens.picker import PickerScreen
from tui.widgets.facets import FacetPanel

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

SMALL = (80, 24)
LANGS = ["vi", "en"]


@pytest.mark.parametrize("lang", LANGS)
async def test_footer_at_80_columns_shows_the_daily_jobs(bundled_store: Path, lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang) as (app, pilot):
        footer = screen_text(app).splitlines()[-1]
        for key, message in ((":", "key.edit_filter"), ("w", "key.ward"), ("p", "key.province"), ("t", "key.topic"),
                             ("b", "key.body"), ("⏎", "key.details"), ("q", "key.quit"), ("/", "key.search")):
            assert f"{key} {t(message)}" in footer, footer  # the daily keys of session 15 (test_ux_s15_footer)


@pytest.mark.parametrize("lang", LANGS)
async def test_help_scrolls_to_its_end_and_keeps_its_close_hint(bundled_store: Path, lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        first = screen_text(app)
        closing = keys_said(HELP_KEYS, t).splitlines()[0]  # the help's own keys, Esc q ? first
        assert closing in first
        last_line = t("help.filter").splitlines()[-1].split()[-1]  # the filter syntax ends the help
        assert t("key.back") not in first
        await pilot.press("G")
        await pilot.pause()
        text = screen_text(app)
        assert last_line in text and closing in text  # the end of the filter syntax, and the way out still
        await pilot.press("g")
        await pilot.pause()
        assert t("key.help") in screen_text(app)


@pytest.mark.parametrize("lang", LANGS)
async def test_import_report_box_shows_the_problems(bundled_store: Path, tmp_path: Path, lang: str) -> None:
    t = Translator(lang)
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x"}]', encoding="utf-8")
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("i")
        await pilot.pause()
        await type_text(pilot, str(bad))
        await pilot.press("enter")
        await until(pilot, lambda: t("import.problems", count=1)[:4] in screen_text(app), "the import's report")
        text = screen_text(app)
        assert t("import.title") in text
        assert t("err.required") in text  # a problem's line, in the UI language, inside the report box
        assert t("import.go") in text and t("import.cancel") in text


@pytest.mark.parametrize("lang", LANGS)
async def test_figures_view_shows_periods_distinct_labels_and_moves_with_j_k(bundled_store: Path, lang: str) -> None:

    async with browsing(bundled_store, lang) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        text = screen_text(app)
        # every bar says its period, whole, even at 80 columns
        bars = bars_for(view_records(app), present(screen.key), "locality", lang)
        assert len(bars) >= 2 and all(bar.note and bar.note in text for bar in bars), text
        lines = [line.split("▎")[0] for line in text.splitlines()[2:] if "▊" in line]
        labels = [line.strip("▊ ").strip() for line in lines if line.strip("▊ ").strip()]
        assert len(labels) == len(set(labels)), labels
        assert "palette" not in text and "^p" not in text
        before = screen.key
        await pilot.press("j")
        await pilot.pause()
        assert screen.key != before
        await pilot.press("k")
        await pilot.pause()
        assert screen.key == before


@pytest.mark.parametrize("lang", LANGS)
async def test_footer_never_cuts_a_label_and_shows_more_when_wide(bundled_store: Path, lang: str) -> None:

    t = Translator(lang)
    labels = [t(spec.message) for spec in BIND_ORDER if spec.footer]
    async with browsing(bundled_store, lang) as (app, pilot):
        footer = screen_text(app).splitlines()[-1].rstrip()
        last = footer.split(" ")[-1]
        assert any(label.endswith(last) for label in labels), footer
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        await pilot.pause()
        wide = " ".join(footer_text(app))  # two lines from 30 rows
        assert f"t {t('key.topic')}" in wide and f"d {t('key.dates')}" in wide, wide


@pytest.mark.parametrize("lang", LANGS)
async def test_list_gets_its_height_back_after_shrinking_and_growing(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        tall = app.survey_list.size.height
        assert tall >= 6  # five surveys and the header
        for size in ((80, 12), (60, 9), SMALL):
            await pilot.resize_terminal(*size)

            def resized(size: tuple[int, int] = size) -> bool:
                return app.size == size

            await until(pilot, resized, "the new size")
            await drawn(pilot)
        assert app.survey_list.size.height == tall
        assert sum(visit_day(record_at(app, p), lang) in screen_text(app) for p in app.survey_list.rows) == 5


@pytest.mark.parametrize("lang", LANGS)
async def test_facet_cursor_is_on_a_value_from_the_start(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("f")
        await pilot.pause()
        panel = app.facets
        panel.focus()
        await pilot.pause()
        assert panel.display and panel.highlighted is not None
        assert panel._clauses[panel.highlighted] is not None
        await pilot.press("enter")  # the value under the cursor is ticked at once, no j needed
        await settle(pilot)
        assert active_filter(app).clauses


@pytest.mark.parametrize("lang", LANGS)
async def test_facet_labels_are_never_drawn_cut_then_whole(lang: str, monkeypatch) -> None:
    """Counts that arrive before the sidebar's first layout are laid out at its stylesheet width at once."""

    drawn: list[str] = []
    real = FacetPanel.draw

    def recording(self, key):
        content = real(self, key)
        drawn.append(content.plain.strip())
        return content

    monkeypatch.setattr(FacetPanel, "draw", recording)
    long_topic = "Chỉ số CCHC, PAPI, SIPAS"  # 24 cells: fits the 32-cell sidebar, not a 20-cell guess

    class Sidebar(Host):
        CSS = ("#facets { width: 32; border: none; border-right: vkey red; padding: 0; scrollbar-gutter: stable;"
               " scrollbar-size-vertical: 1; }")  # as in app.tcss

    def mounted(app: Host) -> None:  # before the first layout: the panel has no size yet
        app.query_one(FacetPanel).show({"topic": [(long_topic, 3)]}, Filter(), {})

    async with Sidebar(widgets=lambda: [FacetPanel(Translator(lang), id="facets")], mounted=mounted).run_test(
            size=(80, 24)) as pilot:
        await pilot.pause()
    topic_lines = [line for line in drawn if line.startswith(long_topic[:10])]
    assert topic_lines and all(line.startswith(long_topic) for line in topic_lines), drawn


@pytest.mark.parametrize("lang", LANGS)
async def test_a_damaged_store_says_how_to_recover(tmp_path: Path, lang: str) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"surveys": {"1": ', encoding="utf-8")
    (tmp_path / "broken.json.bak").write_text('{"surveys": {}}', encoding="utf-8")
    async with browsing(broken, lang) as (app, pilot):
        text = screen_text(app)
        flat = " ".join(text.split())  # the command wraps with the store's path in it
        assert f"surveys --db {broken} recover" in flat or ("surveys --db" in flat and "recover" in flat)
        assert "StoreError" not in text and "Error:" not in text
        assert Translator(lang)("empty.broken", path="", error="", command="").split()[0] in text


@pytest.mark.parametrize("lang", LANGS)
async def test_a_damaged_store_is_said_once(tmp_path: Path, lang: str) -> None:
    """The details pane had said the list's message again, under "The store could not be opened" (its heading
    twice), and its details repeated the store's own "run `surveys recover`": each is said once now."""
    broken = tmp_path / "broken.json"
    broken.write_text('{"surveys": {"1": ', encoding="utf-8")
    (tmp_path / "broken.json.bak").write_text('{"surveys": {}}', encoding="utf-8")
    t = Translator(lang)
    async with browsing(broken, lang) as (app, pilot):
        flat = " ".join(screen_text(app).split())
        damaged = " ".join(t("empty.broken", path="P", error="", command="").partition("P")[2].split()[:3])
        assert flat.count(damaged) == 1
        assert flat.count("recover") == 1
        assert t("empty.failed", error="").rstrip(":\n") not in flat.replace(t("status.failed"), "", 1)
        assert t("err.store_bad_json", detail="").rstrip(": ") in flat  # the reason, in the reader's language


@pytest.mark.parametrize("lang", LANGS)
async def test_a_damaged_store_without_a_backup_says_so_in_the_ui_language(tmp_path: Path, lang: str) -> None:
    """No "restore the backup" when there is none; the store's own reason, said in the reader's language."""
    broken = tmp_path / "broken.json"
    broken.write_text("", encoding="utf-8")
    async with browsing(broken, lang) as (app, pilot):
        text = " ".join(screen_text(app).split())
        t = Translator(lang)
        assert "recover" not in text
        assert t("err.store_no_backup") in text and t("err.store_empty_file") in text
        if lang == "vi":
            assert "cannot be read" not in text and "no backup" not in text


@pytest.mark.parametrize("lang", LANGS)
async def test_textual_own_words_are_in_the_ui_language(bundled_store: Path, lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert t("quit.title") in note_titles(app)
        names = [command.title for command in app.get_system_commands(app.screen)]
        assert t("sys.theme") in names and t("sys.quit") in names
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert t("palette.placeholder") in screen_text(app)


@pytest.mark.parametrize("lang", LANGS)
async def test_date_and_filter_errors_are_explained_in_the_ui_language(bundled_store: Path, lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("d")
        await type_text(pilot, "2025-13")
        await pilot.press("enter")
        await pilot.pause()
        assert t("err.no_month", text="'2025-13'", month=13) in screen_text(app)
        await pilot.press("ctrl+u")
        await type_text(pilot, "May 2023")  # month names, in English too
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == "date:5/2023"
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, "colour:red")
        await pilot.press("enter")
        await pilot.pause()
        assert t("err.unknown_field", field="'colour'", names="")[:12] in screen_text(app)


@pytest.mark.parametrize("lang", LANGS)
async def test_province_picker_offers_former_provinces_and_districts(bundled_store: Path, lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("p")
        await type_text(pilot, "binh duong")
        await settle(pilot)
        text = screen_text(app)
        assert t("picker.nothing") not in text
        assert "Bình Dương" in text and t("picker.former_province", today="Hồ Chí Minh") in text
        assert isinstance(app.screen, PickerScreen)
        shown = app.screen.visible_choices[0]
        assert shown.label == "Bình Dương" and shown.count >= 2  # Dĩ An and Thủ Dầu Một at least
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'province:"Bình Dương"'
        assert len(result(app).positions) == shown.count  # the count offered is what the filter finds
        await pilot.press("X", "p")
        await type_text(pilot, "di an")
        await settle(pilot)
        assert t("picker.former_district_of", level="thành phố", where="Bình Dương") in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'ward="thành phố Dĩ An, Bình Dương"'  # its level and province
        assert len(result(app).positions) == 1


@pytest.mark.parametrize("lang", LANGS)
async def test_body_type_picker_and_facet(bundled_store: Path, lang: str) -> None:

    async with browsing(bundled_store, lang, (120, 40)) as (app, pilot):
        assert any(line.strip().startswith(label("dbqh", lang)) and line.rstrip().endswith("3")
                   for line in facet_lines(app))  # the facet, whole, with its count
        await pilot.press("B")
        await type_text(pilot, "dbqh" if lang == "vi" else "assembly")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        bodies = {catalog(app).record(p)["body"] for p in result(app).positions}
        assert len(result(app).positions) == 3 and all("ĐBQH" in body for body in bodies), bodies
        # the facet line is ticked; Enter on it takes the whole kind out again
        panel = app.facets
        index = next(i for i, c in enumerate(panel._clauses) if isinstance(c, tuple) and c
                     and set(c) == set(active_filter(app).clauses))
        panel.focus()
        panel.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        assert not active_filter(app).clauses and len(result(app).positions) == 5


@pytest.mark.parametrize("lang", LANGS)
async def test_filter_bar_reads_month_names_in_date_clauses(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, 'since:"May 2023" until:"tháng 12/2023"')
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'since:5/2023 until:12/2023'
        assert len(result(app).positions) == 2  # Thủ Dầu Một and Thạch Thất, both May 2023
