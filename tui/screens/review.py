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
escaped, never markup. Rows are built in `review_rows` (the localities' by `review_places`), read back in
`review_form`, edits marked by `review_marks`; on save `review_provenance`
writes the marks into the record's `provenance`. The extractor's coded
reasons (`store.reasons`) are said in the screen's language by `review_notes`.
The lists' rows are mounted after the first frame (`review_later`): the screen
opens at once whatever the record's size, and reading it waits for them.
What the keys do is in its base, `review_keys.ReviewKeys`."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Footer, Input, Label, Select, Static

from store import provenance, value_sources
from store.extract import Draft

from ..i18n import Translator
from ..keys import REVIEW_KEYS, KeySpec, name_textual_keys
from ..kinds import kind_name
from ..safe import visible
from ..widgets.ordered_input import OrderedInput
from ..widgets.ordered_select import OrderedSelect
from .review_carry import carry_names, renamed_places
from .review_checks import FigureChecks
from .review_dates import DatedId, DayInput, GuessedPeriods, HonestYear, date_to_check
from .review_deadlines import DeadlineChecks
from .review_ends import FormScroll
from .review_form import ITEM_FIELDS, SOURCE_KEYS, TEXT_KEYS, Reading, read_record
from .review_guess import GuessWarning
from .review_keys import ReviewKeys
from .review_later import LaterRows
from .review_marks import TRACKED, EditMarks, group_of
from .review_metric import metric_label
from .review_notes import certainty_text, notices_line
from .review_places import PlaceRows
from .review_rows import BLANK, BUTTON, COMPACT, day_entry, entry, item_row, one_line
from .review_sources import SourceLines
from .review_style import REVIEW_CSS
from .review_values import read_day
from .review_year_notes import YearNotes

if TYPE_CHECKING:
    from .import_articles import AlreadyStored

KINDS = ("giám sát", "khảo sát", "kiểm tra", "làm việc")
CERTAINTIES = ("stated", "publication", "inferred")
__all__ = ["ITEM_FIELDS", "TEXT_KEYS", "ReviewScreen"]


MADE = ("id", "notes")
"""Fields the extractor writes rather than reads: with no sentence behind them, "no source sentence" says nothing."""


class ReviewScreen(ReviewKeys):
    """Correct, drop or add to a draft's values; dismisses with the final record, or None."""

    DEFAULT_CSS = REVIEW_CSS
    AUTO_FOCUS = ""  # `on_mount` focuses the first field: Textual's own pick (the scroll) restyles every row twice
    KEY_TABLE: tuple[KeySpec, ...] = REVIEW_KEYS
    KEYS_REPLAYED = frozenset({"up", "down", "left", "right", "pageup", "pagedown", "home", "end", "ctrl+home",
                               "ctrl+end", "ctrl+up", "ctrl+down", "tab", "shift+tab"})
    """Typed while the screen loads (the next draft of an import), moved through once it shows (`tui.early_keys`):
    they only move the cursor; a key that saves, drops, edits or leaves is dropped."""
    TITLE, HELP_NOTES, SAVE = "review.title", "review.help_notes", "review.save_import"  # catalog ids (F1: notes)
    DROP_EDITS = "review.drop_edits"
    """What a first Esc with edits made says (the correction's speaks of the stored survey, not of an article)."""
    stored = False
    """Whether the record is a stored survey (`review_correct`): a value without a recorded origin keeps none."""

    def __init__(self, draft: Draft, lang: str = "vi", already: AlreadyStored | None = None,
                 article: str | None = None) -> None:
        """`article`: the article's name as given, kept with each value's sentence (the draft's `source_name` is
        the label shown at the top, "a.txt (2/3)"); by default the draft's file, else its URL."""
        super().__init__()
        self.draft, self.already = draft, already  # `already`: the store has its id (said at the top)
        self.article = article or value_sources.article_name(draft.source_name, draft.record)
        self.record = copy.deepcopy(draft.record)
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.words = self.t.words("review")  # every `review.*` word of the catalog, by the rest of its key
        self.marks = EditMarks(self.words["edited"])
        self.year = HonestYear(self.record.get("date", ""), self.record.get("date_certainty"))
        self.dated_id = DatedId(self.record.get("id", ""), self.record.get("date", ""))
        self.periods = GuessedPeriods(draft, self.record.get("date", ""))
        self.year_notes = YearNotes(draft, self.record.get("date", ""))  # the extractor's words on a year typed over
        self.guess = GuessWarning(self, self.record.get("date", ""))  # "the year is a guess" leaves with another year
        self._before = provenance.origins(draft.record)  # a draft saved before: which values a person gave
        self._before.update({"topics[0]": self._before["topics"]} if "topics" in self._before else {})  # as shown
        self._flags_shown: str | None = None
        self.checks = FigureChecks(self)  # under each figure, what `check` would say of it
        self.deadlines = DeadlineChecks(self)  # under an item, a deadline before the visit's day
        self.places = PlaceRows(self)  # the localities, each read again through the gazetteer as typed
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (*ITEM_FIELDS, "localities")}
        self.sources = SourceLines(draft, self.t, self._before, self._no_sentence)
        self._ready = False  # changes posted while the inputs are first filled are not edits
        self._drop_asked: set[str] | None = None  # the edits a first Esc warned would be lost
        self.later = LaterRows()  # the lists' rows, mounted once the screen is drawn
        # Footer labels in the screen's language. Not priority: a key that acts where the cursor is (Ctrl+T, Ctrl+N,
        # Ctrl+↓) or reads the fields (Ctrl+S) runs at its turn among the keys typed (the fields are `OrderedInput`),
        # after the Tab or the text sent before it in one burst, which it overtook when run on reading (s37).
        for spec in (spec for spec in self.KEY_TABLE if spec.action):
            self._bindings.bind(spec.keys, spec.action or "", self.t(spec.message), show=bool(spec.footer),
                                key_display=spec.display)

    # -- layout ----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        words, record = self.words, self.record
        with Vertical(id="review"):
            title = Text(self.t(self.TITLE), style="bold")
            if self.draft.source_name:
                title.append(f" · {visible(self.draft.source_name)}", style="dim")
            yield Static(title, classes="review-title")
            yield notices_line(self.draft, self.t, self.already)
            with FormScroll(id="review-scroll", can_focus=False):  # the fields take the keys; Home, End: `FormScroll`
                yield from self._field("id", words["id"], record.get("id", ""), source="id")
                yield from self._field("date", words["date"], record.get("date", ""), source=None, day=True)
                note = certainty_text(self.draft, "date", self.t, record.get("date_certainty"))
                if note is not None:
                    yield Static(note, id="review-date-note", classes="review-source review-note review-certainty")
                yield Label(words["date_certainty"], classes="review-label")
                yield OrderedSelect([(self.t(f"certainty.{c}"), c) for c in CERTAINTIES],  # said, not the code
                             value=record.get("date_certainty", BLANK), prompt=words["certainty_blank"],
                             allow_blank=True, id="review-date-certainty", classes=COMPACT, compact=True)
                yield from self._source("review-date", "date", also="date_certainty")
                yield Label(words["kind"], classes="review-label")
                yield OrderedSelect([(self._kind_said(k), k) for k in KINDS], value=record.get("kind", "làm việc"),
                             allow_blank=False, id="review-kind", classes=COMPACT, compact=True)
                yield from self._source("review-kind", "kind")
                yield from self._field("body", words["body"], record.get("body", ""), source="body")
                leader = record.get("leader") or {}
                yield from self._field("leader-name", words["leader"], leader.get("name", ""))
                yield from self._field("leader-title", words["leader_title"], leader.get("title", ""))
                yield from self._source("review-leader", "leader")
                yield from self._field("topics", words["topics"], ", ".join(record.get("topics", [])),
                                       source="topics[0]")
                yield from self._field("summary", words["summary"], record.get("summary", ""), source="summary")
                yield from self.places.compose()
                for name in ITEM_FIELDS:
                    yield Static(words[name], classes="review-section")
                    rows = [self._item_row(name, item, f"{name}[{index}]")
                            for index, item in enumerate(record.get(name, []))]
                    yield self.later.hold(Vertical(id=f"review-{name}", classes="review-list"), rows)
                    yield Button(f"+ {words[name]}", id=f"review-add-{name}", classes=f"{BUTTON} review-add-item",
                                 compact=True)
                yield Static(words["source_section"], classes="review-section")
                source = record.get("source") or {}
                for key in SOURCE_KEYS:
                    yield from self._field(f"source-{key}", words[f"source_{key}"], source.get(key, ""),
                                           source=f"source.{key}", day=key == "published")
                yield Static(words["notes"], classes="review-section")
                yield from self._field("notes", words["notes_hint"], record.get("notes", ""), source="notes")
            yield Static("", id="review-error", markup=False)
            with Horizontal(id="review-buttons"):
                yield Button(self.t(self.SAVE), id="review-save", variant="primary", compact=True)
                yield Button(words["cancel"], id="review-cancel", compact=True)
        yield Footer(compact=True, show_command_palette=False)

    def _field(self, name: str, label: str, value: str, source: str | None = None, day: bool = False
               ) -> ComposeResult:
        yield Label(label, classes="review-label")
        yield (day_entry(one_line(value), self.lang, "", f"review-{name}", "") if day
               else entry(one_line(value), "", f"review-{name}", ""))
        if source:
            yield from self._source(f"review-{name}", source, empty=not value or name in MADE)

    def _kind_said(self, kind: str) -> str:
        """A kind as the details name it: as stored, then in the interface's words when they differ ("giám sát
        (oversight)"); the list had offered only the Vietnamese to an English reader."""
        named = kind_name(kind, self.t)
        return kind if named == kind else f"{kind} ({named})"

    def _source(self, group: str, path: str, also: str | None = None, empty: bool = False) -> ComposeResult:
        text = self.sources.line(path, also, empty)
        self.marks.source(group, text)
        line = Static(text, id=f"{group}-source", classes="review-source")
        line.display = bool(text.plain)  # an empty field's empty line takes no row (`show_in_place` shows it)
        yield line

    def _no_sentence(self, path: str | None) -> str:
        """What the source line says of a value with no sentence behind it."""
        return self.words["none"]

    def _item_row(self, name: str, item: dict[str, Any], path: str | None) -> Callable[[], Vertical]:
        """What builds the row, its texts made now (in screen order: "same as above" follows it)."""
        row_id = f"review-{name}-{len(self.rows[name])}"
        self.rows[name].append({"id": row_id, "item": item, "path": path})
        note = certainty_text(self.draft, path, self.t)
        source = self.sources.text(path, added=path is None)
        self.marks.source(row_id, source)
        metric = metric_label(str(item.get("metric") or ""), item, self.t) if name == "figures" else ""
        notes = [note] if note is not None else []
        return lambda: item_row(name, row_id, item, source, self.words, notes, metric, self.lang)

    # -- events ----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.query_one("#review-error", Static).display = False
        self.marks.register(self.query(TRACKED))
        name_textual_keys(self, self.t)  # Textual's own "Dismiss menu" in the footer, in our words
        self._ready = True
        first = "#review-date" if date_to_check(self.draft, self.record) else "#review-leader-name"
        self.query_one(first, OrderedInput).focus_at_end()  # a key typed adds to the value, not replaces it
        self.call_after_refresh(self._mount_later)

    def _mount_later(self) -> None:
        """In a task of its own: run in this screen's queue, it would hold every key until the last row."""
        self.run_worker(self.later.mount(self._rows_mounted, self.deadlines.after(self.checks.refresh)), group="rows",
                        exclusive=True)

    def _rows_mounted(self, rows: list[Widget]) -> None:
        for row in rows:
            self.marks.register(row.query(TRACKED))
            name_textual_keys(row, self.t)  # a figure's bound is a choice

    @property
    def rows_mounted(self) -> bool:
        """Whether every row of the lists is mounted (they come after the first frame: `review_later`)."""
        return self.later.ready.is_set()

    async def rows_ready(self) -> None:
        """Until every row of the lists is mounted: what reads the record, and tests, wait for this."""
        await self.later.wait()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button == "review-save":
            await self.action_save()
        elif button == "review-cancel":
            self.action_cancel()
        elif button == "review-add-locality":
            await self.add_locality(self.query_one("#review-new-locality", Input).value)
        elif button.startswith("review-add-"):
            await self.add_item(button.removeprefix("review-add-"))
        elif button.endswith("-metric"):
            self.checks.pick_metric(button.removesuffix("-metric"))

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
        if widget_id == "review-date":
            day = self.query_one("#review-date", DayInput)
            self.year.date_changed(day, self.query_one("#review-date-certainty", Select))
            self.dated_id.date_changed(day, self.query_one("#review-id", Input))
            self.periods.date_changed(day, self.query(DayInput), self.marks.initial)
            self.year_notes.date_changed(day, self.query_one("#review-notes", Input))
            self.guess.date_changed(day)
            self.deadlines.refresh()
        elif widget_id == "review-date-certainty":
            self.year.certainty_changed(self.query_one("#review-date-certainty", Select))
        if widget_id.startswith("review-localities-") and not widget_id.endswith("-keep"):
            self.places.replace(widget_id.rsplit("-", 1)[0])
        if widget_id.startswith(("review-figures-", "review-localities-")) and self.later.ready.is_set():
            self.checks.soon()
        elif widget_id.endswith("-deadline"):
            self.deadlines.refresh(widget_id.removesuffix("-deadline"))

    async def add_item(self, name: str) -> None:
        """A new empty row at the end of `name` (figures, recommendations, directions ...), focused."""
        await self.later.wait()  # after the rows held for later, in the order of `self.rows`
        container = self.query_one(f"#review-{name}", Vertical)
        first = "label" if name == "figures" else TEXT_KEYS[name][0]
        empty: dict[str, Any] = {"label": "", "value": "", "unit": ""} if name == "figures" else {first: ""}
        await container.mount(self._item_row(name, empty, None)())
        name_textual_keys(container, self.t)  # a new figure's bound is a choice
        row = self.rows[name][-1]
        self.query_one(f"#{row['id']}-{first}", Input).focus()

    async def add_locality(self, name: str) -> None:
        """Add the place `name` as a locality row (`review_places`)."""
        await self.places.add(name)

    # -- the result ------------------------------------------------------------------------------

    def read(self) -> Reading:
        """The record as the screen now shows it, what could not be read, and each figure's row."""
        reading = read_record(self.query_one, self.record, self.rows, self.words, self.t)
        if not self.stored:  # a draft's directions and recommendations follow its leader and places corrected
            carry_names(reading.record, self.record, renamed_places(self.rows["localities"]))
        return reading

    def _date_value(self) -> str | None:
        try:
            return read_day(self.query_one("#review-date", Input).value)
        except ValueError:
            return None
