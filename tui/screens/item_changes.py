"""What the follow-up list and dialog say of an item's history: its latest changes, "changed since", an undo's answer.

Staff who follow recommendations for months asked "when was this closed, and by whom?" and "what changed since I
last looked?" (tryout s38-tryout10, Found 4 and 5). The history is kept in the record (`store.item_history`); this
module only words it, in both languages: the dialog's rows ("surveys_editor, 07/12/2026 09:14: trạng thái chưa giải
quyết → đã giải quyết", newest first), the line under the `u` list saying when the status last changed, the count of
items changed since the list was last opened, and why an undo was refused. Times are stored in UTC and shown in the
machine's own zone. Record text (a writer's name, an addressee) is shown as plain `Text`, never markup.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rich.text import Text

from store.followup import status_label
from store.item_history import history_of, last_change
from store.periods import day_label

from ..safe import visible

if TYPE_CHECKING:
    from ..i18n import Translator

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""English month names, not `%b`: that follows the C locale the program may not run in."""

SHOWN = 3
"""History rows the dialog shows (newest first); the older ones are counted."""


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


def value_said(field: str, value: Any, t: Translator) -> str:
    """A field's value as the dialog shows it: a status in words, a day as the language writes it, empty as "—"."""
    if value is None or value == "":
        return "—"
    if field == "status":
        return status_label(str(value), t.lang)
    if field == "deadline":
        return day_label(visible(str(value)), t.lang)
    return visible(str(value))


def entry_line(entry: dict[str, Any], t: Translator) -> str:
    """"surveys_editor, 07/12/2026 09:14: trạng thái chưa giải quyết → đã giải quyết" (no name: the time first)."""
    head = when_label(str(entry.get("at", "")), t.lang)
    if entry.get("who"):
        head = f"{visible(str(entry['who']))}, {head}"
    return f"{head}: {change_said(entry, t)}"


def change_said(entry: dict[str, Any], t: Translator) -> str:
    """"trạng thái chưa giải quyết → đã giải quyết": the field, what it was and what it became."""
    field = str(entry.get("field", ""))
    name = t(f"history.field.{field}") if field in ("status", "deadline", "to") else visible(field)
    return f"{name} {value_said(field, entry.get('from'), t)} → {value_said(field, entry.get('to'), t)}"


def history_rows(item: dict[str, Any], t: Translator, shown: int = SHOWN) -> Text:
    """The item's latest changes, one row each, newest first; how many older ones there are after them."""
    history = history_of(item)
    text = Text("\n".join(entry_line(entry, t) for entry in reversed(history[-shown:])))
    if len(history) > shown:
        text.append("\n" + t("history.older", count=t.number(len(history) - shown)), style="dim")
    return text


def status_changed(item: dict[str, Any], t: Translator) -> str | None:
    """"Trạng thái đổi lần cuối: …" for the text under the `u` list (None: never changed since the history began)."""
    entry = last_change(item, "status")
    if entry is None:
        return None
    who = f" ({visible(str(entry['who']))})" if entry.get("who") else ""
    return t("history.status_changed", when=when_label(str(entry.get("at", "")), t.lang), who=who,
             was=value_said("status", entry.get("from"), t), now=value_said("status", entry.get("to"), t))


def changed_count(count: int, since: str, t: Translator, only: bool) -> str:
    """"3 mục thay đổi từ lần xem trước (12/11) · c chỉ xem các mục này" (with `only`: the way back to all)."""
    said = t("history.changed_since", n=t.number(count), day=when_label(since, t.lang, day=False))
    return said + " · " + t("history.only_all" if only else "history.only_changed")


def undo_refused(why: str, entry: dict[str, Any] | None, t: Translator) -> str:
    """Why `z` put nothing back: someone changed the item since (who, when), or the save is not there any more."""
    if why == "later" and entry is not None:
        return t("history.undo_later", change=entry_line(entry, t))
    return t(f"history.undo_{why}")
