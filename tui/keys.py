"""Every key of the browser in one table.

The same table makes the browser's bindings (with descriptions in the UI
language), the help screen and the command palette, so none of the three can
forget a key the others know. `cursor_keys` is the one definition of the
j k g G moves (with ↓ ↑ Home End where a widget does not bind them itself)
that the list, the sidebar, the details and the help screen share.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingsMap

from .i18n import CATALOG

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from .i18n import Translator
    from .widgets.key_footer import ShownKey


@dataclass(frozen=True)
class KeySpec:
    keys: str
    """Textual key names, comma separated, as `App.bind` takes them."""
    display: str
    """How the footer writes the key, compact as Textual's footer does ("^s", "esc"); the help screen and the
    palette spell it out as the app's sentences do ("Ctrl+S", "Esc": `spelled`)."""
    message: str
    """Catalog id of the key's name: the footer, the help and the palette all call it that. `<message>.detail`,
    when the catalog has it, says more after the name in the help and the palette (`key_line`)."""
    action: str | None = None
    """App action; None for keys a widget handles (listed for help only)."""
    footer: int = 0
    """0: not in the footer; 1 (True): in it; MORE: at its end, where a narrow terminal cuts it off; LAST: after
    those, where they leave room."""
    priority: bool = True
    """Bound with priority (acts before the focused widget sees it: bursts of keys land where the first sent
    them); False for Enter, which an input, the list and the sidebar each take first as their own."""
    writes: bool = False
    """It changes the store (follow up, import, correct, delete): off on a store that refuses writes (`WRITING`)."""


MORE = 2
"""Footer rank of keys shown after the essentials. An 80-column footer has room for the essentials only, in both
languages: the daily jobs (help, search, the filter as text, the ward, province, topic and body pickers, open the
selected visit, quit) and the other language ("L EN"/"L VI", which a reader of only that language must find on
the first screen). A wider one adds these, in this order, as long as each fits whole (at 120×24: d x e c, and u
in Vietnamese); a terminal of `TWO_LINES_FROM` rows gives them a second line (every key but `o` from 80 columns,
every one from 90). Help (?) and the palette (ctrl+p) list every key. The footer's order is this table's
(`BIND_ORDER`), whatever pane has the focus."""

LAST = 3
"""Footer rank of a key shown after every `MORE` key, only where they leave room: `a` (whom items are addressed to,
the follow-up staff's picker) had been in no footer, and before `d` it had put Figures (`c`) off the 120-column
one-line footer (session 41)."""


KEYS: tuple[KeySpec, ...] = (
    KeySpec("question_mark,f1", "? F1", "key.help", "help", footer=True),
    KeySpec("slash", "/", "key.search", "search", footer=True),
    KeySpec("colon", ":", "key.edit_filter", "edit_filter", footer=True),
    KeySpec("w", "w", "key.ward", "pick('ward')", footer=True),
    KeySpec("p", "p", "key.province", "pick('province')", footer=True),
    KeySpec("t", "t", "key.topic", "pick('topic')", footer=True),
    KeySpec("b", "b", "key.body", "pick('body')", footer=True),
    KeySpec("B", "B", "key.body_type", "pick('bodytype')"),
    KeySpec("a", "a", "key.addressee", "pick_addressee", footer=LAST),  # `to:`: whom items are addressed to (s40)
    KeySpec("d", "d", "key.dates", "dates", footer=MORE),
    KeySpec("W", "W", "key.only_ward", "only('ward')"),
    KeySpec("T", "T", "key.only_topic", "only('topic')"),
    KeySpec("x", "x", "key.drop_last", "drop_last", footer=MORE),
    KeySpec("e", "e", "key.export", "export", footer=MORE),
    KeySpec("c", "c", "key.figures", "figures", footer=MORE),
    KeySpec("u", "u", "key.follow_up", "follow_up", footer=MORE),  # a reader's list opens read-only (s38)
    KeySpec("i", "i", "key.import", "import_records", footer=MORE, writes=True),
    KeySpec("X", "X", "key.clear", "clear_filters", footer=MORE),
    KeySpec("s", "s", "key.sort", "cycle_sort"),
    KeySpec("f", "f", "key.facets", "toggle_facets", footer=MORE),
    KeySpec("r", "r", "key.correct", "correct", footer=MORE, writes=True),
    KeySpec("o", "o", "key.sources", "sources", footer=MORE),  # where in the article each value was read (s34)
    KeySpec("D", "D", "key.delete", "delete_survey", writes=True),
    KeySpec("enter", "Enter", "key.details", "focus_details", footer=True, priority=False),
    KeySpec("q", "q", "key.quit", "quit", footer=True),
    KeySpec("L", "L", "key.language", "switch_language", footer=True),
    KeySpec("ctrl+p", "^p", "key.palette", "command_palette"),
    KeySpec("enter", "Enter", "key.toggle_facet", None),
    KeySpec("enter", "Enter", "key.details_back", None),
    KeySpec("tab", "Tab", "key.next_pane", None),
    KeySpec("shift+tab", "Shift+Tab", "key.prev_pane", None),
    KeySpec("j,k,down,up", "j k ↓ ↑", "key.up_down", None),
    KeySpec("g,G,home,end", "g G Home End", "key.first_last", None),
    KeySpec("pageup,pagedown", "PgUp PgDn", "key.page", None),
    KeySpec("escape", "Esc", "key.back", None),
)

