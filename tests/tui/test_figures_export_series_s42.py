"""`e` in the figures view exports the metric on screen, not every figure (tryout s42-tryout14, Found 9).

With five visits in the store, `c` on the on-time rate and `e` had offered "Xuất cả 5 chuyến trong kho" and written
all 21 figures of every metric. The figures view's `e` now names the metric in its title and writes only that
series' figures (`store.metrics.in_series`); the main screen's `e` still writes the whole view.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.widgets import Label

from store.metrics import in_series, metric_choices, series_key
from tests.tui.browser_helpers import browsing, finish, open_screen
from tui.i18n import Translator
from tui.screens.export_dialog import ExportScreen
from tui.screens.figures import FiguresScreen

FIGS: list[dict[str, Any]] = [{"label": "Tỷ lệ đúng hạn", "metric": "on_time_rate", "value": 98.5, "unit": "%"},
        {"label": "Hồ sơ tiếp nhận", "metric": "applications_received", "value": 905, "unit": "hồ sơ"},
        {"label": "chỉ có chữ", "value": "nhiều"}]


def test_in_series_keeps_the_series_figures_and_leaves_the_records_be() -> None:
    records = [{"id": "a", "figures": list(FIGS)}, {"id": "b", "figures": [FIGS[1]]}]
    key = series_key(FIGS[0])
    kept = in_series(records, key)
    assert [record["id"] for record in kept] == ["a"]  # a visit without the series does not go
    assert kept[0]["figures"] == [FIGS[0]]
    assert len(records[0]["figures"]) == 3  # copies: the view's records untouched
    assert in_series(records, series_key(FIGS[1]))[1]["figures"] == [FIGS[1]]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_e_in_the_figures_view_writes_the_metric_on_screen(bundled_store: Path, export_home: Path,
                                                                 lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size) as (app, pilot):
        figures = await open_screen(pilot, "c", FiguresScreen)
        key = figures.key
        assert key is not None and len(metric_choices(figures.records)) > 1  # more than one metric in the view
        every = sum(len(record.get("figures", [])) for record in figures.records)
        dialog = await open_screen(pilot, "e", ExportScreen)
        title = dialog.query_one(".dialog-title", Label).render()
        said = title.plain if isinstance(title, Content) else str(title)
        shown = len(in_series(figures.records, key))
        assert said == t("export.title_series", series=key.label(lang), count=t.number(shown)), said
        await pilot.press("ctrl+s")
        await finish(pilot)
        rows = list(csv.DictReader(io.StringIO((export_home / "surveys-export.csv").read_text(encoding="utf-8"))))
        assert rows and len(rows) < every
        assert {row["metric"] for row in rows} == {key.metric}
