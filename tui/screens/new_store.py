"""The choice the browser offers when `--db` names a store that does not exist yet.

The command line refuses such a path for every command that only reads
(`surveys init PATH [--sample]` makes one); the browser asks instead: an
empty store, one holding the bundled sample visits, or nothing at all. The
folder must exist: folders are never created silently, so when it is missing
the dialog says so at once and offers only to leave, rather than failing after
the user has chosen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from ..i18n import Translator
from ..safe import visible
from ..widgets.key_hint import KeyHint


class NewStoreScreen(ModalScreen[str]):
    """Dismisses with "empty", "sample" or "quit"."""

    BINDINGS = [
        Binding("e", "answer('empty')", show=False),
        Binding("s", "answer('sample')", show=False),
        Binding("q,escape", "answer('quit')", show=False),
    ]
    DEFAULT_CSS = """
    NewStoreScreen #new-store-where { height: auto; }  /* in the column of the title and the keys */
    """

    def __init__(self, label: str, t: Translator, missing_folder: str | None = None) -> None:
        super().__init__(classes="dialog")
        self.label = label
        self.t = t
        self.missing_folder = missing_folder
        """The store's folder, when it does not exist: then nothing can be made here."""

    def compose(self) -> ComposeResult:
        with Vertical(id="new-store", classes="dialog-box"):
            yield Label(Content(self.t("newstore.title")), classes="dialog-title")
            where = self.t("newstore.where", path=visible(self.label))
            if self.missing_folder is not None:
                where += "\n" + self.t("newstore.no_folder", folder=visible(self.missing_folder))
            yield Static(Content(where), id="new-store-where")
            hint = "newstore.hint" if self.missing_folder is None else "newstore.hint_leave"
            yield KeyHint(self.t(hint), classes="dialog-hint")

    def action_answer(self, choice: str) -> None:
        if choice != "quit" and self.missing_folder is not None:
            self.app.bell()  # nothing can be made in a folder that does not exist
            return
        self.dismiss(choice)
