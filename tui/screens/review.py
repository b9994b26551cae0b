"""The review screen: a draft extracted from an article, each field beside the sentence it came from.

`ReviewScreen(draft)` shows what `store.extract` made of one article: the
date, kind, delegation, leader, topics and summary as editable fields; the
localities, figures (label, number, unit, whole), recommendations,
directions, difficulties and people as rows that can be corrected, dropped
(untick "giữ") or added to. Under every value is the sentence of the article
it was read from, and how sure the draft is of it and why (an inferred year,
a bound such as "hơn", a ward name found in several provinces), so the
reviewer checks the draft against the text without opening the article. A
figure `surveys check` would flag is marked on screen, and saving asks once
more before keeping it.

Ctrl+S (or Lưu) checks the edited record with `store.validation.validate`
and dismisses with it when it is valid; what is wrong stays on screen until
fixed. Escape dismisses with None. The screen writes nothing: the caller
saves the record through the normal import path.

Article text and record values are shown as plain `Text` with control
characters escaped, never as markup: "[b]" in an article stays "[b]".

One row's widgets are built in `review_rows`; what is typed is read as
record values in `review_values`.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from store.dates import DateError, parse_day
from store.extract import Draft
from store.taxonomy import taxonomy
from store.validation import validate

from ..i18n import Translator
from ..safe import visible
from .review_notes import certainty_text, check_lines, flag_texts
from .review_rows import item_row, locality_row, one_line
from .review_values import clean, read_number, resolve_locality

_BLANK = getattr(Select, "NULL", Select.BLANK)
KINDS = ("giám sát", "khảo sát", "kiểm tra", "làm việc")
CERTAINTIES = ("stated", "publication", "inferred")
ITEM_FIELDS = ("figures", "recommendations", "directions", "difficulties", "people")
TEXT_KEYS = {"recommendations": ("text", "to"), "directions": ("text", "to"), "difficulties": ("text", "locality"),
             "people": ("name", "role")}
"""The two inputs of a row that is not a figure: what it says, and to whom or where (or a person's role)."""

class ReviewScreen(ModalScreen[dict[str, Any] | None]):
    """Correct, drop or add to a draft's fields and items; dismisses with the final record, or None."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "save", show=False, priority=True),
    ]
    DEFAULT_CSS = """
    ReviewScreen { align: center middle; }
    ReviewScreen #review { width: 96%; height: 96%; border: thick $accent; background: $surface; padding: 0 1; }
    ReviewScreen #review-scroll { height: 1fr; }
    ReviewScreen .review-title { text-style: bold; }
    ReviewScreen .review-section { margin-top: 1; text-style: bold; color: $accent; }
    ReviewScreen .review-label { color: $text-muted; }
    ReviewScreen .review-source { color: $text-muted; text-style: italic; padding-left: 2; height: auto; }
    ReviewScreen .review-row { height: auto; }
    ReviewScreen .review-item, ReviewScreen .review-list { height: auto; }
    ReviewScreen .review-row Checkbox { width: 10; }
    ReviewScreen .review-row .review-wide { width: 1fr; }
    ReviewScreen .review-row .review-narrow { width: 14; }
    ReviewScreen .review-row .review-place { width: 1fr; height: auto; }
    ReviewScreen .review-add { height: auto; margin-top: 0; }
    ReviewScreen .review-add Input { width: 1fr; }
    ReviewScreen #review-notices { height: auto; }
    ReviewScreen #review-error { color: $error; height: auto; max-height: 8; }
    ReviewScreen #review-buttons { height: auto; align-horizontal: right; }
    ReviewScreen #review-buttons Button { margin-left: 1; }
    """

    def __init__(self, draft: Draft, lang: str = "vi") -> None:
        super().__init__()
        self.draft = draft
        self.record = copy.deepcopy(draft.record)
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.words = self.t.words("review")
        self._flags_shown: str | None = None
        self.rows: dict[str, list[dict[str, Any]]] = {field: [] for field in (*ITEM_FIELDS, "localities")}
        self._last_source: str | None = None

    # -- layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        words = self.words
        record = self.record
        with Vertical(id="review"):
            title = Text(f"{words['title']}", style="bold")
            if self.draft.source_name:
                title.append(f" · {visible(self.draft.source_name)}", style="dim")
            yield Static(title, classes="review-title")
            yield Static(self._notices(), id="review-notices")
            with VerticalScroll(id="review-scroll"):
                yield from self._field("id", words["id"], record.get("id", ""))
                yield from self._field("date", words["date"], record.get("date", ""), source="date")
                yield from self._certainty("date")
                yield Label(words["date_certainty"], classes="review-label")
                yield Select([(c, c) for c in CERTAINTIES], value=record.get("date_certainty", _BLANK),
                             prompt=words["certainty_blank"], allow_blank=True, id="review-date-certainty",
                             compact=True)
                yield from self._source("date_certainty")
                yield Label(words["kind"], classes="review-label")
                yield Select([(k, k) for k in KINDS], value=record.get("kind", "làm việc"), allow_blank=False,
                             id="review-kind", compact=True)
                yield from self._source("kind")
                yield from self._field("body", words["body"], record.get("body", ""), source="body")
                leader = record.get("leader") or {}
                yield from self._field("leader-name", words["leader"], leader.get("name", ""), source="leader")
                yield from self._field("leader-title", words["leader_title"], leader.get("title", ""))
                yield from self._field("topics", words["topics"], ", ".join(record.get("topics", [])))
                yield from self._field("summary", words["summary"], record.get("summary", ""))
                yield Static(words["localities"], classes="review-section")
                with Vertical(id="review-localities", classes="review-list"):
                    for index, locality in enumerate(record.get("localities", [])):
                        yield self._locality_row(locality, f"localities[{index}]")
                with Horizontal(classes="review-add"):
                    yield Input(placeholder=words["add_locality"], id="review-new-locality", compact=True)
                    yield Button(words["add"], id="review-add-locality", compact=True)
                for field in ITEM_FIELDS:
                    yield Static(words[field], classes="review-section")
                    with Vertical(id=f"review-{field}", classes="review-list"):
                        for index, item in enumerate(record.get(field, [])):
                            yield self._item_row(field, item, f"{field}[{index}]")
                    yield Button(f"+ {words[field]}", id=f"review-add-{field}", compact=True)
                if record.get("notes"):
                    yield Static(words["notes"], classes="review-section")
                    yield Static(Text(visible(record["notes"])), id="review-notes")
            yield Static("", id="review-error", markup=False)
            with Horizontal(id="review-buttons"):
                yield Button(words["save"], id="review-save", variant="primary", compact=True)
                yield Button(words["cancel"], id="review-cancel", compact=True)

    def _notices(self) -> Text:
        text = Text()
        problems = self.draft.problems()
        if problems:
            text.append(self.words["problems"] + " ", style="bold")
            text.append(visible("; ".join(problems)) + "\n", style="red")
        if self.draft.non_visit:
            text.append(visible(self.t("review.not_a_visit", reason=self.draft.non_visit)) + "\n", style="bold red")
        if self.draft.warnings:
            text.append(self.words["warnings"] + " ", style="bold")
            text.append(visible("; ".join(self.draft.warnings)), style="yellow")
        text.rstrip()
        return text

    def _certainty(self, path: str) -> ComposeResult:
        note = self._certainty_text(path)
        if note is not None:
            yield Static(note, classes="review-source review-note")

    def _certainty_text(self, path: str | None) -> Text | None:
        return certainty_text(self.draft, path, self.t)

    def _flag_texts(self, path: str | None) -> list[Text]:
        return flag_texts(self.draft, path, self.t)

    def _field(self, name: str, label: str, value: str, source: str | None = None) -> ComposeResult:
        yield Label(label, classes="review-label")
        yield Input(value=one_line(value), id=f"review-{name}", compact=True)
        if source:
            yield from self._source(source)

    def _source(self, path: str | None, added: bool = False) -> ComposeResult:
        yield Static(self._source_text(path, added), classes="review-source")

    def _source_text(self, path: str | None, added: bool = False) -> Text:
        if added:
            return Text(f"{self.words['source']}: {self.words['added']}")
        sentence = self.draft.source_of(path) if path else None
        if not sentence:
            return Text(f"{self.words['source']}: {self.words['none']}")
        text = Text(f"{self.words['source']}: ")
        if sentence == self._last_source:
            text.append(self.words["same"])
            return text
        self._last_source = sentence
        text.append(visible(sentence))
        return text

    def _locality_row(self, locality: dict[str, Any], path: str | None) -> Vertical:
        row: dict[str, Any] = {"id": f"review-localities-{len(self.rows['localities'])}", "item": locality}
        self.rows["localities"].append(row)
        note = self._certainty_text(path)
        return locality_row(row["id"], locality, self._source_text(path, added=path is None), self.words,
                            [note] if note is not None else [])

    def _item_row(self, field: str, item: dict[str, Any], path: str | None) -> Vertical:
        row: dict[str, Any] = {"id": f"review-{field}-{len(self.rows[field])}", "item": item}
        self.rows[field].append(row)
        note = self._certainty_text(path)
        notes = ([note] if note is not None else []) + self._flag_texts(path)
        return item_row(field, row["id"], item, self._source_text(path, added=path is None), self.words, notes)

    # -- events ----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        target = "#review-date" if not self.record.get("date") else "#review-leader-name"
        self.query_one(target, Input).focus()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button == "review-save":
            self.action_save()
        elif button == "review-cancel":
            self.action_cancel()
        elif button == "review-add-locality":
            await self.add_locality(self.query_one("#review-new-locality", Input).value)
        elif button.startswith("review-add-"):
            await self.add_item(button.removeprefix("review-add-"))

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "review-new-locality":
            await self.add_locality(event.value)

    async def add_item(self, field: str) -> None:
        """A new empty row at the end of `field` (figures, recommendations or directions), focused."""
        container = self.query_one(f"#review-{field}", Vertical)
        first = "label" if field == "figures" else TEXT_KEYS[field][0]
        empty: dict[str, Any] = {"label": "", "value": "", "unit": ""} if field == "figures" else {first: ""}
        await container.mount(self._item_row(field, empty, None))
        row = self.rows[field][-1]
        self.query_one(f"#{row['id']}-{first}", Input).focus()

    async def add_locality(self, name: str) -> None:
        """Resolve `name` through the gazetteer (with the draft's provinces as hints) and add it."""
        name = clean(name)
        if not name:
            return
        locality = resolve_locality(name, self.record, self._date_value())
        if locality is None:
            self._show_error([self.words["unknown_place"].format(name=visible(name))])
            return
        container = self.query_one("#review-localities", Vertical)
        await container.mount(self._locality_row(locality, None))
        self.query_one("#review-new-locality", Input).value = ""
        self._show_error([])

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        record, errors = self.build_record()
        if not errors:
            errors = [str(problem) for problem in validate(record)]
        if errors:
            self._show_error(errors)
            return
        flags = check_lines(record, self.lang)
        if flags and flags != self._flags_shown:
            self._flags_shown = flags  # shown once; Save again keeps the record as it is
            self._show_error([self.t("review.flags_before_save"), flags])
            return
        self.dismiss(record)

    # -- the result ------------------------------------------------------------------------------

    def build_record(self) -> tuple[dict[str, Any], list[str]]:
        """The record as the screen now shows it, and what could not be read from the inputs."""
        errors: list[str] = []
        record = copy.deepcopy(self.record)
        record["id"] = self._value("id")
        date_text = self._value("date")
        if date_text:
            try:
                record["date"] = parse_day(date_text).isoformat()
            except DateError as error:
                errors.append(self.words["bad_date"].format(error=visible(str(error))))
        else:
            record.pop("date", None)
        certainty = self.query_one("#review-date-certainty", Select).value
        if isinstance(certainty, str) and certainty and record.get("date"):
            record["date_certainty"] = certainty
        else:
            record.pop("date_certainty", None)
        kind = self.query_one("#review-kind", Select).value
        if isinstance(kind, str):
            record["kind"] = kind
        record["body"] = self._value("body")
        name, title = self._value("leader-name"), self._value("leader-title")
        if name or title:
            record["leader"] = {"name": name, "title": title}
        else:
            record.pop("leader", None)
        topics: list[str] = []
        for part in re.split(r"[,;]", self._value("topics")):
            part = part.strip()
            if not part:
                continue
            topic = taxonomy().topic_id(part)
            if topic is None:
                errors.append(self.words["unknown_topic"].format(topic=visible(part)))
            elif topic not in topics:
                topics.append(topic)
        record["topics"] = topics
        record["summary"] = self._value("summary")
        record["localities"] = [row["item"] for row in self.rows["localities"] if self._kept(row)]
        names = {locality["name"] for locality in record["localities"]}
        for field in ITEM_FIELDS:
            items = (self._item_from(field, row, errors) for row in self.rows[field] if self._kept(row))
            record[field] = [item for item in items if item is not None]
        # an item may only name a locality the record keeps
        for field in (*ITEM_FIELDS, "difficulties"):
            for item in record.get(field, []):
                if item.get("locality") and item["locality"] not in names:
                    item.pop("locality")
        return record, errors

    def _item_from(self, field: str, row: dict[str, Any], errors: list[str]) -> dict[str, Any] | None:
        item = copy.deepcopy(row["item"])
        prefix = f"#{row['id']}"
        if field == "figures":
            label = clean(self.query_one(f"{prefix}-label", Input).value)
            value_text = self.query_one(f"{prefix}-value", Input).value.strip()
            unit = clean(self.query_one(f"{prefix}-unit", Input).value)
            if not label and not value_text:
                return None  # an added row left empty
            value = read_number(value_text)
            if value is None:
                errors.append(self.words["bad_value"].format(path=row["id"].removeprefix("review-"),
                                                             value=visible(value_text)))
                return None
            item.update({"label": label, "value": value, "unit": unit})
            whole_text = self.query_one(f"{prefix}-of", Input).value.strip()
            if whole_text:
                whole = read_number(whole_text)
                if whole is None:
                    errors.append(self.t("review.bad_whole", path=row["id"].removeprefix("review-"),
                                         value=visible(whole_text)))
                else:
                    item["of"] = whole
            else:
                item.pop("of", None)
            return {key: item[key] for key in ("label", "metric", "value", "unit", "of", "period", "locality")
                    if key in item}
        first, second = TEXT_KEYS[field]
        text = clean(self.query_one(f"{prefix}-{first}", Input).value)
        if not text:
            return None
        other = clean(self.query_one(f"{prefix}-{second}", Input).value)
        item[first] = text
        if other:
            item[second] = other
        else:
            item.pop(second, None)
        return item

    def _kept(self, row: dict[str, Any]) -> bool:
        return self.query_one(f"#{row['id']}-keep", Checkbox).value

    def _value(self, name: str) -> str:
        return clean(self.query_one(f"#review-{name}", Input).value)

    def _date_value(self) -> str | None:
        try:
            return parse_day(self._value("date")).isoformat()
        except DateError:
            return None

    def _show_error(self, errors: list[str]) -> None:
        self.query_one("#review-error", Static).update(Text(visible("\n".join(errors))))

