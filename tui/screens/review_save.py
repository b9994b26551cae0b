"""A correction of a stored survey written over what the store holds now, never over someone else's change.

The correction screen (`review_correct`) opens a survey as the browser listed
it (`seen`) and hands back the survey as the person corrected it (`edited`).
Meanwhile another office may have written the same survey (several editors
on PostgreSQL, a follow-up saved from another browser). `save_correction`
applies the correction inside one `Repository.update()`, value by value: each
top-level value the person changed is put into the survey as stored now,
provided the store still has what the person saw there (or already what they
want). A value changed on both sides is a `Conflict`: nothing is written,
and the screen names those values in the person's language and keeps their
edits on screen. Values the person did not touch keep what the store has now
(a follow-up status saved meanwhile stays). Provenance follows the values:
the correction's entries for the values taken from it, the stored ones for
the rest. PostgreSQL's `update()` calls the change again when its version
moved under it, so the comparison is always with the row it writes over.
A survey someone deleted meanwhile is `RecordNotFound`: nothing is written,
and the person may put it back (`restore`): the survey as they opened it,
with their corrections, added as it was (an id taken again meanwhile is then
corrected as any stored survey is).
Free of textual, so that the rule is tested without a screen.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from store.followup import status_label
from store.repository import ConflictError

from ..i18n import Translator
from .figure_line import figure_text

LOCK_TIMEOUT = 30.0
IGNORED = ("provenance", "updated")
"""Not values a person corrects: provenance is rebuilt from the values, `updated` is stamped by the store."""
TOGETHER = {"date_certainty": "date"}
"""A key that is one value with another: the date and how sure it is are corrected, and compared, as one."""


class Conflict(ConflictError):
    """Values the person corrected were changed by someone else since the survey was opened; nothing was written."""

    def __init__(self, record_id: str, values: list[str], current: dict[str, Any] | None = None) -> None:
        self.record_id, self.values = record_id, values
        self.current = current or {}
        """The survey as stored now, to show what the other writer gave."""
        super().__init__(f"{record_id}: {', '.join(values)} changed by someone else since it was opened; "
                         "nothing was written")


LINE = 100
"""A stored text longer than this is shown around where it differs from what the person saw (`shown_now`)."""
AROUND = 20


def shown_now(record: dict[str, Any], value: str, t: Translator, seen: dict[str, Any] | None = None) -> str | None:
    """A value as stored now (the leader, the date, the body …), to set beside a conflict. A text longer than a
    line (a summary) is shown where it differs from `seen` (what the person opened), else cut: the whole summary
    had filled the screen's few lines of message, its change (at its end) out of sight. A list of items (figures,
    recommendations) is shown short (`shown_items`), in `t`'s language: it had been named with nothing of what it
    holds."""
    found = record.get(value)
    if value == "leader" and isinstance(found, dict):
        return " — ".join(part for part in (found.get("name"), found.get("title")) if part)
    if value == "topics" and isinstance(found, list):
        return ", ".join(map(str, found))
    if isinstance(found, list) and found:
        was = (seen or {}).get(value)
        return shown_items(found, t, was if isinstance(was, list) else None)
    if not isinstance(found, str) or not found:
        return None
    was = (seen or {}).get(value)
    if len(found) <= LINE:
        return found
    return around_change(str(was), found) if isinstance(was, str) and was != found else found[:LINE - 1] + "…"


def shown_items(now: list[Any], t: Translator, was: list[Any] | None = None) -> str:
    """A stored list, short, its items numbered from 1: only those that differ from `was` when it has as many
    ("2. Tỷ lệ đúng hạn: 97%"), else all of them; cut at a line."""
    numbered = list(enumerate(now, 1))
    if was is not None and len(was) == len(now):
        numbered = [(number, item) for number, item in numbered if item != was[number - 1]] or numbered
    text = "; ".join(f"{number}. {shown_item(item, t)}" for number, item in numbered)
    return text if len(text) <= LINE else text[:LINE - 1] + "…"


def shown_item(item: Any, t: Translator) -> str:
    """One item of a list, short: a figure as the browser writes it (`figure_text`: "Hồ sơ: 4.421 hồ sơ" in
    Vietnamese, "4,421" in English); a recommendation's text and status, in `t`'s language; a place's name."""
    if not isinstance(item, dict):
        return str(item)
    if "value" in item:
        return figure_text(item, t)
    text = str(item.get("text") or item.get("name") or item.get("label") or "")
    return f"{text} ({status_label(str(item['status']), t.lang)})" if item.get("status") else text


