"""The footer of key hints, composed again only when the keys it would show have changed.

Textual's `Footer` recomposes itself (about twenty key widgets removed,
mounted and styled again) every time its screen says the bindings may have
changed: each focus change, each screen pushed or resumed, each resize the
browser fits the footer to. At launch that was eight recomposes within the
first second, 15–50 ms each on the thread that must draw the first rows and
the facets (#17). Most change nothing: this footer notes what it shows (key,
label, enabled, tooltip of each binding shown) and skips a recompose that
would show the same.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Footer


class KeyFooter(Footer):
    """A `Footer` that recomposes only when the keys it shows differ from those it shows now."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[Any, ...] | None = None

    async def recompose(self) -> None:
        shown = self._keys_shown()
        if shown is not None and shown == self._shown:
            return
        self._shown = shown
        await super().recompose()

    def _keys_shown(self) -> tuple[Any, ...] | None:
        """What `Footer.compose` would draw, as a value; None before the screen has said its bindings (the footer
        is empty until then)."""
        if not getattr(self, "_bindings_ready", True) or not self.is_attached:
            return None
        app = self.app
        keys = tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tooltip,
             app.get_key_display(binding))
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return (*keys, self.show_command_palette)
