"""The browser's import dialog: a path with completion, a dry-run report, then confirm or cancel.

The work is `store.importing`, the same as `surveys import`: the dialog
checks the path with a dry run in a worker thread, shows what would be
added, updated and skipped and every problem, and imports for real only
on confirmation. A failed import writes nothing and the dialog says why.

Everything that comes from the files (names, ids, messages quoting record
text) is shown as plain `Text` with control characters escaped, so `[bold]`
shows as typed and escapes cannot reach the terminal.

Keys: Enter in the path checks it, Tab (or →) accepts the completion,
Ctrl+Y imports once the check passed, Escape cancels. The dialog dismisses
with True after a successful import, False when cancelled.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Checkbox, Input, Label, Static
from textual.worker import Worker, WorkerState

from store.importing import SUFFIXES, ImportFailed, ImportProblem, ImportResult, prepare, printable, run_import
from store.storage import StoreError
from store.store import DuplicateFound, SurveyStore

LOCK_TIMEOUT = 30.0
IDS_SHOWN = 200


class PathSuggester(Suggester):
    """Completes a path from the filesystem: directories (with a trailing /) and .json / .jsonl files."""

    def __init__(self, root: Path | None = None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.root = root

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value, self.root or Path.cwd())


def complete_path(value: str, root: Path) -> str | None:
    """`value` completed to the first matching entry of its directory, or None."""
    if not value:
        return None
    folder_text, separator, stem = value.rpartition("/")
    if separator:
        folder = Path(os.path.expanduser(folder_text or "/"))
    else:
        folder = Path(".")
    if not folder.is_absolute():
        folder = root / folder
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return None
    for entry in entries:
        name = entry.name
        if not name.startswith(stem) or name == stem and not _is_dir(entry):
            continue
        if name.startswith(".") and not stem.startswith("."):
            continue
        if _is_dir(entry):
            return value + name[len(stem):] + "/"
        if Path(name).suffix.lower() in SUFFIXES:
            return value + name[len(stem):]
    return None


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class PathInput(Input):
    """An Input where Tab accepts the completion, as in a shell (and moves on when there is none)."""

    BINDINGS = [Binding("tab", "complete", "Complete", show=False)]

    def action_complete(self) -> None:
        suggestion = getattr(self, "_suggestion", "")
        if suggestion and len(suggestion) > len(self.value):
            self.value = suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()


@dataclass
class Outcome:
    """What a worker found: a result, or why nothing could be done."""

    dry_run: bool
    result: ImportResult | None = None
    error: str | None = None
    problems: list[ImportProblem] | None = None


class ImportScreen(ModalScreen[bool]):
    """Import records from a file or directory into the store at `store_path`."""

    DEFAULT_CSS = """
    ImportScreen {
        align: center middle;
    }
    ImportScreen > #dialog {
        width: 90%;
        max-width: 120;
        height: 85%;
        border: thick $primary 60%;
        background: $surface;
        padding: 0 1;
    }
    ImportScreen #title {
        text-style: bold;
        padding-bottom: 1;
    }
    ImportScreen #status {
        height: auto;
        padding: 1 0 0 0;
    }
    ImportScreen #report-box {
        height: 1fr;
        border: round $panel;
    }
    ImportScreen #buttons {
        height: auto;
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

    def __init__(self, store_path: Path, start: str = "", root: Path | None = None) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.start = start
        self.root = root
        self.checked: Outcome | None = None
        self.report = Text()
        self._busy = False
        self._dismissed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Import records", id="title")
            yield Label("File or directory (.json, .jsonl); Enter checks it, Tab completes:")
            yield PathInput(self.start, placeholder="path/to/records.jsonl", suggester=PathSuggester(self.root),
                            id="path")
            yield Checkbox("Replace records already stored (same id or same visit)", id="update")
            yield Static(Text("Type a path and press Enter to check it; nothing is written until you confirm."),
                         id="status")
            with VerticalScroll(id="report-box"):
                yield Static(self.report, id="report")
            with Horizontal(id="buttons"):
                yield Button("Import", id="confirm", variant="primary", disabled=True)
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
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
            self.check()

    @on(Button.Pressed, "#confirm")
    def _confirm_pressed(self) -> None:
        self.action_confirm()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    # -- actions ---------------------------------------------------------
    def check(self) -> None:
        """Dry-run the path in the input and show the report."""
        path = self._path()
        if not path or self._busy:
            if not path:
                self._status("Type the path of a .json or .jsonl file, or of a directory.", "yellow")
            return
        self._invalidate()
        self._busy = True
        self._status(f"Checking {printable(path)} …")
        self._work(path, self._on_duplicate(), True)

    def action_confirm(self) -> None:
        if self._busy or not self._confirmable():
            return
        self._busy = True
        self.query_one("#confirm", Button).disabled = True
        self._status("Importing …")
        self._work(self._path(), self._on_duplicate(), False)

    def action_cancel(self) -> None:
        if self._busy and self.checked is not None:
            return  # the real import is running: its result decides, not a key press
        self._dismissed = True
        self.dismiss(False)

    # -- the work, in a thread -------------------------------------------
    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _work(self, path: str, on_duplicate: str, dry_run: bool) -> Outcome:
        return run_outcome(self.store_path, path, on_duplicate, dry_run, self.root)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The worker reports back through its state, in the screen's own message queue."""
        if event.worker.group != "import":
            return
        if event.state == WorkerState.SUCCESS:
            self._finished(event.worker.result)
        elif event.state == WorkerState.ERROR:
            self._finished(Outcome(self.checked is None, error=f"unexpected error: {event.worker.error}"))

    def _finished(self, outcome: Outcome) -> None:
        self._busy = False
        if self._dismissed:
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

    # -- display ---------------------------------------------------------
    def _show_check(self, outcome: Outcome) -> None:
        report = Text()
        if outcome.error:
            self._status(f"Cannot import: {outcome.error}", "red")
        else:
            result = outcome.result
            assert result is not None
            counts = result.counts()
            summary = (f"Would add {counts['added']}, update {counts['updated']}, skip {counts['skipped']}; "
                       f"{counts['invalid']} invalid (of {counts['read']} read).")
            if result.problems:
                self._status(summary + " Fix the problems below: nothing will be written while any remain.", "red")
            elif counts["added"] or counts["updated"]:
                self._status(summary + " Press Import (Ctrl+Y) to write them, or Cancel.", "green")
                self.query_one("#confirm", Button).disabled = False
            else:
                self._status(summary + " There is nothing to import.", "yellow")
            _report_lines(report, result)
        _problem_lines(report, outcome.problems or [])
        self._set_report(report)

    def _show_failure(self, outcome: Outcome) -> None:
        self._status(f"Nothing was imported: {outcome.error}", "red")
        report = Text()
        _problem_lines(report, outcome.problems or [])
        self._set_report(report)

    def _set_report(self, report: Text) -> None:
        self.report = report
        self.query_one("#report", Static).update(report)

    def _status(self, message: str, style: str = "") -> None:
        self.query_one("#status", Static).update(Text(printable(message), style=style))

    def _invalidate(self) -> None:
        self.checked = None
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


