"""The figures view (`c`): one metric across the filtered surveys, as bars.

Reports give the same quantity under many labels; `store.metrics` groups
them by the taxonomy, and this screen lets the user pick one series and see
it per locality (the latest figure of each place, largest first) or over
time (every figure in date order). `t` switches between the two; `e` writes
the figures to a file (the export dialog, a CSV row per figure). The bars
themselves are drawn by `tui.figure_bars` (block characters, a number beside
each); this module is the screen: the metric list, its width and labels, the
title, and the keys.

Labels and locality names come from records, so they are put on screen as
plain `Text`, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from store.metrics import MetricChoice, MetricKey, metric_choices, series_key

from ..figure_bars import bars_for, fit, render_bars
from ..i18n import Translator
from ..keys import FIGURES_KEYS
from ..safe import visible
from ..title_lines import KEEP, join_lines, wrap_title
from .help import HelpScreen

MODES = ("locality", "time")
LIST_CHROME = 6
"""Cells of the metric list that are not its lines: border, padding and scrollbar, two each."""
LIST_NARROWEST = 20
TITLE_CHROME = 6
"""The cells the list's border takes around its heading: a corner, a rule and a space each side."""
TITLE_LINES = 3
"""The most lines the title wraps onto (a label of 128 cells at 80 columns): at 24 rows the list keeps 16 lines."""
WRAP_SLACK = 12
"""Cells a wrapped title may lose at its line ends (words are not split), so its last line is not cut."""


def distinct_fits(labels: list[str], width: int) -> list[str]:
    """Each label cut to `width` cells; labels whose cut would read the same keep their ends instead
    ("Thủ tục trên Cổng…(%)" and "Thủ tục trên…(thủ tục)"), so no two lines of the list look alike."""
    cut = [fit(label, width).rstrip() for label in labels]
    for text in set(cut):
        same = [i for i, other in enumerate(cut) if other == text]
        if len(same) < 2 or len({labels[i] for i in same}) < 2:
            continue
        wanted = len({labels[i] for i in same})
        units = [_keep_end(labels[i], width, len(labels[i]) - labels[i].rfind("(")) for i in same]
        trial = units  # the unit in brackets, "(%)" or "(thủ tục)", is what usually tells them apart
        for tail in range(1, width - 2):
            if len(set(trial)) == wanted:
                break
            trial = [_keep_end(labels[i], width, tail) for i in same]
        for i, text_i in zip(same, trial, strict=True):
            cut[i] = text_i
    return cut


