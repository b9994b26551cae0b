"""The review screen's rows: one locality, figure, recommendation or direction, with its keep box and source.

Kept apart from the screen so that the screen holds the flow (compose, add,
save) and this module the look of one row. Every value from the draft is shown
as plain `Text` through `visible`, never as markup.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Static

from ..safe import visible


def locality_row(row_id: str, locality: dict[str, Any], source: Text, words: dict[str, str],
                 notes: list[Text] | None = None) -> Vertical:
    """A locality as resolved (name, level, province, former province, ward): kept or not, never edited."""
    place = Text(visible(locality.get("name", "")), style="bold")
    province = (locality.get("province") or {}).get("name")
    details = [visible(locality.get("level", ""))]
    if province:
        details.append(visible(province))
    if locality.get("former_province"):
        details.append(f"trước: {visible(locality['former_province'])}")
    ward = locality.get("ward")
    if ward:
        details.append(f"{visible(ward.get('name', ''))} ({ward.get('code')})")
    place.append("  " + " · ".join(d for d in details if d), style="dim")
    return Vertical(
        Horizontal(Checkbox(words["keep"], value=True, id=f"{row_id}-keep", compact=True),
                   Static(place, classes="review-place"), classes="review-row"),
        Static(source, classes="review-source"),
        *[Static(note, classes="review-source review-note") for note in notes or []],
        id=row_id, classes="review-item")


def item_row(field: str, row_id: str, item: dict[str, Any], source: Text, words: dict[str, str],
             notes: list[Text] | None = None) -> Vertical:
    """A figure (label, value, unit) or a recommendation or direction (text, addressee), as inputs."""
    keep = Checkbox(words["keep"], value=True, id=f"{row_id}-keep", compact=True)
    if field == "figures":
        inputs = [
            Input(value=one_line(item.get("label", "")), placeholder=words["label"], id=f"{row_id}-label",
                  classes="review-wide", compact=True),
            Input(value=number_text(item.get("value")), placeholder=words["value"], id=f"{row_id}-value",
                  classes="review-narrow", compact=True),
            Input(value=one_line(item.get("unit", "")), placeholder=words["unit"], id=f"{row_id}-unit",
                  classes="review-narrow", compact=True),
            Input(value=number_text(item.get("of")), placeholder=words["whole"], id=f"{row_id}-of",
                  classes="review-narrow", compact=True),
        ]
    else:
        first, second = _KEYS.get(field, ("text", "to"))
        inputs = [
            Input(value=one_line(item.get(first, "")), placeholder=words[first], id=f"{row_id}-{first}",
                  classes="review-wide", compact=True),
            Input(value=one_line(item.get(second, "")), placeholder=words[second], id=f"{row_id}-{second}",
                  classes="review-wide" if field == "people" else "review-narrow", compact=True),
        ]
    children: list[Any] = [Horizontal(keep, *inputs, classes="review-row")]
    extra = _figure_details(item) if field == "figures" else ""
    if extra:
        children.append(Static(Text(visible(extra), style="dim"), classes="review-source"))
    children.append(Static(source, classes="review-source"))
    children += [Static(note, classes="review-source review-note") for note in notes or []]
    return Vertical(*children, id=row_id, classes="review-item")


_KEYS = {"difficulties": ("text", "locality"), "people": ("name", "role")}


def one_line(text: Any) -> str:
    """`text` for a one-line input: control characters escaped, white space collapsed."""
    return " ".join(visible(text).split())


def number_text(value: Any) -> str:
    """A figure's value as a person would type it: 86540, not 86540.0."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _figure_details(item: dict[str, Any]) -> str:
    parts = []
    period = item.get("period")
    if period:
        parts.append(f"{period.get('from')} → {period.get('to')}")
    if item.get("locality"):
        parts.append(str(item["locality"]))
    if item.get("metric"):
        parts.append(str(item["metric"]))
    return " · ".join(parts)
