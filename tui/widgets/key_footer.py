"""The footer, made again only when the keys it shows change.

Textual's `Footer` makes all its keys again (removes and mounts a widget per
key, then lays the screen out) whenever the screen says its bindings may
have changed: on every focus change, and each time a dialog closes. The
browser's keys are the same almost every time, and at 100,000 records each
such rebuild was a good part of what Enter in a picker cost (#17). So when a
recompose comes to run, this footer compares what it would show (each key,
its label, whether it is enabled) with what it made last, and leaves itself
alone when they are equal.
While a dialog is over its screen (whose keys are off meanwhile) it is
hidden rather than made again empty, and shown again as it was.

The comparison is made when the recompose runs, not when it is queued: at
launch (the screen mounted, focus given, the screen resumed, three resizes
the browser fits the footer to) seven recomposes were queued before the
first had run, some 20 ms each before the first rows could be drawn.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    """A `Footer` that recomposes only when the keys it would show differ from those shown."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._made: tuple[tuple[str, str, bool, str], ...] | None = None
        """The keys of the last recompose that ran."""

    async def recompose(self) -> None:
        made = _keys(self.screen) if self.is_attached and getattr(self, "_bindings_ready", True) else None
        if made is not None and made == self._made:
            return
        self._made = made
        await super().recompose()

    def compose(self) -> ComposeResult:
        """Textual's keys, each made compact before it is mounted: bound to `compact` after mounting, every key
        restyled itself and its children once more, 28 restylings at launch (some 35 ms before the first rows)."""
        for widget in super().compose():
            if self.compact and isinstance(widget, FooterKey):
                widget.add_class("-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen[Any]) -> None:
        under_dialog = screen.app.screen is not screen
        self.styles.visibility = "hidden" if under_dialog else "visible"
        if under_dialog:  # the keys do not act meanwhile, and come back as they were when the dialog closes
            return
        super().bindings_changed(screen)


def _keys(screen: Screen[Any]) -> tuple[tuple[str, str, bool, str], ...]:
    """What the footer shows of `screen`'s bindings: each key, its label, whether it is enabled, its tooltip."""
    return tuple((binding.key, binding.description, enabled, tooltip)
                 for _, binding, enabled, tooltip in screen.active_bindings.values() if binding.show)
