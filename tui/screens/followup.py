"""The follow-up dialog: status, addressee, deadline and a new dated response for one item.

Users chase what was promised: a recommendation made to the city, a
direction the delegation gave. This dialog edits one such item and hands
back the whole edited record (validated by `store.followup.edit_item`). Given
the store's location, it saves before it closes: `save_followup`, in a thread
worker of the dialog's, puts that one item over what the store holds now (one
atomic `Repository.update`), so an edit never overwrites other changes made to
the record meanwhile, and the dialog dismisses with `FollowUpSaved`. A save
that fails keeps the dialog open with the edit in its fields
(`tui.screens.followup_save`: an item changed elsewhere is shown as stored now,
and Ctrl+S puts the edit over it; a visit deleted elsewhere is said, and Ctrl+S
puts it back with the edit). A bad date keeps the dialog open with the reason;
escape leaves without changes.

Record text (the item, its author and addressee, earlier responses) is
shown as plain `Text`, never parsed as markup.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import Worker, WorkerState

from store.followup import (
    STATUSES,
    FollowUpError,
    ItemRef,
    changed,
    edit_item,
    get_item,
    is_overdue,
    parse_iso_day,
    status_label,
    status_of,
)
from store.item_history import history_of
from store.periods import day_label
from store.today import current_day

from ..days import visit_day
from ..dialog_keys import FOLLOWUP_KEYS, bind_table, show_keys
from ..i18n import Translator
from ..safe import visible
from ..widgets.key_hint import KeyHint
from ..widgets.ordered_input import OrderedInput
from ..widgets.ordered_select import OrderedSelect
from .followup_save import ChangedMeanwhile, GoneMeanwhile, field_label, not_saved, refused, save_followup
from .item_changes import history_rows


class DayValidator(Validator):
    """A calendar day, ISO or day-first; empty is allowed (it clears the deadline)."""

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.success()
        try:
            parse_iso_day(value, "date")
        except FollowUpError as error:
            return self.failure(str(error))
        return self.success()


class FollowUpScreen(ModalScreen[Any]):
    """Edit one recommendation or direction; dismisses with `FollowUpSaved` once saved (given `location`), else
    with the edited record; None if nothing changed or Esc."""

    KEY_TABLE = FOLLOWUP_KEYS
    KEYS_AHEAD = frozenset({"escape", "f1"})
    """Kept when typed before the dialog showed (`tui.early_keys`): they type into no field and write nothing."""
    """Its keys: bound from it, listed by F1 and offered by the palette (`tui.dialog_keys`)."""
    DEFAULT_CSS = """
    FollowUpScreen { align: center middle; }
    FollowUpScreen #followup { width: 90; max-width: 100%; height: auto; max-height: 100%;
                               border: thick $accent; background: $surface; padding: 0 1; }
    FollowUpScreen #followup-scroll { height: auto; max-height: 75vh; }
    FollowUpScreen .followup-title { text-style: bold; }
    FollowUpScreen .followup-label { margin-top: 1; color: $text-muted; }
    FollowUpScreen #followup-response { height: auto; }
    FollowUpScreen #followup-response-date { width: 14; margin-right: 1; }
    FollowUpScreen #followup-response-text { width: 1fr; }
    FollowUpScreen #followup-error { color: $error; height: auto; }
    FollowUpScreen #followup-buttons { height: auto; align-horizontal: right; }
    FollowUpScreen #followup-buttons Button { margin-left: 1; }
    FollowUpScreen #followup-hint { color: $text-muted; width: 1fr; }
    """

    def __init__(self, record: dict[str, Any], item: ItemRef, lang: str = "vi", today: date | None = None,
                 location: str | None = None, links: list[Any] | None = None, read_only: bool = False,
                 named: str | None = None) -> None:
        super().__init__()
        self.record = record
        self.named = named
        """The name in the user's settings, written with the save (`store.writer_name`)."""
        self.read_only = read_only
        """A reader's (a read-only store): the item shown, its fields closed, Ctrl+S says why nothing is saved."""
        self.links = links or []
        """The earlier items this one repeats (`store.item_links.Link`), as the list found them: said under the
        route, the first one whole."""
        """The record the edit applies to: as the dialog opened, or as stored now after a conflict was shown."""
        self.location = location
        self.saving = False
        self.stale = False
        """The store holds something else than the browser showed (a conflict, a save that may have landed)."""
        self.gone = False
        """Someone else deleted the visit meanwhile: Ctrl+S again puts it back with the edit."""
        self.editing: dict[str, Any] | None = None
        """The record with the edit being saved; `saved` once the save landed."""
        self.saved: dict[str, Any] | None = None
        """The record as the save left it (the edit applied): the items list reopens on it."""
        self.ref: ItemRef = (item[0], int(item[1]))
        self.item = get_item(record, self.ref)
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.words = self.t.words("followup")
        self.today = today or current_day()
        # an Input draws its value raw, so the record's text is shown made safe; unchanged, it is not saved back
        self._shown_to = visible(self.item.get("to", ""))
        # days as the UI language writes them (31/12/2025 in Vietnamese); either form is read back, stored as ISO
        self._shown_deadline = day_label(visible(self.item.get("deadline", "")), self.lang)
        self._deadline_asked: str | None = None  # a deadline before the visit, said once (`_early_deadline`)
        self._said = Text()  # the words under the fields (`_say`)
        self._drop_asked: dict[str, Any] | None = None  # the edit a first Esc warned would be lost (`action_cancel`)
        bind_table(self, self.KEY_TABLE, self.t)

    def compose(self) -> ComposeResult:
        with Vertical(id="followup"):
            with VerticalScroll(id="followup-scroll"):
                yield Static(self._title(), classes="followup-title")
                yield Static(Text(visible(self.item.get("text", ""))), id="followup-text")
                yield Static(self._route(), id="followup-route")
                yield Label(field_label("status", self.t), classes="followup-label")
                yield OrderedSelect([(status_label(s, self.lang), s) for s in STATUSES], value=status_of(self.item),
                             allow_blank=False, id="followup-status", compact=True)
                yield Label(field_label("deadline", self.t), classes="followup-label")
                yield OrderedInput(
                    value=self._shown_deadline,
                    placeholder=self.words["day_format"],
                    id="followup-deadline",
                    validators=[DayValidator()],
                    valid_empty=True,
                    compact=True,
                )
                yield Label(field_label("to", self.t), classes="followup-label")
                # an empty field shows nothing but its colour: the hint says what goes there (tryout s27)
                yield OrderedInput(value=self._shown_to, placeholder=self.words["to_hint"], id="followup-to",
                                   compact=True)
                yield Label(field_label("responses", self.t), classes="followup-label")
                yield Static(self._responses(), id="followup-responses")
                if history_of(self.item):  # who changed what, when: the latest rows (`item_changes`)
                    yield Label(self.t("history.label"), classes="followup-label")
                    yield Static(history_rows(self.item, self.t), id="followup-history")
                yield Label(field_label("response date", self.t), classes="followup-label")
                with Horizontal(id="followup-response"):
                    yield OrderedInput(value=day_label(self.today.isoformat(), self.lang), id="followup-response-date",
                                       validators=[DayValidator()], compact=True)
                    yield OrderedInput(placeholder=self.words["response_text"], id="followup-response-text",
                                       compact=True)
            yield Static("", id="followup-error", markup=False)
            with Horizontal(id="followup-buttons"):
                yield Button(self.words["save"], id="followup-save", variant="primary", compact=True)
                yield Button(self.words["cancel"], id="followup-cancel", compact=True)
            yield KeyHint(self.words["hint"], id="followup-hint")  # its keys were said nowhere

    def _title(self, width: int | None = None) -> Text:
        """"Kiến nghị 1/3 · 12/03/2026 · <id>", the id on a line of its own when the line is wider than `width`
        (at 80 columns it had wrapped after the second "·", left alone at the end of the line)."""
        field, index = self.ref
        head = f"{self.words[field]} {index + 1}/{len(self.record.get(field) or [])}"
        day, record_id = visit_day(self.record, self.lang), visible(self.record.get("id", ""))
        title = Text.assemble((head, "bold"), (f" · {day} · {record_id}", "dim"))
        if width is not None and title.cell_len > width:
            title = Text.assemble((head, "bold"), (f" · {day}\n{record_id}", "dim"))
        return title

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_title)
        self.call_after_refresh(self._fit_fields)

    def _say(self, text: Text) -> None:
        """The words under the fields (why not saved, a question), the fields made to fit above them."""
        self.query_one("#followup-error", Static).update(text)
        self._said = text
        self._fit_fields()

    def _fit_fields(self) -> None:
        """The fields' scroll no taller than the room the words under it, the buttons and the keys leave: at 80×24 a
        refusal of four lines had pushed its own last line ("Ctrl+S puts them over …") and the buttons off the
        dialog's bottom. With nothing said, the stylesheet's height, as always."""
        scroll, box = self.query_one("#followup-scroll"), self.query_one("#followup")
        if not self._said.plain.strip() or not box.size.width:
            scroll.styles.max_height = None
            return
        words = len(self._said.wrap(self.app.console, max(1, box.size.width - box.styles.gutter.width)))
        below = words + sum(self.query_one(part).outer_size.height for part in ("#followup-buttons", "#followup-hint"))
        room = self.size.height - box.styles.gutter.height - below
        scroll.styles.max_height = max(3, min(room, self.size.height * 3 // 4))

    def _fit_title(self) -> None:
        title = self.query_one(".followup-title", Static)
        title.update(self._title(title.content_region.width or None))

    def _route(self) -> Text:
        route = Text(" → ".join(visible(part) for part in (self.item.get("by"), self.item.get("to")) if part),
                     style="italic")
        if is_overdue(self.item, self.today):
            route.append(f"  {self.words['overdue']} ({self._shown_deadline})", style="bold red")
        if self.links:  # asked at an earlier visit (s34): the list's `p` opens it
            from store.item_links import said  # noqa: PLC0415 - the links came with the list

            route.append(("\n" if route else "") + "↺ " + visible(said(self.links[0], self.lang)), style="cyan")
        return route

    def _responses(self, item: dict[str, Any] | None = None) -> Text:
        responses = (self.item if item is None else item).get("responses", [])
        if not responses:
            return Text(self.words["no_responses"], style="dim")
        text = Text()
        for response in responses:
            text.append(f"{day_label(visible(response['date']), self.lang)}  ", style="bold")
            text.append(visible(response["text"]) + "\n")
        text.rstrip()
        return text

    def on_mount(self) -> None:
        if self.read_only:
            for field in self.query("#followup-scroll Select, #followup-scroll Input, #followup-save"):
                field.disabled = True
            self.query_one("#followup-cancel", Button).focus()
            self.query_one("#followup-hint").display = False  # "Tab moves · Ctrl+S saves": not so here
            self._say(Text(self.t("followup.read_only")))
        else:
            self.query_one("#followup-status", Select).focus()
        self.call_after_refresh(self._fit_title)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "followup-save":
            self.action_save()
        elif event.button.id == "followup-cancel":
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_cancel(self) -> None:
        """Esc leaves; with something typed, only when pressed again, as the review and correction screens ask (one
        slip had thrown a typed response away). A write under way decides; Esc once it is said."""
        if self.saving:
            return
        edit = self._changes()
        if edit and edit != self._drop_asked:
            self._drop_asked = edit
            self._say(
                Text(self.t("followup.drop_edits", n=self.t.number(len(edit)))))
            return
        self.dismiss(None)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)

    def action_save(self) -> None:
        """Validate through `edit_item`; then save it (given the store) or dismiss with the new record; else say why."""
        if self.saving:
            return
        if self.read_only:
            self._say(Text(self.t("followup.read_only")))
            return
        try:
            edited = edit_item(self.record, self.ref, **self._changes())
        except FollowUpError as error:
            self._say(refused(error, self.t))
            return
        if self._early_deadline(get_item(edited, self.ref).get("deadline")):
            return
        if not changed(self.record, edited, self.ref) or self.location is None:
            self.dismiss(edited if changed(self.record, edited, self.ref) else None)
            return
        self.saving, self.editing = True, edited
        self._say(Text(self.t("followup.saving")))
        location, before, ref, t, restore, named = self.location, self.record, self.ref, self.t, self.gone, self.named
        self.run_worker(lambda: save_followup(location, before, ref, edited, t, restore, named), thread=True,
                        group="followup-save", exclusive=True, exit_on_error=False)

    def _early_deadline(self, deadline: Any) -> bool:
        """Whether a deadline just typed is before the visit and not yet asked about: said once ("30/06/2015" for
        2025 is a slip of the year more often than a deadline already six years past); Ctrl+S again keeps it."""
        visit = str(self.record.get("date") or "")
        typed = self.query_one("#followup-deadline", Input).value.strip()
        if not isinstance(deadline, str) or typed == self._shown_deadline or not visit or deadline >= visit \
                or self._deadline_asked == deadline:
            return False
        self._deadline_asked = deadline
        self._say(Text(self.t(
            "followup.deadline_before", day=day_label(deadline, self.lang), visit=day_label(visit, self.lang))))
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The save landed: dismiss with it; or it failed: say why and keep the edit (the item as stored now beside
        it when someone else changed it: the next save applies the edit to that)."""
        if event.worker.group != "followup-save" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        self.saving = False
        if event.state == WorkerState.SUCCESS:
            self.saved = self.editing
            self.dismiss(event.worker.result)
            return
        error = event.worker.error
        self.stale = True
        self.gone = isinstance(error, GoneMeanwhile)
        if isinstance(error, ChangedMeanwhile) and error.current is not None:
            self._stored_now(error.current)
        self._drop_asked = self._changes()  # the refusal's words said what Esc does: asked
        self._say(not_saved(error, self.ref, self.t))

    def _stored_now(self, current: dict[str, Any]) -> None:
        """After a conflict: the item as stored now in every field the person did not change (a status left "open"
        had stayed on screen while another office's "done" was what Ctrl+S kept), their changes kept in theirs."""
        mine = self._changes()
        self.record = current
        self.item = get_item(current, self.ref)
        self._shown_to = visible(self.item.get("to", ""))
        self._shown_deadline = day_label(visible(self.item.get("deadline", "")), self.lang)
        if "status" not in mine:
            self.query_one("#followup-status", Select).value = status_of(self.item)
        if "deadline" not in mine:
            self.query_one("#followup-deadline", Input).value = self._shown_deadline
        if "to" not in mine:
            self.query_one("#followup-to", Input).value = self._shown_to
        self.query_one("#followup-route", Static).update(self._route())
        self.query_one("#followup-responses", Static).update(self._responses())
        for shown in self.query("#followup-history").results(Static):  # a history the item had when it opened
            shown.update(history_rows(self.item, self.t))

    def _changes(self) -> dict[str, Any]:
        """Only what the user changed, so an untouched item keeps its exact form (no status added)."""
        changes: dict[str, Any] = {}
        status = self.query_one("#followup-status", Select).value
        if isinstance(status, str) and status != status_of(self.item):
            changes["status"] = status
        deadline = self.query_one("#followup-deadline", Input).value.strip()
        if deadline != self._shown_deadline:
            changes["deadline"] = deadline or None
        to = self.query_one("#followup-to", Input).value.strip()
        if to != self._shown_to.strip():
            changes["to"] = to or None
        text = self.query_one("#followup-response-text", Input).value.strip()
        if text:
            changes["response"] = (self.query_one("#followup-response-date", Input).value, text)
        return changes
