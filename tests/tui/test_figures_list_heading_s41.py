"""The figures view's metric list says what the number before each name counts (tryout13, session 41).

"4 Tỷ lệ giải quyết đúng…" had no heading: a count of what? The list's border now says "Số số liệu · chỉ tiêu" /
"No. of figures · metric", whole even when the list is as narrow as it gets, and the view's help says it too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, open_screen, screen_text
from tui.i18n import Translator
from tui.screens.figures import FiguresScreen


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_metric_list_has_a_heading_over_its_counts(bundled_store: Path, lang: str,
                                                             size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await pilot.pause()
        options = screen.query_one("#figures-metrics", OptionList)
        heading = t("figs.list_title")
        assert heading.split(" · ")[1] in {"chỉ tiêu", "metric"}  # the premise: the words said below
        lines = screen_text(app).splitlines()
        top = options.region.y  # the list's top border row
        assert f" {heading} " in lines[top][:options.region.width], lines[top]
        first = str(options.get_option_at_index(0).prompt)
        assert first.split(" ", 1)[0] == str(screen.choices[0].count)  # under it, the counts it names


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (80, 24))])
async def test_the_heading_is_whole_over_the_narrowest_list(tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    """One short metric ("Hồ sơ"): the list had been as narrow as its lines, too narrow for the heading."""
    path = tmp_path / "one.json"
    store = SurveyStore(path)
    store.create()
    store.upsert_many([make_record(figures=[{"label": "Hồ sơ", "value": 12, "unit": "hồ sơ"}])])
    t = Translator(lang)
    async with browsing(path, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await pilot.pause()
        options = screen.query_one("#figures-metrics", OptionList)
        top = screen_text(app).splitlines()[options.region.y]
        assert f" {t('figs.list_title')} " in top, top


@pytest.mark.parametrize(("lang", "said"), [("vi", "số đứng trước là số số liệu"),
                                            ("en", "the number before it its number of figures")])
def test_the_views_help_says_what_the_number_counts(lang: str, said: str) -> None:
    assert said in Translator(lang)("figs.help")