REVIEW_KEYS: tuple[KeySpec, ...] = (
    KeySpec("ctrl+s", "^s", "review.key.save", "save", footer=True),
    KeySpec("ctrl+n", "^n", "review.key.add", "add_here", footer=True),
    KeySpec("ctrl+t", "^t", "review.key.keep", "toggle_keep", footer=True),
    KeySpec("escape", "esc", "review.key.cancel", "cancel", footer=True),
    KeySpec("f1", "F1", "review.key.help", "help", footer=True),
    KeySpec("ctrl+down", "^↓", "review.key.section", "next_section", footer=True),  # `review_sections`
    KeySpec("ctrl+up", "^↑", "review.key.section_back", "previous_section"),
    KeySpec("tab,shift+tab", "Tab Shift+Tab", "review.key.next", None),
    KeySpec("space", "Space", "review.key.space", None),
    KeySpec("enter", "Enter", "review.key.enter", None),
    KeySpec("pageup,pagedown", "PgUp PgDn", "review.key.page", None),
    KeySpec("home,end,ctrl+home,ctrl+end", "Home End", "review.key.ends", None),  # `review_ends.FormScroll`
)
"""The review screen's keys (a draft from an article, before import): its footer and its help (F1) are made from
them; those without an action are handled by the fields and listed in the help only."""

CORRECT_KEYS: tuple[KeySpec, ...] = tuple(
    replace(spec, message="correct.key.save") if spec.action == "save"
    else replace(spec, message="correct.key.cancel") if spec.action == "cancel" else spec
    for spec in REVIEW_KEYS)
"""The same screen on a stored survey (`r`): Ctrl+S writes the correction, Esc leaves the survey as it is."""

FIGURES_KEYS: tuple[KeySpec, ...] = (
    KeySpec("t", "t", "figs.toggle", "toggle_mode", footer=True),
    KeySpec("e", "e", "figs.export", "export", footer=True),  # the comparison to a file, not only on screen (s33)
    KeySpec("escape,q", "esc q", "figs.back", "close", footer=True),  # q leaves as it does the help (it did nothing)
    KeySpec("question_mark,f1", "? F1", "figs.key.help", "help", footer=True),  # its help has no filter syntax
    KeySpec("j,k,down,up", "j k ↓ ↑", "figs.key.move", None),
    KeySpec("enter,tab", "Enter Tab", "figs.key.chart", None),
)
"""The figures view's keys (`c`): its footer and its help (`?`) are made from them."""

MERGE_KEYS: tuple[KeySpec, ...] = (
    KeySpec("m", "m", "merge.key.merge", "choose('merge')", footer=True),
    KeySpec("s,escape", "s esc", "merge.key.skip", "choose('skip')", footer=True),
    KeySpec("i", "i", "merge.key.import", "choose('import')", footer=True),
    KeySpec("f1", "F1", "merge.key.help", "help", footer=True),
    KeySpec("tab,shift+tab", "Tab Shift+Tab", "merge.key.next", None),
    KeySpec("enter", "Enter", "merge.key.enter", None),
)
"""The merge offer's keys (an article about a visit already stored): its footer, its help (F1) and its palette
entries are made from them; Tab and Enter are the buttons', listed in the help only. m is not bound when there is
nothing to merge, nor i when the article has the stored record's own id (it cannot be a new record)."""

APP_KEYS = tuple(spec for spec in KEYS if spec.action and spec.action != "command_palette")
BIND_ORDER = tuple(sorted(APP_KEYS, key=lambda spec: max(int(spec.footer) - 1, 0)))
"""APP_KEYS with the MORE keys after the others and the LAST ones at the end: the footer shows bindings in the order
they were made."""
WRITING = frozenset(spec.action for spec in APP_KEYS if spec.writes and spec.action)
"""The actions that change the store: on a read-only one (a reader's database role, a read-only file) they are left
out of the footer and the palette and listed apart in the help (`BrowserScreen.check_action`); the key pressed
anyway says why it does nothing (`tui.survey_actions.SurveyActions.refused`)."""


FOOTER_KEYS = {"question_mark": "?", "slash": "/", "colon": ":", "enter": "⏎"}
"""How the footer writes keys whose Textual names are words."""


