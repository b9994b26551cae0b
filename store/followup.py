"""Following up what was recommended and directed: status, addressee, deadline, responses.

An edit is a pure function from a record to a new record, so the browser
can show it, validate it and hand it back before anything is written. It is
saved through `Repository.update`, which reads, changes and writes the record
under the store's lock: the edit is applied to what is stored now, never to
a copy loaded minutes ago, and when the very item being edited is no longer
what the user saw, the change function raises `ConflictError` and nothing is
written (two people editing different items of one record both land). "No
longer what the user saw" is said field by field (`store.item_merge`): a
response another office added while the person set a deadline is kept beside
the deadline; only a field both changed is a conflict. Each save that changes
a status, deadline or addressee leaves its entries in the item's history
(`store.item_history`: when, who, from what, to what), and `undo_save` puts
the fields of one such save back, refused when the item changed since.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from . import catalog
from .dates import DateError, parse_day
from .folding import normalize_text
from .item_history import (
    SAVE,
    UNDOES,
    appended,
    entries,
    history_of,
    new_save,
    now_stamp,
    saves,
    stamp_responses,
    value_of,
)
from .item_merge import ItemClash, merge_item
from .repository import ConflictError, RecordNotFound, Repository
from .today import current_day
from .validation import validate
from .writer_name import writer_name

STATUSES: Final = ("open", "in progress", "done", "not accepted")
CLOSED: Final = ("done", "not accepted")
ITEM_FIELDS: Final = ("recommendations", "directions")

ItemRef = tuple[str, int]
"""("recommendations" or "directions", index in that list)."""


class FollowUpError(ValueError):
    """An edit that cannot be made; the message names the field."""


class ItemConflict(ConflictError):
    """Another office changed fields of the item this edit changed too; `fields` names them (`status`, `deadline`,
    `to`, `responses`, as `merge_item` found them), so the refusal can say which (tryout s35-offices8, "Left")."""

    def __init__(self, message: str, fields: list[str]) -> None:
        super().__init__(message)
        self.fields = fields


class UndoRefused(ConflictError):
    """The save cannot be undone: the item changed since (`why`: `changed`, `later`), it holds no such save (`gone`)
    or none of this writer's (`none`, `surveys followup --undo`), or every one of theirs is undone already
    (`undone`); `entry` is the later change when there is one, for the refusal to say who and when."""

    def __init__(self, why: str, entry: dict[str, Any] | None = None) -> None:
        super().__init__(f"undo refused: {why}")
        self.why = why
        self.entry = entry


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()
"""Leave a field as it is (None clears it)."""


@dataclass(frozen=True)
class Mark:
    """What a save writes on each of its history entries: who, when (`at`, to the second) and the save's id."""

    who: str | None
    at: str
    save: str


def get_item(record: dict[str, Any], ref: ItemRef) -> dict[str, Any]:
    field, index = ref
    if field not in ITEM_FIELDS:
        raise FollowUpError(f"{field!r} is not recommendations or directions")
    items = record.get(field) or []
    if not 0 <= index < len(items):
        raise FollowUpError(catalog.text("err.no_item", "en", field=field, index=index, count=len(items)))
    return items[index]


def status_of(item: dict[str, Any]) -> str:
    """An item without a status is open: nothing has been reported done."""
    return str(item.get("status", "open"))


def is_overdue(item: dict[str, Any], today: date | None = None) -> bool:
    """Past its deadline and neither done nor refused (the `overdue` filter's rule)."""
    deadline = item.get("deadline")
    if not deadline or status_of(item) in CLOSED:
        return False
    return deadline < (today or current_day()).isoformat()


def status_label(status: str, lang: str = "vi") -> str:
    """A status in `lang` (`items.status.<status>` in the catalog); one the program does not know, as written."""
    return catalog.text(f"items.status.{status.replace(' ', '-')}", lang) if status in STATUSES else status


def parse_iso_day(text: str, field: str) -> str:
    """A day typed as 2025-12-31 or 31/12/2025, returned as ISO; FollowUpError names `field`."""
    try:
        return parse_day(text.strip()).isoformat()
    except DateError as error:
        raise FollowUpError(f"{field}: {error}") from None


