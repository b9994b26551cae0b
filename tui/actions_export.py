"""Export (`e`): the filtered view written to a file, as `surveys export` would write it.

The dialog asks for format, CSV row shape, BOM and path; a thread worker
builds the bytes with `store.export.export` (the CLI's code) and writes them
atomically with `write_file`, so a large export never freezes the screen and
an interrupted one never leaves half a file. Records go newest first and
`status:`/`overdue` clauses narrow item rows, exactly as on the command line.
A failure is reported by `on_worker_state_changed`; the app stays up.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from textual import work

from .messages import Exported
from .safe import visible

if TYPE_CHECKING:
    from store.query import Filter

    from .app import SurveysApp
    from .screens.export_dialog import ExportChoice

    _Base = SurveysApp
else:
    _Base = object


class ExportMixin(_Base):
    last_export: ExportChoice | None = None
    """What the dialog was last confirmed with: the next `e` starts from it."""

    def action_export(self) -> None:
        if self.catalog is not None:
            self.when_current(self._open_export)

    def _open_export(self) -> None:
        from .screens.export_dialog import ExportScreen  # noqa: PLC0415 - loaded when first used: a fast start
        records, query = self.view_records(), self.found.query if self.found else self.active_filter

        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self.last_export = choice
                self._export_worker(choice, records, query)

        self.push_screen(ExportScreen(self.t, len(records), query.render(), self.last_export), chosen)

    @work(thread=True, group="export", exit_on_error=False)
    def _export_worker(self, choice: ExportChoice, records: list[dict[str, Any]], query: Filter) -> None:
        from store.export import (  # noqa: PLC0415 - a fast start
            count_rows,
            export,
            item_filter,
            write_file,  # noqa: PLC0415
        )

        today = date.today()
        items = item_filter(query.values("status"), "overdue" in query.fields(), today)
        payload = export(records, choice.fmt, rows=choice.rows, bom=choice.bom, lang=self.lang, today=today,
                         title=query.render(), items=items)
        write_file(choice.target, payload)
        count = count_rows(records, choice.fmt, choice.rows, items, today)
        self.post_message(Exported(str(choice.target), count, choice.rows if choice.fmt == "csv" else "surveys"))

    def on_exported(self, message: Exported) -> None:
        what = self.t(f"export.noun.{message.rows}")
        text = self.t("note.exported", count=self.t.number(message.count), what=what, path=visible(message.path))
        self.notify(text, markup=False, timeout=8)
