"""The notes on screen (Textual's toasts): kept off a screen opened over the one they were said on, and said again
in the other language when `L` switches it.

Textual draws its toasts above every screen, at the bottom right: a note said just before a dialog opened ("Đã
nhập: thêm 1", then `i` again) stood over the dialog's bottom edge, its buttons and hint, for the rest of its
time. The app's notes all pass here (`SurveysApp.notify`), each with the number of screens on the stack when it
was said: a screen pushed over that one takes the notes off (`covered`), and they come back, for what is left of
their time, once it closes (`uncovered`); a note said on a dialog stays when the dialog closes. Their time waits
while they are held: a note the user could not read while a dialog covered it is shown for its whole time after.
But a note that was on screen a while (`SEEN`) and whose time, counted from when it was said, is over by then does
not come back: after four exports and an import, the exports' notes of minutes before had stood beside the
import's own, as if the import had written those files (tryout8, session 36).

A toast keeps the text it was given; the app remembers each note with the key and values its words were looked up
with (`Translator.recall`), so the language switch (`again`) and a note coming back after a dialog say it in the
language of the moment. A text made otherwise (an error's own words) is shown as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.notifications import Notification, Notify, SeverityLevel

from .path_fold import fold_paths

if TYPE_CHECKING:
    from .i18n import Translator

SEEN = 1.5
"""Seconds on screen after which a note counts as seen: covered later and out of its time, it is not drawn again."""

Words = tuple[str, tuple[str, dict[str, object]] | None]
"""A text as said, and the key and values it was looked up with (None: not looked up)."""


@dataclass
class Note:
    message: Words
    title: Words
    severity: SeverityLevel
    markup: bool
    until: float
    """When it leaves the screen (`time.monotonic`)."""
    depth: int
    """Screens on the stack it may be drawn under: those when it was said, fewer once they close."""
    drawn: Notification | None = None
    """Textual's toast it is drawn as, None while held."""
    left: float | None = None
    """While held: the seconds of its time still to show (its time waits under the dialog), None when drawn."""
    due: float = 0.0
    """When its time ends counted from when it was said (never moved by a dialog over it)."""
    seen: float = 0.0
    """Seconds it has been on screen, until it was last covered."""
    since: float = 0.0
    """When it was last drawn."""


class Toasts:
    """The notes shown lately: held under a screen opened after them, said again in the other language."""

    def __init__(self, post: Callable[[Notify], object], wipe: Callable[[], None], depth: Callable[[], int],
                 width: Callable[[], int] = lambda: 0) -> None:
        """`post` hands a toast to Textual (`App.post_message`), `wipe` takes every toast off (Textual's own
        `App.clear_notifications`: it has no public way to take one off), `depth` counts the screens stacked,
        `width` the cells of a toast's line (a long path is broken at its "/" to fit, `fold_paths`; 0: as said)."""
        self._notes: list[Note] = []
        self._post, self._wipe, self._depth, self._width = post, wipe, depth, width

    def said(self, t: Translator, message: str, title: str, severity: SeverityLevel, timeout: float,
             markup: bool) -> None:
        recalled = (message, t.recall(message)), (title, t.recall(title) if title else None)
        note = Note(*recalled, severity, markup, time.monotonic() + timeout, self._depth())
        note.due = note.until
        # the same words said again replace the note before ("Đã nhập: thêm 1" held under the next import dialog
        # had come back beside the second import's own, two alike), in whichever language each was said: `L` twice
        # had left two "Giao diện: tiếng Việt", the first note said again in the new language (tryout s41-tryout13)
        same = [old for old in self._live() if severity == old.severity
                and _same(old.message, recalled[0]) and _same(old.title, recalled[1])]
        self._notes = [old for old in self._notes if all(old is not gone for gone in same)]
        if any(gone.drawn is not None for gone in same):  # Textual takes no single toast off: all, then the rest
            self._wipe()
            for kept in self._notes:
                if kept.drawn is not None:
                    self._draw(kept, t)
        self._notes.append(note)
        self._draw(note, t)

    def drawn(self, notification: Notification) -> bool:
        """Whether Textual may draw `notification` (`SurveysApp.on_notify`): the toast a note is drawn as now, not
        one of a note held or forgotten since it was handed over (a screen pushed in the same handler as the note
        was said, before Textual handled its toast)."""
        return any(note.drawn is notification for note in self._notes)

    def covered(self) -> None:
        """A screen was pushed: the notes said before it wait under it (Textual would draw them over it)."""
        depth = self._depth()
        held = [note for note in self._live() if note.drawn is not None and note.depth < depth]
        if held:
            self._wipe()  # every toast on screen was said under the new screen
            now = time.monotonic()
            for note in held:
                note.drawn, note.left = None, max(0.0, note.until - now)
                note.seen += now - note.since

    def uncovered(self, t: Translator) -> None:
        """A screen was closed: the notes said on it stay, those it covered come back for the rest of their time."""
        depth, now = self._depth(), time.monotonic()
        stale = [note for note in self._live() if note.drawn is None and min(note.depth, depth) == depth
                 and now >= note.due and note.seen >= SEEN]  # seen, and said longer ago than its time
        self._notes = [note for note in self._notes if all(note is not gone for gone in stale)]
        for note in self._notes:
            note.depth = min(note.depth, depth)
            if note.drawn is None and note.depth == depth:
                if note.left is not None:  # its time starts again where it stopped when the note was covered
                    note.until, note.left = time.monotonic() + note.left, None
                self._draw(note, t)

    def cleared(self) -> None:
        self._notes = []

    def again(self, t: Translator) -> None:
        """Each note on screen, taken off and shown again in `t`'s language for the rest of its time (those held
        under a dialog are said in the language of the moment when they come back)."""
        shown = [note for note in self._live() if note.drawn is not None]
        if not shown:
            return
        self._wipe()
        for note in shown:
            self._draw(note, t)

    def _live(self) -> list[Note]:
        now = time.monotonic()
        self._notes = [note for note in self._notes if note.left is not None or note.until > now]
        return self._notes

    def _draw(self, note: Note, t: Translator) -> None:
        note.since = time.monotonic()
        message = _in(note.message, t)
        message = message if note.markup else fold_paths(message, self._width())
        note.drawn = Notification(message, title=_in(note.title, t), severity=note.severity,
                                  timeout=note.until - time.monotonic(), markup=note.markup)
        self._post(Notify(note.drawn))


def _same(one: Words, other: Words) -> bool:
    """Whether two texts are the same words: the same key and values when both were looked up (said in one
    language or the other), else the same text."""
    if one[1] is not None and other[1] is not None:
        return one[1] == other[1]
    return one == other


def _in(words: Words, t: Translator) -> str:
    said, looked_up = words
    return t(looked_up[0], **looked_up[1]) if looked_up else said
