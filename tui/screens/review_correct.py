"""Correcting a stored survey (`r` in the browser): the review screen over the survey itself, which it then writes.

A wrong leader, a ward placed in the wrong province, a mistyped figure of a
visit already in the archive: `CorrectScreen(record, location)` opens the
survey in the review screen (`ReviewScreen`), every value editable, its id
shown but fixed. A record keeps no sentences, so under each value is its
recorded origin instead (`provenance[]`): read from an article by the
extractor, with the rule and how sure it was, or given by a person, or none
recorded (a survey typed by hand). Ctrl+S validates and checks as for a
draft, then writes in a worker through the repository's atomic `update()`
(`review_save`): only the values the person changed, each marked
`by: person`; values nobody touched keep their origin, and a value without
one keeps none. If someone else changed one of those values since the
survey was opened (another office on PostgreSQL), nothing is written: the
screen names the values and what they hold now, in the person's language, and
keeps the edits on screen; a second Ctrl+S then writes the person's values over
those (the other writer's changes to other values stay), and `stale` tells the
browser to read the store again if Esc leaves instead. Esc with edits on screen asks once, as the review does.
The screen dismisses with the survey as stored, or None.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from textual import work
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from store import provenance
from store.errors import StoreError
from store.extract import Draft
from store.reasons import from_json
from store.repository import RecordNotFound, ValidationFailed

from ..i18n import Translator
from ..i18n_errors import explain
from ..keys import CORRECT_KEYS
from ..messages import JobDone
from ..safe import visible
from .review import ReviewScreen
from .review_notes import problem_lines
from .review_save import Conflict, changed_values, shown_now, with_stored, write_correction


def stored_draft(record: dict[str, Any]) -> Draft:
    """The survey as a draft for the review screen: the rules and certainty of its values from its provenance."""
    origins = provenance.origins(record)
    origins.update({"topics[0]": origins["topics"]} if "topics" in origins else {})  # where the screen shows topics
    rules = {path: entry["rule"] for path, entry in origins.items() if entry.get("rule")}
    certainty = {path: from_json(entry["certainty"]) for path, entry in origins.items() if entry.get("certainty")}
    sentences = {path: str(entry["sentence"]) for path, entry in origins.items() if entry.get("sentence")}
    return Draft(copy.deepcopy(record), sentences, source_name=str(record.get("id", "")), rules=rules,
                 certainty=certainty)  # the sentences kept on save: shown under their values as the draft's were


@dataclass
class SurveyCorrected(JobDone):
    """A correction was written; the browser reads the store again to show it (list, details, counts)."""

    record_id: str
    restored: bool = False
    """It had been deleted meanwhile and was put back with the corrections."""

    def note(self, t: Translator) -> str:
        return t("correct.restored" if self.restored else "correct.saved", id=visible(self.record_id))


class CorrectScreen(ReviewScreen):
    """Correct a stored survey's values and write them; dismisses with the survey as stored, or None."""

    KEY_TABLE = CORRECT_KEYS
    TITLE, HELP_NOTES, SAVE, DROP_EDITS = "correct.title", "correct.help_notes", "review.save", "correct.drop_edits"
    stored = True
    KEYS_AHEAD = frozenset({"escape", "f1"})
    """Kept when typed before the screen showed (`tui.early_keys`): Esc asks first if anything was edited."""

    def __init__(self, record: dict[str, Any], location: str, lang: str = "vi", named: str | None = None) -> None:
        super().__init__(stored_draft(record), lang)
        self.seen = copy.deepcopy(record)
        self.location = location
        self.named = named
        """The name in the user's settings: an item's status or deadline corrected here is written in its history
        under it (`store.corrected_items`)."""
        self.saving = False
        self.stale = False
        """Someone else changed the survey meanwhile: the browser's copy is out of date."""
        self.gone = False
        """Someone else deleted the survey meanwhile: Ctrl+S again puts it back with the edits."""
        self.restored = False
        """The save put the survey back (it was still deleted), rather than correcting it in place."""

    def on_mount(self) -> None:
        self.query_one("#review-id", Input).disabled = True  # `update()` keeps the id; a new id is a new survey
        self.query_one("#review-id-source").display = False  # an id has no origin of its own

    def action_cancel(self) -> None:
        """Esc leaves the survey as stored; with edits on screen, only when pressed again, as the review screen asks
        (Esc had dropped them without a word: tryout, session 32). A write under way decides; Esc once it is said."""
        if not self.saving:
            super().action_cancel()

    def _no_sentence(self, path: str | None) -> str:
        """A record keeps no sentences: the value's recorded origin instead."""
        by = self._before.get(path or "", {}).get("by")
        return self.t({provenance.EXTRACTOR: "correct.by_extractor", provenance.PERSON: "correct.by_person"}
                      .get(str(by), "correct.no_origin"))

    def finish(self, record: dict[str, Any]) -> None:
        """Valid and checked: write what changed (nothing changed: nothing is written)."""
        if self.saving:
            return
        if not changed_values(self.seen, record):
            self.notify(self.t("correct.unchanged"), markup=False)
            self.dismiss(None)
            return
        self.saving = True
        self._show_error([self.t("correct.saving")])
        self._save(record)

    @work(thread=True, exclusive=True, group="correct", exit_on_error=False)
    def _save(self, record: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        return write_correction(self.location, self.seen, record, restore=self.gone, named=self.named)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "correct" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        self.saving = False
        result = event.worker.result
        if event.state == WorkerState.SUCCESS and result is not None:
            stored, self.restored = result
            self.dismiss(stored)
        else:
            self._show_error(self.failure(event.worker.error))
            if isinstance(event.worker.error, Conflict | RecordNotFound):  # its words said what Esc does: asked
                self._drop_asked = self.marks.edited_now(self)

    def failure(self, error: BaseException | None) -> list[str]:
        """Why the correction was not written, in the screen's language."""
        if isinstance(error, Conflict):
            self.stale = True
            fields = self.t.words("origin.field")
            names = {value: fields.get(value) or self.words.get(value, value) for value in error.values}
            now = [(names[value], shown_now(error.current, value, self.t, self.seen)) for value in error.values]
            self.seen = with_stored(self.seen, error.current, error.values)  # Ctrl+S again: these edits over them
            return [self.t("correct.conflict", values=", ".join(names.values())),
                    *(self.t("correct.now", value=name, now=visible(text)) for name, text in now if text)]
        if isinstance(error, RecordNotFound):
            self.stale = self.gone = True
            return [self.t("correct.gone", id=visible(str(self.seen.get("id", ""))))]
        if isinstance(error, ValidationFailed):
            return problem_lines([problem for _, problem in error.problems], self.t)
        if isinstance(error, StoreError):
            return [self.t("correct.failed", error=explain(str(error), self.t))]
        return [self.t("correct.failed", error=f"{type(error).__name__}: {error}")]