SPELLED = {"esc": "Esc", "space": "Space", "enter": "Enter", "tab": "Tab"}
"""Compact key names the help and the palette write as the app's sentences do ("Esc brings that filter back")."""


def spelled(display: str) -> str:
    """A key as the help screen and the palette write it, in the style of the app's sentences and of the help's
    other rows ("Enter", "Shift+Tab", "Esc"): "^s" → "Ctrl+S", "esc q" → "Esc q". The help had listed "ctrl+p"
    and "^s esc" among "Enter" and "Shift+Tab"; footers keep the compact form their width needs."""
    words = [f"Ctrl+{word[1:].upper()}" if len(word) == 2 and word[0] == "^" else SPELLED.get(word, word)
             for word in display.split(" ")]
    return " ".join(words)


def key_name(spec: KeySpec, t: Translator) -> str:
    """What an action is called, in `t`'s language: one name in the footer, the help and the palette (the footer
    had said "Find" and "Track" where the help said "Search" and "Follow up")."""
    return t(spec.message)


def key_line(spec: KeySpec, t: Translator) -> str:
    """The name and, when the catalog has one, what more it does: "Follow up — this visit's recommendations…"."""
    detail = spec.message + ".detail"
    return f"{t(spec.message)} — {t(detail)}" if detail in CATALOG else t(spec.message)


def bind_keys(bindings: BindingsMap, t: Translator) -> None:
    """Bind every key of `APP_KEYS` with its description in the UI language, the footer's keys shown.

    The bindings have priority, so a key acts when the screen reads it, not after it has
    travelled to the focused widget and back: in a burst such as "/rach dua" the letters
    after "/" then reach the search line, not the list's bindings. Enter alone has not: an input submits
    with it and the sidebar ticks a value with it; on the list and the details it opens the selected visit.
    """
    for spec in BIND_ORDER:
        first, *others = spec.keys.split(",")
        description = key_name(spec, t)
        bindings.bind(first, spec.action or "", description, show=bool(spec.footer), priority=spec.priority)
        for key in others:
            bindings.bind(key, spec.action or "", description, show=False, priority=spec.priority)


def relabel_keys(bindings: BindingsMap, t: Translator) -> None:
    """The descriptions of `APP_KEYS`' bindings in `t`'s language, once it has changed (`tui.language`): the
    bindings are kept (shown or not as `fit_footer` left them), only their words change."""
    words = {spec.action: key_name(spec, t) for spec in APP_KEYS}
    for key, bound in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [replace(b, description=words[b.action]) if b.action in words else b
                                         for b in bound]


SEARCH_LINE_KEYS: tuple[KeySpec, ...] = (
    KeySpec("enter", "⏎", "key.search_keep", None, footer=True),
    KeySpec("escape", "esc", "key.search_cancel", None, footer=True),
    KeySpec("ctrl+u", "^u", "key.search_clear", None, footer=True),
)
"""The search line's own keys (its input takes them), which the footer shows while the line is open in place of
the browser's, none of which acts meanwhile (`KeyFooter.show_line_keys`)."""


FILTER_LINE_KEYS: tuple[KeySpec, ...] = (
    KeySpec("enter", "⏎", "key.filter_apply", None, footer=True),
    KeySpec("escape", "esc", "key.filter_leave", None, footer=True),
    KeySpec("ctrl+u", "^u", "key.search_clear", None, footer=True),
)
"""The filter bar's own keys (`:`), which the footer shows while its input has the focus: the browser's keys do not
act then (`BrowserScreen.check_action`), and the footer had stayed empty."""


def search_line_keys(t: Translator) -> tuple[ShownKey, ...]:
    """`SEARCH_LINE_KEYS` as the footer shows them, named in `t`'s language; a click presses the key."""
    return line_keys(SEARCH_LINE_KEYS, t)


def filter_line_keys(t: Translator) -> tuple[ShownKey, ...]:
    """`FILTER_LINE_KEYS` as the footer shows them, named in `t`'s language; a click presses the key."""
    return line_keys(FILTER_LINE_KEYS, t)


def line_keys(specs: tuple[KeySpec, ...], t: Translator) -> tuple[ShownKey, ...]:
    from .widgets.key_footer import ShownKey  # noqa: PLC0415 - the footer's own type, loaded with the browser

    return tuple(ShownKey(spec.keys, spec.display, key_name(spec, t), True, "") for spec in specs)


TWO_LINES_FROM = 30
"""Rows from which the footer may take a second line when its keys do not fit on one: at 24 (the ssh terminal
the browser is made for) a row of the list is worth more than the later keys, which `?` and ctrl+p list anyway;
from 30 the list keeps 20-odd rows and a second line shows every key (in both languages from 80 columns)."""


