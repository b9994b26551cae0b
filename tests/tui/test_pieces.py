"""The browser's parts without a screen: safe text, fuzzy matching, dates, settings, language, layout."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rich.text import Text

from cli.commands.describe import describe_record
from store.export import export
from store.periods import period_label
from store.query import Clause, QueryError
from tui.fuzzy import Choice, rank
from tui.i18n import CATALOG, LANGS, Translator, detect_lang
from tui.keys import KEYS
from tui.model import locality_text
from tui.safe import one_line, visible
from tui.screens.dates import date_clause
from tui.settings import Settings, load_settings, save_settings, settings_path
from tui.widgets.details import figure_cells
from tui.widgets.survey_list import columns


def test_visible_escapes_control_characters_and_keeps_markup_as_text() -> None:
    assert visible("a\x1b[31mb\x07c") == "a\\x1b[31mb\\x07c"
    assert visible("\x9b2J") == "\\x9b2J"
    assert visible("right\u202eto left") == "right\\u202eto left"
    assert visible("[b]x[/b]") == "[b]x[/b]"
    assert visible("tab\tand\nline") == "tab and line"
    assert visible("one\ntwo", keep_newlines=True) == "one\ntwo"
    assert visible(None) == ""


def test_one_line_pads_and_cuts_to_the_width() -> None:
    cell = one_line("Phường Lái Thiêu", 8)
    assert isinstance(cell, Text)
    assert cell.plain == "Phường …"
    assert one_line("ab", 5).plain == "ab   "


def test_fuzzy_rank_folds_diacritics_and_prefers_word_starts() -> None:
    choices = [Choice("Thái Bình", "Thái Bình", 3), Choice("Lái Thiêu", "Lái Thiêu", 1),
               Choice("Bình Lợi", "Bình Lợi", 9)]
    assert [c.value for c in rank("lai", choices)] == ["Lái Thiêu"]
    assert [c.value for c in rank("binh", choices)] == ["Bình Lợi", "Thái Bình"]
    assert [c.value for c in rank("tb", choices)] == ["Thái Bình"]  # scattered letters, the last resort
    assert [c.value for c in rank("thieu", choices)] == ["Lái Thiêu"]
    assert [c.value for c in rank("", choices)] == ["Thái Bình", "Lái Thiêu", "Bình Lợi"]
    topic = Choice("de-an-06", "Project 06 (population data)", 2, detail="de-an-06", keys="Đề án 06 DA06")
    assert rank("đề án", [topic]) == [topic]


@pytest.mark.parametrize("typed, clause", [
    ("2025", Clause("year", "2025")),
    ("2025-07..2025-09", Clause("date", "2025-07..2025-09")),
    ("since 1/7/2025", Clause("since", "1/7/2025")),
    ("until 2023", Clause("until", "2023")),
    ("từ 7/2025", Clause("since", "7/2025")),
    ("đến  quý 1/2023", Clause("until", "quý 1/2023")),
    ("16/5/2023", Clause("date", "16/5/2023")),
    ("22/10", Clause("date", "22/10")),
    ("từ 1/9", Clause("since", "1/9")),
    ("20/12..10/1", Clause("date", "20/12..10/1")),
])
def test_date_clause(typed: str, clause: Clause) -> None:
    assert date_clause(typed) == clause


@pytest.mark.parametrize("typed", ["", "since", "31/2/2024", "2025-09..2025-07", "soon", 'x"y', "31/2", "5/16"])
def test_date_clause_rejects_what_is_not_a_range(typed: str) -> None:
    with pytest.raises(QueryError):
        date_clause(typed)


def test_settings_round_trip_beside_the_store(tmp_path: Path) -> None:
    path = settings_path(tmp_path / "s.json")
    assert path == tmp_path / "s.json.settings.json"
    assert load_settings(path) == Settings()
    wanted = Settings('ward:"lái thiêu"', "body", True)
    assert save_settings(path, wanted)
    assert load_settings(path) == wanted
    assert json.loads(path.read_text(encoding="utf-8"))["filter"] == 'ward:"lái thiêu"'
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary left behind


@pytest.mark.parametrize("content", ["", "{", "[]", '{"filter": 3, "sort": "size", "facets": "yes"}'])
def test_unreadable_settings_mean_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "s.json.settings.json"
    path.write_text(content, encoding="utf-8")
    assert load_settings(path) == Settings()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_settings_are_skipped_quietly(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        assert not save_settings(tmp_path / "s.json.settings.json", Settings())
    finally:
        tmp_path.chmod(0o700)


@pytest.mark.parametrize("environ, lang", [
    ({"LANG": "vi_VN.UTF-8"}, "vi"), ({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en"),
    ({"LC_ALL": "", "LANG": "vi"}, "vi"),
])
def test_language_comes_from_the_locale(environ: dict[str, str], lang: str) -> None:
    assert detect_lang(environ) == lang


def test_catalog_has_both_languages_and_every_key_is_described() -> None:
    for message_id, entry in CATALOG.items():
        assert set(entry) == set(LANGS), message_id
    for spec in KEYS:
        assert spec.message in CATALOG


def test_numbers_follow_the_language() -> None:
    vi, en = Translator("vi"), Translator("en")
    assert (vi.number(2446), vi.percent(99.83)) == ("2.446", "99,83%")
    assert (en.number(2446), en.percent(99.83)) == ("2,446", "99.83%")
    figure = {"label": "Hồ sơ đã giải quyết", "value": 2242, "unit": "hồ sơ", "of": 2446,
              "period": {"from": "2025-07-01", "to": "2025-09-06"}, "locality": "phường Rạch Dừa"}
    assert figure_cells(figure, vi) == ("Hồ sơ đã giải quyết", "2.242", "/ 2.446 = 91,66%", "hồ sơ",
                                        "1/7–6/9/2025", "phường Rạch Dừa")
    assert figure_cells({"label": "Tỷ lệ", "value": 99.83, "unit": "%"}, en)[:2] == ("Tỷ lệ", "99.83%")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_one_period_formatter_for_details_brief_and_show(lang: str) -> None:
    """The details pane, the Markdown brief and `surveys show` write a period the same way."""

    record = json.loads((Path(__file__).parents[2] / "data" / "surveys.json").read_text(encoding="utf-8"))[0]
    periods = [figure["period"] for figure in record["figures"] if figure.get("period")]
    assert periods
    t = Translator(lang)
    brief = export([record], "md", lang=lang).decode("utf-8-sig")
    shown = describe_record(record, lang)
    for figure in record["figures"]:
        if figure.get("period"):
            written = period_label(figure["period"], "", lang)
            assert figure_cells(figure, t)[4] == written
            assert written in brief and written in shown, written


def test_columns_drop_topics_then_leader_when_narrow() -> None:
    assert [name for name, _ in columns(120)] == ["locality", "body", "leader", "topics"]
    assert [name for name, _ in columns(78)] == ["locality", "body", "leader", "topics"]
    assert [name for name, _ in columns(60)] == ["locality", "body", "leader"]
    assert [name for name, _ in columns(40)] == ["locality", "body"]
    for width in (40, 60, 78, 120, 200):
        assert 1 + 11 + sum(2 + w for _, w in columns(width)) == width  # 11: "04/09/2025?"


def test_locality_text_names_wards_provinces_and_former_provinces() -> None:
    record = {"localities": [
        {"name": "TP. Dĩ An", "level": "thành phố", "former_province": "Bình Dương",
         "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}, "ward": None},
        {"name": "phường Tân Đông Hiệp", "level": "phường", "former_province": "Bình Dương",
         "province": {"name": "Thành phố Hồ Chí Minh", "code": 79},
         "ward": {"name": "Phường Tân Đông Hiệp", "code": 25945}},
    ]}
    assert locality_text(record) == "Dĩ An, Tân Đông Hiệp · Hồ Chí Minh (Bình Dương)"
