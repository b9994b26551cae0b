"""The browser's import dialog: a path with completion, a dry-run report, then confirm or cancel.

The work is `store.importing`, the same as `surveys import`: the dialog
checks the path with a dry run in a worker thread, shows what would be
added, updated and skipped and every problem, and imports for real only
on confirmation. A failed import writes nothing and the dialog says why.

News articles (.txt, .md, .html, or a directory of them) are accepted too:
each is extracted in the worker, each draft opens in a `ReviewScreen` in
turn, and the records saved there go through the same dry run, report and
confirmation (`import_articles` holds that flow). Cancelling a draft leaves
it out; cancelling every draft imports nothing.

Everything that comes from the files (names, ids, messages quoting record
text) is shown as plain `Text` with control characters escaped, so `[bold]`
shows as typed and escapes cannot reach the terminal.

Keys: Enter in the path checks it, Tab (or →) accepts the completion,
Ctrl+Y imports once the check passed, Escape cancels. The dialog dismisses
with True after a successful import, False when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static
from textual.worker import Worker, WorkerState

from store.extract import ARTICLE_SUFFIXES
from store.importing import SUFFIXES, ImportProblem, ImportResult, printable

from ..i18n import Translator
from ..i18n_errors import explain
from .import_articles import DraftReview, Extracted, Reviewed, documents
from .import_path import PathInput, PathSuggester, complete_path
from .import_work import Outcome, check_path, documents_outcome, run_outcome

__all__ = ["ImportScreen", "Outcome", "PathInput", "PathSuggester", "complete_path", "run_outcome"]

IDS_SHOWN = 200
IMPORTABLE = tuple(SUFFIXES) + tuple(ARTICLE_SUFFIXES)


class ImportScreen(ModalScreen[bool]):
    """Import records, or drafts reviewed from news articles, into the store at `store_path`."""

    DEFAULT_CSS = """
    ImportScreen {
        align: center middle;
    }
    ImportScreen > #dialog {
        width: 90%;
        max-width: 120;
        height: 90%;
        min-height: 20;
        max-height: 100%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    ImportScreen #title {
        text-style: bold;
    }
    ImportScreen #hint {
        width: 100%;
        color: $text-muted;
    }
    ImportScreen #path {
        margin: 1 0 0 0;
    }
    ImportScreen #status {
        width: 100%;
        height: auto;
        max-height: 4;
    }
    ImportScreen #report-box {
        height: 1fr;
        min-height: 3;
        border: round $panel;
    }
    ImportScreen #buttons {
        height: 1;
        align-horizontal: right;
    }
    ImportScreen #buttons Button {
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+y", "confirm", "Import"),
    ]

    def __init__(self, store_path: Path | str, start: str = "", root: Path | None = None) -> None:
        super().__init__()
        self.store_path = str(store_path)  # a file or a postgresql:// URL: never through Path, which folds `//`
        self.start = start
        self.root = root
        self.checked: Outcome | None = None
        self.report = Text()
        self.documents: list[tuple[str, bytes]] | None = None
        """The records saved in review, when the path names articles: these are imported, not the path."""
        self.cancelled: list[str] = []
        self._busy = False
        self._reviewing = False
        self._dismissed = False

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
            yield Checkbox(t("import.replace"), id="update", compact=True)
            yield Static(Text(t("import.start")), id="status")
            with VerticalScroll(id="report-box"):
                yield Static(self.report, id="report")
            with Horizontal(id="buttons"):
                yield Button(t("import.go"), id="confirm", variant="primary", disabled=True, compact=True)
                yield Button(t("import.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        # the app's stylesheet gives its own #status one line; this one wraps (inline styles win over it)
        status = self.query_one("#status", Static)
        status.styles.height = "auto"
        status.styles.padding = (0, 0, 0, 0)
        self.query_one("#report-box").border_title = self.t("import.report")
        self.query_one("#path", Input).focus()

    # -- events ----------------------------------------------------------
    @on(Input.Submitted, "#path")
    def _submitted(self) -> None:
        self.check()

    @on(Input.Changed, "#path")
    def _changed(self) -> None:
        self._invalidate()

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
        kept, cancelled = (self.documents, self.cancelled) if reuse else (None, [])
        self._invalidate()
        self._busy = True
        if kept:
            self.documents, self.cancelled = kept, cancelled
            self._status(self.t("import.checking_reviewed", count=len(kept)))
            self._work(partial(documents_outcome, self.store_path, kept, self._on_duplicate(), True))
            return
        self._status(self.t("import.checking", path=printable(path)))
        self._work(partial(check_path, self.store_path, path, self._on_duplicate(), self.root))

    def action_confirm(self) -> None:
        if self._busy or self._reviewing or not self._confirmable():
            return
        self._busy = True
        self.query_one("#confirm", Button).disabled = True
        self._status(self.t("import.importing"))
        if self.documents:
            self._work(partial(documents_outcome, self.store_path, self.documents, self._on_duplicate(), False))
        else:
            self._work(partial(run_outcome, self.store_path, self._path(), self._on_duplicate(), False, self.root))

    def action_cancel(self) -> None:
        if self._busy and self.checked is not None:
            return  # the real import is running: its result decides, not a key press
        self._dismissed = True
        self.dismiss(False)

    # -- the work, in a thread -------------------------------------------
    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _work(self, task: Callable[[], Outcome | Extracted]) -> Outcome | Extracted:
        return task()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The worker reports back through its state, in the screen's own message queue."""
        if event.worker.group != "import":
            return
        if event.state == WorkerState.SUCCESS:
            # the import group's workers (check_path, run_outcome, documents) return one of these
            self._finished(cast("Outcome | Extracted", event.worker.result))
        elif event.state == WorkerState.ERROR:
            self._finished(Outcome(self.checked is None, error=self.t("import.unexpected", error=event.worker.error)))

    def _finished(self, outcome: Outcome | Extracted) -> None:
        self._busy = False
        if self._dismissed:
            return
        if isinstance(outcome, Extracted):
            self._review(outcome)
            return
        if outcome.dry_run:
            self.checked = outcome
            self._show_check(outcome)
            return
        if outcome.result is not None and not outcome.error:
            self._dismissed = True
            self.dismiss(True)
            return
        self.checked = None
        self._show_failure(outcome)

    # -- articles: one review screen per draft, then the dry run of what was kept --
    def _review(self, extracted: Extracted) -> None:
        if extracted.problems or not extracted.drafts:
            self._status(self.t("import.unreadable", count=len(extracted.problems)), "red")
            report = Text()
            _problem_lines(report, extracted.problems, self.t)
            self._set_report(report)
            return
        self._reviewing = True
        self._status(self.t("import.reviewing", count=len(extracted.drafts)))
        lang = getattr(self.app, "lang", "vi")
        DraftReview(self.app, extracted.drafts, lang, self._reviewed).start()

    def _reviewed(self, kept: Reviewed, cancelled: list[str]) -> None:
        self._reviewing = False
        if self._dismissed:
            return
        self.cancelled = cancelled
        if not kept:
            self._status(self.t("import.all_cancelled"), "yellow")
            report = Text()
            _cancelled_lines(report, cancelled, self.t)
            self._set_report(report)
            return
        self.documents = documents(kept)
        self._busy = True
        self._status(self.t("import.checking_reviewed", count=len(kept)))
        self._work(partial(documents_outcome, self.store_path, self.documents, self._on_duplicate(), True))

    # -- display ---------------------------------------------------------
    def _show_check(self, outcome: Outcome) -> None:
        report, t = Text(), self.t
        if outcome.error:
            self._status(t("import.cannot", error=outcome.error), "red")
        else:
            result = outcome.result
            assert result is not None
            counts = result.counts()
            summary = t("import.summary", **counts)
            if result.problems:
                self._status(summary + " " + t("import.fix"), "red")
            elif counts["added"] or counts["updated"]:
                self._status(summary + " " + t("import.confirm"), "green")
                self.query_one("#confirm", Button).disabled = False
            else:
                self._status(summary + " " + t("import.nothing"), "yellow")
            _report_lines(report, result, t)
        _problem_lines(report, outcome.problems or [], t)
        if self.documents:
            _cancelled_lines(report, self.cancelled, t)
        self._set_report(report)

    def _show_failure(self, outcome: Outcome) -> None:
        self._status(self.t("import.failed", error=outcome.error), "red")
        report = Text()
        _problem_lines(report, outcome.problems or [], self.t)
        self._set_report(report)

    def _set_report(self, report: Text) -> None:
        self.report = report
        self.query_one("#report", Static).update(report)

    def _status(self, message: str, style: str = "") -> None:
        self.query_one("#status", Static).update(Text(printable(message), style=style))

    def _invalidate(self) -> None:
        self.checked = None
        self.documents = None
        self.cancelled = []
        self.query_one("#confirm", Button).disabled = True

    def _confirmable(self) -> bool:
        outcome = self.checked
        if outcome is None or outcome.error or outcome.result is None or outcome.result.problems:
            return False
        counts = outcome.result.counts()
        return bool(counts["added"] or counts["updated"])

    def _path(self) -> str:
        return self.query_one("#path", Input).value.strip()

    def _on_duplicate(self) -> str:
        return "update" if self.query_one("#update", Checkbox).value else "skip"


def _report_lines(report: Text, result: ImportResult, t: Translator) -> None:
    where = result.prepared.locations
    sections = (
        ("import.will_add", [(rid, "") for rid in result.report.added], "green"),
        ("import.will_update", [(rid, "") for rid in result.report.updated], "cyan"),
        ("import.will_skip", result.report.skipped, "yellow"),
    )
    for title, items, style in sections:
        if not items:
            continue
        report.append(t(title, count=len(items)) + "\n", style=f"bold {style}")
        for rid, reason in items[:IDS_SHOWN]:
            line = f"  {rid}  ({where.get(rid, '?')})" + (f": {explain(reason, t)}" if reason else "")
            report.append(printable(line) + "\n")
        if len(items) > IDS_SHOWN:
            report.append("  " + t("import.more", count=t.number(len(items) - IDS_SHOWN)) + "\n", style="dim")


def _cancelled_lines(report: Text, cancelled: list[str], t: Translator) -> None:
    if not cancelled:
        return
    report.append(t("import.left_out", count=len(cancelled)) + "\n", style="bold yellow")
    for label in cancelled:
        report.append("  " + printable(label) + "\n")


def _problem_lines(report: Text, problems: list[ImportProblem], t: Translator) -> None:
    if not problems:
        return
    report.append(t("import.problems", count=len(problems)) + "\n", style="bold red")
    for problem in problems:
        report.append("  " + str(replace(problem, message=explain(problem.message, t))) + "\n")
