"""The browser's footer: every key it shows drawn by one widget, as one line.

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
While a dialog is over its screen (whose keys are off meanwhile) it is
hidden rather than drawn again empty, and shown again as it was; under a
dialog that hides the whole screen (a picker) it is left as it is, so that
the frame that answers the dialog reuses its line (1.5-2 ms of a picker's
Enter at 100,000 records, #17).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    """The screen's shown bindings on one line, drawn again only when they change."""

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
        self._spans: list[tuple[int, int, ShownKey]] = []
        """Cells [start, end) each key takes on the line, from the last render."""
        self._hover: int | None = None
        """Index in `keys` of the key under the mouse."""
        self._scheduled = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    # -- what it shows -------------------------------------------------------
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
        keys = shown_keys(self.screen)
        if keys != self.keys:
            self.keys = keys
            self._hover = None
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        base = self.rich_style
        line = Text(no_wrap=True, end="")
        spans: list[tuple[int, int, ShownKey]] = []
        for index, shown in enumerate(self.keys):
            start = len(line)
            if index == self._hover:  # the key's own colours over the highlight (their backgrounds are see-through)
                hover = self.get_component_rich_style("footer-key--hover")
                styles = (hover + self.get_component_rich_style("footer-key--key", partial=True),
                          hover + self.get_component_rich_style("footer-key--description", partial=True))
            else:
                styles = (key_style, description_style)
            item = Text.assemble((shown.display, styles[0]), (" " + shown.description, styles[1]))
            if not shown.enabled:
                item.stylize(Style(dim=True))
            if index:
                line.append(" ", base)  # the gap between keys (Footer's margin-right: 1); the line's end is filled
                start += 1
            line.append_text(item)
            spans.append((start, start + item.cell_len, shown))
        self._spans = spans
        return line

    # -- the mouse ---------------------------------------------------------------
    def key_at(self, x: int) -> int | None:
        """Index of the key drawn at cell `x`, or None (a gap, or past the last key)."""
        return next((index for index, (start, end, _) in enumerate(self._spans) if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hovering(self.key_at(event.x))

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
        index = self.key_at(event.x)
        if index is None:
            return
        shown = self._spans[index][2]
        if shown.enabled:
            self.app.simulate_key(shown.key)
        else:
            self.app.bell()


def shown_keys(screen: Screen[Any]) -> tuple[ShownKey, ...]:
    """What a footer shows of `screen`'s bindings: the first shown binding of each action, as Textual's `Footer`
    shows them (key, label, whether it is enabled, its tooltip)."""
    keys: dict[str, ShownKey] = {}
    for _, binding, enabled, tooltip in screen.active_bindings.values():
        if binding.show and binding.action not in keys:
            keys[binding.action] = ShownKey(binding.key, screen.app.get_key_display(binding), binding.description,
                                            enabled, tooltip)
    return tuple(keys.values())
