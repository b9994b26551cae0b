"""The review screen's inputs read back as one record: every field, row and source value, with what is wrong.

Kept apart from the screen so that the screen holds the flow and the look,
and this module the rules of reading: a figure's number in either notation,
its bound kept on the label, a period given as two days, a locality renamed
in place carried into the figures that name it. `read_record` returns the
record and the problems (by field path, in the screen's language); it writes
nothing.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select

from store.days import day_text
from store.taxonomy import taxonomy

from ..i18n import Translator
from ..i18n_errors import explain
from ..safe import visible
from .review_metric import MetricButton
from .review_rows import FOLLOWED
from .review_values import clean, join_qualifier, read_day, read_deadline, read_number

ITEM_FIELDS = ("figures", "recommendations", "directions", "difficulties", "people")
TEXT_KEYS = {"recommendations": ("text", "to"), "directions": ("text", "to"), "difficulties": ("text", "locality"),
             "people": ("name", "role")}
"""The two inputs of a row that is not a figure: what it says, and to whom or where (or a person's role)."""
SOURCE_KEYS = ("outlet", "author", "url", "published", "title")
FIGURE_KEYS = ("label", "metric", "value", "unit", "of", "period", "locality")

Query = Callable[[str], Widget]


@dataclass
class Reading:
    """The record the screen shows, what could not be read, and which row each list item came from."""

    record: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    rows_of: dict[str, list[str]] = field(default_factory=dict)
    """List field → the row id of each of its items, in the record's order ("figures" → ["review-figures-0", …])."""

    @property
    def figure_rows(self) -> list[str]:
        return self.rows_of.get("figures", [])


def value(query: Query, widget_id: str) -> str:
    widget = query(f"#{widget_id}")
    assert isinstance(widget, Input)
    return clean(widget.value)


def choice(query: Query, widget_id: str) -> str | None:
    widget = query(f"#{widget_id}")
    assert isinstance(widget, Select)
    return widget.value if isinstance(widget.value, str) else None


def kept(query: Query, row: dict[str, Any]) -> bool:
    widget = query(f"#{row['id']}-keep")
    assert isinstance(widget, Checkbox)
    return widget.value


def read_record(query: Query, base: dict[str, Any], rows: dict[str, list[dict[str, Any]]], words: dict[str, str],
                t: Translator) -> Reading:
    """The record as the screen now shows it (fields, rows, source, notes) and what is wrong with it."""
    reading = Reading(copy.deepcopy(base))
    record, errors = reading.record, reading.errors
    record["id"] = value(query, "review-id")
    _day(record, "date", value(query, "review-date"), words["bad_date"], t, errors)
    certainty = choice(query, "review-date-certainty")
    if certainty and record.get("date"):
        record["date_certainty"] = certainty
    else:
        record.pop("date_certainty", None)
    record["kind"] = choice(query, "review-kind") or record.get("kind", "làm việc")
    record["body"] = value(query, "review-body")
    name, title = value(query, "review-leader-name"), value(query, "review-leader-title")
    if name or title:
        record["leader"] = {"name": name, "title": title}
    else:
        record.pop("leader", None)
    record["topics"] = _topics(value(query, "review-topics"), words, errors)
    record["summary"] = value(query, "review-summary")
    reading.rows_of["localities"] = _localities(query, record, rows["localities"], t, errors)
    names = {locality["name"] for locality in record["localities"]}
    dropped = {row["original"]["name"] for row in rows["localities"] if row.get("original") and not kept(query, row)}
    renamed = {row["original"]["name"]: row["item"]["name"] for row in rows["localities"]
               if row.get("original") and row.get("item") and kept(query, row)}
    for name_field in ITEM_FIELDS:
        items: list[dict[str, Any]] = []
        for position, row in enumerate(rows[name_field], 1):
            if not kept(query, row):
                continue
            item = (_figure(query, row, figure_name(position, value(query, f"{row['id']}-label"), t), words, t, errors)
                    if name_field == "figures"
                    else _text_item(query, name_field, row, Follow(record.get("date"), position, t, errors)))
            if item is None:
                continue
            items.append(item)
            reading.rows_of.setdefault(name_field, []).append(row["id"])
        record[name_field] = items
    for name_field in ITEM_FIELDS:  # an item may only name a locality the record keeps
        for row_id, item in zip(reading.rows_of.get(name_field, []), record[name_field], strict=False):
            place = item.get("locality")
            if not place:
                continue
            place = renamed.get(place, place)
            if place in names:
                item["locality"] = place
            elif place in dropped or name_field != "figures":
                item.pop("locality")
            else:
                position = [row["id"] for row in rows[name_field]].index(row_id) + 1
                errors.append(t("review.bad_place", path=figure_name(position, item.get("label", ""), t),
                                name=visible(place)))
    _source(query, record, words, t, errors)
    notes = value(query, "review-notes")
    if notes:
        record["notes"] = notes
    else:
        record.pop("notes", None)
    return reading


def _day(target: dict[str, Any], key: str, text: str, message: str, t: Translator, errors: list[str]) -> None:
    try:
        day = read_day(text)
    except ValueError as error:  # the reason in the reader's language ("'12/11' thiếu năm", not "has no year")
        errors.append(message.format(error=visible(explain(str(error), t))))
        return
    if day:
        target[key] = day
    else:
        target.pop(key, None)


def _topics(text: str, words: dict[str, str], errors: list[str]) -> list[str]:
    topics: list[str] = []
    for part in re.split(r"[,;]", text):
        part = part.strip()
        if not part:
            continue
        topic = taxonomy().topic_id(part)
        if topic is None:
            errors.append(words["unknown_topic"].format(topic=visible(part)))
        elif topic not in topics:
            topics.append(topic)
    return topics


def _localities(query: Query, record: dict[str, Any], rows: list[dict[str, Any]], t: Translator,
                errors: list[str]) -> list[str]:
    record["localities"] = []
    kept_rows: list[str] = []
    for row in rows:
        if not kept(query, row):
            continue
        if row.get("item") is None:
            errors.append(t("review.unplaced", name=visible(value(query, f"{row['id']}-name"))))
            continue
        record["localities"].append(copy.deepcopy(row["item"]))
        kept_rows.append(row["id"])
    return kept_rows


def figure_name(position: int, label: str, t: Translator) -> str:
    """How an error names a figure: as the reader counts the rows and with its label ("Số liệu 3 (Tỷ lệ …)"), not
    by the row's id ("figures-2"), which counts from 0 and is nowhere on the screen."""
    name = t("review.figure_n", n=position)
    return f"{name} ({visible(label, limit=40)})" if label else name


def _figure(query: Query, row: dict[str, Any], path: str, words: dict[str, str], t: Translator,
            errors: list[str]) -> dict[str, Any] | None:
    item = copy.deepcopy(row["item"])
    prefix = row["id"]
    label = value(query, f"{prefix}-label")
    value_text = value(query, f"{prefix}-value")
    if not label and not value_text:
        return None  # an added row left empty
    number = read_number(value_text)
    if number is None:
        errors.append(words["bad_value"].format(path=path, value=visible(value_text)))
        return None
    item.update({"label": join_qualifier(label, choice(query, f"{prefix}-qualifier")), "value": number,
                 "unit": value(query, f"{prefix}-unit")})
    whole_text = value(query, f"{prefix}-of")
    item.pop("of", None)
    if whole_text:
        whole = read_number(whole_text)
        if whole is None:
            errors.append(t("review.bad_whole", path=path, value=visible(whole_text)))
        else:
            item["of"] = whole
    period: dict[str, Any] = {}
    for end in ("from", "to"):
        _day(period, end, value(query, f"{prefix}-{end}"), f"{path}: " + words["bad_date"], t, errors)
    item.pop("period", None)
    if len(period) == 2:
        item["period"] = period
    elif period:
        errors.append(t("review.half_period", path=path))
    place = value(query, f"{prefix}-locality")
    if place:
        item["locality"] = place
    else:
        item.pop("locality", None)
    metric = query(f"#{prefix}-metric")
    assert isinstance(metric, MetricButton)
    if metric.value:
        item["metric"] = metric.value  # one of the taxonomy's, from the picker (an unknown one is named on save)
    else:
        item.pop("metric", None)
    return {key: item[key] for key in FIGURE_KEYS if key in item}


@dataclass
class Follow:
    """What reading a recommendation's or direction's deadline needs: the visit's day (a day typed without its year
    takes it), the row's number for an error, and where errors go."""

    visit_day: str | None
    position: int
    t: Translator
    errors: list[str]


def _text_item(query: Query, name_field: str, row: dict[str, Any], follow: Follow) -> dict[str, Any] | None:
    item = copy.deepcopy(row["item"])
    first, second = TEXT_KEYS[name_field]
    text = value(query, f"{row['id']}-{first}")
    if not text:
        return None
    other = value(query, f"{row['id']}-{second}")
    item[first] = text
    if other:
        item[second] = other
    else:
        item.pop(second, None)
    if name_field in FOLLOWED:
        _follow_up(query, name_field, row, item, follow)
    return item


def _follow_up(query: Query, name_field: str, row: dict[str, Any], item: dict[str, Any], follow: Follow) -> None:
    """The deadline and status as the row shows them; a value as it was is left as stored (an item without a status
    stays without one: "open" is what none means), so only what the person changed is written."""
    typed = value(query, f"{row['id']}-deadline")
    shown = day_text(row["item"].get("deadline", ""), follow.t.lang)
    if typed != shown:
        try:
            deadline = read_deadline(typed, follow.visit_day)
        except ValueError as error:  # the reason in the reader's language, the row named as the reader counts it
            path = follow.t(f"review.{name_field.removesuffix('s')}_n", n=follow.position)
            follow.errors.append(follow.t("review.bad_deadline", path=path, error=visible(explain(str(error),
                                                                                                  follow.t))))
            deadline = None
        if deadline:
            item["deadline"] = deadline
        else:
            item.pop("deadline", None)
    status = choice(query, f"{row['id']}-status")
    if status and status != str(row["item"].get("status") or "open"):
        item["status"] = status


def _source(query: Query, record: dict[str, Any], words: dict[str, str], t: Translator, errors: list[str]) -> None:
    source = dict(record.get("source") or {})
    for key in SOURCE_KEYS:
        text = value(query, f"review-source-{key}")
        if key == "published":
            _day(source, key, text, "source.published: " + words["bad_date"], t, errors)
        elif text:
            source[key] = text
        else:
            source.pop(key, None)
    if source:
        record["source"] = source
    else:
        record.pop("source", None)
