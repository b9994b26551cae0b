"""The help screen (`?`, F1): every key, from the same table the bindings come from; its own keys on its last line."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from ..dialog_keys import HELP_KEYS, keys_said
from ..i18n import Translator
from ..keys import KEYS, KeySpec, cursor_keys, key_line, spelled


class HelpScreen(ModalScreen[None]):
    KEY_TABLE = HELP_KEYS
    """Its own keys, which its last line says and the palette offers (the bindings below act them out)."""
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", show=False),
        *cursor_keys("scroll('down')", "scroll('up')", "scroll('home')", "scroll('end')", arrows=True),
        Binding("pagedown,space", "scroll('page_down')", show=False),
        Binding("pageup", "scroll('page_up')", show=False),
    ]

    def __init__(self, t: Translator, keys: tuple[KeySpec, ...] = KEYS, notes: str | None = "help.filter",
                 whole: bool = False, off: frozenset[str] = frozenset()) -> None:
        """The keys of `keys` (the browser's by default, or a screen's own) and the catalog text `notes` after them.
        The box ends a row above the bottom, where the screen under it keeps its footer; `whole`: it takes that row
        too, over a screen whose footer hides under a dialog (the browser's: its keys do not act meanwhile), so no
        blank row is left under the box. `off`: the actions the store refuses (a read-only one), listed apart after
        the others, dimmed, under a line saying why they do not act here."""
        super().__init__(classes="dialog whole" if whole else "dialog")
        self.t = t
        self.keys = keys
        self.notes = notes
        self.off = off

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for spec in self.keys:
            if spec.action not in self.off:
                table.add_row(Text(spelled(spec.display)), Text(key_line(spec, self.t)))
        refused = [spec for spec in self.keys if spec.action in self.off]
        if refused:
            table.add_row("", "")
            table.add_row("", Text(self.t("help.read_only"), style="italic"))
            for spec in refused:
                table.add_row(Text(spelled(spec.display), style="dim"), Text(key_line(spec, self.t), style="dim"))
        with Vertical(id="help", classes="dialog-box"):
            yield Label(Content(self.t("help.title")), classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(table, id="help-keys")
                if self.notes:
                    yield Static(Text("\n" + self.t(self.notes), style="dim"), id="help-filter")
            yield Label(Content(keys_said(HELP_KEYS, self.t)), classes="dialog-hint")

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)

    def on_mount(self) -> None:
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        """Let the key table take what the screen has left once the box's border, title, hint and the footer's line
        are counted; a shorter table keeps the box as short as it is."""
        box = self.query_one("#help")
        title, hint = self.query_one(".dialog-title"), self.query_one("#help > .dialog-hint")
        chrome = (box.styles.gutter.height + title.outer_size.height + title.styles.margin.height
                  + hint.outer_size.height)
        room = self.size.height - box.styles.margin.height - chrome
        self.query_one("#help-scroll", VerticalScroll).styles.max_height = max(1, room)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one("#help-scroll", VerticalScroll)
        getattr(scroller, f"scroll_{direction}")(animate=False)
