"""The browser's footer: every key it shows drawn by one widget, on one line (two on a tall terminal).

Textual's `Footer` is a container of one `FooterKey` widget per key: at 120
columns, 14 of the 28 widgets of the browsing screen. Each was composed,
mounted, styled (with its two component classes), laid out and rendered on
its own before the first rows could be drawn (#17), and Textual made them all
again whenever the screen said its bindings may have changed (each focus
change, resize, screen resumed, dialog closed). This footer is one widget:
it keeps the keys it shows (key, label, enabled, tooltip), and when told the
bindings may have changed it compares what it would show with what it shows
and draws itself again only when they differ.

It looks and acts as the compact `Footer` did: the same theme variables and
styles, each key as "key label" with a cell of the footer's background after
it, a disabled key dimmed, the key under the mouse highlighted, a click on a
key pressing it (a bell if it is disabled), a binding's tooltip shown over
its key. Two things it leaves out, which the browser does not use: binding
groups, and scrolling a footer too wide for the terminal sideways (the
browser fits its keys to the width, `tui.keys.fit_footer`).
On a terminal tall enough for it the browser gives it a second line
(`fit`): the keys are wrapped at key boundaries (`pack`), in their order, and
a click or the mouse on either line finds its key (`key_at` takes x and y).
Its height is the screen's room, set with the keys fitted to it (a resize, the
language switched), not the keys of the moment: a focus change that hides a
key does not move the list by a row.
While the search line (`/`) is open just above it, the screen's keys do not act (its input has the focus) and the
footer shows the line's own keys instead, on one line (`show_line_keys`): the line takes the row the footer gives
up, so at 30 rows and more the list keeps every row it had (the footer had stayed two lines of nothing under it,
and the list lost a row to the line), and at 24 the one line says how to keep or leave the search.
While a dialog is over its screen (whose keys are off meanwhile) it is
hidden rather than drawn again empty, and shown again as it was; under a
dialog that hides the whole screen (a picker) it is left as it is, so that
the frame that answers the dialog reuses its line (1.5-2 ms of a picker's
Enter at 100,000 records, #17).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True)
class ShownKey:
    """One key as the footer shows it."""

    key: str
    """Textual's name of the key, pressed when the key is clicked."""
    display: str
    description: str
    enabled: bool
    tooltip: str


