"""The export dialog (`e`): format, CSV row shape, BOM, decimal comma and the file to write.

The dialog only asks; once it is confirmed, `export_view` (this module's
job, run in a thread worker by `tui.survey_actions`) builds the bytes with
`store.export.export` (the CLI's code) and writes them atomically with
`write_file`, so a large export never freezes the screen and an interrupted
one never leaves half a file. Records go newest first and `status:`/`overdue`
clauses narrow item rows, exactly as on the command line. A path whose
folder does not exist, or that names a folder, is explained here and the
dialog stays open; so is a path naming the open store or a file it keeps
beside it (the export would have replaced the store), and a file that
exists is replaced only when confirmed a second time. Changing the format
changes the file's suffix when it still has the old one; typing another
format's suffix chooses that format. "For Excel set to Vietnamese" (CSV only,
`surveys export --decimal-comma`) writes `;` and `92,7` with a BOM: its box
ticks the BOM box and holds it ticked while it is ticked.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from store.export import FORMATS, ROWS
from store.paths import writes_over_store
from store.today import current_day

from ..dialog_keys import EXPORT_KEYS, bind_table, show_keys
from ..i18n import Translator
from ..messages import Exported
from ..safe import visible
from ..widgets.key_hint import KeyHint
from ..widgets.ordered_input import OrderedInput
from ..widgets.ordered_select import OrderedSelect
from ..widgets.tick_box import TickBox

if TYPE_CHECKING:
    from store.query import Filter

SUFFIX = {"csv": ".csv", "json": ".json", "jsonl": ".jsonl", "md": ".md"}
BOM_FORMATS = ("csv", "md")
"""Formats a spreadsheet or editor may want a BOM in; JSON must not start with one."""


@dataclass(frozen=True)
class ExportChoice:
    fmt: str = "csv"
    rows: str = "surveys"
    bom: bool = False
    path: Path = Path("surveys-export.csv")
    """As typed (relative to the current folder, `~` the home); `target` is where it goes. The dialog's first is
    `default_path`'s."""
    decimal_comma: bool = False
    """CSV with `;` and `92,7` (`store.export`'s `decimal_comma`), for Excel set to Vietnamese regional formats."""

    def remembered(self) -> dict[str, object]:
        """What the user's settings keep of it (`tui.settings.save_user_export`): not the file, which is each
        export's own."""
        return {"fmt": self.fmt, "rows": self.rows, "bom": self.bom, "decimal_comma": self.decimal_comma}

    @classmethod
    def from_remembered(cls, saved: dict[str, object]) -> ExportChoice:
        """The choice a browser's first `e` offers: the user's last one where each value is still valid, else the
        default; the file is the default one, with the format's suffix."""
        fmt = saved.get("fmt") if saved.get("fmt") in FORMATS else "csv"
        rows = saved.get("rows") if saved.get("rows") in ROWS else "surveys"
        bom, decimal = (saved.get(key) is True for key in ("bom", "decimal_comma"))
        return cls(fmt=str(fmt), rows=str(rows), bom=bom and fmt in BOM_FORMATS, path=default_path(str(fmt)),
                   decimal_comma=decimal and fmt == "csv")

    @property
    def target(self) -> Path:
        path = self.path.expanduser()
        return path if path.is_absolute() else Path.cwd() / path


def default_path(fmt: str) -> Path:
    """The file the dialog offers first, as it shows it: in `export_folder`, the home written `~`."""
    path = export_folder() / ("surveys-export" + SUFFIX[fmt])
    home = Path.home()
    return Path("~") / path.relative_to(home) if path.is_relative_to(home) and home != Path("/") else path


def export_folder() -> Path:
    """Where an export goes unless told: the folder the browser started in if it may be written (a user's own,
    over ssh their home), else their documents folder (`XDG_DOCUMENTS_DIR`, ~/Documents), else their home (a
    browser started from `/` or a shared read-only folder had offered a file there that could not be written)."""
    home = Path.home()
    for folder in (Path.cwd(), _documents(home), home):
        if folder is not None and _writable(folder):
            return folder
    return Path.cwd()


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _documents(home: Path) -> Path | None:
    """The user's documents folder: `$XDG_DOCUMENTS_DIR`, else as `user-dirs.dirs` names it, else ~/Documents."""
    named = os.environ.get("XDG_DOCUMENTS_DIR")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    if not named and config.is_file():
        with contextlib.suppress(OSError, UnicodeDecodeError):
            for line in config.read_text(encoding="utf-8").splitlines():
                key, _, value = line.partition("=")
                if key.strip() == "XDG_DOCUMENTS_DIR":
                    named = value.strip().strip('"').replace("$HOME", str(home))
    return Path(named).expanduser() if named else home / "Documents"