def run_outcome(store_path: Path, path: str, on_duplicate: str, dry_run: bool, root: Path | None = None) -> Outcome:
    """One pass of the import, with every failure turned into a message (runs in the worker thread)."""
    target = Path(os.path.expanduser(path))
    if root is not None and not target.is_absolute():
        target = root / target
    store = SurveyStore(store_path, lock_timeout=LOCK_TIMEOUT)
    try:
        with prepare([target]) as prepared:
            result = run_import(store, prepared, on_duplicate, dry_run)  # type: ignore[arg-type]
            return Outcome(dry_run, result=result, problems=result.problems)
    except ImportFailed as error:
        return Outcome(dry_run, error=str(error), problems=error.import_problems)
    except DuplicateFound as error:
        return Outcome(dry_run, error=str(error))
    except (StoreError, OSError) as error:
        return Outcome(dry_run, error=str(error))


def _report_lines(report: Text, result: ImportResult) -> None:
    where = result.prepared.locations
    sections = (
        ("Will add", [(rid, "") for rid in result.report.added], "green"),
        ("Will update", [(rid, "") for rid in result.report.updated], "cyan"),
        ("Will skip", result.report.skipped, "yellow"),
    )
    for title, items, style in sections:
        if not items:
            continue
        report.append(f"{title} ({len(items)}):\n", style=f"bold {style}")
        for rid, reason in items[:IDS_SHOWN]:
            line = f"  {rid}  ({where.get(rid, '?')})" + (f": {reason}" if reason else "")
            report.append(printable(line) + "\n")
        if len(items) > IDS_SHOWN:
            report.append(f"  … and {len(items) - IDS_SHOWN:,} more\n", style="dim")


def _problem_lines(report: Text, problems: list[ImportProblem]) -> None:
    if not problems:
        return
    report.append(f"Problems ({len(problems)}):\n", style="bold red")
    for problem in problems:
        report.append("  " + str(problem) + "\n")
