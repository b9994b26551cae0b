"""The figures view: pick a metric, see it per locality or over time, numbers written per language."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.widgets import OptionList, Static

from store.metrics import MetricKey, metric_choices
from tests.factories import make_record
from tui.figure_bars import Bar, bars_for, render_bars
from tui.screens.figures import FiguresScreen


class Host(App[None]):
    def __init__(self, records: list[dict[str, Any]], lang: str = "vi", metric: str | None = None) -> None:
        super().__init__()
        self.records, self.lang, self.metric = records, lang, metric
        self.closed = False

    def on_mount(self) -> None:
        self.push_screen(FiguresScreen(self.records, self.lang, metric=self.metric), lambda _: self._close())

    def _close(self) -> None:
        self.closed = True


def chart_lines(app: App) -> list[str]:
    assert isinstance(app.screen, FiguresScreen)
    return app.screen.chart_text().splitlines()


@pytest.mark.slow  # a Pilot flow
async def test_on_time_rate_per_locality_then_over_time(bundled) -> None:
    app = Host(bundled, "vi")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#figures-metrics", OptionList)
        assert options.option_count == len(metric_choices(bundled)) and options.highlighted == 0
        lines = chart_lines(app)
        assert len(lines) == 2
        assert lines[0].startswith("thành phố Thủ Dầu Một │█") and "100%" in lines[0]
        assert "quý 1/2023 (mới nhất trong 3)" in lines[0]
        assert lines[1].startswith("phường Vũng Tàu") and "91,2%" in lines[1]
        title = str(app.screen.query_one("#figures-title", Static).render())
        assert "Tỷ lệ giải quyết đúng hạn (%)" in title and "theo địa bàn" in title
        await pilot.press("t")
        await pilot.pause()
        lines = chart_lines(app)
        assert [line.split("│")[0].strip() for line in lines] == ["2021", "2022", "quý 1/2023", "1/7–29/8/2025"]
        assert ["99,83%" in lines[0], "99,99%" in lines[1], "thành phố Thủ Dầu Một" in lines[2]] == [True] * 3
        assert "theo thời gian" in str(app.screen.query_one("#figures-title", Static).render())
        await pilot.press("escape")
        await pilot.pause()
    assert app.closed


@pytest.mark.slow  # a Pilot flow
async def test_choosing_another_metric_redraws_in_english(bundled) -> None:
    app = Host(bundled, "en")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("down", "down")  # on-time rate, resolved on time, received
        await pilot.pause()
        assert isinstance(app.screen, FiguresScreen) and app.screen.key == MetricKey("ho-so-tiep-nhan", "hồ sơ")
        lines = chart_lines(app)
        assert lines[0].startswith("phường Rạch Dừa") and "2,446 hồ sơ" in lines[0] and "Jul 1–Sep 6, 2025" in lines[0]
        assert lines[1].startswith("phường Vũng Tàu") and "2,077 hồ sơ" in lines[1]
        # the larger value has the longer bar
        assert lines[0].count("█") > lines[1].count("█") > 0


@pytest.mark.slow  # a Pilot flow
async def test_a_metric_can_be_preselected(bundled) -> None:
    app = Host(bundled, "vi", metric="ho-so-dung-han")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#figures-metrics", OptionList).highlighted == 1
        assert "25.925 hồ sơ" not in "\n".join(chart_lines(app))  # per locality: only the latest
        assert "7.834 hồ sơ" in chart_lines(app)[0]
        await pilot.press("t")
        assert "25.925 hồ sơ" in chart_lines(app)[0]


@pytest.mark.slow  # a Pilot flow
async def test_record_text_is_never_markup() -> None:
    record = make_record(figures=[{"label": "[b]Số[/b] [@click=app.quit]x[/]", "value": 5, "unit": "%"}])
    record["localities"][0]["name"] = "phường [red]Đỏ[/red]"
    record["figures"][0]["locality"] = "phường [red]Đỏ[/red]"
    app = Host([record], "vi")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#figures-metrics", OptionList)
        assert "[b]Số[/b] [@click=app.quit]" in str(options.get_option_at_index(0).prompt)
        assert chart_lines(app)[0].startswith("phường [red]Đỏ[/red] │")


@pytest.mark.slow  # a Pilot flow
async def test_no_figures_says_so() -> None:
    app = Host([make_record(figures=[])], "en")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert chart_lines(app) == ["The filtered visits give no figures."]


def test_bars_are_scaled_and_rates_are_scaled_to_100() -> None:
    counts = render_bars([Bar("a", 100, "hồ sơ"), Bar("b", 50, "hồ sơ")], "vi", width=60).plain.splitlines()
    assert counts[0].count("█") == 45 and counts[1].count("█") == 22 and "▌" in counts[1]  # 22.5 cells
    assert counts[0].endswith("100 hồ sơ") and counts[1].endswith(" 50 hồ sơ")
    rates = render_bars([Bar("a", 50, "%"), Bar("b", 25, "%")], "en", width=60).plain.splitlines()
    full = 60 - 1 - 3 - 0 - 6  # width less label, amount and note columns and separators
    assert rates[0].count("█") == full // 2 and "50%" in rates[0]
    assert render_bars([Bar("a", 1234.5, "hồ sơ")], "vi").plain.endswith("1.234,5 hồ sơ")


def test_bars_for_is_usable_without_an_app(bundled) -> None:
    bars = bars_for(bundled, MetricKey("ty-le-dung-han", "%"), "time", "en")
    assert [(b.label, b.value, b.note) for b in bars][:2] == [
        ("2021", 99.83, "thành phố Thủ Dầu Một"), ("2022", 99.99, "thành phố Thủ Dầu Một")]


@pytest.mark.parametrize(("lang", "day"), [("vi", "09/09/2025"), ("en", "2025-09-09")])
def test_a_figure_without_a_period_is_dated_as_every_day_is_shown(lang: str, day: str) -> None:
    """The visit's day stands in for a missing period: "09/09/2025" in Vietnamese (it was the stored ISO day beside
    "1–29/8/2025" in the same chart), as every day the browser shows."""
    record = make_record(id="2025-09-09-no-period", date="2025-09-09", figures=[
        {"label": "Hồ sơ tiếp nhận", "metric": "ho-so-tiep-nhan", "value": 2600, "unit": "hồ sơ",
         "locality": "phường Bà Rịa"}])
    key = MetricKey("ho-so-tiep-nhan", "hồ sơ")
    assert [b.label for b in bars_for([record], key, "time", lang)] == [day]
    assert [b.note for b in bars_for([record], key, "place", lang)] == [day]


@pytest.mark.parametrize(("lang", "day"), [("vi", "22/10/2026?"), ("en", "2026-10-22?")])
def test_a_visits_day_with_an_inferred_year_is_marked(lang: str, day: str) -> None:
    """An extracted draft whose article gave no year ("Chiều 22/10"): the chart dated its figures "22/10/2026" as if
    the year were stated, where the list beside it writes "22/10/2026?"."""
    record = make_record(id="2026-10-22-guessed", date="2026-10-22", date_certainty="inferred", figures=[
        {"label": "Hồ sơ tiếp nhận", "metric": "ho-so-tiep-nhan", "value": 3163, "unit": "hồ sơ",
         "locality": "phường Bà Rịa"}])
    key = MetricKey("ho-so-tiep-nhan", "hồ sơ")
    assert [b.label for b in bars_for([record], key, "time", lang)] == [day]
    assert [b.note for b in bars_for([record], key, "place", lang)] == [day]
    record["date_certainty"] = "stated"
    assert [b.label for b in bars_for([record], key, "time", lang)] == [day.rstrip("?")]


@pytest.mark.slow  # a Pilot flow
async def test_a_complaint_count_and_a_dossier_count_are_two_series() -> None:
    """Stored labels without a metric, read again (`metric_of`): cases settled are not dossiers settled, so the
    screen offers two series and the dossiers' chart holds no case count (session 19, fresh24)."""
    figures = [{"label": "Hồ sơ giải quyết", "value": 1150, "unit": "hồ sơ"},
               {"label": "Vụ việc giải quyết", "value": 15, "unit": "vụ việc"}]
    records = [make_record(figures=[dict(f) for f in figures]),
               make_record(id="2025-11-02-hdnd-test-tan-dinh", date="2025-11-02",
                           figures=[{**figures[0], "value": 1210}, {**figures[1], "value": 9}])]
    app = Host(records, "vi")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#figures-metrics", OptionList)
        assert options.option_count == 2
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(2)]
        assert any("Hồ sơ đã giải quyết (hồ sơ)" in prompt for prompt in prompts)
        assert any("Vụ việc giải quyết (vụ việc)" in prompt for prompt in prompts)
        dossiers = prompts.index(next(p for p in prompts if "Hồ sơ đã giải quyết" in p))
        if options.highlighted != dossiers:
            await pilot.press("down" if dossiers > (options.highlighted or 0) else "up")
            await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        chart = "\n".join(chart_lines(app))
        assert "1.150 hồ sơ" in chart and "1.210 hồ sơ" in chart
        assert "vụ việc" not in chart


