"""The browser's import dialog: a path with completion, a dry-run report, then confirm or cancel.

The work is `store.importing`, the same as `surveys import`: the dialog
checks the path with a dry run in a worker thread, shows what would be
added, updated and skipped and every problem, and imports for real only
on confirmation. A failed import writes nothing and the dialog says why.

News articles (.txt, .md, .html, or a directory of them) are accepted too:
each is extracted in the worker, each draft opens in a `ReviewScreen` in
turn, and the records saved there go through the same dry run, which imports
them at once when clean: the review's save was the confirmation (a problem
stays on screen). `import_articles` holds that flow. Cancelling a draft leaves
it out; cancelling every draft imports nothing. What the dialog says about
each step's result (status, report, whether Ctrl+S/Ctrl+Y may import) is
`import_view`'s; the dialog runs the steps and draws what it says.

Everything that comes from the files (names, ids, messages quoting record
text) is shown as plain `Text` with control characters escaped, so `[bold]`
shows as typed and escapes cannot reach the terminal.

Keys: Enter in the path checks it, Tab (or →) accepts the completion,
Ctrl+S/Ctrl+Y imports once the check of a records file passed, Esc cancels.
The dialog dismisses with True after a successful import, False when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static
from textual.worker import Worker, WorkerState

from store.article_suffixes import ARTICLE_SUFFIXES
from store.importing import SUFFIXES, printable

from ..days import visit_named
from ..dialog_keys import IMPORT_KEYS, bind_table, show_keys
from ..i18n import Translator
from ..widgets.hanging import Hanging
from ..widgets.tick_box import TickBox
from . import import_view
from .import_articles import AlreadyStored, DraftReview, Extracted, MergeReview, Reviewed, documents
from .import_path import PathInput, PathSuggester, complete_path
from .import_report import imported_note, missing_report
from .import_style import IMPORT_CSS
from .import_work import (
    LOCK_TIMEOUT,
    Offers,
    Outcome,
    check_path,
    confirm_outcome,
    documents_outcome,
    find_offers,
    missing,
    run_outcome,
)
from .merge_offer import Offer

if TYPE_CHECKING:
    from store.repository import Repository

LISTED = 24
"""Names a second Tab lists at most: a few lines of the dialog's status."""

__all__ = ["ImportScreen", "Outcome", "PathInput", "PathSuggester", "complete_path", "run_outcome"]

IMPORTABLE = tuple(SUFFIXES) + tuple(ARTICLE_SUFFIXES)


