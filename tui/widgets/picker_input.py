"""The picker's input: Enter picks at its own turn among the keys typed, not after them.

Textual runs an input's Enter binding once the key has bubbled up to the
app, and the input goes on typing the keys that came behind it meanwhile:
"w lai Enter j j" typed in one burst left "laijj" in the picker and picked
nothing. Here Enter picks as the input reaches it, and the keys after it,
while the picker waits for the search of its pick (`PickerScreen.held`),
are passed on to the app, which lets the picker go and gives them to the
browser (`SurveysApp.on_event`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events

from .ordered_input import OrderedInput


class PickerInput(OrderedInput):
    def __init__(self, enter: Callable[[str], None], held: Callable[[], bool], **options: Any) -> None:
        super().__init__(**options)
        self._enter = enter
        self._held = held

    async def _on_key(self, event: events.Key) -> None:  # before `Input._on_key` (Textual calls each class's in turn)
        if self._held():
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))
        elif event.key == "enter":
            event.stop()
            event.prevent_default()
            self._enter(self.value)
