"""Keys typed before a screen could be seen are dropped, not typed into its first field.

Under load `r` took seconds to open the correction screen, and a second `r`
typed meanwhile went into the field focused first (the leader's name): a
wrong leader was then saved. The review, follow-up and export dialogs, and
any dialog with a field, could take keys so too. A key the user typed
before the screen was on the terminal was meant for what they saw then,
not for the screen's first field.

Textual stamps each key with the moment the terminal's input thread read it
(`Message.time`, its monotonic clock), however long it then waits in the
app's queue. The app marks the moment each screen's first frame is handed to
the terminal (`App._display`, which every frame of the front screen passes
through) and drops a key or paste read before that moment, or while the
front screen has drawn nothing yet. Not for the browser itself (keys typed
during the launch act once it can, as they always have), nor for the dialogs
that take keys typed ahead on purpose (`TypeAhead`: a picker's or the date
dialog's search, where "w", "lai", Enter in one burst is meant, and nothing
is written from what they hold).

A dialog may name its own keys that are kept when typed ahead (`KEYS_AHEAD`, session 33): keys that type into no
field, answer no question and write nothing. Esc (leave, nothing written) and F1 (its keys) in the export,
follow-up, import and correction dialogs; Esc, never "y" or Enter, in the delete confirmation; and the follow-up
list's Enter and arrows (`u Enter` in one stroke opens the first item: the list has no field, and its choice only
opens the follow-up dialog, which shows the item and writes nothing until Ctrl+S). The review of an imported draft
keeps none: its Esc leaves an article out of the import, a decision about a draft not yet seen.

A screen may also name keys it takes once it has shown itself (`KEYS_REPLAYED`, session 37): the review's
navigation (arrows, PgUp/PgDn, Home/End, Ctrl+↓/↑, Tab), typed while the next imported draft loads, move its
cursor once it is on screen, in the order typed, instead of being lost; before its first frame its first field
may not be focused yet, so they are held, not delivered. Never a key that saves, drops, edits or leaves: those are
still dropped.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary, WeakSet

from textual import _time, events
from textual.screen import Screen

from .screens.typeahead import TypeAhead


class FirstFrames:
    """When each screen was first drawn, and whether a typed event came before its front screen was."""

    def __init__(self) -> None:
        self._shown: WeakKeyDictionary[Screen[Any], float] = WeakKeyDictionary()
        self._held: WeakKeyDictionary[Screen[Any], list[events.Key]] = WeakKeyDictionary()
        """Keys of a screen's `KEYS_REPLAYED` read before it showed itself, until they are replayed."""
        self._replayed: WeakSet[Screen[Any]] = WeakSet()

    def drawn(self, screen: Screen[Any]) -> bool:
        """A frame of `screen` was handed to the terminal (only its first one counts): whether it was the first of
        a screen that holds keys to replay."""
        if screen in self._shown:
            return False
        self._shown[screen] = _time.get_time()
        return bool(getattr(screen, "KEYS_REPLAYED", ()))

    def replay(self, screen: Screen[Any]) -> list[events.Key]:
        """The keys held for `screen`, in the order read; one read early that reaches the app later then goes on."""
        self._replayed.add(screen)
        return self._held.pop(screen, [])

    def too_early(self, event: events.Key | events.Paste, screen: Screen[Any], browser: Screen[Any]) -> bool:
        """`event` was read before `screen`, in front, had shown itself, and `screen` takes no keys typed ahead (one
        of its `KEYS_REPLAYED` is then held for `replay`)."""
        if screen is browser or isinstance(screen, TypeAhead):
            return False
        shown = self._shown.get(screen)
        if shown is not None and event.time >= shown:
            return False
        if not isinstance(event, events.Key):
            return True
        if event.key in getattr(screen, "KEYS_AHEAD", ()):
            return False
        if event.key not in getattr(screen, "KEYS_REPLAYED", ()):
            return True
        if screen in self._replayed:
            return False  # read before the frame, reaching the app after the held ones went on: its turn now
        self._held.setdefault(screen, []).append(event)
        return True
