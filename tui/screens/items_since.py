"""The follow-up list's "what changed since I last looked" and its undo of this session's saves (`c`, `z`).

Staff come back to a visit's items a month later; the list had shown the same lines with more of them overdue, and
nothing said which another office had answered or closed meanwhile (tryout s38-tryout10, Found 5). The browser
remembers when this user last opened each visit's list, per archive (`tui.settings.last_looked`); an item whose
history or responses are newer than that is marked "●" and counted on a line under the title ("3 mục thay đổi từ lần
xem trước (12/11)"); `c` shows only those. The mark comes from the record (`store.item_history.changed_since`), so
another office's change shows as well as one made from the command line; the person's own saves are not news to
them: this session's by their ids, an earlier run's (or `surveys followup`'s) by the writer's name they carry.

`z` puts the item's last save of this session back (`store.followup.undo_save`, in a thread): the save's history
entries say what was before, the undo is written in the history too, and it is refused, with who changed what and
when, if the item changed since (`UndoRefused`). A mistaken "không tiếp thu" had been set back by hand, with the
cursor already moved on to the next item (Found 4). Each item keeps a stack of this session's saves: `z` again puts
the one before back (a month's report had three wrong saves in a row, and only the last could be taken back); this
session's own saves and undos after a save are not "a later change" to it, anyone else's still are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rich.text import Text

from store.followup import ItemRef, get_item
from store.item_history import changed_since, history_of

from .item_changes import change_said, changed_count, save_changed, status_changed, undo_refused

if TYPE_CHECKING:
    from .items import ItemsScreen

Undo = Callable[[dict[str, Any], ItemRef, tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]], dict[str, Any]]
"""(record, item, the save's entries, the entries this session wrote to the item since) → the record stored."""


@dataclass
class FollowUpSession:
    """What this browser saved in follow-up items since it started: each item's saves not undone, newest last (their
    history entries), every entry it wrote to each item (its saves and undos), the moments of every save (not news to
    the person), and when each visit's list was first opened this time."""

    undo: Undo | None = None
    """In a thread: put a save back in the record as stored now (returns the record stored)."""
    saves: dict[tuple[str, ItemRef], list[tuple[dict[str, Any], ...]]] = field(default_factory=dict)
    written: dict[tuple[str, ItemRef], list[dict[str, Any]]] = field(default_factory=dict)
    own: set[str] = field(default_factory=set)
    since: dict[str, str | None] = field(default_factory=dict)
    """Per visit id: when its list had last been opened before this session's first look (None: never)."""
    me: str | None = None
    """The name this browser's saves write in the history (`store.followup.writer`): entries under it, this person's
    saves of an earlier run, are not news to them either (tryout s41-tryout13, Found 5)."""

    def saved(self, record_id: str, ref: ItemRef, at: str | None, changes: tuple[dict[str, Any], ...],
              save: str | None = None) -> None:
        """A save of this session: its moment (its new responses say it) and id (its history entries say it) are the
        person's own, not news to them. A save of a response only leaves no history entry: `z` still puts back the
        save before it (the response stays), so the stack is kept (it had been dropped)."""
        self.own.update(mark for mark in (at, save) if mark)
        if changes:
            self.saves.setdefault((record_id, ref), []).append(changes)
            self.written.setdefault((record_id, ref), []).extend(changes)

    def undone(self, record_id: str, ref: ItemRef, written: list[dict[str, Any]]) -> None:
        """The newest save of the item was put back, `written` in its history."""
        stack = self.saves.get((record_id, ref)) or []
        if stack:
            stack.pop()
        if not stack:
            self.saves.pop((record_id, ref), None)
        self.written.setdefault((record_id, ref), []).extend(written)
        self.own.update(str(entry.get("save", entry.get("at"))) for entry in written)

    def top(self, record_id: str, ref: ItemRef) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
        """The newest save not undone and every entry written to the item after it (empty: nothing to undo)."""
        stack = self.saves.get((record_id, ref)) or []
        if not stack:
            return (), ()
        written = self.written.get((record_id, ref)) or []
        last = max((i for i, entry in enumerate(written) if entry in stack[-1]), default=-1)
        return stack[-1], tuple(written[last + 1:])


class SinceLooked:
    """The list's marks of what changed since its last look, `c` showing only those, and `z`."""

    def __init__(self, screen: ItemsScreen, since: str | None, session: FollowUpSession | None) -> None:
        self.screen, self.since, self.session = screen, since, session
        self.only = False
        """`c`: only the changed items are listed."""

    def changed(self, item: dict[str, Any]) -> bool:
        own = frozenset(self.session.own) if self.session is not None else frozenset()
        me = self.session.me if self.session is not None else None
        return self.since is not None and changed_since(item, self.since, own, me)

    def changed_refs(self, refs: list[ItemRef]) -> list[ItemRef]:
        return [ref for ref in refs if self.changed(get_item(self.screen.record, ref))]

    def line(self, refs: list[ItemRef]) -> str:
        """The count under the title, or nothing (no earlier look, nothing changed)."""
        count = len(self.changed_refs(refs))
        if self.since is None or not count:
            return ""
        return changed_count(count, self.since, self.screen.t, self.only)

    def toggle(self) -> None:
        """`c`: only the changed items, or every item again; said when none changed."""
        if not self.only and not self.changed_refs(self.screen.refs):
            self.screen.notify(self.screen.t("history.none_changed"), markup=False)
            return
        self.only = not self.only
        self.screen.redraw()

    def _done(self, ref: ItemRef) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
        if self.session is None:
            return (), ()
        return self.session.top(str(self.screen.record.get("id", "")), ref)

    def hint(self, ref: ItemRef, width: int) -> Text | None:
        """One row under the item: what this session's save not undone changed when it left the status alone ("Đổi
        hạn …: — → 31/03/2026"), else when its status last changed ("Đổi trạng thái 07/12/2026 09:14: chưa giải quyết →
        không tiếp thu", its old value cut with "…" first, then its end, to `width`) and, when this session saved it,
        "· z hoàn tác" kept whole at its end; None when there is neither. One row: the rows under the list are few
        at 80×24 (the keys' line after them had been pushed off the screen)."""
        t = self.screen.t
        save = self._done(ref)[0]
        undo = t("history.undo_hint") if save else ""
        room = width - len(f" · {undo}" if undo else "")
        said = save_changed(save, t, room) or status_changed(get_item(self.screen.record, ref), t, room) or ""
        if not said and not undo:
            return None
        tail = f" · {undo}" if said and undo else undo
        line = Text(said, style="dim")
        if line.cell_len > width - len(tail):
            line.truncate(max(width - len(tail), 1), overflow="ellipsis")
        return line.append(tail, style="dim bold")

    def undo(self, ref: ItemRef | None) -> None:
        """`z`: the item's newest save of this session not undone put back, in a thread; refused with the reason."""
        screen, t = self.screen, self.screen.t
        if screen.read_only:
            screen.notify(t("items.read_only"), severity="warning", markup=False)
            return
        done, since = self._done(ref) if ref is not None else ((), ())
        session = self.session
        if ref is None or not done or session is None or session.undo is None:
            screen.notify(t("history.undo_none"), markup=False)
            return
        record, undo = screen.record, session.undo

        def work() -> None:
            from store.followup import UndoRefused  # noqa: PLC0415

            try:
                stored = undo(record, ref, done, since)
            except UndoRefused as refused:
                said = undo_refused(refused.why, refused.entry, t)
                screen.app.call_from_thread(screen.notify, said, severity="warning", markup=False, timeout=10)
                return
            except Exception as error:  # a store out of reach: said, nothing changed here
                screen.app.call_from_thread(screen.notify, str(error), severity="error", markup=False)
                return
            screen.app.call_from_thread(self._undone, stored, ref, done)

        screen.run_worker(work, thread=True, group="undo", exit_on_error=False)

    def _undone(self, stored: dict[str, Any], ref: ItemRef, done: tuple[dict[str, Any], ...]) -> None:
        written = stored_entries(stored, ref, done)
        if self.session is not None:
            self.session.undone(str(stored.get("id", "")), ref, written)
        what = "; ".join(change_said(entry, self.screen.t) for entry in written)
        said = f"{self.screen.t(f'items.{ref[0]}')} {ref[1] + 1}"  # "Kiến nghị 1", as the list and the save say it
        self.screen.notify(self.screen.t("history.undone", item=said, what=what), markup=False)
        self.screen.take(stored)


def stored_entries(stored: dict[str, Any], ref: ItemRef, done: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """The entries the undo wrote: those that say they undo `done`'s save; for a save written before there were
    save ids, the item's last ones, as many as the save it undid had."""
    history, save = history_of(get_item(stored, ref)), done[0].get("save") if done else None
    if save:
        return [entry for entry in history if entry.get("undoes") == save]
    return history[-len(done):]
