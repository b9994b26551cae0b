"""The review screen's rows: one locality, figure, recommendation, direction, difficulty or person.

Kept apart from the screen so that the screen holds the flow (compose, add,
save) and this module the look of one row. Every row has a keep box, its
inputs, the sentence it came from (`#<row>-source`, where the screen also
marks an edited row) and its notes. Every value from the draft is shown as
plain `Text` through `visible`, never as markup.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Label, Select, Static

from store.followup import STATUSES, status_label

from ..safe import visible
from ..widgets.ordered_input import OrderedInput
from ..widgets.ordered_select import OrderedSelect
from ..widgets.tick_box import TickBox
from .review_dates import DayInput
from .review_metric import MetricButton
from .review_values import QUALIFIERS, number_text, place_line, split_qualifier

BLANK = getattr(Select, "NULL", Select.BLANK)
COMPACT = "-textual-compact"
"""The class `compact=True` adds. Each class Textual adds to a widget restyles it at once, the widget alone (one
to three milliseconds of a loaded machine, over a hundred inputs a screen, even before it is mounted); given
in `classes`, Textual finds it there and restyles nothing. Likewise "-valid" (an input without validators) and
"-on" (a ticked box)."""
BUTTON = f"{COMPACT} -style-default"
"""A compact button's classes, as Textual would add them one by one (each a restyle: `COMPACT`)."""


def entry(value: str, placeholder: str, widget_id: str, classes: str) -> Input:
    """One compact input of a row."""
    return OrderedInput(value=value, placeholder=placeholder, id=widget_id, classes=f"{classes} {COMPACT} -valid",
                 compact=True)


def day_entry(day: str, lang: str, placeholder: str, widget_id: str, classes: str) -> DayInput:
    """One compact input of a day, shown as a reader of `lang` writes it (`review_dates`)."""
    return DayInput(day, lang, placeholder=placeholder, id=widget_id, classes=f"{classes} {COMPACT} -valid",
                    compact=True)


def keep_box(label: str, widget_id: str) -> Checkbox:
    """A row's "keep" box, ticked."""
    return TickBox(label, value=True, id=widget_id, classes=f"{COMPACT} -on", compact=True)


def locality_row(row_id: str, locality: dict[str, Any], source: Text, words: dict[str, str],
                 notes: list[Text] | None = None) -> Vertical:
    """A locality as written (unit, the former district that tells namesakes apart, province: each editable) and
    what the gazetteer makes of it."""
    province = locality.get("former_province") or (locality.get("province") or {}).get("name", "")
    inputs = [
        entry(one_line(locality.get("name", "")), words["place_unit"], f"{row_id}-name", "review-wide"),
        entry("", words["place_district"], f"{row_id}-district", "review-district"),
        entry(one_line(province), words["place_province"], f"{row_id}-province", "review-mid"),
    ]
    keep = keep_box(words["keep"], f"{row_id}-keep")
    return Vertical(
        Horizontal(keep, *inputs, classes="review-row"),
        Static(Text("→ " + visible(place_line(locality)), style="dim"), id=f"{row_id}-place", classes="review-source"),
        Static(source, id=f"{row_id}-source", classes="review-source"),
        *[Static(note, classes="review-source review-note review-certainty") for note in notes or []],
        id=row_id, classes="review-item")