def edit_item(
    record: dict[str, Any],
    ref: ItemRef,
    *,
    status: str | _Unset = UNSET,
    deadline: str | None | _Unset = UNSET,
    to: str | None | _Unset = UNSET,
    response: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """A copy of `record` with one item's follow-up changed; `record` itself is untouched.

    `deadline` and a response's date may be ISO or day-first; both are stored
    as ISO. None clears `deadline` or `to`. A response is (date, text) and is
    kept with the others in date order. The result is validated against the
    published schema, so what is returned can be saved.
    """
    edited = copy.deepcopy(record)
    item = get_item(edited, ref)
    if not isinstance(status, _Unset):
        if status not in STATUSES:
            raise FollowUpError(f"status: {status!r} is not one of {', '.join(STATUSES)}")
        item["status"] = status
    if not isinstance(deadline, _Unset):
        _set_or_clear(item, "deadline", parse_iso_day(deadline, "deadline") if deadline and deadline.strip() else None)
    if not isinstance(to, _Unset):
        _set_or_clear(item, "to", normalize_text(to) if to and to.strip() else None)
    if response is not None:
        when, text = response
        text = normalize_text(text or "")
        if not text:
            raise FollowUpError("response: the text is empty")
        responses = [*item.get("responses", []), {"date": parse_iso_day(when, "response date"), "text": text}]
        item["responses"] = sorted(responses, key=lambda r: r["date"])
    problems = validate(edited)
    if problems:
        raise FollowUpError("; ".join(str(problem) for problem in problems))
    return edited


def changed(before: dict[str, Any], after: dict[str, Any], ref: ItemRef) -> bool:
    return get_item(before, ref) != get_item(after, ref)


def save_followup(
    repository: Repository, record_id: str, ref: ItemRef, *, seen: dict[str, Any] | None = None,
    check: Callable[[dict[str, Any]], None] | None = None, named: str | None = None, **changes: Any,
) -> dict[str, Any]:
    """Apply `edit_item` changes to the stored record in one atomic update; returns what was stored.

    The changes are made to `seen` (the item as the user saw it; without it,
    the item as stored now, as `surveys followup` does) and merged field by
    field into the stored item, as the browser's dialog is (`save_item`): the
    update fails with `ConflictError` only when a field they change was
    changed since; `check(current)` may raise it on its own terms (the CLI's
    `--expect-status`). `named`: the name set in the user's settings (`writer`).
    """
    mark = Mark(writer(repository, named), now_stamp(), new_save())

    def change(current: dict[str, Any]) -> dict[str, Any]:
        if check is not None:
            check(current)
        opened = copy.deepcopy(current)
        base = copy.deepcopy(get_item(current, ref) if seen is None else seen)  # FollowUpError: no such item
        opened[ref[0]][ref[1]] = base
        return _merged(current, ref, base, get_item(edit_item(opened, ref, **changes), ref), record_id, mark)

    try:
        return repository.update(record_id, change)
    except RecordNotFound as error:
        raise FollowUpError(str(error)) from None


def save_item(repository: Repository, before: dict[str, Any], ref: ItemRef, after: dict[str, Any],
              at: str | None = None, save: str | None = None, named: str | None = None) -> dict[str, Any]:
    """Put the fields `after` changed in one item (from `before`, as the dialog opened it) into the record as stored
    now; `ConflictError` when another office changed one of those fields since (`merge_item`). `at`: the moment
    its history entries and new responses say (now); `save`: the save's id, which `saved_entries` finds its
    entries by (a new one when not given); `named`: the name set in the user's settings (`writer`)."""
    seen, wanted = copy.deepcopy(get_item(before, ref)), copy.deepcopy(get_item(after, ref))
    mark = Mark(writer(repository, named), at or now_stamp(), save or new_save())

    def change(current: dict[str, Any]) -> dict[str, Any]:
        return _merged(current, ref, seen, wanted, before["id"], mark)

    return repository.update(before["id"], change)


def writer(repository: Repository, named: str | None = None) -> str | None:
    """The name the history gives this writer (`store.writer_name`): `SURVEYS_USER`, else `named` (the name in the
    user's settings, handed over by the browser or the command with each save), else the store's (a PostgreSQL
    archive: the role), else the OS user; None when none is known."""
    role = getattr(repository, "writer", None)
    return writer_name(role if isinstance(role, str) else None, named)


def saved_entries(record: dict[str, Any], ref: ItemRef, save: str) -> list[dict[str, Any]]:
    """The history entries the save `save` (its id) left in the item (none: it changed only responses)."""
    return [entry for entry in history_of(get_item(record, ref)) if entry.get(SAVE) == save]


def undo_save(repository: Repository, record_id: str, ref: ItemRef, done: list[dict[str, Any]],
              own: list[dict[str, Any]] | tuple[dict[str, Any], ...] = (), named: str | None = None) -> dict[str, Any]:
    """Put back what the save whose entries are `done` changed, itself written in the history; `UndoRefused`, nothing
    written, when a later change came or a field is no longer what that save made it. `own`: the entries this
    program wrote to the item after `done` (its later saves and their undos: `z`'s stack, undone newest first),
    which are no one else's change. `named`: as `save_item`'s."""
    mark = Mark(writer(repository, named), now_stamp(), new_save())

    def change(current: dict[str, Any]) -> dict[str, Any]:
        item = get_item(current, ref)
        _undoable(item, done, own)
        current[ref[0]][ref[1]] = _put_back(item, done, mark)
        return current

    return repository.update(record_id, change)


@dataclass(frozen=True)
class Undone:
    """What `undo_last` did: the record stored, the entries the undo wrote, the save it put back, and how many of
    the writer's own undos it stepped back over (0: the writer's last change was the save itself)."""

    record: dict[str, Any]
    written: list[dict[str, Any]]
    done: list[dict[str, Any]]
    past_undos: int


def undo_last(repository: Repository, record_id: str, ref: ItemRef, named: str | None = None) -> Undone:
    """`surveys followup --undo`: this writer's latest save of the item not undone yet put back, written in the
    history. Each `--undo` steps one save further back, as `z` does: the writer's own saves already undone and their
    undos (the browser's `z`, an earlier `--undo`) are stepped over, and an undo is never itself undone (to put a
    change back, save it again). `UndoRefused("none")` when the history holds no save of theirs, `"undone"` when
    every one is undone already, `"later"` (naming it) when anyone else changed the item after it."""
    mark = Mark(writer(repository, named), now_stamp(), new_save())
    found: list[Undone] = []

    def change(current: dict[str, Any]) -> dict[str, Any]:
        item = get_item(current, ref)
        done, own, past = own_last_save(history_of(item), mark.who)
        _undoable(item, done, own)
        current[ref[0]][ref[1]] = back = _put_back(item, done, mark)
        found[:] = [Undone(current, history_of(back)[-len(done):], done, past)]
        return current

    try:
        stored = repository.update(record_id, change)
    except RecordNotFound as error:
        raise FollowUpError(str(error)) from None
    return Undone(stored, found[-1].written, found[-1].done, found[-1].past_undos)


def own_last_save(history: list[dict[str, Any]], who: str | None
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """`who`'s latest save in `history` not undone and no undo itself, the entries of `who`'s undone saves and undos
    after it (no one else's change), and how many undos those hold. A save without an id (an older program's) is
    undone when an undo names its moment. An undo written before session 41 (no `undoes`) reads as a save: `--undo`
    then puts its change back, as it did. UndoRefused: `none`, `undone`."""
    runs = saves(history)
    undone = {str(run[0][UNDOES]) for run in runs if UNDOES in run[0]}
    own: list[dict[str, Any]] = []
    past = 0
    for run in reversed(runs):
        if run[0].get("who") != who:
            own[:0] = run  # someone else's: `_undoable` refuses naming it, if an own save is found before it
            continue
        if UNDOES in run[0] or run[0].get(SAVE, run[0].get("at")) in undone:
            past += UNDOES in run[0]
            own[:0] = run
            continue
        return run, [entry for entry in own if entry.get("who") == who], past
    raise UndoRefused("undone" if any(entry.get("who") == who for entry in history) else "none")


def _undoable(item: dict[str, Any], done: list[dict[str, Any]],
              own: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> None:
    """UndoRefused unless `done` is in the history, nothing after it but `own`, and its fields still as it made them."""
    history = history_of(item)
    if not done or not all(entry in history for entry in done):
        raise UndoRefused("gone")
    last = max(index for index, entry in enumerate(history) if entry in done)
    later = [entry for entry in history[last + 1:] if entry not in own]
    if later:
        raise UndoRefused("later", later[-1])
    if any(value_of(item, entry["field"]) != entry.get("to") for entry in done):
        raise UndoRefused("changed")


def _put_back(item: dict[str, Any], done: list[dict[str, Any]], mark: Mark) -> dict[str, Any]:
    """The item with `done`'s fields as they were before it, the change written in its history as the undo of
    `done`'s save (`undoes`: its id; a save written before there were ids, by its moment)."""
    back = copy.deepcopy(item)
    for entry in done:
        _set_or_clear(back, entry["field"], entry.get("from"))
    undoes = (done[0].get(SAVE) or done[0].get("at")) if done else None
    return appended(back, entries(item, back, item, mark.who, mark.at, mark.save,
                                  str(undoes) if undoes else None))


def _merged(current: dict[str, Any], ref: ItemRef, seen: dict[str, Any], wanted: dict[str, Any],
            record_id: str, mark: Mark) -> dict[str, Any]:
    """`current` with the item merged (`merge_item`), its new responses and changed fields written down (`mark`);
    ConflictError, nothing changed, when a field clashes."""
    wanted = stamp_responses(seen, wanted, mark.at, mark.who)
    try:
        stored = get_item(current, ref)  # FollowUpError when the item is gone
        wanted = appended(wanted, entries(seen, wanted, stored, mark.who, mark.at, mark.save))
        item = merge_item(seen, wanted, stored)
    except ItemClash as clash:
        raise ItemConflict(conflict_message(record_id, ref), clash.fields) from None
    current[ref[0]][ref[1]] = item
    return current


def item_label(ref: ItemRef) -> str:
    """`r1`, `r2`, … for recommendations, `d1`, … for directions: 1-based, as `show` and `followup` write them."""
    return f"{ref[0][0]}{ref[1] + 1}"


def parse_item_label(label: str) -> ItemRef:
    text = label.strip().lower()
    fields = {"r": "recommendations", "d": "directions"}
    if len(text) < 2 or text[0] not in fields or not text[1:].isdigit() or int(text[1:]) < 1:
        raise FollowUpError(f"item {label!r}: write r1, r2, … for recommendations or d1, d2, … for directions")
    return fields[text[0]], int(text[1:]) - 1


def conflict_message(record_id: str, ref: ItemRef) -> str:
    return (f"{record_id} {item_label(ref)} was changed by someone else since it was read; nothing was saved. "
            "Look at it again, then repeat the edit")


def _set_or_clear(item: dict[str, Any], key: str, value: str | None) -> None:
    if value is None:
        item.pop(key, None)
    else:
        item[key] = value
