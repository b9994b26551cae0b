"""Deleting the selected survey (`D`): a confirmation that names what will go.

The dialog shows the survey's date, kind, body, localities and id, and how
many recommendations, directions and figures go with it, all as plain text
from the record (never markup). `y` deletes, `n` or Esc keeps it; Enter does
nothing, so a key pressed out of habit cannot delete.

The delete itself is `delete_survey`, run in a thread worker by
`tui.survey_actions`: one write through `Repository.delete` under the
store's lock; the store keeps what was deleted until the next compaction
and then in its backups (README, "Deleting").
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from store.written_places import written_and_today

from ..days import visit_day
from ..i18n import Translator
from ..kinds import kind_name
from ..messages import SurveyDeleted
from ..safe import visible
from ..widgets.key_hint import KeyHint


def delete_survey(location: str, record_id: str) -> SurveyDeleted:
    """In a worker: delete one survey from the store at `location`; say whether it was still there."""
    from store.backends import open_repository  # noqa: PLC0415 - loaded with the store anyway

    repository = open_repository(location)
    try:
        report = repository.delete([record_id])
    finally:
        repository.close()
    return SurveyDeleted(record_id, bool(report.deleted))


class ConfirmDeleteScreen(ModalScreen[bool]):
    """Dismisses with True (delete) or False (keep)."""

    BINDINGS = [Binding("y", "answer(True)", show=False), Binding("n,escape", "answer(False)", show=False)]
    KEYS_AHEAD = frozenset({"escape"})
    """Esc typed with `D` keeps the survey (`tui.early_keys`); "y" and "n" answer only a question seen."""
    DEFAULT_CSS = """
    ConfirmDeleteScreen #confirm-delete-what { height: auto; padding: 0 1; }
    """

    def __init__(self, record: dict[str, Any], t: Translator) -> None:
        super().__init__(classes="dialog")
        self.record = record
        self.t = t

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-delete", classes="dialog-box"):
            yield Label(Content(self.t("delete.title")), classes="dialog-title")
            yield Static(self.described(), id="confirm-delete-what")
            yield KeyHint(self.t("delete.hint"), classes="dialog-hint")

    def described(self) -> Text:
        """What goes, one fact a line, as `Text` so record text is never read as markup."""
        record = self.record
        # a former unit with today's unit after it ("xã Tịnh Hòa → Xã Đông Sơn, Quảng Ngãi"), as the details and the
        # list write it: the dialog had named the old unit alone (tryout s42-tryout14); "; " as today's has a comma
        places = "; ".join(written_and_today(loc) for loc in record.get("localities", []) if isinstance(loc, dict))
        parts = [self.t(f"delete.part.{name}", count=self.t.number(len(record.get(name) or [])))
                 for name in ("recommendations", "directions", "figures") if record.get(name)]
        text = Text()
        kind = kind_name(str(record.get("kind", "")), self.t)
        text.append(f"{visit_day(record, self.t.lang)}  {kind}\n", style="bold")
        text.append(f"{visible(record.get('body', ''))}\n")
        text.append(f"{visible(places)}\n")
        if parts:  # what it holds, none said as "0 recommendations"
            text.append(self.t("delete.counts", parts=", ".join(parts)) + "\n", style="dim")
        text.append(visible(record.get("id", "")), style="dim")
        return text

    def action_answer(self, delete: bool) -> None:
        self.dismiss(delete)