class ImportScreen(ModalScreen[bool]):
    """Import records, or drafts reviewed from news articles, into the store at `store_path`."""

    DEFAULT_CSS = IMPORT_CSS

    KEY_TABLE = IMPORT_KEYS
    KEYS_AHEAD = frozenset({"escape", "f1"})
    """Kept when typed before the dialog showed (`tui.early_keys`): they type into no field and write nothing."""
    """Its keys: bound from it (Enter, the check, reached from the tick box: the path and the buttons take their
    own), listed by F1 and offered by the palette (`tui.dialog_keys`); they had English names."""

    def __init__(self, store_path: Path | str, start: str = "", root: Path | None = None,
                 repository: Repository | None = None) -> None:
        super().__init__()
        self.store_path = str(store_path)  # a file or a postgresql:// URL: never through Path, which folds `//`
        self.repository = repository
        """The browser's repository of this store, open already: it tells the drafts already stored from its
        index, where opening the store again in the worker cost its open time again (`mark_stored`)."""
        self.start = start
        self.root = root
        self.checked: Outcome | None = None
        self.report = Text()
        self.documents: list[tuple[str, bytes]] | None = None
        """The records saved in review, when the path names articles: these are imported, not the path."""
        self.cancelled: list[str] = []
        self.merges: list[Offer] = []
        """Reviewed articles about a stored visit whose missing figures the reader chose to merge."""
        self.skipped: list[str] = []
        """Reviewed articles the reader skipped as already stored."""
        self.reviewed: Reviewed = []
        """Every draft saved in review, those offered as a stored visit's too: a changed replace box asks again."""
        self._busy = False
        self._reviewing = False
        self._dismissed = False
        self.written: list[str] = []
        """The ids the import wrote (added, replaced, then merged into), once it has: the browser selects the first."""
        self._confirmed: Outcome | None = None  # the dry run the import under way was confirmed from: a failed
        # write (a store locked by another writer) is tried again from it with Ctrl+S/Ctrl+Y, the drafts as reviewed
        self._saved_in_review = False  # the next dry run is of drafts just saved in review: a clean one imports
        self._again = False  # the drafts are checked again (the replace box changed): the dry run waits for Ctrl+S

    @property
    def t(self) -> Translator:
        """The app's translator; a host app without one (tests) gets its `lang`, else English."""
        found = getattr(self.app, "t", None)
        return found if isinstance(found, Translator) else Translator(getattr(self.app, "lang", "en"))

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="dialog"):
            yield Label(t("import.title"), id="title", markup=False)
            yield Label(t("import.hint"), id="hint", markup=False)
            yield PathInput(self.start, placeholder=t("import.placeholder"),
                            suggester=PathSuggester(self.root, IMPORTABLE), id="path", compact=True)
            yield TickBox(t("import.replace"), id="update", compact=True)
            yield Static(Text(t("import.start")), id="status")
            with VerticalScroll(id="report-box"):
                yield Static(Hanging(self.report), id="report")
            with Horizontal(id="buttons"):
                yield Button(t("import.go"), id="confirm", variant="primary", disabled=True, compact=True)
                yield Button(t("import.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        bind_table(self, self.KEY_TABLE, self.t)  # named in the app's language, known once mounted
        # the app's stylesheet gives its own #status one line; this one wraps (inline styles win over it)
        status = self.query_one("#status", Static)
        status.styles.height = "auto"
        status.styles.padding = (0, 0, 0, 0)
        self.query_one("#report-box").border_title = self.t("import.report")
        self.query_one("#path", PathInput).focus_at_end()  # the folder kept: a name typed goes after it

    # -- events ----------------------------------------------------------
    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self.query_one("#path", PathInput).settle()
        self.check()

    @on(Input.Changed, "#path")
    def _changed(self) -> None:
        self._invalidate()

    @on(PathInput.Listed)
    def _listed(self, message: PathInput.Listed) -> None:
        """A second Tab: the names the path could go on to, on the status line (file names: made printable)."""
        shown, rest = message.names[:LISTED], len(message.names) - LISTED
        names = "  ".join(shown) + ("  " + self.t("import.more", count=self.t.number(rest)) if rest > 0 else "")
        self._status(self.t("import.matches", count=self.t.number(len(message.names)), names=names))

    @on(Checkbox.Changed, "#update")
    def _mode_changed(self) -> None:
        if self.checked is not None or self._path():
            self.check(reuse=True)

    @on(Button.Pressed, "#confirm")
    def _confirm_pressed(self) -> None:
        self.action_confirm()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    # -- actions ---------------------------------------------------------
    def check(self, reuse: bool = False) -> None:
        """Dry-run the path in the input and show the report; articles are extracted and reviewed first.

        With `reuse`, drafts already reviewed for this path are checked again (the
        duplicate rule changed) rather than extracted and reviewed anew.
        """
        path = self._path()
        if not path or self._busy or self._reviewing:
            if not path:
                self._status(self.t("import.no_path"), "yellow")
            return
        if not reuse and missing(path, self.root):  # named at once, not as "1 invalid (of 1 read)"
            self._invalidate()
            self._status(self.t("import.missing", path=printable(path)), "red")
            self._set_report(missing_report(path, self.t))
            return
        kept, cancelled = (self.documents, self.cancelled) if reuse else (None, [])
        merges, skipped = (self.merges, self.skipped) if reuse else ([], [])
        reviewed = self.reviewed if reuse else []
        self._invalidate()
        if reviewed and (merges or skipped):  # articles left out by an answer: the tick replaces or asks anew
            self.reviewed, self.cancelled, self._busy, self._again = reviewed, cancelled, True, True
            self._status(self.t("import.finding_duplicates"))
            self._work(partial(find_offers, self.store_path, reviewed, self._on_duplicate()))
            return
        if reuse and merges and not kept:
            self.merges, self.skipped, self.cancelled = merges, skipped, cancelled
            self._show_merges_only()
            return
        self._busy = True
        if kept:
            self.documents, self.cancelled, self.merges, self.skipped = kept, cancelled, merges, skipped
            self._status(self.t("import.checking_reviewed", count=self.t.number(len(kept))))
            self._work(partial(documents_outcome, self.store_path, kept, self._on_duplicate(), True))
            return
        self._status(self.t("import.checking", path=printable(path)))
        self._work(partial(check_path, self.store_path, path, self._on_duplicate(), self.root, self.repository))

    def action_check(self) -> None:
        """Enter outside the path field (on the tick box): check, as the hint says Enter does; never a tick."""
        self.check(reuse=self.checked is not None)

    def action_confirm(self) -> None:
        if self._busy or self._reviewing or not import_view.confirmable(self.checked, self.merges, self.documents):
            return
        self._busy = True
        self._confirmed = self.checked
        self.query_one("#confirm", Button).disabled = True
        self._status(self.t("import.importing", seconds=self.t.number(LOCK_TIMEOUT)))
        if self.documents or self.merges:
            self._work(partial(confirm_outcome, self.store_path, self.documents or [], self._on_duplicate(),
                               self.merges))
        else:
            self._work(partial(run_outcome, self.store_path, self._path(), self._on_duplicate(), False, self.root))

    def action_cancel(self) -> None:
        if self._busy and self.checked is not None:
            return  # the real import is running: its result decides, not a key press
        self._dismissed = True
        self.dismiss(False)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)

    # -- the work, in a thread -------------------------------------------
    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _work(self, task: Callable[[], Outcome | Extracted | Offers]) -> Outcome | Extracted | Offers:
        return task()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The worker reports back through its state, in the screen's own message queue."""
        if event.worker.group != "import":
            return
        if event.state == WorkerState.SUCCESS:
            # the import group's workers (check_path, run_outcome, documents) return one of these
            self._finished(cast("Outcome | Extracted | Offers", event.worker.result))
        elif event.state == WorkerState.ERROR:
            self._finished(Outcome(self.checked is None, error=self.t("import.unexpected", error=event.worker.error)))

    def _finished(self, outcome: Outcome | Extracted | Offers) -> None:
        self._busy = False
        if self._dismissed:
            return
        if isinstance(outcome, Extracted):
            self._review(outcome)
            return
        if isinstance(outcome, Offers):
            self._offer(outcome)
            return
        if outcome.dry_run:
            self.checked = outcome
            self._show_or_import(import_view.checked(outcome, bool(self.documents), self.merges, self.skipped,
                                                     self.cancelled, self.t))
            return
        if outcome.merge_errors and not outcome.error:
            self.checked = None
            self._show(import_view.merge_failed(outcome, self.t))
            return
        if (outcome.result is not None or outcome.merged) and not outcome.error:
            self._dismissed = True
            report = outcome.result.report if outcome.result is not None else None
            self.written = [*(report.added + report.updated if report else []), *outcome.merged]
            counts = outcome.result.counts() if outcome.result is not None else {}
            merged = [visit_named(record, self.t) for record in outcome.merged_visits]
            note = imported_note(counts, merged, self.t, len(self.cancelled))
            self.app.notify(note, markup=False, timeout=8)  # said: under a filter the new may not show
            self.dismiss(True)
            return
        retry = not outcome.problems and (self._confirmed is not None or bool(self.merges))
        self.checked = self._confirmed if retry else None
        self._show(import_view.failed(outcome, self.t, retry))

    # -- articles: one review screen per draft, then the dry run of what was kept --
    def _review(self, extracted: Extracted) -> None:
        if extracted.problems or not extracted.drafts:
            self._show(import_view.unreadable(extracted.problems, self.t))
            return
        self._reviewing = True
        self._status(self.t("import.reviewing", count=self.t.number(len(extracted.drafts))))
        lang = getattr(self.app, "lang", "vi")
        DraftReview(self.app, extracted.drafts, lang, self._reviewed, partial(self._already, extracted.stored)).start()

    def _already(self, stored: set[str], record_id: str) -> AlreadyStored | None:
        """What a draft's review says at its top when the store has its id: the box as ticked when it opens."""
        return AlreadyStored(record_id, self._on_duplicate() == "update") if record_id in stored else None

    def _reviewed(self, kept: Reviewed, cancelled: list[str]) -> None:
        self._reviewing = False
        if self._dismissed:
            return
        self.cancelled, self.reviewed = cancelled, kept
        if not kept:
            self._show(import_view.all_cancelled(cancelled, self.t))
            return
        self._busy = True
        self._status(self.t("import.finding_duplicates"))
        self._work(partial(find_offers, self.store_path, kept, self._on_duplicate()))

    # -- articles about a visit already stored: merge, skip or import anyway, then the dry run --
    def _offer(self, found: Offers) -> None:
        if not found.offers:
            self._check_kept(found.kept)
            return
        self._reviewing = True
        MergeReview(self.app, found.offers, self.t.lang,
                    lambda choices: self._offers_chosen(found.kept, choices)).start()

    def _offers_chosen(self, kept: Reviewed, choices: list[tuple[Offer, str]]) -> None:
        self._reviewing = False
        if self._dismissed:
            return
        left_out = {offer.label for offer, choice in choices if choice != "import"}
        self.merges = [offer for offer, choice in choices if choice == "merge"]
        self.skipped = [offer.label for offer, choice in choices if choice == "skip"]
        rest = [(label, record) for label, record in kept if label not in left_out]
        if rest:
            self._check_kept(rest)
        else:
            self._saved_in_review = True
            self._show_merges_only()

    def _check_kept(self, kept: Reviewed) -> None:
        self.documents = documents(kept)
        self._saved_in_review, self._again = not self._again, False
        self._busy = True
        self._status(self.t("import.checking_reviewed", count=self.t.number(len(kept))))
        self._work(partial(documents_outcome, self.store_path, self.documents, self._on_duplicate(), True))

    def _show_merges_only(self) -> None:
        """Every article was a stored visit: the report lists the merges, made at once after review (else Ctrl+S)."""
        self.documents = None
        self._show_or_import(import_view.merges_only(self.merges, self.skipped, self.cancelled, self.t))

    def _show_or_import(self, view: import_view.View) -> None:
        """Show a dry run; drafts just saved in review are imported when it allows: that save confirmed them (a check
        run again, the replace box ticked, waits for Ctrl+S/Ctrl+Y as a records file's does, and so does one that
        would skip some of them: `View.hold`)."""
        self._show(view)
        saved, self._saved_in_review = self._saved_in_review, False
        if saved and view.confirm and not view.hold:
            self.action_confirm()

    # -- display ---------------------------------------------------------
    def _show(self, view: import_view.View) -> None:
        """Draw what `import_view` says of a step's result (the confirm button is only ever enabled here: it was
        disabled when the step began)."""
        self._status(view.status, view.style)
        if view.confirm:
            self.query_one("#confirm", Button).disabled = False
        if view.report is not None:
            self._set_report(view.report)

    def _set_report(self, report: Text) -> None:
        self.report = report
        self.query_one("#report", Static).update(Hanging(report))  # a wrapped item hangs under its first line

    def _status(self, message: str, style: str = "") -> None:
        self.query_one("#status", Static).update(Text(printable(message), style=style))

    def _invalidate(self) -> None:
        self.checked = None
        self._saved_in_review = False
        self.documents = None
        self.cancelled = []
        self.merges, self.skipped, self.reviewed = [], [], []
        self.query_one("#confirm", Button).disabled = True

    def _path(self) -> str:
        return self.query_one("#path", Input).value.strip()

    def _on_duplicate(self) -> str:
        return "update" if self.query_one("#update", Checkbox).value else "skip"
