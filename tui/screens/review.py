"""The review screen: a draft extracted from an article, every value editable beside the sentence it came from.

`ReviewScreen(draft)` shows what `store.extract` made of one article, every
value editable: id, date (with how sure it is and why), kind, body, leader,
topics and summary as fields; localities (as written, with the old district
and province, and what the gazetteer makes of it today, warned when the name
is in several provinces), figures (label, number, unit, whole, bound,
period, place, metric: `review_metric`), recommendations, directions,
difficulties and people as rows to correct, drop (untick "giữ") or add; then
the source and the notes. Under every value is the sentence it was read
from, the rule that read it and how sure the draft is of it; a value the
reviewer changed is marked as edited. What `surveys check` would flag in a
figure is shown under it while typing; saving asks once more to keep it.

Keys (`keys.REVIEW_KEYS`, in the footer): Ctrl+S validates the record
(`store.validation.validate`) and hands it on when valid (what is wrong
stays on screen); Ctrl+N adds a row to the section of the cursor; Ctrl+T
keeps or drops the row of the cursor; Escape dismisses with None. This
screen writes nothing: the caller saves the record through the import
path. `review_correct.CorrectScreen` is the same screen on a stored survey,
which it writes itself.

Article text and record values are plain `Text` with control characters
escaped, never markup. Rows are built in `review_rows`, read back in
`review_form`, edits marked by `review_marks`; on save `review_provenance`
writes the marks into the record's `provenance`. The extractor's coded
reasons (`store.reasons`) are said in the screen's language by `review_notes`.
"""

from __future__ import annotations

import copy
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Checkbox, Footer, Input, Label, Select, Static

from store import provenance
from store.extract import Draft
from store.validation import validate

from ..i18n import Translator
from ..keys import REVIEW_KEYS, KeySpec, name_textual_keys
from ..safe import visible
from .help import HelpScreen
from .picker import PickerScreen
from .review_focus import row_of, section_of
from .review_form import ITEM_FIELDS, SOURCE_KEYS, TEXT_KEYS, Reading, read_record
from .review_marks import EditMarks, group_of
from .review_metric import MetricButton, metric_choices, metric_label
from .review_notes import certainty_text, check_lines, flag_line, notices, place_text, problem_lines, rule_text
from .review_provenance import record_provenance
from .review_rows import BLANK, item_row, locality_row, one_line
from .review_style import REVIEW_CSS
from .review_values import clean, place_line, read_day, read_place, typed_place

KINDS = ("giám sát", "khảo sát", "kiểm tra", "làm việc")
CERTAINTIES = ("stated", "publication", "inferred")
__all__ = ["ITEM_FIELDS", "TEXT_KEYS", "ReviewScreen"]


