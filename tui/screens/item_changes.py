"""What the follow-up list and dialog say of an item's history: its latest changes, "changed since", an undo's answer.

Staff who follow recommendations for months asked "when was this closed, and by whom?" and "what changed since I
last looked?" (tryout s38-tryout10, Found 4 and 5). The history is kept in the record (`store.item_history`); this
module only words it, in both languages: the dialog's rows ("surveys_editor, 07/12/2026 09:14: trạng thái chưa giải
quyết → đã giải quyết", newest first), the line under the `u` list saying when the status last changed, the count of
items changed since the list was last opened, and why an undo was refused. Times are stored in UTC and shown in the
machine's own zone; the words themselves are `store.history_said`'s, which `surveys show` and the exports
share. Record text (a writer's name, an addressee) is shown as plain `Text`, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text

from store import history_said
from store.history_said import when_label
from store.item_history import TRACKED, UNDOES, history_of, last_change

from ..safe import visible

if TYPE_CHECKING:
    from ..i18n import Translator

__all__ = ["change_said", "entry_line", "history_rows", "save_changed", "status_changed", "undo_refused", "value_said",
           "when_label"]

SHOWN = 3
"""History rows the dialog shows (newest first); the older ones are counted."""


def value_said(field: str, value: Any, t: Translator) -> str:
    """A field's value as the dialog shows it (`store.history_said`, which `show` and the exports share)."""
    return history_said.value_said(field, value, t.lang)


def entry_line(entry: dict[str, Any], t: Translator) -> str:
    """"surveys_editor, 07/12/2026 09:14: trạng thái chưa giải quyết → đã giải quyết" (no name: the time first)."""
    return history_said.entry_line(entry, t.lang)


def change_said(entry: dict[str, Any], t: Translator) -> str:
    """"trạng thái chưa giải quyết → đã giải quyết": the field, what it was and what it became."""
    return history_said.change_said(entry, t.lang)


def history_rows(item: dict[str, Any], t: Translator, shown: int = SHOWN) -> Text:
    """The item's latest changes, one row each, newest first; how many older ones there are after them."""
    history = history_of(item)
    text = Text("\n".join(entry_line(entry, t) for entry in reversed(history[-shown:])))
    if len(history) > shown:
        text.append("\n" + t("history.older", count=t.number(len(history) - shown)), style="dim")
    return text


def status_changed(item: dict[str, Any], t: Translator, room: int | None = None) -> str | None:
    """"Đổi trạng thái 07/12/2026 21:52 (root): chưa giải quyết → đang giải quyết" for the text under the `u` list
    (None: never changed since the history began). Past `room` cells the old value is what is cut ("chưa g… →
    đang giải quyết"): the new one is what the change did (it had been cut to "→ …" at 80 columns, tryout13)."""
    entry = last_change(item, "status")
    return None if entry is None else entry_row(entry, t, room)


def save_changed(entries: tuple[dict[str, Any], ...], t: Translator, room: int | None = None) -> str | None:
    """What a save of this session changed when it left the status alone ("Đổi hạn 08/12/2026 01:04 (root): — →
    31/03/2026"), for the row that offers `z` on it; None when it changed the status (the status row says that) or
    no tracked field. A deadline-only save had left "z hoàn tác" alone on its row, not saying what it would undo
    (tryout s42-tryout14, Found 7)."""
    if any(entry.get("field") == "status" for entry in entries):
        return None
    entry = next((entry for entry in entries if entry.get("field") in TRACKED), None)
    return None if entry is None else entry_row(entry, t, room)


def entry_row(entry: dict[str, Any], t: Translator, room: int | None = None) -> str:
    """One entry as the row under the `u` list words it; past `room` cells its old value is cut first."""
    field = str(entry.get("field", "status"))
    who = f" ({visible(str(entry['who']))})" if entry.get("who") else ""
    when, was = when_label(str(entry.get("at", "")), t.lang), value_said(field, entry.get("from"), t)

    # an undo's change says so, as the dialog's rows, `show` and the exports do: after `z` the row had read as if
    # someone had set the status back by hand (tryout s42-tryout14)
    undone = f" ({t('history.undo_mark')})" if entry.get(UNDOES) else ""

    def said(old: str) -> str:
        now = value_said(field, entry.get("to"), t)
        if field == "status":
            return t("history.status_changed", when=when, who=who, was=old, now=now) + undone
        return t(f"history.{field}_changed", when=when, who=who, was=old, now=now) + undone

    line = said(was)
    over = cell_len(line) - room if room is not None else 0
    if over <= 0:
        return line
    cut = Text(was)
    cut.truncate(max(cut.cell_len - over, 1), overflow="ellipsis")
    return said(cut.plain)  # still too long (a long name): the caller cuts its end


def changed_count(count: int, since: str, t: Translator, only: bool) -> str:
    """"3 mục thay đổi từ lần xem trước (12/11) · c chỉ xem các mục này" (with `only`: the way back to all)."""
    said = t("history.changed_since", n=t.number(count), day=when_label(since, t.lang, day=False))
    return said + " · " + t("history.only_all" if only else "history.only_changed")


def undo_refused(why: str, entry: dict[str, Any] | None, t: Translator) -> str:
    """Why `z` put nothing back: someone changed the item since (who, when), or the save is not there any more."""
    if why == "later" and entry is not None:
        return t("history.undo_later", change=entry_line(entry, t))
    return t(f"history.undo_{why}")
