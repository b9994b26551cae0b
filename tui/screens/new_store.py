"""The choice the browser offers when `--db` names a store that does not exist yet.

The command line refuses such a path for every command that only reads
(`surveys init PATH [--sample]` makes one); the browser asks instead: an
empty store, one holding the bundled sample visits, or nothing at all. The
folder must exist: folders are never created silently.
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


class NewStoreScreen(ModalScreen[str]):
    """Dismisses with "empty", "sample" or "quit"."""

    BINDINGS = [
        Binding("e", "answer('empty')", show=False),
        Binding("s", "answer('sample')", show=False),
        Binding("q,escape", "answer('quit')", show=False),
    ]
    DEFAULT_CSS = """
    NewStoreScreen #new-store-where { height: auto; padding: 0 1; }
    """

    def __init__(self, label: str, t: Translator) -> None:
        super().__init__(classes="dialog")
        self.label = label
        self.t = t

    def compose(self) -> ComposeResult:
        with Vertical(id="new-store", classes="dialog-box"):
            yield Label(Content(self.t("newstore.title")), classes="dialog-title")
            yield Static(Content(self.t("newstore.where", path=visible(self.label))), id="new-store-where")
            yield Label(Content(self.t("newstore.hint")), classes="dialog-hint")

    def action_answer(self, choice: str) -> None:
        self.dismiss(choice)
