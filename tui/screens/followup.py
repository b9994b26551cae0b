"""The follow-up dialog: status, addressee, deadline and a new dated response for one item.

Users chase what was promised: a recommendation made to the city, a
direction the delegation gave. This dialog edits one such item and hands
back the whole edited record (validated by `store.followup.edit_item`). It
writes nothing while open: `save_followup`, run in a thread worker by
`tui.survey_actions` once the dialog is closed, saves that one item over
what the store holds now (one atomic `Repository.update`), so an edit never
overwrites other changes made to the record meanwhile. A bad date keeps the
dialog open with the reason; escape leaves without changes.

Record text (the item, its author and addressee, earlier responses) is
shown as plain `Text`, never parsed as markup.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, Label, Select, Static

from store.followup import (
    STATUSES,
    FollowUpError,
    ItemRef,
    changed,
    edit_item,
    get_item,
    is_overdue,
    parse_iso_day,
    save_item,
    status_label,
    status_of,
)
from store.periods import day_label
from store.repository import ConflictError, RecordNotFound

from ..days import visit_day
from ..i18n import Translator
from ..messages import FollowUpSaved
from ..safe import visible
from ..widgets.ordered_input import OrderedInput


class ChangedMeanwhile(ConflictError):
    """Someone changed the edited item since the dialog opened: nothing was saved; the browser reloads."""


def save_followup(location: str, before: dict[str, Any], ref: ItemRef, after: dict[str, Any],
                  t: Translator) -> FollowUpSaved:
    """In a worker: put the edited item into the record as stored now; refuse if that item changed meanwhile."""
    from store.backends import open_repository  # noqa: PLC0415 - loaded with the store anyway
    repository = open_repository(location)
    try:
        save_item(repository, before, ref, after)
    except RecordNotFound:
        raise ConflictError(t("note.gone", id=before["id"])) from None
    except ConflictError:
        raise ChangedMeanwhile(t("note.changed_meanwhile")) from None
    finally:
        repository.close()
    return FollowUpSaved(before["id"], ref[0], ref[1])


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


class FollowUpScreen(ModalScreen[dict[str, Any] | None]):
    """Edit one recommendation or direction; dismisses with the edited record, or None if nothing changed."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "save", show=False, priority=True),
    ]
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
    """

    def __init__(self, record: dict[str, Any], item: ItemRef, lang: str = "vi", today: date | None = None) -> None:
        super().__init__()
        self.record = record
        self.ref: ItemRef = (item[0], int(item[1]))
        self.item = get_item(record, self.ref)
        self.t = Translator(lang)
        self.lang = self.t.lang
        self.words = self.t.words("followup")
        self.today = today or date.today()
        # an Input draws its value raw, so the record's text is shown made safe; unchanged, it is not saved back
        self._shown_to = visible(self.item.get("to", ""))
        # days as the UI language writes them (31/12/2025 in Vietnamese); either form is read back, stored as ISO
        self._shown_deadline = day_label(visible(self.item.get("deadline", "")), self.lang)

    def compose(self) -> ComposeResult:
        field, index = self.ref
        count = len(self.record.get(field) or [])
        with Vertical(id="followup"):
            with VerticalScroll(id="followup-scroll"):
                yield Static(Text.assemble(
                    (f"{self.words[field]} {index + 1}/{count}", "bold"),
                    (f" · {visit_day(self.record, self.lang)} · {visible(self.record.get('id', ''))}", "dim"),
                ), classes="followup-title")
                yield Static(Text(visible(self.item.get("text", ""))), id="followup-text")
                yield Static(self._route(), id="followup-route")
                yield Label(self.words["status"], classes="followup-label")
                yield Select([(status_label(s, self.lang), s) for s in STATUSES], value=status_of(self.item),
                             allow_blank=False, id="followup-status", compact=True)
                yield Label(self.words["deadline"], classes="followup-label")
                yield OrderedInput(
                    value=self._shown_deadline,
                    placeholder=self.words["day_format"],
                    id="followup-deadline",
                    validators=[DayValidator()],
                    valid_empty=True,
                    compact=True,
                )
                yield Label(self.words["to"], classes="followup-label")
                yield OrderedInput(value=self._shown_to, id="followup-to", compact=True)
                yield Label(self.words["responses"], classes="followup-label")
                yield Static(self._responses(), id="followup-responses")
                yield Label(self.words["new_response"], classes="followup-label")
                with Horizontal(id="followup-response"):
                    yield OrderedInput(value=day_label(self.today.isoformat(), self.lang), id="followup-response-date",
                                       validators=[DayValidator()], compact=True)
                    yield OrderedInput(placeholder=self.words["response_text"], id="followup-response-text",
                                       compact=True)
            yield Static("", id="followup-error", markup=False)
            with Horizontal(id="followup-buttons"):
                yield Button(self.words["save"], id="followup-save", variant="primary", compact=True)
                yield Button(self.words["cancel"], id="followup-cancel", compact=True)

    def _route(self) -> Text:
        route = Text(" → ".join(visible(part) for part in (self.item.get("by"), self.item.get("to")) if part),
                     style="italic")
        if is_overdue(self.item, self.today):
            route.append(f"  {self.words['overdue']} ({self._shown_deadline})", style="bold red")
        return route

    def _responses(self) -> Text:
        responses = self.item.get("responses", [])
        if not responses:
            return Text(self.words["no_responses"], style="dim")
        text = Text()
        for response in responses:
            text.append(f"{day_label(visible(response['date']), self.lang)}  ", style="bold")
            text.append(visible(response["text"]) + "\n")
        text.rstrip()
        return text

    def on_mount(self) -> None:
        self.query_one("#followup-status", Select).focus()

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
        self.dismiss(None)

    def action_save(self) -> None:
        """Validate through `edit_item`; on success dismiss with the new record, else show why."""
        try:
            edited = edit_item(self.record, self.ref, **self._changes())
        except FollowUpError as error:
            self.query_one("#followup-error", Static).update(Text(visible(str(error))))
            return
        self.dismiss(edited if changed(self.record, edited, self.ref) else None)

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
