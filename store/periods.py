"""How a figure's period is written, in one place: the details pane, the figures view, the Markdown
brief and `surveys show` all call `period_label`, so a reader sees "quý 1/2023" (Q1 2023) everywhere
rather than three spellings of one quarter. A single day (a follow-up deadline, a response's date) is
written by `day_label`: day first in Vietnamese.

A period is `{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}` as records store it.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from .days import day_text

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def period_label(period: dict[str, str] | None, fallback: str = "", lang: str = "vi") -> str:
    """A period as a reader says it: "2021", "quý 1/2023" (Q1 2023), "8/2025" (Aug 2025), "7–8/2025"
    (Jul–Aug 2025), "1/2021–7/2022" (Jan 2021–Jul 2022), else by days: "1/7–6/9/2025" (Jul 1–Sep 6,
    2025). Without a period, `fallback` (the visit's date)."""
    if not period:
        return fallback
    start, end = date.fromisoformat(period["from"]), date.fromisoformat(period["to"])
    spanning = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    whole_months = spanning and start.year == end.year
    if spanning and start.year != end.year:  # "1/2021–7/2022" (Jan 2021–Jul 2022), "2021–2022"
        if (start.month, end.month) == (1, 12):
            return f"{start.year}–{end.year}"
        if lang == "vi":
            return f"{start.month}/{start.year}–{end.month}/{end.year}"
        return f"{_MONTHS[start.month - 1]} {start.year}–{_MONTHS[end.month - 1]} {end.year}"
    if whole_months and (start.month, end.month) == (1, 12):
        return str(start.year)
    if whole_months and start.month % 3 == 1 and end.month == start.month + 2:
        quarter = (start.month + 2) // 3
        return f"quý {quarter}/{start.year}" if lang == "vi" else f"Q{quarter} {start.year}"
    if whole_months and start.month == end.month:
        return f"{start.month}/{start.year}" if lang == "vi" else f"{_MONTHS[start.month - 1]} {start.year}"
    if whole_months:  # "7–8/2025" (Jul–Aug 2025)
        if lang == "vi":
            return f"{start.month}–{end.month}/{start.year}"
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
    if lang != "vi":
        first, last = f"{_MONTHS[start.month - 1]} {start.day}", f"{_MONTHS[end.month - 1]} {end.day}"
        if start.year != end.year:
            return f"{first}, {start.year}–{last}, {end.year}"
        return f"{first}–{end.day if start.month == end.month else last}, {end.year}"
    if start.year != end.year:
        return f"{start.day}/{start.month}/{start.year}–{end.day}/{end.month}/{end.year}"
    if start.month != end.month:
        return f"{start.day}/{start.month}–{end.day}/{end.month}/{end.year}"
    return f"{start.day}–{end.day}/{end.month}/{end.year}"


def figure_period(figure: dict[str, Any], lang: str = "vi") -> str:
    """A figure's period as `period_label` writes it; "" when it has none or it cannot be read."""
    period = figure.get("period")
    if not period:
        return ""
    try:
        return period_label(period, "", lang)
    except (KeyError, TypeError, ValueError):  # a hand-edited record: show what it says
        return f"{period.get('from', '')}..{period.get('to', '')}" if isinstance(period, dict) else str(period)


def day_label(day: str, lang: str = "vi") -> str:
    """A stored day as a reader writes it: "31/12/2025" in Vietnamese, the ISO "2025-12-31" in English, "31/12"
    for an unknown year (`store.days.day_text`, the one rule for every day shown)."""
    return day_text(day, lang)
