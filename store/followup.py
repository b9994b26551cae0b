"""Following up what was recommended and directed: status, addressee, deadline, responses.

An edit is a pure function from a record to a new record, so the browser
can show it, validate it and hand it back before anything is written; the
store then saves the whole record with `SurveyStore.replace`, which is one
atomic write. `save_followup` re-reads the record under its id first, so an
edit is applied to what is stored now rather than to a copy the browser
loaded minutes ago.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any, Final

from .dates import DateError, parse_day
from .folding import normalize_text
from .store import SurveyStore
from .validation import validate

STATUSES: Final = ("open", "in progress", "done", "not accepted")
CLOSED: Final = ("done", "not accepted")
ITEM_FIELDS: Final = ("recommendations", "directions")
STATUS_LABELS: Final = {
    "vi": {"open": "chưa giải quyết", "in progress": "đang giải quyết", "done": "đã giải quyết",
           "not accepted": "không tiếp thu"},
    "en": {status: status for status in STATUSES},
}

ItemRef = tuple[str, int]
"""("recommendations" or "directions", index in that list)."""


class FollowUpError(ValueError):
    """An edit that cannot be made; the message names the field."""


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()
"""Leave a field as it is (None clears it)."""


def get_item(record: dict[str, Any], ref: ItemRef) -> dict[str, Any]:
    field, index = ref
    if field not in ITEM_FIELDS:
        raise FollowUpError(f"{field!r} is not recommendations or directions")
    items = record.get(field) or []
    if not 0 <= index < len(items):
        raise FollowUpError(f"{field}[{index}] does not exist ({len(items)} item(s))")
    return items[index]


def status_of(item: dict[str, Any]) -> str:
    """An item without a status is open: nothing has been reported done."""
    return str(item.get("status", "open"))


def is_overdue(item: dict[str, Any], today: date | None = None) -> bool:
    """Past its deadline and neither done nor refused (the `overdue` filter's rule)."""
    deadline = item.get("deadline")
    return bool(deadline) and status_of(item) not in CLOSED and deadline < (today or date.today()).isoformat()


def status_label(status: str, lang: str = "vi") -> str:
    return STATUS_LABELS.get(lang, STATUS_LABELS["en"]).get(status, status)


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


def save_followup(store: SurveyStore, record_id: str, ref: ItemRef, **changes: Any) -> dict[str, Any]:
    """Apply `edit_item` changes to the stored record and save it in one atomic write."""
    current = store.get(record_id)
    if current is None:
        raise FollowUpError(f"no survey with id {record_id!r}")
    edited = edit_item(current, ref, **changes)
    store.replace(edited)
    return edited


def _set_or_clear(item: dict[str, Any], key: str, value: str | None) -> None:
    if value is None:
        item.pop(key, None)
    else:
        item[key] = value
