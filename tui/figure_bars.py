"""The figures view's chart: one series of figures as bars of block characters, a number beside each.

Apart from the screen (`tui.screens.figures`, which picks the series and lays out list and title) because it is
pure: records in, `Text` out, so tests and text captures draw a chart with no app. Bars are block characters so
the chart works over ssh and in a text capture; each bar has its number beside it, written the way the chosen
language writes numbers (2.446 and 99,83% in Vietnamese, 2,446 and 99.83% in English). Labels, localities and
notes come from records: they are put into plain `Text`, never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.text import Text

from store.folding import fold
from store.metrics import MetricKey, Point, by_locality, over_time, period_label
from store.numbers import format_number
from store.periods import day_label

from .i18n import Translator
from .safe import visible
from .short_places import short_place

_EIGHTHS = " ▏▎▍▌▋▊▉"


@dataclass(frozen=True)
class Bar:
    """One line of the chart: what it is, how much, and a note (period or locality), with the note's short form
    (a place's level abbreviated) for a narrow chart."""

    label: str
    value: float
    unit: str
    note: str = ""
    short_note: str = ""


def bars_for(records: list[dict[str, Any]], key: MetricKey, mode: str, lang: str = "vi") -> list[Bar]:
    """The bars of one series in one mode; pure, so tests and text captures need no app."""
    t = Translator(lang)
    if mode == "time":
        return [Bar(period_label(p.period, _visit_day(p, lang), lang), p.value, p.unit, p.locality,
                    short_place(p.locality)) for p in over_time(records, key)]
    bars = []
    today = _today_units(records)
    for point, seen in by_locality(records, key):
        note = period_label(point.period, _visit_day(point, lang), lang)  # no period: the visit's day
        if seen > 1:
            note += f" ({t('figs.latest', n=t.number(seen))})"
        if unit := today.get((point.survey_id, point.locality)):
            note += " · " + t("figs.now_in", unit=unit)
        bars.append(Bar(point.locality, point.value, point.unit, note))
    return bars


def _today_units(records: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(visit, place as written) → today's unit, for a place written as a unit that no longer stands (thị trấn Hoàn
    Lão, 2023, now part of Xã Hoàn Lão). Each place keeps its own bar, by the name it was written with: today's unit
    may be several old ones merged, so its figure is not the same quantity; the note says which bars are one unit
    today, as the list does with "→" (tryout13, session 41)."""
    found: dict[tuple[str, str], str] = {}
    for record in records:
        for locality in record.get("localities", []):
            ward = (locality.get("ward") or {}).get("name")
            if ward and fold(ward) != fold(locality.get("name", "")):
                found[(str(record.get("id", "")), str(locality.get("name", "")))] = str(ward)
    return found


def _visit_day(point: Point, lang: str) -> str:
    """The visit's day as the list writes it, `22/10/2026?` when the article gave no year: the chart had shown a
    guessed year as if stated."""
    return day_label(point.survey_date, lang) + ("?" if point.year_inferred else "")


def amount(value: float, unit: str, lang: str) -> str:
    """2.446 hồ sơ, 99,83% (vi) or 2,446 hồ sơ, 99.83% (en)."""
    number = format_number(int(value) if float(value).is_integer() else value, lang)
    return f"{number}%" if unit == "%" else f"{number} {unit}".rstrip()


def render_bars(bars: list[Bar], lang: str = "vi", width: int = 80) -> Text:
    """Bars as block characters, scaled to the largest value (at least 100 for rates), numbers beside."""
    if not bars:
        return Text(Translator(lang)("figs.none"), style="dim")
    labels = [visible(bar.label) for bar in bars]
    amounts = [amount(bar.value, bar.unit, lang) for bar in bars]
    notes = [visible(bar.note) for bar in bars]
    amount_width = max(cell_len(text) for text in amounts)
    label_width = min(28, max(cell_len(label) for label in labels), max(8, width - amount_width - 14))
    top = max(max(bar.value for bar in bars), 100.0 if all(bar.unit == "%" for bar in bars) else 0.0) or 1.0
    if max(cell_len(label) for label in labels) > label_width:  # a label would be cut ("thành phố Thủ …")
        return _stacked(bars, labels, amounts, notes, top, width)
    # label " │" bar " " amount "  " note: the note gives way first, so a bar keeps at least 10 cells;
    # with too little room beside the bar it goes under it instead, never cut off (a rate without its period
    # says nothing)
    room = max(0, width - label_width - amount_width - 15)
    if max(cell_len(note) for note in notes) > min(30, room):  # a note would be cut: its short form, if it fits
        short = [visible(bar.short_note or bar.note) for bar in bars]
        if max(cell_len(note) for note in short) <= room:
            notes = short
    note_width = min(max(cell_len(note) for note in notes), room)
    # a note cut beside its bar names no place ("thành phố Th…") or no period ("Sep 11, 2025–Jun 25, 2026 (la…", at
    # 120×40): under the bar, whole, instead (the room beside is no longer capped at 30 cells, so a period with its
    # "(latest of 2)" stays beside the bar on a wide terminal)
    below = note_width < max(cell_len(note) for note in notes)
    if below:
        note_width = 0
    bar_width = max(10, width - label_width - amount_width - note_width - 5)
    chart = Text(no_wrap=True, overflow="ellipsis")
    for bar, label, text, note in zip(bars, labels, amounts, notes, strict=True):
        chart.append(fit(label, label_width))
        chart.append(" │", style="dim")
        chart.append(_blocks(max(bar.value, 0.0) / top * bar_width).ljust(bar_width), style="bold cyan")
        chart.append(" " + text.rjust(amount_width), style="bold")
        if note and note_width:
            chart.append("  " + fit(note, note_width).rstrip(), style="dim")
        elif note and below:
            for line in note_lines(note, width - 2):
                indent = max(2, min(label_width + 2, width - cell_len(line)))
                chart.append("\n" + " " * indent + fit(line, max(8, width - indent)).rstrip(), style="dim")
        chart.append("\n")
    chart.rstrip()
    return chart


def _stacked(bars: list[Bar], labels: list[str], amounts: list[str], notes: list[str], top: float,
             width: int) -> Text:
    """The chart with each label whole on a line of its own, its note beside it when it fits, the bar under it: a
    label cut to the room beside the bar (a place at 80 columns, "thành phố Thủ …") had left places alike."""
    amount_width = max(cell_len(text) for text in amounts)
    bar_width = max(10, width - amount_width - 4)  # "  │" bar " " amount
    chart = Text(no_wrap=True, overflow="ellipsis")
    beside = all(cell_len(label) + 2 + cell_len(note) <= width for label, note in zip(labels, notes, strict=True))
    for bar, label, text, note in zip(bars, labels, amounts, notes, strict=True):
        chart.append(fit(label, width).rstrip())
        if note and beside:  # every note beside its label, or every one under its bar: one layout to read
            chart.append("  " + note, style="dim")
        chart.append("\n  │", style="dim")
        chart.append(_blocks(max(bar.value, 0.0) / top * bar_width).ljust(bar_width), style="bold cyan")
        chart.append(" " + text.rjust(amount_width), style="bold")
        if note and not beside:
            for line in note_lines(note, width - 2):
                chart.append("\n  " + fit(line, max(8, width - 2)).rstrip(), style="dim")
        chart.append("\n")
    chart.rstrip()
    return chart


def _blocks(cells: float) -> str:
    whole = int(cells)
    eighth = int(round((cells - whole) * 8))
    if eighth == 8:
        whole, eighth = whole + 1, 0
    return "█" * whole + (_EIGHTHS[eighth] if eighth else "")


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with "…", padded to them."""
    cut = Text(text, no_wrap=True, overflow="ellipsis", end="")
    cut.truncate(width, overflow="ellipsis", pad=True)
    return cut.plain


def note_lines(note: str, room: int) -> list[str]:
    """A note under its bar in lines of `room` cells, broken between its parts (" · "): at 80×24 "15/10/2024 (mới
    nhất trong 2) · nay thuộc Xã …" had lost the ward of today, the part that says two bars are one ward now
    (tryout s42-tryout14). A part longer than the room alone is cut, as before."""
    if cell_len(note) <= room:
        return [note]
    lines: list[str] = []
    for part in note.split(" · "):
        if lines and cell_len(lines[-1]) + 3 + cell_len(part) <= room:
            lines[-1] += " · " + part
        else:
            lines.append(part)
    return lines