class KeyFooter(Widget, can_focus=False):
    """The screen's shown bindings on one line or two (`fit`), drawn again only when they change."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--hover"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        text-wrap: nowrap;
        color: $footer-foreground;
        background: $footer-background;
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: tuple[ShownKey, ...] = ()
        """What the footer shows, in order."""
        self.rows: tuple[tuple[int, ...], ...] = ()
        """Indexes in `keys` of the keys on each of its lines (`pack`)."""
        self._width: int | None = None
        """Cells of a line as the screen last fitted its keys (`fit`); None: the widget's own width."""
        self._lines = 1
        """Lines it has (`fit`)."""
        self._spans: list[tuple[int, int, int, int]] = []
        """Line, cells [start, end) and index in `keys` of each key drawn, from the last render."""
        self._hover: int | None = None
        """Index in `keys` of the key under the mouse."""
        self._scheduled = False
        self._line_keys: tuple[ShownKey, ...] | None = None
        """The open line's keys, shown instead of the screen's (`show_line_keys`); None: the screen's."""
        self._line_one = True
        """Whether the line's keys take one line (the search line's) or the lines fitted for the screen's."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    # -- what it shows -------------------------------------------------------
    def fit(self, width: int, lines: int) -> None:
        """The room the screen fitted its keys to (`tui.keys.fit_footer`): `lines` lines of `width` cells. The
        height changes here, with the resize or the language switch that asked for it, and the keys are read and
        wrapped again at once, so that one frame draws the new height and its keys (read after the refresh, as a
        focus change's are, the frame before would draw the old lines at the new height)."""
        self._width = width
        if lines != self._lines:
            self._lines = lines
            if self._line_keys is None or not self._line_one:
                self.styles.height = lines
        if self.is_attached and self.app.screen is self.screen:  # under a dialog: read when it closes
            self._show(self._current())

    def show_line_keys(self, keys: tuple[ShownKey, ...] | None, one_line: bool = True) -> None:
        """Show `keys`, an open line's own, in place of the screen's: on one line (whatever the room `fit` gave: the
        search line above takes the row given up), or with `one_line` False on the lines fitted for the screen's
        (the filter bar, at the top, takes no row from the footer: the list must not move). None: the screen's keys
        again, on the lines fitted for them. The same keys again change nothing."""
        if keys == self._line_keys and one_line == self._line_one:
            return
        self._line_keys, self._line_one = keys, one_line
        self.styles.height = 1 if keys is not None and one_line else self._lines
        self._show(self._current())

    @property
    def rows_taken(self) -> int:
        """Rows at the foot of the screen it takes with the search line showing its keys: its own lines, or its one
        line and the search line's just above it."""
        return 2 if self._lines > 1 or self._line_keys is not None and self._line_one else 1

    def _current(self) -> tuple[ShownKey, ...]:
        return self._line_keys if self._line_keys is not None else shown_keys(self.screen)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        top = screen.app.screen
        if top is not screen:  # the keys do not act meanwhile, and come back as they were when the dialog closes
            if top.styles.background.a < 1:  # a dialog whose screen hides this one leaves it be: shown again, the
                self.styles.visibility = "hidden"  # footer would be drawn anew in the frame that answers the dialog
            return
        self.styles.visibility = "visible"
        if not screen.app.app_focus or self._scheduled or not self.is_attached or screen is not self.screen:
            return
        # read once the screen has settled (as Textual's Footer does): a focus change signals before it is done
        self._scheduled = True
        self.call_after_refresh(self._read_keys)

    def _read_keys(self) -> None:
        self._scheduled = False
        self._show(self._current())

    def _show(self, keys: tuple[ShownKey, ...]) -> None:
        """`keys` wrapped on the footer's lines, drawn again only if they or their lines differ from what it shows."""
        width = self._width or self.size.width or self.app.size.width
        one = self._line_keys is not None and self._line_one
        rows = pack([key_cells(key) for key in keys], width, 1 if one else self._lines)
        if keys != self.keys or rows != self.rows:
            self.keys, self.rows = keys, rows
            self._hover = None
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        base = self.rich_style
        lines = Text(no_wrap=True, end="")
        spans: list[tuple[int, int, int, int]] = []
        for row, indexes in enumerate(self.rows or (tuple(range(len(self.keys))),)):
            if row:
                lines.append("\n")
            line = Text(no_wrap=True, end="")
            for index in indexes:
                shown = self.keys[index]
                start = line.cell_len
                if index == self._hover:  # the key's own colours over the highlight (their backgrounds are see-through)
                    hover = self.get_component_rich_style("footer-key--hover")
                    styles = (hover + self.get_component_rich_style("footer-key--key", partial=True),
                              hover + self.get_component_rich_style("footer-key--description", partial=True))
                else:
                    styles = (key_style, description_style)
                item = Text.assemble((shown.display, styles[0]), (" " + shown.description, styles[1]))
                if not shown.enabled:
                    item.stylize(Style(dim=True))
                if start:
                    line.append(" ", base)  # the gap between keys (Footer's margin-right: 1); the line's end is filled
                    start += 1
                line.append_text(item)
                spans.append((row, start, start + item.cell_len, index))
            lines.append_text(line)
        self._spans = spans
        return lines

    # -- the mouse ---------------------------------------------------------------
    def key_at(self, x: int, y: int = 0) -> int | None:
        """Index in `keys` of the key drawn at cell `x` of line `y`, or None (a gap, or past a line's last key)."""
        return next((index for row, start, end, index in self._spans if row == y and start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hovering(self.key_at(event.x, event.y))

    def on_leave(self, event: events.Leave) -> None:
        self._hovering(None)

    def _hovering(self, index: int | None) -> None:
        if index == self._hover:
            return
        self._hover = index
        tooltip = self.keys[index].tooltip if index is not None and index < len(self.keys) else ""
        self.tooltip = tooltip or None
        self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self.key_at(event.x, event.y)
        if index is None:
            return
        shown = self.keys[index]
        if shown.enabled:
            self.app.simulate_key(shown.key)
        else:
            self.app.bell()


def shown_keys(screen: Screen[Any]) -> tuple[ShownKey, ...]:
    """What a footer shows of `screen`'s bindings: the first shown binding of each action, as Textual's `Footer`
    shows them (key, label, whether it is enabled, its tooltip)."""
    keys: dict[str, ShownKey] = {}
    for _, binding, enabled, tooltip in in_screen_order(screen).values():
        if binding.show and binding.action not in keys:
            keys[binding.action] = ShownKey(binding.key, screen.app.get_key_display(binding), binding.description,
                                            enabled, tooltip)
    return tuple(keys.values())


def in_screen_order(screen: Screen[Any]) -> dict[str, Any]:
    """`screen.active_bindings` with the keys the screen binds in the screen's order: a focused widget's binding that
    takes one of the screen's keys (the details pane's Enter, "esc Back", over "⏎ Open") is shown in that key's place,
    not first, so that the footer's order does not change with the focus."""
    active = screen.active_bindings
    order = list(active)
    slot = {key: index for index, key in enumerate(screen._bindings.key_to_bindings)}
    places = [index for index, key in enumerate(order) if key in slot]
    for index, key in zip(places, sorted((order[i] for i in places), key=slot.__getitem__), strict=True):
        order[index] = key
    return {key: active[key] for key in order}


def key_cells(shown: ShownKey) -> int:
    """Cells a key takes on a line: "key label" and the cell after it (`tui.keys.footer_width` of a spec)."""
    return cell_len(shown.display) + 1 + cell_len(shown.description) + 1


def pack(cells: Sequence[int], width: int, lines: int) -> tuple[tuple[int, ...], ...]:
    """The keys, each `cells[i]` wide with its cell after it, wrapped at key boundaries on at most `lines` lines of
    `width`: each line takes the next keys while they fit, in their order (never a label cut at a line's end). What
    the last line cannot hold stays on it, cut at the terminal's edge as a one-line footer always was (the browser
    shows no more keys than fit, `tui.keys.fit_footer`)."""
    rows: list[list[int]] = [[]]
    used = 0
    for index, size in enumerate(cells):
        if rows[-1] and used + size > width and len(rows) < lines:
            rows.append([])
            used = 0
        rows[-1].append(index)
        used += size
    return tuple(tuple(row) for row in rows if row)