def around_change(was: str, now: str) -> str:
    """`now` from a little before where it stops being `was` to a little after where it is `was` again, "…" for
    the rest: "…hỗ trợ người dân chuyển đổi số. (đã sửa)" for a summary changed at its end."""
    start = next((at for at, (a, b) in enumerate(zip(was, now, strict=False)) if a != b), min(len(was), len(now)))
    end = 0
    while end < min(len(was), len(now)) - start and was[len(was) - 1 - end] == now[len(now) - 1 - end]:
        end += 1
    middle = now[start:len(now) - end]
    if len(middle) > LINE - 2 * AROUND:
        middle = middle[:LINE - 2 * AROUND - 1] + "…"
    before, after = now[max(0, start - AROUND):start], now[len(now) - end:len(now) - end + AROUND]
    return (("…" if start > AROUND else "") + before + middle + after
            + ("…" if len(now) - end + AROUND < len(now) else ""))


def value_of(key: str) -> str:
    """The value a top-level key belongs to ("date_certainty" → "date")."""
    return TOGETHER.get(key, key)


def changed_values(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The values (top-level fields, the date with its certainty) that differ, in a stable order; an empty list
    is no value (the screen reads "no people" as [] where the survey has no field)."""
    keys = (set(before) | set(after)) - set(IGNORED)
    return sorted({value_of(key) for key in keys if _given(before.get(key)) != _given(after.get(key))})


def _given(value: Any) -> Any:
    return None if value in (None, "", [], {}) else value


def _part(record: dict[str, Any], value: str) -> list[Any]:
    return [_given(record.get(key)) for key in _keys(value)]


def _keys(value: str) -> list[str]:
    return [value, *(key for key, whole in TOGETHER.items() if whole == value)]


def _field_of(path: str) -> str:
    """The top-level field of a provenance path: "figures[2]" → "figures", "source.url" → "source"."""
    found = re.match(r"[a-z_]+", path)
    return found[0] if found else path


def _take_values(result: dict[str, Any], source: dict[str, Any], values: list[str]) -> None:
    """Each key of `values` as `source` has it (absent from `source`, absent from `result`)."""
    for value in values:
        for key in _keys(value):
            if key in source:
                result[key] = copy.deepcopy(source[key])
            else:
                result.pop(key, None)


def with_stored(seen: dict[str, Any], current: dict[str, Any], values: list[str]) -> dict[str, Any]:
    """`seen` with `values` as stored now: after a conflict was shown, the person's edits of those values are
    meant over what the other writer gave (`apply_correction` then writes them, and leaves the rest as stored)."""
    result = copy.deepcopy(seen)
    _take_values(result, current, values)
    return result


def apply_correction(seen: dict[str, Any], edited: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """`current` (the survey as stored now) with the values the person changed from `seen` to `edited`.

    Raises `Conflict` naming the values that someone else changed too, to something else.
    """
    mine = changed_values(seen, edited)
    clashes = [value for value in mine
               if _part(current, value) != _part(seen, value) and _part(current, value) != _part(edited, value)]
    if clashes:
        raise Conflict(str(seen.get("id", "")), clashes, copy.deepcopy(current))
    result = copy.deepcopy(current)
    _take_values(result, edited, mine)
    entries = [entry for entry in current.get("provenance") or [] if _field_of(entry.get("path", "")) not in mine]
    entries += [entry for entry in edited.get("provenance") or [] if _field_of(entry.get("path", "")) in mine]
    if entries:
        result["provenance"] = entries
    else:
        result.pop("provenance", None)
    return result


def save_correction(location: str, seen: dict[str, Any], edited: dict[str, Any], restore: bool = False,
                    named: str | None = None) -> dict[str, Any]:
    """In a worker: write the correction through the store's atomic `update()`; returns the survey as stored.

    Raises `Conflict`, `RecordNotFound` (deleted meanwhile) or another `StoreError` (a read-only store).
    `restore` (asked after a `RecordNotFound`): a survey still missing is added back, `seen` with the corrections.
    An item whose status, deadline or addressee the correction changed gets its history entries, as a follow-up
    save does (`store.corrected_items`), naming the writer (`named`: the name in the user's settings).
    """
    return write_correction(location, seen, edited, restore, named)[0]


def write_correction(location: str, seen: dict[str, Any], edited: dict[str, Any], restore: bool = False,
                     named: str | None = None) -> tuple[dict[str, Any], bool]:
    """`save_correction`, and whether the survey was put back (deleted meanwhile) rather than corrected in place:
    the browser's notice says which (a put-back had been called "Saved the correction")."""
    from store.backends import open_repository  # noqa: PLC0415 - loaded with the store anyway
    from store.corrected_items import with_history  # noqa: PLC0415
    from store.followup import writer  # noqa: PLC0415
    from store.item_history import new_save, now_stamp  # noqa: PLC0415
    from store.put_back import put_back  # noqa: PLC0415
    from store.repository import RecordNotFound  # noqa: PLC0415

    record_id = str(seen["id"])
    repository = open_repository(location, lock_timeout=LOCK_TIMEOUT)
    try:
        edited = with_history(seen, edited, writer(repository, named), now_stamp(), new_save())
        try:
            return repository.update(record_id, lambda current: apply_correction(seen, edited, current)), False
        except RecordNotFound:
            if not restore:
                raise
        return put_back(repository, apply_correction(seen, edited, seen)), True
    finally:
        repository.close()