def export_view(choice: ExportChoice, records: list[dict[str, Any]], query: Filter, lang: str) -> Exported:
    """In a worker: write `records` (the filtered view, newest first) as `choice` says; what was written."""
    from store.export import count_rows, export, items_asked, write_file  # noqa: PLC0415 - a fast start

    today = current_day()
    items = items_asked(query, today)
    payload = export(records, choice.fmt, rows=choice.rows, bom=choice.bom, lang=lang, today=today,
                     title=query.render(lang), items=items, decimal_comma=choice.decimal_comma and choice.fmt == "csv")
    write_file(choice.target, payload)
    count = count_rows(records, choice.fmt, choice.rows, items, today)
    return Exported(str(choice.target), count, choice.rows if choice.fmt == "csv" else "surveys")


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Dismisses with what to write, or None (escape, Cancel)."""

    KEY_TABLE = EXPORT_KEYS
    KEYS_AHEAD = frozenset({"escape", "f1"})
    """Kept when typed before the dialog showed (`tui.early_keys`): they type into no field and write nothing."""
    """Its keys: bound from it, listed by F1 and offered by the palette (`tui.dialog_keys`)."""
    DEFAULT_CSS = """
    ExportScreen .export-row { height: auto; margin-top: 1; }
    ExportScreen .export-row > Label { width: 20; color: $text-muted; }
    ExportScreen .export-row > Select, ExportScreen .export-row > Input { width: 1fr; }
    ExportScreen #export-bom, ExportScreen #export-decimal { margin-left: 20; }
    ExportScreen #export-path { background: $boost; }
    ExportScreen #export-buttons { height: auto; align-horizontal: right; }
    ExportScreen #export-buttons Button { margin-left: 1; }
    ExportScreen #export-error { height: auto; }
    """

    def __init__(self, t: Translator, count: int, filter_text: str, choice: ExportChoice | None = None,
                 store: str = "", series: str | None = None) -> None:
        super().__init__(classes="dialog")
        self.series = series
        """The figures view's series when its `e` opened the dialog: the title names it (its figures only go)."""
        self.t = t
        self.count = count
        self.filter_text = filter_text
        self.choice = choice or ExportChoice(path=default_path("csv"))
        self.store = store
        """The open store's location: the export never writes over it or the files beside it."""
        self._replacing: Path | None = None
        self._bom_before = self.choice.bom
        """The BOM box as the person left it, given back when the decimal-comma box (which ticks it) is unticked."""
        """A file that exists, named once: confirming again with the same path replaces it."""
        bind_table(self, self.KEY_TABLE, t)

    def compose(self) -> ComposeResult:
        t, choice = self.t, self.choice
        with Vertical(id="export", classes="dialog-box"):
            title = "export.title" if self.filter_text else "export.title_all"  # "filtered" with no filter, no more
            said = t(title, count=t.number(self.count))
            if self.series is not None:  # the figures view's `e`: the series on screen, not every figure
                said = t("export.title_series", series=self.series, count=t.number(self.count))
            yield Label(Content(said), classes="dialog-title")
            shown = t("export.filter", filter=visible(self.filter_text)) if self.filter_text else t("export.no_filter")
            yield Label(Content(shown), classes="dialog-hint")
            with Horizontal(classes="export-row"):
                yield Label(Content(t("export.format")))
                yield OrderedSelect([(t(f"export.fmt.{fmt}"), fmt) for fmt in FORMATS], value=choice.fmt,
                                    allow_blank=False, id="export-format", compact=True)
            with Horizontal(classes="export-row", id="export-rows-row"):
                yield Label(Content(t("export.rows")))
                yield OrderedSelect([(t(f"export.rows.{rows}"), rows) for rows in ROWS], value=choice.rows,
                                    allow_blank=False, id="export-rows", compact=True)
            yield TickBox(Content(t("export.bom")), value=choice.bom, id="export-bom", compact=True)
            yield TickBox(Content(t("export.decimal_comma")), value=choice.decimal_comma, id="export-decimal",
                          compact=True)
            with Horizontal(classes="export-row"):
                yield Label(Content(t("export.path")))
                yield OrderedInput(str(choice.path), id="export-path", compact=True)
            yield Static("", id="export-error", classes="dialog-error", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button(t("export.go"), id="export-go", variant="primary", compact=True)
                yield Button(t("export.cancel"), id="export-cancel", compact=True)
            yield KeyHint(t("export.hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        self._fit_to_format(self.choice.fmt)
        self.query_one("#export-format", Select).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if event.select.id == "export-format" and isinstance(event.value, str):
            self._fit_to_format(event.value)

    def _fit_to_format(self, fmt: str) -> None:
        """Rows only for CSV, BOM only where it is allowed, and the suffix follows the format. What does not apply is
        hidden, not only greyed: Markdown had kept "One CSV row per" and a BOM box "for Excel" on screen, which read
        as choices of the file being written; Markdown's BOM box says what it is for there."""
        self.query_one("#export-rows", Select).disabled = fmt != "csv"
        self.query_one("#export-rows-row").display = fmt == "csv"
        bom = self.query_one("#export-bom", Checkbox)
        bom.disabled = fmt not in BOM_FORMATS
        bom.display = not bom.disabled
        bom.label = Content(self.t("export.bom" if fmt == "csv" else "export.bom_text"))
        if bom.disabled:
            bom.value = False
        decimal = self.query_one("#export-decimal", Checkbox)
        decimal.disabled = fmt != "csv"
        decimal.display = fmt == "csv"
        if decimal.disabled:
            decimal.value = False
        self._fit_bom()
        field = self.query_one("#export-path", Input)
        path = Path(field.value)
        if field.value and path.suffix.lower() in SUFFIX.values() and path.suffix != SUFFIX[fmt]:
            field.value = str(path.with_suffix(SUFFIX[fmt]))

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        bom = self.query_one("#export-bom", Checkbox)
        if event.checkbox.id == "export-bom" and not bom.disabled:
            self._bom_before = event.value
        elif event.checkbox.id == "export-decimal":
            self._fit_bom()

    def _fit_bom(self) -> None:
        """The decimal-comma CSV is for Excel, which needs the BOM to read UTF-8: ticked, it ticks the BOM box and
        holds it; unticked, the BOM box is as the person had left it."""
        decimal, bom = self.query_one("#export-decimal", Checkbox), self.query_one("#export-bom", Checkbox)
        if decimal.value:
            bom.value, bom.disabled = True, True
        elif bom.display:
            bom.value, bom.disabled = self._bom_before, False

    def on_input_changed(self, event: Input.Changed) -> None:
        """A file name typed with another format's suffix ("brief.md" while CSV is chosen) chooses that format, as
        `surveys export -o brief.md` does: the dialog had written CSV into brief.md without a word (session 31)."""
        event.stop()
        if event.input.id != "export-path":
            return
        typed = Path(event.value.strip()).suffix.lower()
        fmt = next((name for name, suffix in SUFFIX.items() if typed == suffix), None)
        chosen = self.query_one("#export-format", Select)
        if fmt is not None and chosen.value != fmt:
            chosen.value = fmt  # its Changed fits the rows and BOM to it (`_fit_to_format`); the suffix already fits

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_confirm() if event.button.id == "export-go" else self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_confirm()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)

    def action_confirm(self) -> None:
        fmt = self.query_one("#export-format", Select).value
        fmt = fmt if isinstance(fmt, str) else "csv"
        rows = self.query_one("#export-rows", Select).value if fmt == "csv" else "surveys"
        typed = self.query_one("#export-path", Input).value.strip()
        choice = ExportChoice(fmt, rows if isinstance(rows, str) else "surveys",
                              self.query_one("#export-bom", Checkbox).value and fmt in BOM_FORMATS, Path(typed),
                              decimal_comma=self.query_one("#export-decimal", Checkbox).value and fmt == "csv")
        problem = self._problem(choice) if typed else self.t("export.no_path")
        if problem:
            self.query_one("#export-error", Static).update(Content(visible(problem)))
            return
        self.dismiss(choice)

    def _problem(self, choice: ExportChoice) -> str:
        target = choice.target
        if target.is_dir():
            return self.t("export.is_folder", path=str(target))
        if not target.parent.is_dir():
            return self.t("export.no_folder", folder=str(target.parent))
        if self.store and writes_over_store(target, self.store):
            return self.t("export.is_store", path=str(target))
        if target.exists() and self._replacing != target:
            self._replacing = target  # said once; the same path confirmed again replaces the file
            return self.t("export.exists", path=str(target))
        return ""