class ReviewScreen(ModalScreen[dict[str, Any] | None]):
    """Correct, drop or add to a draft's values; dismisses with the final record, or None."""

    DEFAULT_CSS = REVIEW_CSS
    KEY_TABLE: tuple[KeySpec, ...] = REVIEW_KEYS
    TITLE, HELP_NOTES = "review.title", "review.help_notes"  # catalog ids: the title, what F1 says below the keys
    stored = False
    """Whether the record is a stored survey (`review_correct`): a value without a recorded origin keeps none."""

    def __init__(self, draft: Draft, lang: str = "vi") -> None:
        super().__init__()
        self.draft = draft
        self.record = copy.deepcopy(draft.record)
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.words = self.t.words("review")  # every `review.*` word of the catalog, by the rest of its key
        self.marks = EditMarks(self.words["edited"])
        self._before = provenance.origins(draft.record)  # a draft saved before: which values a person gave
        self._before.update({"topics[0]": self._before["topics"]} if "topics" in self._before else {})  # as shown
        self._flags_shown: str | None = None
        self._flag_timer: Timer | None = None
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (*ITEM_FIELDS, "localities")}
        self._last_source: str | None = None
        self._ready = False  # changes posted while the inputs are first filled are not edits
        for spec in (spec for spec in self.KEY_TABLE if spec.action):  # footer labels in the screen's language
            self._bindings.bind(spec.keys, spec.action or "", self.t(spec.message), show=bool(spec.footer),
                                key_display=spec.display, priority=spec.keys != "escape")

    # -- layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        words, record = self.words, self.record
        with Vertical(id="review"):
            title = Text(self.t(self.TITLE), style="bold")
            if self.draft.source_name:
                title.append(f" · {visible(self.draft.source_name)}", style="dim")
            yield Static(title, classes="review-title")
            yield Static(notices(self.draft, self.t), id="review-notices")
            with VerticalScroll(id="review-scroll"):
                yield from self._field("id", words["id"], record.get("id", ""), source="id")
                yield from self._field("date", words["date"], record.get("date", ""), source=None)
                note = certainty_text(self.draft, "date", self.t)
                if note is not None:
                    yield Static(note, id="review-date-note", classes="review-source review-note review-certainty")
                yield Label(words["date_certainty"], classes="review-label")
                yield Select([(self.t(f"certainty.{c}"), c) for c in CERTAINTIES],  # said, not the code
                             value=record.get("date_certainty", BLANK), prompt=words["certainty_blank"],
                             allow_blank=True, id="review-date-certainty", compact=True)
                yield from self._source("review-date", "date", also="date_certainty")
                yield Label(words["kind"], classes="review-label")
                yield Select([(k, k) for k in KINDS], value=record.get("kind", "làm việc"), allow_blank=False,
                             id="review-kind", compact=True)
                yield from self._source("review-kind", "kind")
                yield from self._field("body", words["body"], record.get("body", ""), source="body")
                leader = record.get("leader") or {}
                yield from self._field("leader-name", words["leader"], leader.get("name", ""))
                yield from self._field("leader-title", words["leader_title"], leader.get("title", ""))
                yield from self._source("review-leader", "leader")
                yield from self._field("topics", words["topics"], ", ".join(record.get("topics", [])),
                                       source="topics[0]")
                yield from self._field("summary", words["summary"], record.get("summary", ""), source="summary")
                yield from self._localities()
                for name in ITEM_FIELDS:
                    yield Static(words[name], classes="review-section")
                    with Vertical(id=f"review-{name}", classes="review-list"):
                        for index, item in enumerate(record.get(name, [])):
                            yield self._item_row(name, item, f"{name}[{index}]")
                    yield Button(f"+ {words[name]}", id=f"review-add-{name}", compact=True)
                yield Static(words["source_section"], classes="review-section")
                source = record.get("source") or {}
                for key in SOURCE_KEYS:
                    yield from self._field(f"source-{key}", words[f"source_{key}"], source.get(key, ""),
                                           source=f"source.{key}")
                yield Static(words["notes"], classes="review-section")
                yield from self._field("notes", words["notes_hint"], record.get("notes", ""), source="notes")
            yield Static("", id="review-error", markup=False)
            with Horizontal(id="review-buttons"):
                yield Button(words["save"], id="review-save", variant="primary", compact=True)
                yield Button(words["cancel"], id="review-cancel", compact=True)
        yield Footer(compact=True, show_command_palette=False)

    def _localities(self) -> ComposeResult:
        yield Static(self.words["localities"], classes="review-section")
        with Vertical(id="review-localities", classes="review-list"):
            for index, locality in enumerate(self.record.get("localities", [])):
                yield self._locality_row(locality, f"localities[{index}]")
        with Horizontal(classes="review-add"):
            yield Input(placeholder=self.words["add_locality"], id="review-new-locality", compact=True)
            yield Button(self.words["add"], id="review-add-locality", compact=True)

    def _field(self, name: str, label: str, value: str, source: str | None = None) -> ComposeResult:
        yield Label(label, classes="review-label")
        yield Input(value=one_line(value), id=f"review-{name}", compact=True)
        if source:
            yield from self._source(f"review-{name}", source)

    def _source(self, group: str, path: str, also: str | None = None) -> ComposeResult:
        text = self._source_text(path)
        if also and self.draft.source_of(also) and self.draft.source_of(also) != self.draft.source_of(path):
            text.append("\n" + self.words["dated_by"] + ": ")
            text.append(visible(self.draft.source_of(also)))
            self._last_source = self.draft.source_of(also)  # "same as above" means the sentence just shown
        self.marks.source(group, text)
        yield Static(text, id=f"{group}-source", classes="review-source")

    def _source_text(self, path: str | None, added: bool = False) -> Text:
        if added:
            return Text(f"{self.words['source']}: {self.words['added']}")
        sentence = self.draft.source_of(path) if path else None
        rule = self.draft.rules.get(path) if path else None
        text = Text()
        if path and self._before.get(path, {}).get("by") == provenance.PERSON:  # a reopened draft's earlier edit
            text.append(f"✎ {self.words['edited_before']} · ", style="magenta")
        text.append(f"{self.words['source']}: ")
        if not sentence:
            text.append(self._no_sentence(path))
        elif sentence == self._last_source:
            text.append(self.words["same"])
        else:
            self._last_source = sentence
            text.append(visible(sentence))
        if rule:
            text.append(f" · {self.words['rule']}: {visible(rule_text(rule, self.t))}", style="dim")
        return text

    def _no_sentence(self, path: str | None) -> str:
        """What the source line says of a value with no sentence behind it."""
        return self.words["none"]

    def _locality_row(self, locality: dict[str, Any], path: str | None) -> Vertical:
        row_id = f"review-localities-{len(self.rows['localities'])}"
        self.rows["localities"].append({"id": row_id, "item": locality, "path": path,
                                        "original": copy.deepcopy(locality) if path else None})
        note = certainty_text(self.draft, path, self.t)
        source = self._source_text(path, added=path is None)
        self.marks.source(row_id, source)
        return locality_row(row_id, locality, source, self.words, [note] if note is not None else [])

    def _item_row(self, name: str, item: dict[str, Any], path: str | None) -> Vertical:
        row_id = f"review-{name}-{len(self.rows[name])}"
        self.rows[name].append({"id": row_id, "item": item, "path": path})
        note = certainty_text(self.draft, path, self.t)
        source = self._source_text(path, added=path is None)
        self.marks.source(row_id, source)
        metric = metric_label(str(item.get("metric") or ""), item, self.t) if name == "figures" else ""
        return item_row(name, row_id, item, source, self.words, [note] if note is not None else [], metric, self.lang)

    # -- events ----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.query_one("#review-notices", Static).display = bool(notices(self.draft, self.t).plain)
        self.query_one("#review-error", Static).display = False
        self.marks.register(self)
        name_textual_keys(self, self.t)  # Textual's own "Dismiss menu" in the footer, in our words
        self._ready = True
        self._refresh_flags()
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
        elif button.endswith("-metric"):
            self.pick_metric(button.removesuffix("-metric"))

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "review-new-locality":
            await self.add_locality(event.value)

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _value_changed(self, event: Input.Changed | Select.Changed | Checkbox.Changed) -> None:
        widget_id = event.control.id if event.control is not None else None
        if not widget_id or not self._ready:
            return
        if self.marks.changed(self, widget_id):  # the extractor's certainty no longer speaks for an edited value
            group = group_of(widget_id)
            for note in self.query(f"#{group}-note, #{group} .review-certainty"):
                note.set_class(group in self.marks.edited, "-stale")
        if widget_id.startswith("review-localities-") and not widget_id.endswith("-keep"):
            self._replace_place(widget_id.rsplit("-", 1)[0])
        if widget_id.startswith("review-figures-") or widget_id.startswith("review-localities-"):
            if self._flag_timer is not None:
                self._flag_timer.stop()
            self._flag_timer = self.set_timer(0.3, self._refresh_flags)

    def _replace_place(self, row_id: str) -> None:
        """Read the locality row `row_id` again through the gazetteer and show what it now resolves to."""
        row = next(r for r in self.rows["localities"] if r["id"] == row_id)
        name, district, province = (self.query_one(f"#{row_id}-{part}", Input).value
                                    for part in ("name", "district", "province"))
        typed = [name, district, province]
        if row["original"] is not None and typed == [self.marks.initial.get(f"{row_id}-{part}")
                                                      for part in ("name", "district", "province")]:
            row["item"] = copy.deepcopy(row["original"])  # typed back as it was: the draft's own reading
            shown = Text("→ " + visible(place_line(row["item"])), style="dim")
        else:
            reading = read_place(name, district, province, self.record, self._date_value())
            row["item"] = reading.locality
            shown = place_text(self.t, reading.locality, reading.elsewhere, clean(province))
        self.query_one(f"#{row_id}-place", Static).update(shown)

    def _refresh_flags(self) -> None:
        """Show under each figure what `check` would say of the record as it now stands."""
        self._flag_timer = None
        reading = self.read()
        flags = Draft(reading.record).refresh_flags(self.lang)
        flagged = {reading.figure_rows[index]: messages for index, messages in flags.items()
                   if index < len(reading.figure_rows)}
        for row in self.rows["figures"]:
            self.query_one(f"#{row['id']}-flag", Static).update(flag_line(flagged.get(row["id"], []), self.t))

    def pick_metric(self, row_id: str) -> None:
        """Enter on a figure's metric: the known ones in a picker; the pick is shown, marked, and checked."""
        figures = self.read().record.get("figures", [])
        picker = PickerScreen(self.words["metric_pick"], metric_choices(figures, self.t), self.t)
        self.app.push_screen(picker, lambda metric: self._metric_picked(row_id, metric))

    def _metric_picked(self, row_id: str, metric: str | None) -> None:
        if metric is None:
            return  # Escape: as it was
        button = self.query_one(f"#{row_id}-metric", MetricButton)
        figure = {"label": self.query_one(f"#{row_id}-label", Input).value,
                  "unit": self.query_one(f"#{row_id}-unit", Input).value}
        button.show(metric, metric_label(metric, figure, self.t))
        self.marks.changed(self, button.id)
        self._refresh_flags()

    async def add_item(self, name: str) -> None:
        """A new empty row at the end of `name` (figures, recommendations, directions ...), focused."""
        container = self.query_one(f"#review-{name}", Vertical)
        first = "label" if name == "figures" else TEXT_KEYS[name][0]
        empty: dict[str, Any] = {"label": "", "value": "", "unit": ""} if name == "figures" else {first: ""}
        await container.mount(self._item_row(name, empty, None))
        name_textual_keys(container, self.t)  # a new figure's bound is a choice
        row = self.rows[name][-1]
        self.query_one(f"#{row['id']}-{first}", Input).focus()

    async def add_locality(self, name: str) -> None:
        """Resolve `name` through the gazetteer (with the draft's provinces as hints) and add it; a name several
        provinces share is added unplaced, its province to be typed in the row."""
        name = typed_place(name)  # "xa tan phu" as in the pickers: "xã Tân Phú"
        if not name:
            return
        reading = read_place(name, "", "", self.read().record, self._date_value())
        if reading.locality is None and not reading.elsewhere:
            self._show_error([self.words["unknown_place"].format(name=visible(name))])
            return
        container = self.query_one("#review-localities", Vertical)
        await container.mount(self._locality_row(reading.locality or {"name": name}, None))
        row = self.rows["localities"][-1]
        if reading.locality is None:  # a name several provinces have: the row asks for the province
            row["item"] = None
            self.query_one(f"#{row['id']}-place", Static).update(place_text(self.t, None, reading.elsewhere, ""))
            self.query_one(f"#{row['id']}-province", Input).focus()
        self.query_one("#review-new-locality", Input).value = ""
        self._show_error([])

    # -- actions (keys in keys.REVIEW_KEYS) ------------------------------------------------------

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        """F1: this screen's keys and how values are written."""
        self.app.push_screen(HelpScreen(self.t, self.KEY_TABLE, self.HELP_NOTES))

    async def action_add_here(self) -> None:
        """Ctrl+N: a new row in the section the cursor is in (a locality: to the "add" field)."""
        name = section_of(self.focused)
        if name == "localities":
            self.query_one("#review-new-locality", Input).focus()
        elif name:
            await self.add_item(name)
        else:
            self._show_error([self.t("review.add_where")])

    def action_toggle_keep(self) -> None:
        """Ctrl+T: keep or drop the row the cursor is in."""
        row = row_of(self.focused)
        if row is None:
            self._show_error([self.t("review.keep_where")])
            return
        box = self.query_one(f"#{row}-keep", Checkbox)
        box.value = not box.value

    def action_save(self) -> None:
        reading = self.read()
        record, errors = reading.record, reading.errors
        edited = self.marks.edited_now(self)
        record["provenance"] = record_provenance(self.draft, record, self.rows, reading.rows_of, edited, self.stored)
        if not errors:
            errors = problem_lines(validate(record), self.t)
        if errors:
            self._show_error(errors)
            return
        flags = check_lines(record, self.lang)
        if flags and flags != self._flags_shown:
            self._flags_shown = flags  # shown once; Save again keeps the record as it is
            self._show_error([self.t("review.flags_before_save"), flags])
            return
        self.finish(record)

    def finish(self, record: dict[str, Any]) -> None:
        """The record is valid and checked: hand it to the caller, who saves it through the import path."""
        self.dismiss(record)

    # -- the result ------------------------------------------------------------------------------

    def read(self) -> Reading:
        """The record as the screen now shows it, what could not be read, and each figure's row."""
        return read_record(self.query_one, self.record, self.rows, self.words, self.t)

    def _date_value(self) -> str | None:
        try:
            return read_day(self.query_one("#review-date", Input).value)
        except ValueError:
            return None

    def _show_error(self, errors: list[str]) -> None:
        shown = self.query_one("#review-error", Static)
        shown.update(Text(visible("\n".join(errors))))
        shown.display = bool(errors)
