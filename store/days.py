"""A stored day as its reader writes it: day first in Vietnamese, ISO in English.

One rule for every day the program shows (a visit's day in the list and the details, follow-up deadlines and
responses): `2025-09-04` is `04/09/2025` in Vietnamese, as every Vietnamese form and letter writes it, and stays
ISO, which no reader misreads, in English; a day whose year is unknown (a draft's `????-09-04`) is `04/09`.
Anything else is given back as it is. Done by slicing, with no imports, because the list's rows are on the
browser's first frame (`store.periods`, which writes figure periods, is not loaded there).
"""

from __future__ import annotations


def day_text(day: str, lang: str) -> str:
    """`day` as a reader of `lang` writes it (see the module docstring); stored values and exports stay ISO."""
    if lang != "vi" or len(day) != 10 or day[4] != "-" or day[7] != "-":
        return day
    year, month, dd = day[:4], day[5:7], day[8:]
    if not (month.isdecimal() and dd.isdecimal() and (year.isdecimal() or year == "????")):  # as re's \d
        return day
    return f"{dd}/{month}" if year == "????" else f"{dd}/{month}/{year}"
