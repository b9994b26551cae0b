"""The notes on screen (Textual's toasts), said again in the other language when `L` switches it.

A toast keeps the text it was given: one shown just before `L` stayed in the old language until its time ran
out. The app remembers each note it is asked for, with the key and values its words were looked up with
(`Translator.recall`); the language switch takes the notes whose time is not out off the screen and shows
them again, in the new language and for the rest of their time. A text made otherwise (an error's own words)
is shown again as it was.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.notifications import SeverityLevel

if TYPE_CHECKING:
    from textual.app import App

    from .i18n import Translator

Words = tuple[str, tuple[str, dict[str, object]] | None]
"""A text as said, and the key and values it was looked up with (None: not looked up)."""


@dataclass(frozen=True)
class Note:
    message: Words
    title: Words
    severity: SeverityLevel
    markup: bool
    until: float
    """When it leaves the screen (`time.monotonic`)."""


class Toasts:
    """The notes shown lately, to say again (`again`)."""

    def __init__(self) -> None:
        self._notes: list[Note] = []

    def said(self, t: Translator, message: str, title: str, severity: SeverityLevel, timeout: float,
             markup: bool) -> None:
        now = time.monotonic()
        self._notes = [note for note in self._notes if note.until > now]
        recalled = (message, t.recall(message)), (title, t.recall(title) if title else None)
        self._notes.append(Note(*recalled, severity, markup, now + timeout))

    def cleared(self) -> None:
        self._notes = []

    def again(self, app: App[object], t: Translator) -> None:
        """Each note still on screen, taken off and shown again in `t`'s language for the rest of its time."""
        now = time.monotonic()
        notes = [note for note in self._notes if note.until > now]
        if not notes:
            return
        app.clear_notifications()
        for note in notes:
            app.notify(_in(note.message, t), title=_in(note.title, t), severity=note.severity,
                       timeout=note.until - now, markup=note.markup)


def _in(words: Words, t: Translator) -> str:
    said, looked_up = words
    return t(looked_up[0], **looked_up[1]) if looked_up else said