def item_row(field: str, row_id: str, item: dict[str, Any], source: Text, words: dict[str, str],
             notes: list[Text] | None = None, metric: str = "", lang: str = "vi") -> Vertical:
    """A figure (two lines of inputs; `metric` what its metric button says) or a recommendation, direction,
    difficulty or person (two inputs)."""
    keep = keep_box(words["keep"], f"{row_id}-keep")
    lines: list[Any]
    if field == "figures":
        lines = _figure_lines(row_id, item, words, keep, metric, lang)
    else:
        first, second = _KEYS.get(field, ("text", "to"))
        person = field == "people"  # a name and a role, alike; else a sentence and whom or where it concerns
        inputs: list[Any] = [entry(one_line(item.get(first, "")), words[first], f"{row_id}-{first}",
                                   "review-wide" if person else "review-text"),
                             entry(one_line(item.get(second, "")), words[second], f"{row_id}-{second}",
                                   "review-wide" if person else "review-to")]
        if not person:  # where the cut sentence ends and its addressee (or place) begins: "… một cửa và → thành phố"
            inputs.insert(1, Label(_BETWEEN.get(field, "·"), classes="review-between"))
        lines = [Horizontal(keep, *inputs, classes="review-row")]
        if field in FOLLOWED:
            lines.append(_follow_up_line(row_id, item, words, lang))
            warning = Static("", id=f"{row_id}-deadline-warn", classes="review-source review-note")
            warning.display = False  # a deadline before the visit's day (`review_deadlines`)
            lines.append(warning)
    children: list[Any] = [*lines, Static(source, id=f"{row_id}-source", classes="review-source")]
    children += [Static(note, classes="review-source review-note review-certainty") for note in notes or []]
    if field == "figures":  # what `check` says of the figure as it now stands, refreshed while typing
        children.append(Static("", id=f"{row_id}-flag", classes="review-source review-note review-flag"))
    return Vertical(*children, id=row_id, classes="review-item")


def _figure_lines(row_id: str, item: dict[str, Any], words: dict[str, str], keep: Checkbox,
                  metric: str, lang: str) -> list[Horizontal]:
    """Label, number, unit and whole on the first line; bound, period and place on the second; the metric."""
    label, qualifier = split_qualifier(item.get("label", ""))
    period = item.get("period") or {}
    first = Horizontal(
        keep,
        entry(one_line(label), words["label"], f"{row_id}-label", "review-wide"),
        entry(number_text(item.get("value"), lang), words["value"], f"{row_id}-value", "review-number"),
        entry(one_line(item.get("unit", "")), words["unit"], f"{row_id}-unit", "review-unit"),
        entry(number_text(item.get("of"), lang), words["whole"], f"{row_id}-of", "review-number"),
        classes="review-row")
    second = Horizontal(
        OrderedSelect([(q, q) for q in QUALIFIERS], value=qualifier or BLANK, prompt=words["qualifier"],
                      allow_blank=True, id=f"{row_id}-qualifier", classes=f"review-qualifier {COMPACT}", compact=True),
        day_entry(one_line(period.get("from", "")), lang, words["period_from"], f"{row_id}-from", "review-narrow"),
        day_entry(one_line(period.get("to", "")), lang, words["period_to"], f"{row_id}-to", "review-narrow"),
        entry(one_line(item.get("locality", "")), words["figure_place"], f"{row_id}-locality", "review-wide"),
        classes="review-row review-row2")
    third = Horizontal(  # a line of its own: at 80 columns the name would not fit beside the period and place
        Label(words["metric"], classes="review-label"),
        MetricButton(str(item.get("metric") or ""), metric, id=f"{row_id}-metric"),
        classes="review-row review-row2")
    return [first, second, third]


def _follow_up_line(row_id: str, item: dict[str, Any], words: dict[str, str], lang: str) -> Horizontal:
    """A recommendation's or direction's deadline and status, under its text: the extractor fills the deadline
    ("trước ngày 31/3/2027"), which had been stored unseen (tryout s40); an item without a status is open."""
    status = str(item.get("status") or "open")
    choices = [(status_label(name, lang), name) for name in (*STATUSES, *([] if status in STATUSES else [status]))]
    return Horizontal(
        Label(words["deadline"], classes="review-label"),
        day_entry(one_line(item.get("deadline", "")), lang, words["deadline_forms"], f"{row_id}-deadline",
                  "review-deadline"),
        Label(words["status"], classes="review-label"),
        OrderedSelect(choices, value=status, allow_blank=False, id=f"{row_id}-status",
                      classes=f"review-status {COMPACT}", compact=True),
        classes="review-row review-row2")


FOLLOWED = ("recommendations", "directions")
"""The items the follow-up tracks (`store.followup`): each has a deadline and a status besides its addressee."""
_KEYS = {"difficulties": ("text", "locality"), "people": ("name", "role")}
_BETWEEN = {"recommendations": "→", "directions": "→"}
"""Between an item's text and its addressee the arrow `show` and the follow-up list write ("… → UBND thành phố");
a difficulty's place follows a dot."""


def one_line(text: Any) -> str:
    """`text` for a one-line input: control characters escaped, white space collapsed."""
    return " ".join(visible(text).split())
