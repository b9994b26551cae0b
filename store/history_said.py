"""A follow-up item's history in words, in the run's language: for the dialog, `surveys show`, the exports.

A monthly report is written from the items' histories ("closed on 7 December by Lan"), so every face that prints an
item says its changes the same way: "surveys_editor, 07/12/2026 09:14: trạng thái chưa giải quyết → đã giải
quyết" / "surveys_editor, 2026-12-07 09:14: status open → done". The moment is stored in UTC and said in this
machine's zone, as the dialog has said it since session 39; a CSV cell keeps the stored UTC stamp and ISO days
(`iso`), as its other day columns do, for a spreadsheet to sort. Record text (a writer's name, an addressee) goes
through `visible`; the Markdown brief escapes it on top.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from . import catalog
from .followup import status_label
from .item_history import TRACKED, UNDOES, history_of
from .periods import day_label
from .sanitize import visible

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""English month names, not `%b`: that follows the C locale the program may not run in."""


def when_label(at: str, lang: str, day: bool = True) -> str:
    """A history moment in this machine's zone: "07/12/2026 09:14" (vi), "2026-12-07 09:14" (en); with `day`
    False, the day and month only, as the "changed since" line says it: "07/12" (vi), "7 Dec" (en: "07/12" reads as
    the twelfth of July to many English readers)."""
    try:
        local = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()
    except ValueError:
        return visible(at)
    if not day:
        return local.strftime("%d/%m") if lang == "vi" else f"{local.day} {_MONTHS[local.month - 1]}"
    return f"{day_label(local.date().isoformat(), lang)} {local.strftime('%H:%M')}"


def value_said(field: str, value: Any, lang: str, iso: bool = False) -> str:
    """A field's value: a status in words, a day as the language writes it (ISO with `iso`), empty as "—"."""
    if value is None or value == "":
        return "—"
    if field == "status":
        return status_label(str(value), lang)
    if field == "deadline" and not iso:
        return day_label(visible(str(value)), lang)
    return visible(str(value))


def change_said(entry: dict[str, Any], lang: str, iso: bool = False) -> str:
    """"trạng thái chưa giải quyết → đã giải quyết": the field, what it was and what it became."""
    field = str(entry.get("field", ""))
    name = catalog.text(f"history.field.{field}", lang) if field in TRACKED else visible(field)
    return f"{name} {value_said(field, entry.get('from'), lang, iso)} → {value_said(field, entry.get('to'), lang, iso)}"


def entry_line(entry: dict[str, Any], lang: str, iso: bool = False) -> str:
    """"surveys_editor, 07/12/2026 09:14: trạng thái chưa giải quyết → đã giải quyết" (no name: the time first),
    "… (hoàn tác)" / "… (undo)" after an undo's; with `iso`, the stored stamp ("2026-12-07T09:14:03Z") in place of
    the local time."""
    at = str(entry.get("at", ""))
    head = visible(at) if iso else when_label(at, lang)
    if entry.get("who"):
        head = f"{visible(str(entry['who']))}, {head}"
    said = f"{head}: {change_said(entry, lang, iso)}"
    # an undo's entry (`undoes`, session 41) says so: a history read after `z` or `--undo` tells a change put back
    # from a change made
    return f"{said} ({catalog.text('history.undo_mark', lang)})" if entry.get(UNDOES) else said


def history_lines(item: dict[str, Any], lang: str, iso: bool = False) -> list[str]:
    """Every entry of the item, oldest first (a report reads forward), one line each; none for an item without."""
    return [entry_line(entry, lang, iso) for entry in history_of(item)]
