"""The name a follow-up item's history gives its writer ("who"), on every back end and from every face.

A monthly report built from the history asks "who closed this?"; a file store had written no name at all, so
half an office's entries said nobody. The name is, first that answers:

1. `SURVEYS_USER` in the environment (one run, a script, a shared login);
2. the name set in the user's settings (`"user"` in `~/.config/surveys/settings.json`), which the browser and
   `surveys followup` read and hand over with each save and undo (`named`; the store never reads the browser's
   settings itself, and keeps no name between calls: two browsers or tests in one process never mix names);
3. the store's own name for the writer: the PostgreSQL role the URL connects as (a file store has none);
4. the operating system's user (`getpass.getuser()`).

So on PostgreSQL the role is kept unless a name is set, and a set name wins over it (a shared role such as
`surveys_editor` says little of who typed). None when nothing answers: a history entry is then written without
`who`, never a crash. A name is kept to one line of at most `LONGEST` characters. Standard library only.
"""

from __future__ import annotations

import getpass
import os
from typing import Final

ENV: Final = "SURVEYS_USER"
LONGEST: Final = 80
"""Characters kept of a name: it is shown on one row of the follow-up dialog and in every export."""


def set_named(named: object = None) -> str | None:
    """The name set for this run: the environment's, else `named` (the settings'; anything but a string: none)."""
    return _clean(os.environ.get(ENV)) or _clean(named)


def os_user() -> str | None:
    """The operating system's user name; None when it knows none (no USER/LOGNAME and no password entry)."""
    try:
        return _clean(getpass.getuser())
    except Exception:  # noqa: BLE001 - OSError (3.13), KeyError (older): no name, no crash
        return None


def writer_name(role: str | None, named: object = None) -> str | None:
    """Who a history entry names: `SURVEYS_USER`, else `named` (the settings'), else the store's `role`
    (PostgreSQL), else the OS user."""
    return set_named(named) or _clean(role) or os_user()


def _clean(name: object) -> str | None:
    if not isinstance(name, str):
        return None
    flat = " ".join(name.split())[:LONGEST].strip()
    return flat or None
