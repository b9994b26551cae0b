"""The keys of the dialogs that have no footer (export, follow-up list and edit, import) and of the help screen.

As the browser's `KEYS` and the figures view's and review screen's tables (`tui.keys`), each table is the one
place a dialog's keys are written: its bindings are made from it (`bind_table`), F1 lists it (`show_keys`, the help
screen), and the command palette offers the ones it has an action for (`tui.palette`, through the screen's
`KEY_TABLE`). A dialog's hint line says its daily keys and F1; every other key is one F1 away. Those without an
action are handled by the dialog's fields (Tab, Enter in a field, Space on a choice) and listed in the help only.
`tests/tui/test_every_binding_listed.py` holds every screen's bindings to its table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from .keys import KeySpec, spelled

if TYPE_CHECKING:
    from textual.screen import Screen

    from .i18n import Translator

HELP = KeySpec("f1", "F1", "dialog.key.help", "help")
"""F1 in a dialog: its keys (? is a character its fields take)."""
FIELDS = KeySpec("tab,shift+tab", "Tab Shift+Tab", "dialog.key.next", None)
CHOICE = KeySpec("space", "Space", "dialog.key.space", None)

EXPORT_KEYS: tuple[KeySpec, ...] = (
    KeySpec("ctrl+s", "^s", "export.key.go", "confirm"),
    KeySpec("escape", "esc", "export.key.cancel", "cancel"),
    HELP,
    FIELDS,
    KeySpec("enter", "Enter", "export.key.enter", None),
    CHOICE,
)
"""The export dialog's keys (`e`)."""

ITEMS_KEYS: tuple[KeySpec, ...] = (
    KeySpec("enter", "Enter", "items.key.open", None),
    KeySpec("escape,q", "esc q", "items.key.leave", "leave"),  # q as in the help and the figures view (s33)
    KeySpec("p", "p", "items.key.earlier", "earlier"),  # the earlier visit's item this one repeats (s34)
    KeySpec("y", "y", "items.key.confirm", "confirm_link"),
    KeySpec("x", "x", "items.key.drop", "drop_link"),
    KeySpec("n", "n", "items.key.next_link", "next_link"),  # an item that repeats several earlier ones (product14)
    KeySpec("c", "c", "items.key.changed", "only_changed"),  # changed since the list was last opened (s39)
    KeySpec("z", "z", "items.key.undo", "undo"),  # this session's last save of the item put back (s39)
    KeySpec("L", "L", "key.language", "switch_language"),  # as in the browser: the list and the browser under it (s41)
    HELP,
    KeySpec("j,k,down,up", "j k ↓ ↑", "key.up_down", None),
    KeySpec("g,G,home,end", "g G Home End", "key.first_last", None),
    KeySpec("pageup,pagedown", "PgUp PgDn", "key.page", None),
)
"""The follow-up list's keys (`u`): which recommendation or direction to follow up."""

_FOR_READER = {"enter": KeySpec("enter", "Enter", "items.key.show", None),
               "n": KeySpec("n", "n", "items.key.next_reader", "next_link")}
READER_ITEMS_KEYS: tuple[KeySpec, ...] = tuple(_FOR_READER.get(spec.keys, spec) for spec in ITEMS_KEYS
                                               if spec.keys not in ("y", "x"))
"""The same list's keys for a reader (a read-only store), as F1 and the palette list them: Enter shows, y and x
(which store a decision) are left out; they stay bound, to say why they do nothing (`ItemsScreen.read_only`)."""

FOLLOWUP_KEYS: tuple[KeySpec, ...] = (
    KeySpec("ctrl+s", "^s", "followup.key.save", "save"),
    KeySpec("escape", "esc", "followup.key.cancel", "cancel"),
    HELP,
    FIELDS,
    KeySpec("enter", "Enter", "followup.key.enter", None),
    CHOICE,
)
"""The follow-up dialog's keys (Enter on an item of the list)."""

