"""An input that takes its editing keys in the order they were typed.

Textual inserts a typed character as the input receives the key, but runs
the input's own bindings (Backspace, Delete, Ctrl+U, Home, the arrows) only
once the key has bubbled up to the app, and the keys queued behind it have
already been typed by then. Over ssh, where keys arrive in bursts, "tan",
Backspace, Backspace, "vu" left "tan" instead of "tvu". Here the input runs
its own binding for a key at the key's turn; priority bindings (the app's
and the screen's) have run before the key reached the input, as before.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class OrderedInput(Input):
    async def _on_key(self, event: events.Key) -> None:  # before `Input._on_key` (Textual calls each class's in turn)
        if event.is_printable:
            return  # typed text: `Input._on_key` inserts it now
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
