"""What the program takes as today: the clock's day, or one set for a trial or a report "as of" a day.

Staff who follow deadlines for months want to see next month's overdue items now, or an export as it stood on a
day; a day set once (`surveys --today 2027-01-10`, or `SURVEYS_TODAY=2027-01-10` in the environment) must move
everything that asks what day it is together: the `overdue` filter on every back end, the `u` list's marks, an
export's overdue column, a new response's default day and the year extraction guesses. So they all ask `current_day()`,
and nothing else reads the clock for the day. No imports beyond the standard library: the browser's first frame
may load it.
"""

from __future__ import annotations

import os
import re
from datetime import date
from functools import lru_cache

ENV = "SURVEYS_TODAY"
"""The environment variable a day may be set by, when the command line sets none."""
OPTION = "--today"

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_set: tuple[date, str] | None = None


class TodayError(ValueError):
    """A value for today that is not a real day written YYYY-MM-DD; `text` is the value, `given` where it came from."""

    def __init__(self, text: str, given: str) -> None:
        super().__init__(f"{given}: {text!r} is not a day written YYYY-MM-DD")
        self.text, self.given = text, given


@lru_cache(maxsize=8)
def parse_day(text: str, given: str = OPTION) -> date:
    """`text` as a day, only in the form YYYY-MM-DD and only a real one (2027-02-30 refused): TodayError else."""
    if _DAY.fullmatch(text.strip()) is None:
        raise TodayError(text, given)
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise TodayError(text, given) from None


def set_today(day: date | None, given: str = OPTION) -> None:
    """Take `day` as today from now on in this process (None: the environment's, else the clock's again)."""
    global _set
    _set = None if day is None else (day, given)


def chosen() -> tuple[date, str] | None:
    """The day set and where it was set (`--today` or `SURVEYS_TODAY`), or None when today is the clock's.
    A bad value in the environment raises TodayError (the command line refuses it before anything runs)."""
    if _set is not None:
        return _set
    text = os.environ.get(ENV, "")
    return (parse_day(text, ENV), ENV) if text.strip() else None


def current_day() -> date:
    """The day the program takes as today (see the module docstring)."""
    found = chosen()
    return found[0] if found is not None else date.today()