def test_a_place_too_long_for_the_room_beside_its_bar_goes_whole_over_it() -> None:
    """At 80×24 the chart has 40 cells: "thành phố Thủ …" beside the bar, no telling which place; now each label has
    a line of its own when one would be cut, its note beside it when every note fits there, else under the bar."""
    places = [Bar("thành phố Thủ Dầu Một", 7834, "hồ sơ", "quý 1/2023 (mới nhất trong 3)"),
              Bar("phường Vũng Tàu", 2077, "hồ sơ", "1–29/8/2025")]
    lines = render_bars(places, "vi", width=40).plain.splitlines()
    assert lines[0] == "thành phố Thủ Dầu Một" and lines[1].startswith("  │█") and lines[1].endswith("7.834 hồ sơ")
    assert lines[2] == "  quý 1/2023 (mới nhất trong 3)" and lines[3] == "phường Vũng Tàu"
    assert all(len(line) <= 40 for line in lines) and "…" not in "".join(lines)
    short = render_bars([Bar("thành phố Thủ Dầu Một", 7834, "hồ sơ", "quý 1/2023"),
                         Bar("phường Vũng Tàu", 2077, "hồ sơ", "1–29/8/2025")], "en", width=40).plain.splitlines()
    assert short[0] == "thành phố Thủ Dầu Một  quý 1/2023" and short[2] == "phường Vũng Tàu  1–29/8/2025"
    wide = render_bars(places, "vi", width=100).plain.splitlines()  # room beside the bars: as before
    assert len(wide) == 2 and wide[0].startswith("thành phố Thủ Dầu Một │")