def footer_lines(height: int) -> int:
    """Lines the footer may take on a terminal of `height` rows."""
    return 2 if height >= TWO_LINES_FROM else 1


def fit_footer(bindings: BindingsMap, width: int, t: Translator, lines: int = 1,
               off: frozenset[str] = frozenset()) -> int:
    """Show the footer's later keys (`MORE`) only while they fit whole on `lines` lines of `width` cells, wrapped
    at key boundaries as the footer wraps them (`tui.widgets.key_footer.pack`): never a label cut in half. Returns
    the lines the shown keys take (the footer's height: a second line only when one does not hold them).

    The later keys are shown as a prefix of their order: the first that does not fit hides every one after it,
    even a shorter one that would fit in the room left. Filling that room would make the footer's keys depend on
    label lengths rather than on the order: a key could show at one width and be gone a few columns wider (a longer
    key before it now fitting and taking its place), and the two languages would show different keys at the same
    size. As a prefix, a wider or taller terminal only adds keys at the end, and a key's place never changes.
    The actions `off` (the screen's `check_action` hides them: `WRITING` on a read-only store) take no room."""
    from .widgets.key_footer import pack  # noqa: PLC0415 - the footer's own wrapping, loaded with the browser

    specs = [spec for spec in BIND_ORDER if spec.footer and spec.action not in off]
    cells = [max(footer_width(spec, t), back_width(t)) if spec.action == "focus_details" else footer_width(spec, t)
             for spec in specs]
    fits = True
    for count, spec in enumerate(specs, start=1):
        if spec.footer < MORE:  # the daily keys are always shown (cut at the edge of a terminal narrower than 80)
            continue
        rows = pack(cells[:count], width, lines)
        fits = fits and sum(cells[index] for index in rows[-1]) <= width
        key = spec.keys.split(",")[0]
        bindings.key_to_bindings[key] = [replace(b, show=fits) for b in bindings.key_to_bindings.get(key, [])]
    shown = [size for spec, size in zip(specs, cells, strict=True) if spec.footer < MORE or _shown(bindings, spec)]
    return len(pack(shown, width, lines)) or 1


def _shown(bindings: BindingsMap, spec: KeySpec) -> bool:
    return any(b.show for b in bindings.key_to_bindings.get(spec.keys.split(",")[0], []))


def footer_width(spec: KeySpec, t: Translator) -> int:
    """Cells a key takes in the compact footer: "key label" and the space after it."""
    from rich.cells import cell_len  # noqa: PLC0415 - rich is loaded with Textual anyway

    key = spec.keys.split(",")[0]
    return cell_len(FOOTER_KEYS.get(key, key)) + 1 + cell_len(key_name(spec, t)) + 1


BACK_DISPLAY = "esc"
"""How the footer writes the details pane's way back (`DetailsPane.label_back`), in the place of ⏎ Open."""


def back_width(t: Translator) -> int:
    """Cells "esc Back" takes: the footer keeps room for it where "⏎ Open" is, so that focusing the details (which
    shows it there) cuts no later key at 80 columns."""
    from rich.cells import cell_len  # noqa: PLC0415 - rich is loaded with Textual anyway

    return cell_len(BACK_DISPLAY) + 1 + cell_len(t("key.back_short")) + 1


def name_textual_keys(root: DOMNode, t: Translator) -> None:
    """Textual's own key words under `root` in the catalog's: a `Select`'s open list offers Esc as "Dismiss menu"
    in a screen's footer. Call it once the widgets are mounted (the list is made with its `Select`)."""
    from textual.widgets._select import SelectOverlay  # noqa: PLC0415 - Textual names the list privately

    for overlay in root.query(SelectOverlay):
        overlay._bindings.key_to_bindings["escape"] = [Binding("escape", "dismiss", t("key.close_menu"))]


CURSOR_KEYS = {"down": "j", "up": "k", "first": "g", "last": "G"}
"""The vi-style keys of `KEYS`' "j k ↓ ↑" and "g G Home End" lines, by the move they make."""
ARROW_KEYS = {"down": "down", "up": "up", "first": "home", "last": "end"}


def cursor_keys(down: str, up: str, first: str, last: str, *, arrows: bool = False,
                priority: bool = False) -> list[Binding]:
    """Hidden bindings of j k g G to a widget's own actions for down, up, first and last.

    `arrows`: bind ↓ ↑ Home End to the same actions, for a widget whose base class does not. `priority`: the move
    is made when the app reads the key, in the order of the screen's own priority keys (`SurveyList`).
    """
    actions = {"down": down, "up": up, "first": first, "last": last}
    return [
        Binding(f"{key},{ARROW_KEYS[move]}" if arrows else key, actions[move], show=False, priority=priority)
        for move, key in CURSOR_KEYS.items()
    ]
