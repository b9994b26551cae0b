"""Saving the follow-up dialog's edit, and what the dialog says when it could not be saved.

The dialog (`tui.screens.followup`) saves in a worker of its own and stays
open until the save has landed, so an edit is never lost to a failure: what
another office changed in the item meanwhile is kept beside the person's
changes (`store.item_merge`); when it changed a field the person changed too,
nothing is written and the
dialog shows the item as stored now beside the person's own changes, still
in its fields (Ctrl+S then puts them over the stored item, Esc leaves it as
stored); when the visit was deleted meanwhile, Ctrl+S puts it back with the edit (`store.put_back`, as the
correction screen does); when the store cannot be reached (a server stopped, a lock held),
the reason is shown and Ctrl+S tries again.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text

from store.errors import StoreError
from store.followup import ItemRef, get_item, save_item, saved_entries, status_label, status_of
from store.periods import day_label
from store.repository import ConflictError, RecordNotFound

from ..i18n import Translator
from ..i18n_errors import explain
from ..messages import FollowUpSaved
from ..safe import visible


class ChangedMeanwhile(ConflictError):
    """Someone changed the edited item since the dialog opened: nothing was saved. `current`: the record as
    stored now (None if it could not be read)."""

    def __init__(self, message: str, current: dict[str, Any] | None = None, fields: list[str] | None = None) -> None:
        super().__init__(message)
        self.current = current
        self.fields = fields or []
        """The fields changed on both sides (`store.followup.ItemConflict`), said in the refusal."""


class GoneMeanwhile(ConflictError):
    """Someone deleted the visit since the dialog opened: nothing was saved; Ctrl+S again puts it back."""


def save_followup(location: str, before: dict[str, Any], ref: ItemRef, after: dict[str, Any],
                  t: Translator, restore: bool = False, named: str | None = None) -> FollowUpSaved:
    """In a worker: put the edited item's changed fields into the record as stored now; refuse if one of them changed
    meanwhile.
    `restore` (asked after `GoneMeanwhile`): a visit still deleted is put back as the dialog opened it, with the edit
    (`store.put_back`, as the correction screen does). `named`: the name in the user's settings, which the history
    gives the writer (`store.writer_name`)."""
    from store.backends import open_repository  # noqa: PLC0415 - loaded with the store anyway
    from store.item_history import new_save, now_stamp  # noqa: PLC0415
    from store.put_back import put_back  # noqa: PLC0415

    repository, at, save = open_repository(location), now_stamp(), new_save()
    try:
        stored = save_item(repository, before, ref, after, at=at, save=save, named=named)
    except RecordNotFound:
        if not restore:
            raise GoneMeanwhile(t("followup.gone", id=before["id"])) from None
        put_back(repository, after)  # a visit written again meanwhile: the store's error, Ctrl+S saves over it
        return FollowUpSaved(before["id"], ref[0], ref[1], restored=True, visit=before)
    except ConflictError as conflict:
        try:
            current = repository.get(before["id"])
        except (StoreError, KeyError):
            current = None
        raise ChangedMeanwhile(t("note.changed_meanwhile"), current, getattr(conflict, "fields", None)) from None
    finally:
        repository.close()
    changes = tuple(saved_entries(stored, ref, save))  # what this save changed: `z` in the list puts it back
    return FollowUpSaved(before["id"], ref[0], ref[1], visit=before, at=at, changes=changes, save=save)


LABELS: dict[str, tuple[str, str | None]] = {
    "status": ("followup.status", None),
    "deadline": ("followup.deadline", "followup.deadline_forms"),
    "to": ("followup.to", None),
    "responses": ("followup.responses", None),
    "response date": ("followup.new_response", "followup.new_response_parts"),
}
"""Each field of the dialog, under the key `merge_item` (a clash) or `store.followup` (a refusal) names it: the
message of its label's name, and of the words the label shows after it. One table, so that a refusal names a field
as its label does ("Gửi đến", not an internal "nơi nhận"; tryout s36-polish9, "Left open")."""


def field_name(field: str, t: Translator) -> str:
    """ "Gửi đến" / "Addressed to": the name the dialog's label gives `field` (the field's key when it has none)."""
    return t(LABELS[field][0]) if field in LABELS else visible(field)


def field_label(field: str, t: Translator) -> str:
    """The label the dialog shows over `field`: its name, and what may be typed there when the label says it."""
    name, more = LABELS[field]
    return f"{t(name)} {t(more)}" if more else t(name)


def refused(error: BaseException, t: Translator) -> Text:
    """Why the edit cannot be saved as typed (a deadline 31/13/2025), in the reader's language: the field under the
    dialog's name for it ("Hạn: '31/13/2025': không có tháng 13"; it had been said in English)."""
    message = str(error)
    field = next((name for name in LABELS if message.startswith(name + ": ")), None)
    if field is None:
        return Text(visible(explain(message, t)))
    return Text(visible(f"{field_name(field, t)}: {explain(message[len(field) + 2:], t)}"))


def not_saved(error: BaseException | None, ref: ItemRef, t: Translator) -> Text:
    """Why the dialog's edit was not saved, and what is stored now when someone else changed the item."""
    if isinstance(error, ChangedMeanwhile) and error.current is not None:
        text = Text(t("followup.conflict"), style="bold")
        if error.fields:  # which of the person's changes met another office's (tryout s35-offices8, "Left")
            text.append(" " + t("followup.clashed", fields=clashing(error.fields, t)), style="bold")
        text.append("\n")
        text.append(t("followup.stored_now", now=item_now(get_item(error.current, ref), t)))
        text.append("\n" + t("followup.conflict_keys"))
        return text
    if isinstance(error, ConflictError):
        return Text(visible(str(error)))
    if isinstance(error, StoreError):
        return Text(t("followup.not_saved", error=visible(explain(str(error), t))))
    return Text(t("followup.not_saved", error=visible(f"{type(error).__name__}: {error}")))


def clashing(fields: list[str], t: Translator) -> str:
    """"status, addressed to" / "trạng thái, gửi đến": the clashing fields under the dialog's labels, in lower case."""
    names = (field_name(field, t) for field in fields)
    return ", ".join(name[:1].lower() + name[1:] for name in names)


def item_now(item: dict[str, Any], t: Translator) -> str:
    """One line: the item's status, deadline, addressee and latest response, as stored."""
    words = t.words("followup")
    parts = [f"{words['status']}: {status_label(status_of(item), t.lang)}"]
    if item.get("deadline"):
        parts.append(t("followup.due", day=day_label(visible(item["deadline"]), t.lang)))
    if item.get("to"):
        parts.append(f"{words['to']}: {visible(item['to'])}")
    responses = item.get("responses") or []
    if responses:
        last = responses[-1]
        parts.append(t("followup.last_response", count=t.number(len(responses)),
                       day=day_label(visible(last.get("date", "")), t.lang), text=visible(last.get("text", ""))))
    return " · ".join(parts)