def _keep_end(label: str, width: int, tail: int) -> str:
    """`label` in `width` cells: its start, "…", then its last `tail` characters."""
    if cell_len(label) <= width:
        return label
    end = label[-tail:] if 0 < tail < width - 3 else label[-(width // 3):]
    return fit(label, width - cell_len(end)).rstrip().removesuffix("…") + "…" + end


def metric_list_width(screen: int, needed: int) -> int:
    """The metric list's width on a `screen` that many columns wide, for lines of `needed` cells at most: a share
    of the screen, 30 cells at 80 columns (the chart beside it keeps 50) growing to 48 at 120 (labels of 40 cells
    whole, and the chart still room for a bar with its period beside it, "quý 1/2023 (mới nhất trong 3)") and 66
    at 160, never over 45% of the screen nor wider than its longest line. It had been 38 at any width: too wide
    at 80, where the chart was squeezed, and too narrow from 120 on, where labels were cut."""
    share = 30 + (screen - 80) * 9 // 20
    return max(LIST_NARROWEST, min(needed + LIST_CHROME, share, screen * 9 // 20))



class FiguresScreen(Screen[None]):
    """Pick a metric on the left; its bars on the right. `t` locality/time, escape back."""

    KEY_TABLE = FIGURES_KEYS
    """Its footer, help and command palette entries (`tui.palette`)."""
    BINDINGS = [
        Binding("j", "move(1)", show=False),
        Binding("k", "move(-1)", show=False),
    ]

    DEFAULT_CSS = """
    FiguresScreen #figures-title { height: auto; max-height: 3; padding: 0 1; text-style: bold; }
    FiguresScreen #figures-body { height: 1fr; }
    FiguresScreen #figures-metrics { width: 30; height: 1fr; }
    FiguresScreen #figures-chart-scroll { width: 1fr; height: 1fr; padding: 0 1; }
    FiguresScreen #figures-chart { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, records: list[dict[str, Any]], lang: str = "vi", metric: str | None = None,
                 mode: str = "locality", export: Callable[[MetricKey, str], None] | None = None) -> None:
        super().__init__()
        self.export = export  # `e`: the export dialog on the series on screen, a row per figure (the browser's)
        self.records = list(records)
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.choices: list[MetricChoice] = metric_choices(self.records)
        self.mode = mode if mode in MODES else "locality"
        self.key: MetricKey | None = self._initial(metric)
        self.chart: Text = Text()
        self._heights: dict[tuple[int, str], int] = {}  # the title's lines, by width and mode (`_title_height`)
        # Footer labels in the screen's language (BINDINGS are class level and could not say them).
        for spec in FIGURES_KEYS:
            if spec.action:
                self._bindings.bind(spec.keys, spec.action, self.t(spec.message), key_display=spec.display.split()[0])

    def _initial(self, metric: str | None) -> MetricKey | None:
        for choice in self.choices:
            if metric is None or choice.key.metric == metric:
                return choice.key
        return self.choices[0].key if self.choices else None

    def compose(self) -> ComposeResult:
        yield Static("", id="figures-title", markup=False)
        with Horizontal(id="figures-body"):
            yield OptionList(*self._options(self._list_width()), id="figures-metrics", markup=False)
            with VerticalScroll(id="figures-chart-scroll"):
                yield Static("", id="figures-chart", markup=False)
        yield Footer(show_command_palette=False)

    def _digits(self) -> int:
        return max((len(str(choice.count)) for choice in self.choices), default=1)

    def _list_width(self) -> int:
        """The metric list's width for the screen as it is now (`metric_list_width`)."""
        needed = max((self._digits() + 1 + cell_len(visible(choice.key.label(self.lang))) for choice in self.choices),
                     default=0)
        needed = max(needed, cell_len(self.t("figs.list_title")) + TITLE_CHROME - LIST_CHROME)  # its heading whole
        return metric_list_width(self.app.size.width, needed)

    def _options(self, width: int) -> list[Option]:
        """Count and name on one line each, the name cut to the list's `width` less its chrome."""
        digits = self._digits()
        labels = distinct_fits([visible(choice.key.label(self.lang)) for choice in self.choices],
                               max(1, width - LIST_CHROME - digits - 1))
        return [
            Option(Text.assemble((f"{choice.count:>{digits}} ", "dim"), label), id=str(position))
            for position, (choice, label) in enumerate(zip(self.choices, labels, strict=True))
        ]

    def _fit_list(self) -> None:
        """Give the metric list its share of the width and its names cut to it; prompts are replaced in place, so
        the highlighted metric and the list's scroll stay where they were."""
        options = self.query_one("#figures-metrics", OptionList)
        width = self._list_width()
        if options.styles.width is not None and options.styles.width.cells == width:
            return
        options.styles.width = width
        for index, option in enumerate(self._options(width)):
            options.replace_option_prompt_at_index(index, option.prompt)

    def on_mount(self) -> None:
        self._fit_list()
        options = self.query_one("#figures-metrics", OptionList)
        options.border_title = self.t("figs.list_title")  # what the number before each name counts (tryout13)
        if self.key is not None:
            options.highlighted = next(i for i, c in enumerate(self.choices) if c.key == self.key)
        options.focus()
        self.call_after_refresh(self.refresh_chart)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_index is not None and 0 <= event.option_index < len(self.choices):
            self.key = self.choices[event.option_index].key
            self.refresh_chart()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#figures-chart-scroll").focus()

    def on_resize(self) -> None:
        self._fit_list()
        self.call_after_refresh(self.refresh_chart)

    def action_move(self, step: int) -> None:
        """j/k: the metric list's cursor, or the chart's scroll when the chart has focus."""
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_cursor_down() if step > 0 else focused.action_cursor_up()
        elif isinstance(focused, VerticalScroll):
            focused.scroll_relative(y=step, animate=False)

    def action_toggle_mode(self) -> None:
        self.mode = "time" if self.mode == "locality" else "locality"
        self.refresh_chart()

    def action_export(self) -> None:
        """`e`: the series on screen (its figures in the filtered visits, a row each); the whole view is the main
        screen's `e`."""
        if self.export is not None and self.key is not None:
            self.export(self.key, self.key.label(self.lang))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        """? or F1: this view's keys and how it reads the figures (the browser's help would list keys that do
        nothing here)."""
        self.app.push_screen(HelpScreen(self.t, FIGURES_KEYS, "figs.help"))

    def refresh_chart(self) -> None:
        """Redraw title and bars for the current metric, mode and width."""
        if not self.is_mounted:
            return
        shown = self.query_one("#figures-title", Static)
        shown.styles.height = self._title_height()
        shown.update(join_lines(wrap_title(self._title(), self.size.width - 2)))  # by whole words: "1 chuyến"
        scroll = self.query_one("#figures-chart-scroll")
        width = max(30, scroll.content_size.width) if scroll.content_size.width else 80
        bars = bars_for(self.records, self.key, self.mode, self.lang) if self.key else []
        self.chart = render_bars(bars, self.lang, width)
        if scroll.content_size.height and len(self.chart.plain.splitlines()) > scroll.content_size.height:
            # taller than the pane: the scrollbar takes its cells from each line's end, "(mới nhất trong…", so
            # the chart is laid out for the width left beside it (tryout11)
            self.chart = render_bars(bars, self.lang, width - scroll.styles.scrollbar_size_vertical)
        self.query_one("#figures-chart", Static).update(self.chart)

    def _title(self, key: MetricKey | None = None, surveys: str | None = None) -> Text:
        """"Compare figures · <metric> · <mode> · <n> visits", the metric's label whole: the list beside the chart
        cuts long labels to its width ("Tỷ lệ TTHC thuộc thẩm…"), so the title is where the highlighted one is read.
        It wraps onto up to `TITLE_LINES` lines; a label longer still is shortened (its end kept, where the unit is)
        so that the mode and the count stay in sight. `key` (the highlighted metric's by default) and `surveys`
        (its count, said) let `_title_height` try every metric."""
        title = Text(self.t("figs.title"), style="bold")
        key = key or self.key
        if key is None:
            return title
        if surveys is None:
            count = sum(1 for record in self.records
                        if any(series_key(figure) == key for figure in record.get("figures", [])))
            surveys = self.t("figs.surveys", n=self.t.number(count))
        surveys, mode = surveys.replace(" ", KEEP), " · " + self.t(f"figs.{self.mode}").replace(" ", KEEP) + " · "
        line = self.size.width - 2
        room = TITLE_LINES * line - WRAP_SLACK - cell_len(title.plain) - 3 - cell_len(mode) - cell_len(surveys)
        whole = visible(key.label(self.lang))
        while True:  # shortened until the title, wrapped by whole words, fits its lines
            label = _keep_end(whole, max(room, 8), 6) if self.size.width and room < cell_len(whole) else whole
            shown = title.copy()
            shown.append(f" · {label}{mode}")
            shown.append(surveys, style="dim")
            if room <= 8 or not self.size.width or len(wrap_title(shown, line)) <= TITLE_LINES:
                return shown
            room = min(room, cell_len(whole)) - 4

    def _title_height(self) -> int:
        """Lines for the title while one view is browsed: as many as the longest title of its metrics takes at
        this width (up to `TITLE_LINES`), so the chart below does not move as the highlight does."""
        line, widest = self.size.width - 2, self.t("figs.surveys", n=self.t.number(len(self.records)))
        if (line, self.mode) not in self._heights:
            self._heights[(line, self.mode)] = min(TITLE_LINES, max(
                (len(wrap_title(self._title(choice.key, widest), line)) for choice in self.choices), default=1))
        return self._heights[(line, self.mode)]

    def chart_text(self) -> str:
        """The chart as plain text, for tests and captures."""
        return self.chart.plain