IMPORT_KEYS: tuple[KeySpec, ...] = (
    KeySpec("enter", "Enter", "import.key.check", "check"),
    KeySpec("ctrl+s,ctrl+y", "^s ^y", "import.key.confirm", "confirm"),
    KeySpec("escape", "esc", "import.key.cancel", "cancel"),
    HELP,
    KeySpec("tab", "Tab", "import.key.complete", None),
    KeySpec("shift+tab", "Shift+Tab", "dialog.key.next", None),
    CHOICE,
)
"""The import dialog's keys (`i`). Ctrl+S writes, as it saves in export, review and follow-up (it had done
nothing here); Ctrl+Y, the key it had first, still does. No field of the dialog takes either."""

PICKER_KEYS: tuple[KeySpec, ...] = (
    KeySpec("enter", "Enter", "picker.key.pick", None),
    KeySpec("escape", "esc", "picker.key.leave", "leave"),
    HELP,
    KeySpec("down,up", "↓ ↑", "key.up_down", None),
    KeySpec("pageup,pagedown", "PgUp PgDn", "key.page", None),
)
"""A picker's keys (w p t b B, and a metric in the review screen); what is typed filters its list."""

DATES_KEYS: tuple[KeySpec, ...] = (
    KeySpec("enter", "Enter", "dates.key.apply", None),
    KeySpec("escape", "esc", "picker.key.leave", "leave"),
    HELP,
)
"""The date range dialog's keys (`d`)."""

HELP_KEYS: tuple[KeySpec, ...] = (
    KeySpec("escape,q,question_mark,f1", "Esc q ? F1", "help.key.close", "close"),
    KeySpec("j,k,down,up", "j k ↓ ↑", "help.key.scroll", None),
    KeySpec("g,G,home,end", "g G Home End", "help.key.ends", None),
    KeySpec("pageup,pagedown,space", "PgUp PgDn Space", "help.key.page", None),
)
"""The help screen's own keys, which its last line says (it lists another screen's keys above them)."""


IN_TURN = ("escape", "enter", "ctrl+s", "ctrl+s,ctrl+y")
"""Keys bound without priority: Escape and Enter, which an open choice or a field takes first as its own, and the
save keys, which read the fields: at their turn among the keys typed (`OrderedInput`), after the text sent before
them in one burst (s37: `Ctrl+U B o Ctrl+S` in the follow-up saved the item unchanged and the "B" then reached the
browser)."""


def bind_table(screen: Screen[Any], table: tuple[KeySpec, ...], t: Translator) -> None:
    """Bind each key of `table` that has an action, named in `t`'s language, not shown (a dialog's hint line says
    its keys); with priority, but those of `IN_TURN`."""
    for spec in table:
        if spec.action:
            screen._bindings.bind(spec.keys, spec.action, t(spec.message), show=False, key_display=spec.display,
                                  priority=spec.keys not in IN_TURN)


def show_keys(screen: Screen[Any], table: tuple[KeySpec, ...], t: Translator, notes: str | None = None) -> None:
    """F1: the help screen over `screen`, listing `table` (and the catalog text `notes` after it)."""
    from .screens.help import HelpScreen  # noqa: PLC0415 - built on demand

    screen.app.push_screen(HelpScreen(t, table, notes))


HINT_WIDTH = 68
"""Cells of a dialog box's line (`.dialog-box`: 72 wide, its border and padding taken)."""


def keys_said(table: tuple[KeySpec, ...], t: Translator, width: int = HINT_WIDTH) -> str:
    """A table's keys, "Esc q ? F1 Close · j k ↓ ↑ Scroll · …", on lines of `width` cells broken between keys (a
    line wrapped by its widget had broken "PgUp PgDn" from "Space Page"): the help screen's last line(s)."""
    lines: list[str] = []
    for spec in table:
        said = f"{spelled(spec.display)} {t(spec.message)}"
        if lines and cell_len(lines[-1]) + 3 + cell_len(said) <= width:
            lines[-1] += " · " + said
        else:
            lines.append(said)
    return "\n".join(lines)
